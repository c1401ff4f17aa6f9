import { useTranslation } from "react-i18next";
import { ActionItemRow } from "./ActionItemRow.js";
import type { ActionItem } from "./followUpApi.js";

interface ActionItemTableProps {
  items: ActionItem[];
  /** Called with a confirmation to announce after a status was changed. */
  onChanged(message: string): void;
}

/** The dashboard's table: one row group per action item, with room under it for its status form and history. */
export function ActionItemTable({ items, onChanged }: ActionItemTableProps) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <p className="empty-state" data-testid="follow-up-empty">
        {t("followUp.empty")}
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table card-table follow-up__table" data-testid="action-items">
        <caption>{t("followUp.count", { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("followUp.columns.text")}</th>
            <th scope="col">{t("followUp.columns.owner")}</th>
            <th scope="col">{t("followUp.columns.due")}</th>
            <th scope="col">{t("followUp.columns.status")}</th>
            <th scope="col">{t("followUp.columns.forum")}</th>
            <th scope="col">{t("followUp.columns.meeting")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("followUp.columns.actions")}</span>
            </th>
          </tr>
        </thead>
        {items.map((item) => (
          <ActionItemRow key={`${item.documentId}/${item.id}`} item={item} onChanged={onChanged} />
        ))}
      </table>
    </div>
  );
}
