import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { formatMeetingTime } from "../../format/date.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { currentLanguage } from "../../i18n/index.js";
import { CarryOverList, CommentsPanel, LifecyclePanel, MeetingEscalations, useLifecycleMeeting, useMinutesItems } from "../../meetingPanels/index.js";
import "./meetingFlow.css";

/**
 * "Mødets forløb" (/m/:meetingId/forloeb): a meeting's lifecycle, the
 * comments on its minutes and their versions, its escalations and the action
 * items it carries over, around one shared meeting state.
 */
export function MeetingFlowPage() {
  const { t } = useTranslation();
  const { meetingId = "" } = useParams();
  const lifecycle = useLifecycleMeeting(meetingId);
  const meeting = lifecycle.state.status === "done" ? lifecycle.state.data : null;
  const items = useMinutesItems(meetingId, meeting?.status ?? "");
  useDocumentTitle(meeting ? `${t("panels.flow.title")}: ${meeting.title}` : t("panels.flow.title"));

  if (lifecycle.state.status === "loading") return <PageStatus>{t("panels.flow.loading")}</PageStatus>;
  if (lifecycle.state.status === "failed") {
    return (
      <p className="form-error page--narrow" role="alert">
        {errorMessage(lifecycle.state.error, t)}
      </p>
    );
  }
  const current = lifecycle.state.data;
  return (
    <article className="page page--wide meeting-flow" aria-labelledby="flow-title">
      <header className="meeting-flow__header">
        <p className="meeting-flow__back">
          <Link to={`/m/${current.id}`}>{t("panels.flow.backToMeeting")}</Link>
        </p>
        <p className="meeting-card__forum">{current.forumName}</p>
        <h1 id="flow-title">
          {t("panels.flow.title")}: {current.title}
        </h1>
        <p className="muted">{formatMeetingTime(current.startsAt, currentLanguage(), t)}</p>
      </header>
      <div className="meeting-flow__grid">
        <div className="meeting-flow__main">
          <LifecyclePanel meeting={current} onChange={lifecycle.setMeeting} />
          <CommentsPanel meeting={current} items={items} />
        </div>
        <div className="meeting-flow__side">
          <CarryOverList meetingId={current.id} />
          <MeetingEscalations meetingId={current.id} />
        </div>
      </div>
    </article>
  );
}
