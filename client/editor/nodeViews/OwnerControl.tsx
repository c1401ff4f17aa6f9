import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { FieldWithProblem, problemAttributes } from "./FieldProblem.js";
import { ownerFromValue, ownerValue, type OwnerAttrs } from "./ownerChoice.js";

interface OwnerControlProps {
  owner: OwnerAttrs;
  /** The kind as stored, which may be one this version does not know. */
  storedKind: unknown;
  onChange: (owner: OwnerAttrs) => void;
}

/**
 * Who owns an action item: a member, an organisation, "Sekretariatet",
 * "Formandskabet", or free text. Reads and writes the node's attributes, and
 * says at the field when the owner is missing, unknown or not in the forum.
 */
export function OwnerControl({ owner, storedKind, onChange }: OwnerControlProps) {
  const { t } = useTranslation();
  const { context } = useMeetingEditorContext();
  const selectId = useId();
  const textId = useId();
  const value = ownerValue(owner);
  const members = context?.members ?? [];
  const organisations = context?.organisations ?? [];
  const unknownKind = typeof storedKind === "string" && storedKind !== "" && owner.ownerKind === null ? storedKind : null;
  const byId = owner.ownerKind === "person" || owner.ownerKind === "organisation";
  // A stored owner the forum no longer lists stays visible rather than silently blank.
  const unlisted = (owner.ownerKind === "person" && !members.some((m) => m.userId === owner.ownerId)) || (owner.ownerKind === "organisation" && !organisations.some((o) => o.id === owner.ownerId));
  const selectProblem = unknownKind
    ? t("fields.ownerKindUnknown", { value: unknownKind })
    : byId && !owner.ownerId
      ? t("fields.ownerMissing")
      : owner.ownerKind === "person" && unlisted && context
        ? t("fields.ownerNotMember", { name: owner.ownerName ?? owner.ownerId })
        : null;
  const textProblem = owner.ownerKind === "tekst" && !owner.ownerName ? t("fields.ownerText") : null;

  return (
    <>
      <FieldWithProblem fieldId={selectId} problem={selectProblem} testId="owner-problem">
        <label className="doc-field">
          <span className="doc-field__label">{t("blocks.ownerLabel")}</span>
          <select value={unknownKind ?? value} onChange={(event) => onChange(ownerFromValue(event.target.value, context, t))} data-testid="owner-select" {...problemAttributes(selectId, selectProblem)}>
            <option value="">{t("blocks.ownerNone")}</option>
            {unknownKind && <option value={unknownKind}>{unknownKind}</option>}
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
      </FieldWithProblem>
      {owner.ownerKind === "tekst" && (
        <FieldWithProblem fieldId={textId} problem={textProblem} testId="owner-text-problem">
          <label className="doc-field">
            <span className="visually-hidden">{t("blocks.ownerTextLabel")}</span>
            <input
              type="text"
              value={owner.ownerName ?? ""}
              placeholder={t("blocks.ownerTextPlaceholder")}
              onChange={(event) => onChange({ ...owner, ownerName: event.target.value || null })}
              data-testid="owner-text"
              {...problemAttributes(textId, textProblem)}
            />
          </label>
        </FieldWithProblem>
      )}
    </>
  );
}
