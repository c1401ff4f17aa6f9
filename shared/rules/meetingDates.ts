import { copenhagenDate, copenhagenTime } from "./copenhagenTime.js";
import type { DanishCalendar } from "./danishCalendar.js";
import { danishDay } from "./danishDateText.js";

/** The earliest start a meeting may have: forums bring their minutes in from 2000 on. */
export const EARLIEST_MEETING_START = copenhagenTime(2000, 1, 1);

/** How many years ahead a meeting may be planned. */
export const MAX_YEARS_AHEAD = 10;

/** False for a Date that holds no instant (a stored "infinity" or an unparsable value reads as one). */
export function isReadableInstant(instant: Date): boolean {
  return !Number.isNaN(instant.getTime());
}

/** The latest start a meeting may be given as of `now`: the same moment {@link MAX_YEARS_AHEAD} years on. */
export function latestMeetingStart(now: Date): Date {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  return latest;
}

/** True when a meeting may start at `startsAt`: a readable instant from 2000 until ten years from `now`. */
export function isMeetingDateInRange(startsAt: Date, now: Date): boolean {
  return isReadableInstant(startsAt) && startsAt >= EARLIEST_MEETING_START && startsAt <= latestMeetingStart(now);
}

/** Why a meeting cannot start at `startsAt`, in Danish, or null when it can. */
export function meetingDateOutOfRange(startsAt: Date, now: Date): string | null {
  if (isMeetingDateInRange(startsAt, now)) return null;
  const latest = danishDay(copenhagenDate(latestMeetingStart(now)));
  return `Mødets dato skal ligge mellem 1. januar 2000 og ${latest} (højst ${MAX_YEARS_AHEAD} år frem).`;
}

/** A warning about a meeting's date that does not stop it being planned. */
export interface MeetingDateWarning {
  code: "holiday";
  /** Danish, fit to show: "9. juni 2025 er 2. pinsedag, en helligdag." */
  message: string;
}

/** Warns when a meeting falls on a public holiday or one of the cluster's days off. */
export function meetingDateWarnings(startsAt: Date, calendar: DanishCalendar): MeetingDateWarning[] {
  if (!isReadableInstant(startsAt)) return [];
  const day = copenhagenDate(startsAt);
  const dayOff = calendar.dayOff(day);
  if (!dayOff) return [];
  const kind = dayOff.kind === "holiday" ? "en helligdag" : "en fridag i klyngen";
  return [{ code: "holiday", message: `${danishDay(day)} er ${dayOff.name}, ${kind}.` }];
}
