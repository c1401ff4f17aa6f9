const ZONE = "Europe/Copenhagen";

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat("da-DK", { timeZone, ...options }).formatToParts(date)) out[p.type] = p.value;
  return out;
}

// Assembled from parts so the wording does not depend on the ICU version's literals.
function longDate(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, { day: "numeric", month: "long", year: "numeric" });
  return `${p.day}. ${p.month} ${p.year}`;
}

/** "27. november 2023": the calendar day in Copenhagen. */
export function formatDanishDate(date: Date): string {
  return longDate(date, ZONE);
}

/** "mandag den 27. november 2023 kl. 14.00", as Danes write a meeting's time (Copenhagen time). */
export function formatDanishDateTime(date: Date): string {
  const p = parts(date, ZONE, { weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${p.weekday} den ${longDate(date, ZONE)} kl. ${p.hour}.${p.minute}`;
}

/** "3. marts 2025" for a calendar day stored as "2025-03-03"; null when the string is no such day. */
export function formatIsoDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCDate() !== Number(match[3])) return null;
  // A date without a time is read in UTC so no zone can move it to another day.
  return longDate(date, "UTC");
}
