import { copenhagenTime } from "../../../shared/rules/copenhagenTime.js";

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
