import { useTranslation } from "react-i18next";
import { STANDING_ITEM_TEMPLATES, type StandingItem } from "../../../shared/rules/standingItems.js";

interface StandingItemsFieldProps {
  value: StandingItem[];
  onChange(items: StandingItem[]): void;
}

/** The items every new agenda of the forum starts with: each a template and a title, in order. */
export function StandingItemsField({ value, onChange }: StandingItemsFieldProps) {
  const { t } = useTranslation();
  const set = (index: number, item: StandingItem) => onChange(value.map((old, i) => (i === index ? item : old)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };

  return (
    <fieldset className="standing-items">
      <legend>{t("admin.forumForm.standingItems")}</legend>
      <ol>
        {value.map((item, index) => (
          <li key={index} className="standing-items__row">
            <select aria-label={t("admin.forumForm.template", { number: index + 1 })} value={item.template} onChange={(e) => set(index, { ...item, template: e.target.value as StandingItem["template"] })}>
              {STANDING_ITEM_TEMPLATES.map((template) => (
                <option key={template} value={template}>
                  {t(`admin.forumForm.templates.${template}`)}
                </option>
              ))}
            </select>
            <input aria-label={t("admin.forumForm.itemTitle", { number: index + 1 })} required maxLength={200} value={item.title} onChange={(e) => set(index, { ...item, title: e.target.value })} />
            <button type="button" className="link-button" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("admin.forumForm.moveUp", { title: item.title })}>
              ↑
            </button>
            <button type="button" className="link-button" disabled={index === value.length - 1} onClick={() => move(index, 1)} aria-label={t("admin.forumForm.moveDown", { title: item.title })}>
              ↓
            </button>
            <button type="button" className="link-button" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={t("admin.forumForm.removeItem", { title: item.title })}>
              {t("admin.forumForm.remove")}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...value, { template: "fri", title: "" }])}>
        {t("admin.forumForm.addItem")}
      </button>
    </fieldset>
  );
}
