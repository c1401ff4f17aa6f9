import { useTranslation } from "react-i18next";
import { groupedParentOptions, type ParentOption } from "./parentOptions.js";

interface ParentsFieldProps {
  options: ParentOption[];
  /** The forum being edited: it cannot report to itself, so it is not offered. */
  editedId?: string;
  value: string[];
  onChange(reportsTo: string[]): void;
}

/**
 * "Refererer til": the forums this one reports to, any number of them, as
 * checkboxes grouped by cluster with the region-wide bodies last. None
 * ticked puts the forum at the top. The server refuses loops and forums
 * outside the ladder.
 */
export function ParentsField({ options, editedId, value, onChange }: ParentsFieldProps) {
  const { t } = useTranslation();
  const groups = groupedParentOptions(options.filter((o) => o.id !== editedId));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));

  return (
    <fieldset className="parents-field" data-testid="parents-field">
      <legend>{t("admin.forumForm.reportsTo")}</legend>
      <p className="muted">{value.length === 0 ? t("admin.forumForm.reportsToNone") : t("admin.forumForm.reportsToCount", { count: value.length })}</p>
      {groups.length === 0 && <p className="muted">{t("admin.forumForm.noParents")}</p>}
      {groups.map(({ group, options: inGroup }) => (
        <fieldset key={group ?? ""} className="parents-field__group">
          <legend>{group ?? t("admin.forumForm.regionBodies")}</legend>
          {inGroup.map((option) => (
            <label key={option.id} className="check">
              <input type="checkbox" checked={value.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} />
              {option.name}
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
