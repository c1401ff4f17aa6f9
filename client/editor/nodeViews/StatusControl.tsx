import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ACTION_STATUSES, type ActionStatus } from "../../../shared/editor/vocabulary.js";
import { FieldWithProblem, problemAttributes } from "./FieldProblem.js";

const known = (status: string): status is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(status);

/**
 * The follow-up status of an action item: a select for editors, a badge for
 * readers. A status this version does not know is shown as stored, and
 * editors are told so, rather than it reading as "Åben".
 */
export function StatusControl({ status, editable, onChange }: { status: string; editable: boolean; onChange: (status: ActionStatus) => void }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const label = (s: string) => (known(s) ? t(`actionStatus.${s}` as "actionStatus.åben") : s);
  if (!editable) {
    return (
      <span className={`status-badge status-badge--${status.replace(" ", "-")}`} data-testid="action-status">
        {label(status)}
      </span>
    );
  }
  const problem = known(status) ? null : t("fields.statusUnknown", { value: status });
  return (
    <FieldWithProblem fieldId={fieldId} problem={problem} testId="action-status-problem">
      <label className="tracked-block__field">
        <span className="visually-hidden">{t("actionStatus.label")}</span>
        <select data-testid="action-status" value={status} onChange={(e) => known(e.target.value) && onChange(e.target.value)} {...problemAttributes(fieldId, problem)}>
          {!known(status) && <option value={status}>{status}</option>}
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
    </FieldWithProblem>
  );
}
