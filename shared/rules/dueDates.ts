import { MAX_YEARS_AHEAD } from "./meetingDates.js";

/** Why a due date (YYYY-MM-DD) cannot stand: not a date, not a four-digit year, no such day, or out of range. */
export type DueDateProblem = "format" | "yearDigits" | "noSuchDay" | "yearRange";

/** The first year a due date may fall in: forums bring their minutes in from 2000 on, as their meetings. */
export const EARLIEST_DUE_YEAR = 2000;

/** The last year a due date may fall in as of `now`: as far ahead as a meeting may be planned. */
export function latestDueYear(now: Date): number {
  return now.getUTCFullYear() + MAX_YEARS_AHEAD;
}

/** True for a YYYY-MM-DD day that exists (year 1000 to 9999): what a database date column takes without failing. */
export function isCalendarDay(value: unknown): value is string {
  return typeof value === "string" && dueDateProblem(value, null) === null;
}

/**
 * What is wrong with a due date, or null when it is a real day from
 * {@link EARLIEST_DUE_YEAR} to {@link latestDueYear}; with `now` null, any
 * real day.
 */
export function dueDateProblem(value: string, now: Date | null): DueDateProblem | null {
  const match = /^(\d+)-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return "format";
  const [, yearText, monthText, dayText] = match;
  // A date input holds 0202 while 2027 is being typed, and takes up to six digits (12027).
  if (yearText.length !== 4 || yearText.startsWith("0")) return "yearDigits";
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "noSuchDay";
  return now && (year < EARLIEST_DUE_YEAR || year > latestDueYear(now)) ? "yearRange" : null;
}
