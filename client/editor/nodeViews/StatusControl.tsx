import { useTranslation } from "react-i18next";
import { ACTION_STATUSES, type ActionStatus } from "../../../shared/editor/vocabulary.js";

/** The follow-up status of an action item: a select for editors, a badge for readers. */
export function StatusControl({ status, editable, onChange }: { status: ActionStatus; editable: boolean; onChange: (status: ActionStatus) => void }) {
  const { t } = useTranslation();
  const label = (s: ActionStatus) => t(`actionStatus.${s}` as "actionStatus.åben");
  if (!editable) {
    return (
      <span className={`status-badge status-badge--${status.replace(" ", "-")}`} data-testid="action-status">
        {label(status)}
      </span>
    );
  }
  return (
    <label className="tracked-block__field">
      <span className="visually-hidden">{t("actionStatus.label")}</span>
      <select data-testid="action-status" value={status} onChange={(e) => onChange(e.target.value as ActionStatus)}>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {label(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
