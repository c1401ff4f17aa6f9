import { useTranslation } from "react-i18next";
import { copenhagenDate } from "../../../shared/rules/copenhagenTime.js";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { useUrlQuery, type UrlQuerySetter } from "../../components/useUrlQuery.js";
import { formatMeetingTime } from "../../format/date.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { currentLanguage } from "../../i18n/index.js";
import { NewMeeting } from "../NewMeeting/NewMeeting.js";
import { fetchListedMeetings, type ListedMeeting } from "./listedMeeting.js";
import { MeetingCard } from "./MeetingCard.js";
import { forumsOfMeetings, meetingForumLabel } from "./meetingForum.js";
import { MeetingFilters } from "./MeetingFilters.js";
import { filterMeetings, groupMeetings, MEETING_LIST_QUERY, type MeetingListQuery } from "./meetingListQuery.js";
import "./meetingList.css";

/**
 * The meetings of the user's forums, upcoming (soonest first) above the
 * earlier ones (newest first), each linking to its document; a forum and a
 * text search narrow the list, both in the URL. Chairs and the secretariat
 * can plan a new meeting.
 */
export function Meetings() {
  const { t } = useTranslation();
  const state = useApi(fetchListedMeetings, "meetings");
  const [query, changeQuery] = useUrlQuery(MEETING_LIST_QUERY);
  useDocumentTitle(t("meetings.title"));

  return (
    <section className="page page--narrow" aria-labelledby="meetings-title">
      <h1 id="meetings-title">{t("meetings.title")}</h1>
      <NewMeeting />
      {state.status === "loading" && <PageStatus>{t("meetings.loading")}</PageStatus>}
      {state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(state.error, t)}
        </p>
      )}
      {state.status === "done" && state.data.length === 0 && (
        <p className="empty-state" data-testid="meetings-empty">
          {t("meetings.empty")}
        </p>
      )}
      {state.status === "done" && state.data.length > 0 && <MeetingList meetings={state.data} query={query} onQuery={changeQuery} />}
    </section>
  );
}

interface MeetingListProps {
  meetings: ListedMeeting[];
  query: MeetingListQuery;
  onQuery: UrlQuerySetter<MeetingListQuery>;
}

/** The filters and the two groups of cards. */
function MeetingList({ meetings, query, onQuery }: MeetingListProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const forums = forumsOfMeetings(meetings);
  // A forum the user no longer sits in (an old link) shows every forum rather than nothing.
  const effective = forums.some((forum) => forum.id === query.forum) ? query : { ...query, forum: "" };
  const describe = (m: ListedMeeting) => [m.title, meetingForumLabel(m, t), m.place, formatMeetingTime(m.startsAt, language, t), t(`panels.statuses.${m.status}`)].join(" ");
  const shown = filterMeetings(meetings, effective, describe);
  const { upcoming, earlier } = groupMeetings(shown, copenhagenDate(new Date()));

  return (
    <>
      <MeetingFilters query={effective} forums={forums} onChange={onQuery} shown={shown.length} total={meetings.length} />
      {shown.length === 0 ? (
        <p className="empty-state" data-testid="meetings-no-match">
          {t("meetings.noMatch")}
        </p>
      ) : (
        <div className="meeting-groups" data-testid="meeting-list">
          <MeetingGroup id="upcoming" title={t("meetings.upcoming")} empty={t("meetings.noUpcoming")} meetings={upcoming} />
          <MeetingGroup id="earlier" title={t("meetings.earlier")} empty={t("meetings.noEarlier")} meetings={earlier} />
        </div>
      )}
    </>
  );
}

/** "Kommende" or "Tidligere": a heading with the count, and the cards or a line saying there are none. */
function MeetingGroup({ id, title, empty, meetings }: { id: string; title: string; empty: string; meetings: ListedMeeting[] }) {
  return (
    <section className="meeting-group" aria-labelledby={`meetings-${id}`} data-testid={`meetings-${id}`}>
      <h2 id={`meetings-${id}`} className="meeting-group__title">
        {title} <span className="count">({meetings.length})</span>
      </h2>
      {meetings.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </section>
  );
}
