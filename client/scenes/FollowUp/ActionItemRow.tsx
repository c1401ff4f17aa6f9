import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ACTION_STATUSES, type ActionStatus } from "../../../shared/editor/vocabulary.js";
import { copenhagenDate } from "../../../shared/rules/copenhagenTime.js";
import { formatDay } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";
import { dueText } from "./dueText.js";
import type { ActionItem } from "./followUpApi.js";
import { ItemHistory } from "./ItemHistory.js";
import { StatusForm } from "./StatusForm.js";

interface ActionItemRowProps {
  item: ActionItem;
  onChanged(message: string): void;
}

/**
 * One action item: its row, and below it, when asked for, the form that
 * saves a newly chosen status (with a comment) and the item's history.
 */
export function ActionItemRow({ item, onChanged }: ActionItemRowProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const id = useId();
  const [draft, setDraft] = useState<ActionStatus>(item.status);
  const [historyOpen, setHistoryOpen] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => setDraft(item.status), [item.status]);

  const due = dueText(item.due, language, t);
  const editing = draft !== item.status;
  const rowClass = item.overdue ? "is-overdue" : item.dueSoon ? "is-due-soon" : undefined;

  return (
    <tbody className="action-row card-table__card" data-testid="action-item-row" data-status={item.status}>
      <tr className={rowClass}>
        <td className="action-row__text">{item.text}</td>
        <td data-label={t("followUp.columns.owner")}>{item.owner.name ?? <span className="muted">{t("followUp.noOwner")}</span>}</td>
        <td data-label={t("followUp.columns.due")}>
          {due ?? <span className="muted">{t("followUp.noDue")}</span>}
          {item.overdue && <span className="badge badge--danger">{t("followUp.overdue")}</span>}
          {item.dueSoon && <span className="badge badge--warning">{t("followUp.dueSoon")}</span>}
        </td>
        <td data-label={t("followUp.columns.status")}>
          {item.canChangeStatus ? (
            <select ref={select} aria-label={t("followUp.statusFor", { text: item.text })} value={draft} onChange={(e) => setDraft(e.target.value as ActionStatus)}>
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`followUp.statuses.${status}`)}
                </option>
              ))}
            </select>
          ) : (
            <span className={`status status--${item.status.replace(" ", "-")}`}>{t(`followUp.statuses.${item.status}`)}</span>
          )}
        </td>
        <td data-label={t("followUp.columns.forum")}>{item.forum.name}</td>
        <td data-label={t("followUp.columns.meeting")}>
          <Link to={`/m/${item.meeting.id}`} className="action-row__meeting">
            <span>{item.meeting.title}</span>
            <span className="muted">{formatDay(copenhagenDate(new Date(item.meeting.startsAt)), language, t)}</span>
            {item.agendaItem?.number && <span>{t("followUp.item", { number: item.agendaItem.number, title: item.agendaItem.title ?? "" })}</span>}
          </Link>
        </td>
        <td>
          <button type="button" className="link-button" aria-expanded={historyOpen} aria-controls={historyOpen ? `${id}-history` : undefined} onClick={() => setHistoryOpen(!historyOpen)}>
            {t("followUp.history")}
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="action-row__detail">
          <td colSpan={7}>
            <StatusForm
              item={item}
              status={draft}
              onCancel={() => {
                setDraft(item.status);
                select.current?.focus();
              }}
              onSaved={() => {
                onChanged(t("followUp.saved", { text: item.text, status: t(`followUp.statuses.${draft}`) }));
                select.current?.focus();
              }}
            />
          </td>
        </tr>
      )}
      {historyOpen && (
        <tr className="action-row__detail">
          <td colSpan={7} id={`${id}-history`}>
            <ItemHistory item={item} />
          </td>
        </tr>
      )}
    </tbody>
  );
}
