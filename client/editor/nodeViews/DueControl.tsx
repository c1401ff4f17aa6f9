import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DUE_KINDS, oneOf, type DueKind } from "../../../shared/editor/vocabulary.js";
import { DateField } from "./DateField.js";
import { FieldWithProblem, problemAttributes } from "./FieldProblem.js";

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

interface DueControlProps {
  due: DueAttrs;
  /** The kind as stored, which may be one this version does not know. */
  storedKind: unknown;
  onChange: (due: DueAttrs) => void;
}

/** When an action item is due: a date, the next meeting, or a condition in words; each says at the field what is missing. */
export function DueControl({ due, storedKind, onChange }: DueControlProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const conditionId = useId();
  // A kind this version does not know is shown as stored, not as "no due point".
  const unknownKind = typeof storedKind === "string" && storedKind !== "" && due.dueKind === null ? storedKind : null;
  const kindProblem = unknownKind ? t("fields.dueKindUnknown", { value: unknownKind }) : null;
  const conditionProblem = due.dueKind === "betingelse" && !due.dueCondition ? t("fields.dueCondition") : null;
  return (
    <>
      <FieldWithProblem fieldId={kindId} problem={kindProblem}>
        <label className="doc-field">
          <span className="doc-field__label">{t("blocks.dueLabel")}</span>
          <select
            value={unknownKind ?? due.dueKind ?? ""}
            onChange={(event) => onChange(withKind(oneOf(DUE_KINDS, event.target.value, null), due))}
            data-testid="due-select"
            {...problemAttributes(kindId, kindProblem)}
          >
            <option value="">{t("blocks.dueNone")}</option>
            {unknownKind && <option value={unknownKind}>{unknownKind}</option>}
            {DUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`blocks.dueKinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </FieldWithProblem>
      {due.dueKind === "dato" && (
        <DateField value={due.dueDate} onCommit={(dueDate) => onChange({ ...due, dueDate })} label={t("blocks.dueDateLabel")} testId="due-date" />
      )}
      {due.dueKind === "betingelse" && (
        <FieldWithProblem fieldId={conditionId} problem={conditionProblem} testId="due-condition-problem">
          <label className="doc-field doc-field--wide">
            <span className="visually-hidden">{t("blocks.dueConditionLabel")}</span>
            <input
              type="text"
              value={due.dueCondition ?? ""}
              placeholder={t("blocks.dueConditionPlaceholder")}
              onChange={(event) => onChange({ ...due, dueCondition: event.target.value || null })}
              data-testid="due-condition"
              {...problemAttributes(conditionId, conditionProblem)}
            />
          </label>
        </FieldWithProblem>
      )}
    </>
  );
}
