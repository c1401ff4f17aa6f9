import { useTranslation } from "react-i18next";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { ownerFromValue, ownerValue, type OwnerAttrs } from "./ownerChoice.js";

/**
 * Who owns an action item: a member, an organisation, "Sekretariatet",
 * "Formandskabet", or free text. Reads and writes the node's attributes.
 */
export function OwnerControl({ owner, onChange }: { owner: OwnerAttrs; onChange: (owner: OwnerAttrs) => void }) {
  const { t } = useTranslation();
  const { context } = useMeetingEditorContext();
  const value = ownerValue(owner);
  const members = context?.members ?? [];
  const organisations = context?.organisations ?? [];
  // A stored owner the forum no longer lists stays visible rather than silently blank.
  const unlisted =
    (owner.ownerKind === "person" && !members.some((m) => m.userId === owner.ownerId)) ||
    (owner.ownerKind === "organisation" && !organisations.some((o) => o.id === owner.ownerId));

  return (
    <>
      <label className="doc-field">
        <span className="doc-field__label">{t("blocks.ownerLabel")}</span>
        <select value={value} onChange={(event) => onChange(ownerFromValue(event.target.value, context, t))} data-testid="owner-select">
          <option value="">{t("blocks.ownerNone")}</option>
          {unlisted && value && <option value={value}>{owner.ownerName ?? value}</option>}
          <optgroup label={t("blocks.ownerOther")}>
            <option value="sekretariatet">{t("blocks.ownerKinds.sekretariatet")}</option>
            <option value="formandskabet">{t("blocks.ownerKinds.formandskabet")}</option>
            <option value="tekst">{t("blocks.ownerKinds.tekst")}</option>
          </optgroup>
          {members.length > 0 && (
            <optgroup label={t("blocks.ownerPeople")}>
              {members.map((m) => (
                <option key={m.userId} value={`person:${m.userId}`}>
                  {m.organisation ? `${m.name}, ${m.organisation}` : m.name}
                </option>
              ))}
            </optgroup>
          )}
          {organisations.length > 0 && (
            <optgroup label={t("blocks.ownerOrganisations")}>
              {organisations.map((o) => (
                <option key={o.id} value={`organisation:${o.id}`}>
                  {o.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {owner.ownerKind === "tekst" && (
        <label className="doc-field">
          <span className="visually-hidden">{t("blocks.ownerTextLabel")}</span>
          <input
            type="text"
            value={owner.ownerName ?? ""}
            placeholder={t("blocks.ownerTextPlaceholder")}
            onChange={(event) => onChange({ ...owner, ownerName: event.target.value || null })}
            data-testid="owner-text"
          />
        </label>
      )}
    </>
  );
}
