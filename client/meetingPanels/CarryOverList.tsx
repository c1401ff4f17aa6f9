import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { formatDay } from "../format/date.js";
import { useResource } from "../http/useResource.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { currentLanguage } from "../i18n/index.js";
import { dueText } from "../scenes/FollowUp/dueText.js";
import type { ActionItem } from "../scenes/FollowUp/followUpApi.js";
import { fetchCarryOver } from "./carryOverApi.js";
import "./panels.css";

/** How often the list asks again, so a status changed elsewhere shows up while the meeting runs. */
const CARRY_OVER_POLL_MS = 5000;

/**
 * "Opfølgning på aktionspunkter": the forum's open action items from earlier
 * meetings, kept live, each with its status, owner, due point and a link to
 * the meeting where it was decided.
 */
export function CarryOverList({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const items = useResource((signal) => fetchCarryOver(meetingId, signal), meetingId, CARRY_OVER_POLL_MS);

  return (
    <section className="panel carry-over" aria-labelledby={`${id}-title`} data-testid="carry-over">
      <h2 id={`${id}-title`} className="panel__title">
        {t("panels.carryOver.title")}
      </h2>
      {items.state.status === "loading" && <p role="status">{t("panels.carryOver.loading")}</p>}
      {items.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(items.state.error, t)}
        </p>
      )}
      {items.refreshError !== null && <p className="side-section__warning">{t("panels.stale")}</p>}
      {items.state.status === "done" && items.state.data.length === 0 && <p className="empty-state">{t("panels.carryOver.empty")}</p>}
      {items.state.status === "done" && items.state.data.length > 0 && (
        <ul className="carry-over__list">
          {items.state.data.map((item) => (
            <CarryOverItem key={`${item.documentId}/${item.id}`} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CarryOverItem({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const due = dueText(item.due, language, t);
  const decidedOn = formatDay(copenhagenDate(new Date(item.meeting.startsAt)), language, t);
  return (
    <li className={item.overdue ? "carry-item is-overdue" : "carry-item"} data-testid="carry-over-item">
      <p className="carry-item__text">{item.text}</p>
      <p className="carry-item__meta">
        <span className={`status status--${item.status.replace(" ", "-")}`}>{t(`followUp.statuses.${item.status}`)}</span>
        {item.owner.name && <span>{item.owner.name}</span>}
        {due && <span>{t("panels.carryOver.due", { due })}</span>}
        {item.overdue && <span className="badge badge--danger">{t("followUp.overdue")}</span>}
      </p>
      <Link to={`/m/${item.meeting.id}`} className="carry-item__origin">
        {t("panels.carryOver.decidedAt", { meeting: item.meeting.title, date: decidedOn })}
        {item.agendaItem?.number && `, ${t("followUp.item", { number: item.agendaItem.number, title: item.agendaItem.title ?? "" })}`}
      </Link>
    </li>
  );
}
