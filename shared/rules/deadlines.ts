import { DanishCalendar, type IsoDate } from "./danishCalendar.js";
import type { Duration, ForumRules } from "./kommissorium.js";

/** The computed deadlines of one meeting. */
export interface MeetingDeadlines {
  /** The last day the agenda may be sent. */
  agendaDue: IsoDate;
  /** The last day the minutes may be sent. */
  minutesDue: IsoDate;
}

function before(calendar: DanishCalendar, date: IsoDate, d: Duration): IsoDate {
  // "Senest 14 dage før": a deadline on a day off means the last working day before it.
  return d.unit === "working_days" ? calendar.addWorkingDays(date, -d.value) : calendar.nearestWorkingDay(DanishCalendar.addDays(date, -d.value), "before");
}

function after(calendar: DanishCalendar, date: IsoDate, d: Duration): IsoDate {
  // A period ending on a day off runs to the next working day, as Danish deadlines do.
  return d.unit === "working_days" ? calendar.addWorkingDays(date, d.value) : calendar.nearestWorkingDay(DanishCalendar.addDays(date, d.value), "after");
}

/** When the agenda and the minutes of a meeting on `meetingDate` are due under the forum's rules. */
export function meetingDeadlines(meetingDate: IsoDate, rules: ForumRules, calendar: DanishCalendar): MeetingDeadlines {
  return { agendaDue: before(calendar, meetingDate, rules.agendaLead), minutesDue: after(calendar, meetingDate, rules.minutesDue) };
}

/** The last day of the comment period for minutes sent on `sentDate`. */
export function commentPeriodEnd(sentDate: IsoDate, rules: ForumRules, calendar: DanishCalendar): IsoDate {
  return after(calendar, sentDate, rules.commentPeriod);
}
