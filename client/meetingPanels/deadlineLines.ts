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
  /** The warning in words: soft ("tilstræbes") for a forum whose deadlines are targets only. */
  warningText: string | null;
}

/**
 * A meeting's deadlines as the forums write them: "Dagsorden skal udsendes
 * senest fredag 1. marts 2024", or when it went out once it has; then the
 * minutes, and the comment period once it runs. A forum whose kommissorium
 * only says its deadlines "tilstræbes" has them worded so, warnings too.
 */
export function deadlineLines(schedule: MeetingSchedule, language: Language, t: TFunction): DeadlineLine[] {
  const day = (isoDate: string) => formatDay(isoDate, language, t);
  const sent = (instant: string) => day(copenhagenDate(new Date(instant)));
  const words = schedule.deadlinesFirm ? "panels.deadlines" : "panels.deadlines.soft";
  const warned = (deadline: "agenda" | "minutes") => {
    const state = schedule.warnings.find((w) => w.deadline === deadline)?.state ?? null;
    return { warning: state, warningText: state && t(`${words}.${state}`) };
  };
  const quiet = { warning: null, warningText: null };
  // A cancelled meeting owes nothing, and an impossible date gives no deadlines: each says so instead.
  if (schedule.status === "aflyst") return [{ deadline: "cancelled", text: t("panels.deadlines.cancelled", { reason: schedule.cancelReason ?? "" }), ...quiet }];
  if (!schedule.deadlines) return [{ deadline: "date", text: t("panels.deadlines.dateProblem"), ...quiet }];
  const { agendaDue, minutesDue, commentPeriodEndsOn } = schedule.deadlines;
  const lines: DeadlineLine[] = [
    {
      deadline: "agenda",
      text: schedule.agendaSentAt ? t(`${words}.agendaSent`, { sent: sent(schedule.agendaSentAt), due: day(agendaDue) }) : t(`${words}.agendaDue`, { due: day(agendaDue) }),
      ...warned("agenda"),
    },
    {
      deadline: "minutes",
      text: schedule.minutesSentAt ? t(`${words}.minutesSent`, { sent: sent(schedule.minutesSentAt), due: day(minutesDue) }) : t(`${words}.minutesDue`, { due: day(minutesDue) }),
      ...warned("minutes"),
    },
  ];
  if (commentPeriodEndsOn) lines.push({ deadline: "comments", text: t("panels.deadlines.commentsUntil", { due: day(commentPeriodEndsOn) }), ...quiet });
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
