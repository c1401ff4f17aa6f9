import { copenhagenDate, copenhagenTime } from "../../../shared/rules/copenhagenTime.js";
import { danishDay } from "../../../shared/rules/danishDateText.js";
import { EARLIEST_MEETING_START, latestMeetingStart } from "../../../shared/rules/meetingDates.js";

/**
 * The instant of a date ("2027-03-04") and a time ("13:00") as entered in the
 * form, read as Copenhagen wall-clock time whatever the browser's own zone.
 * Null when either is missing or malformed.
 */
export function meetingStart(date: string, time: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})/.exec(time);
  if (!day || !clock) return null;
  const [year, month, dayOfMonth] = day.slice(1).map(Number);
  const [hour, minute] = clock.slice(1).map(Number);
  return copenhagenTime(year, month, dayOfMonth, hour, minute).toISOString();
}

/** The first and last day the date field offers: 1 January 2000 to ten years from `now`. */
export function meetingDateBounds(now: Date): { min: string; max: string } {
  return { min: copenhagenDate(EARLIEST_MEETING_START), max: copenhagenDate(latestMeetingStart(now)) };
}

/** True when the chosen start lies before `now`: the form says the meeting comes in as an earlier one. */
export function isPastStart(startsAt: string | null, now: Date): boolean {
  return startsAt !== null && Date.parse(startsAt) < now.getTime();
}

/**
 * The title a meeting gets when none is written: the forum and the day, as
 * the forums name their meetings ("Chefforum 27. november 2026"); the forum
 * alone until a date is chosen. Always Danish: it is the document's title.
 */
export function defaultMeetingTitle(forumName: string, date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${forumName} ${danishDay(date)}` : forumName;
}
