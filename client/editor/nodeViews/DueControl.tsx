import { useTranslation } from "react-i18next";
import { DUE_KINDS, oneOf, type DueKind } from "../../../shared/editor/vocabulary.js";
import { DateField } from "./DateField.js";

/** An action item's due attributes, as stored on the node. */
export interface DueAttrs {
  dueKind: DueKind | null;
  dueDate: string | null;
  dueCondition: string | null;
}

/** Reads the due attributes of a node. */
export function dueOf(attrs: Record<string, unknown>): DueAttrs {
  const text = (v: unknown) => (typeof v === "string" && v ? v : null);
  return { dueKind: oneOf(DUE_KINDS, attrs.dueKind, null), dueDate: text(attrs.dueDate), dueCondition: text(attrs.dueCondition) };
}

// Switching kind clears the other kinds' values, so the stored due point is never ambiguous.
function withKind(kind: DueKind | null, due: DueAttrs): DueAttrs {
  return { dueKind: kind, dueDate: kind === "dato" ? due.dueDate : null, dueCondition: kind === "betingelse" ? due.dueCondition : null };
}

/** When an action item is due: a date, the next meeting, or a condition in words. */
export function DueControl({ due, onChange }: { due: DueAttrs; onChange: (due: DueAttrs) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="doc-field">
        <span className="doc-field__label">{t("blocks.dueLabel")}</span>
        <select value={due.dueKind ?? ""} onChange={(event) => onChange(withKind(oneOf(DUE_KINDS, event.target.value, null), due))} data-testid="due-select">
          <option value="">{t("blocks.dueNone")}</option>
          {DUE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`blocks.dueKinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {due.dueKind === "dato" && (
        <DateField value={due.dueDate} onCommit={(dueDate) => onChange({ ...due, dueDate })} label={t("blocks.dueDateLabel")} testId="due-date" />
      )}
      {due.dueKind === "betingelse" && (
        <label className="doc-field doc-field--wide">
          <span className="visually-hidden">{t("blocks.dueConditionLabel")}</span>
          <input
            type="text"
            value={due.dueCondition ?? ""}
            placeholder={t("blocks.dueConditionPlaceholder")}
            onChange={(event) => onChange({ ...due, dueCondition: event.target.value || null })}
            data-testid="due-condition"
          />
        </label>
      )}
    </>
  );
}
