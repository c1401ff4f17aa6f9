import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { copenhagenDate } from "../../../shared/rules/copenhagenTime.js";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { useUrlQuery, type UrlQueryCodec } from "../../components/useUrlQuery.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { fetchForums } from "../NewMeeting/newMeetingApi.js";
import { CalendarSubscribe } from "./CalendarSubscribe.js";
import { ForumKommissorium } from "./ForumKommissorium.js";
import { kindLabel, roleLabel } from "./forumLabels.js";
import { Inbox } from "./Inbox.js";
import { MeetingPlan } from "./MeetingPlan.js";
import { SentEscalations } from "./SentEscalations.js";
import { YearWheel } from "./YearWheel.js";
import "./forum.css";

const SECTIONS = ["moedeplan", "indbakke", "sendte", "aarshjul", "kalender"] as const;

/** This year in Copenhagen. */
function thisYear(): number {
  return Number(copenhagenDate(new Date()).slice(0, 4));
}

// The year shown, in the URL (?aar=2024); this year when none is given.
const YEAR_QUERY: UrlQueryCodec<{ aar: number }> = {
  read: (params) => ({ aar: Number(params.get("aar")) || thisYear() }),
  write: ({ aar }) => new URLSearchParams({ aar: String(aar) }),
};

/**
 * One forum's page (/fora/:forumId): its evaluation date, its mødeplan with deadlines, the
 * escalations sent to it and by it, its årshjul, and the calendar feed. The
 * year shown is in the URL (?aar=2024).
 */
export function ForumPage() {
  const { t } = useTranslation();
  const { forumId = "" } = useParams();
  const [{ aar: year }, changeYear] = useUrlQuery(YEAR_QUERY);
  const forums = useApi(fetchForums, "forums");
  const forum = forums.status === "done" ? forums.data.find((f) => f.id === forumId) : undefined;
  useDocumentTitle(forum?.name ?? t("forum.listTitle"));

  if (forums.status === "loading") return <PageStatus>{t("forum.loading")}</PageStatus>;
  if (forums.status === "failed" || !forum) {
    return (
      <div className="page page--narrow">
        <p className="form-error" role="alert">
          {forums.status === "failed" ? errorMessage(forums.error, t) : t("forum.notFound")}
        </p>
        <Link to="/fora">{t("forum.allForums")}</Link>
      </div>
    );
  }

  const setYear = (next: number) => changeYear({ aar: next });
  return (
    <article className="page page--wide forum-page" aria-labelledby="forum-title">
      <header className="forum-page__header">
        <p className="forum-page__back">
          <Link to="/fora">{t("forum.allForums")}</Link>
        </p>
        <p className="meeting-card__forum">{kindLabel(forum.kind, t)}</p>
        <h1 id="forum-title">{forum.name}</h1>
        <p className="muted">{t("forum.yourRole", { role: roleLabel(forum.role, t) })}</p>
        <ForumKommissorium forum={forum} />
        <nav className="section-nav" aria-label={t("forum.sectionsLabel")}>
          {SECTIONS.map((section) => (
            <a key={section} href={`#${section}`}>
              {t(`forum.sections.${section}`)}
            </a>
          ))}
        </nav>
      </header>
      <MeetingPlan forumId={forum.id} year={year} onYear={setYear} />
      <Inbox forum={forum} />
      <SentEscalations forum={forum} />
      <YearWheel forum={forum} year={year} />
      <CalendarSubscribe forum={forum} />
    </article>
  );
}
