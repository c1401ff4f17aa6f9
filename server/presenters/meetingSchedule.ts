import type { meetings } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { DanishCalendar, type ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import { deadlineWarnings } from "../../shared/rules/deadlineWarnings.js";
import { meetingDeadlines } from "../../shared/rules/deadlines.js";
import type { ForumRules } from "../../shared/rules/kommissorium.js";
import { STATUS_LABELS, type MeetingStatus } from "../../shared/rules/lifecycle.js";

/** A meeting's place in its lifecycle and its deadlines under the forum's rules, as of `now`. */
export function presentSchedule(meeting: typeof meetings.$inferSelect, rules: ForumRules, extraDaysOff: ExtraDaysOff, now = new Date()) {
  const calendar = new DanishCalendar(extraDaysOff);
  const status = meeting.status as MeetingStatus;
  const deadlines = meetingDeadlines(copenhagenDate(meeting.startsAt), rules, calendar);
  return {
    status,
    statusLabel: STATUS_LABELS[status],
    deadlines: { ...deadlines, commentPeriodEndsOn: meeting.commentPeriodEndsOn },
    warnings: deadlineWarnings(status, deadlines, copenhagenDate(now), calendar),
    agendaSentAt: meeting.agendaSentAt?.toISOString() ?? null,
    minutesSentAt: meeting.minutesSentAt?.toISOString() ?? null,
    approvedAt: meeting.approvedAt?.toISOString() ?? null,
    publishedAt: meeting.publishedAt?.toISOString() ?? null,
  };
}
