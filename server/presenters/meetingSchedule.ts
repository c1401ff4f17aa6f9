import type { meetings } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { DanishCalendar, type ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import { deadlineWarnings } from "../../shared/rules/deadlineWarnings.js";
import { meetingDeadlines } from "../../shared/rules/deadlines.js";
import type { ForumRules } from "../../shared/rules/kommissorium.js";
import { STATUS_LABELS, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import { isMeetingDateInRange } from "../../shared/rules/meetingDates.js";

/** What a forum's kommissorium says about its deadlines, and the days off they skip. */
export interface ForumDeadlineRules {
  rules: ForumRules;
  extraDaysOff: ExtraDaysOff;
  /** False when the deadlines only "tilstræbes": warned about in soft words, never blocking. */
  deadlinesFirm: boolean;
}

/**
 * A meeting's place in its lifecycle and its deadlines under the forum's rules, as of `now`.
 * A stored date outside the range a meeting may have (year 9999, "infinity") is
 * marked `dateProblem: "out_of_range"` with no deadlines, so the list stays
 * whole and the secretariat sees which meeting to correct.
 */
export function presentSchedule(meeting: typeof meetings.$inferSelect, { rules, extraDaysOff, deadlinesFirm }: ForumDeadlineRules, now = new Date()) {
  const calendar = new DanishCalendar(extraDaysOff);
  const status = meeting.status as MeetingStatus;
  const sane = isMeetingDateInRange(meeting.startsAt, now);
  const deadlines = sane ? meetingDeadlines(copenhagenDate(meeting.startsAt), rules, calendar) : null;
  return {
    status,
    statusLabel: STATUS_LABELS[status],
    dateProblem: sane ? null : ("out_of_range" as const),
    deadlines: deadlines && { ...deadlines, commentPeriodEndsOn: meeting.commentPeriodEndsOn },
    deadlinesFirm,
    // A cancelled meeting is in no pending state, so it owes nobody an agenda or minutes.
    warnings: deadlines ? deadlineWarnings(status, deadlines, copenhagenDate(now), calendar, deadlinesFirm) : [],
    agendaSentAt: meeting.agendaSentAt?.toISOString() ?? null,
    minutesSentAt: meeting.minutesSentAt?.toISOString() ?? null,
    approvedAt: meeting.approvedAt?.toISOString() ?? null,
    publishedAt: meeting.publishedAt?.toISOString() ?? null,
    cancelledAt: meeting.cancelledAt?.toISOString() ?? null,
    cancelReason: meeting.cancelReason,
  };
}
