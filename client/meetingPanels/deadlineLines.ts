import type { TFunction } from "i18next";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { formatDay } from "../format/date.js";
import type { Language } from "../i18n/index.js";
import type { MeetingSchedule } from "./lifecycleApi.js";

/** One deadline of a meeting in words, with its warning when it is near or missed. */
export interface DeadlineLine {
  deadline: "agenda" | "minutes" | "comments" | "date" | "cancelled";
  text: string;
  warning: "soon" | "missed" | null;
}

/**
 * A meeting's deadlines as the forums write them: "Dagsorden skal udsendes
 * senest fredag 1. marts 2024", or when it went out once it has; then the
 * minutes, and the comment period once it runs.
 */
export function deadlineLines(schedule: MeetingSchedule, language: Language, t: TFunction): DeadlineLine[] {
  const day = (isoDate: string) => formatDay(isoDate, language, t);
  const sent = (instant: string) => day(copenhagenDate(new Date(instant)));
  const warning = (deadline: "agenda" | "minutes") => schedule.warnings.find((w) => w.deadline === deadline)?.state ?? null;
  // A cancelled meeting owes nothing, and an impossible date gives no deadlines: each says so instead.
  if (schedule.status === "aflyst") return [{ deadline: "cancelled", text: t("panels.deadlines.cancelled", { reason: schedule.cancelReason ?? "" }), warning: null }];
  if (!schedule.deadlines) return [{ deadline: "date", text: t("panels.deadlines.dateProblem"), warning: null }];
  const { agendaDue, minutesDue, commentPeriodEndsOn } = schedule.deadlines;
  const lines: DeadlineLine[] = [
    {
      deadline: "agenda",
      text: schedule.agendaSentAt ? t("panels.deadlines.agendaSent", { sent: sent(schedule.agendaSentAt), due: day(agendaDue) }) : t("panels.deadlines.agendaDue", { due: day(agendaDue) }),
      warning: warning("agenda"),
    },
    {
      deadline: "minutes",
      text: schedule.minutesSentAt ? t("panels.deadlines.minutesSent", { sent: sent(schedule.minutesSentAt), due: day(minutesDue) }) : t("panels.deadlines.minutesDue", { due: day(minutesDue) }),
      warning: warning("minutes"),
    },
  ];
  if (commentPeriodEndsOn) lines.push({ deadline: "comments", text: t("panels.deadlines.commentsUntil", { due: day(commentPeriodEndsOn) }), warning: null });
  return lines;
}

// Which deadline a meeting waits for in each state before its minutes are approved.
const WAITING_FOR: Partial<Record<MeetingSchedule["status"], DeadlineLine["deadline"]>> = {
  planlagt: "agenda",
  dagsorden_kladde: "agenda",
  dagsorden_udsendt: "minutes",
  moede_i_gang: "minutes",
  referat_kladde: "minutes",
  referat_udsendt: "comments",
};

/**
 * The one deadline a meeting is waiting for now: the agenda until it is
 * sent, then the minutes, then the end of the comment period; why it was
 * cancelled, or that its date is invalid. Null once the minutes are approved.
 */
export function nextDeadline(schedule: MeetingSchedule, language: Language, t: TFunction): DeadlineLine | null {
  const lines = deadlineLines(schedule, language, t);
  if (schedule.status === "aflyst" || !schedule.deadlines) return lines[0];
  return lines.find((line) => line.deadline === WAITING_FOR[schedule.status]) ?? null;
}
