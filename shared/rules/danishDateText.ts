import { TIME_ZONE } from "./copenhagenTime.js";

function parts(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat("da-DK", { timeZone, ...options }).formatToParts(instant)) out[p.type] = p.value;
  return out;
}

// Assembled from parts so the wording does not depend on the ICU version's literals.
function longDay(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, { day: "numeric", month: "long", year: "numeric" });
  return `${p.day}. ${p.month} ${p.year}`;
}

/** "9. juni 2025" for a calendar day given as "2025-06-09", read as a date so no zone can shift it. */
export function danishDay(isoDate: string): string {
  return longDay(new Date(`${isoDate}T12:00:00Z`), "UTC");
}

/** "27. november 2023, kl. 14.00": an instant as Danes write it, in Copenhagen time. */
export function danishDateTime(instant: Date): string {
  const p = parts(instant, TIME_ZONE, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${longDay(instant, TIME_ZONE)}, kl. ${p.hour}.${p.minute}`;
}
