import { DanishCalendar, type IsoDate } from "./danishCalendar.js";
import type { MeetingDeadlines } from "./deadlines.js";
import type { MeetingStatus } from "./lifecycle.js";

/** A deadline the secretariat must act on. */
export interface DeadlineWarning {
  deadline: "agenda" | "minutes";
  due: IsoDate;
  /** "soon": within the warning window; "missed": the day has passed. */
  state: "soon" | "missed";
  /**
   * False when the forum's kommissorium only says the deadline "tilstræbes":
   * the warning then says so, and nothing anywhere blocks on it. (No deadline
   * blocks a step today, firm or not; a firm one is simply worded as binding.)
   */
  firm: boolean;
}

/** Warn this many working days ahead. */
export const WARN_WORKING_DAYS = 3;

const AGENDA_PENDING: MeetingStatus[] = ["planlagt", "dagsorden_kladde"];
const MINUTES_PENDING: MeetingStatus[] = ["planlagt", "dagsorden_kladde", "dagsorden_udsendt", "moede_i_gang", "referat_kladde"];

/** The deadlines of a meeting that are near or missed, given what it has done so far; `firm` is the forum's `deadlinesFirm`. */
export function deadlineWarnings(status: MeetingStatus, deadlines: MeetingDeadlines, today: IsoDate, calendar: DanishCalendar, firm: boolean): DeadlineWarning[] {
  const warnFrom = (due: IsoDate) => calendar.addWorkingDays(due, -WARN_WORKING_DAYS);
  const check = (deadline: DeadlineWarning["deadline"], due: IsoDate, pending: boolean): DeadlineWarning[] => {
    if (!pending) return [];
    if (today > due) return [{ deadline, due, state: "missed", firm }];
    return today >= warnFrom(due) ? [{ deadline, due, state: "soon", firm }] : [];
  };
  return [...check("agenda", deadlines.agendaDue, AGENDA_PENDING.includes(status)), ...check("minutes", deadlines.minutesDue, MINUTES_PENDING.includes(status))];
}
