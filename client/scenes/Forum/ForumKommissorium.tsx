import { useTranslation } from "react-i18next";
import { copenhagenDate } from "../../../shared/rules/copenhagenTime.js";
import { evaluationNotice } from "../../../shared/rules/evaluation.js";
import { formatDay } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";
import type { Forum } from "../NewMeeting/newMeetingApi.js";
import "../../meetingPanels/panels.css";

/**
 * What the forum page tells of its kommissorium: when the forum evaluates
 * itself (marked once it is within 30 days, and once it has passed), and
 * that its deadlines only "tilstræbes" when they are targets rather than rules.
 */
export function ForumKommissorium({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  if (!forum.evaluationDue && forum.deadlinesFirm) return null;
  const notice = evaluationNotice(forum.evaluationDue, copenhagenDate(new Date()));
  return (
    <div className="forum-kommissorium" data-testid="forum-kommissorium">
      {forum.evaluationDue && (
        <p className={notice === "passed" ? "deadline--missed" : notice === "soon" ? "deadline--soon" : undefined} data-testid="forum-evaluation">
          {t("forum.kommissorium.evaluation", { date: formatDay(forum.evaluationDue, currentLanguage(), t) })}
          {notice && <strong className="deadline__warning">{t(notice === "passed" ? "forum.kommissorium.evaluationPassed" : "forum.kommissorium.evaluationSoon")}</strong>}
        </p>
      )}
      {!forum.deadlinesFirm && <p className="muted">{t("forum.kommissorium.softDeadlines")}</p>}
    </div>
  );
}
