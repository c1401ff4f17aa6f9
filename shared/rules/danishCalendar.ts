import Holidays from "date-holidays";

/**
 * Days off in the public sector that are not legal holidays. DOMAIN.md: count
 * them as non-working by default, configurable per cluster.
 */
export interface ExtraDaysOff {
  grundlovsdag: boolean;
  juleaftensdag: boolean;
  nytaarsaftensdag: boolean;
}

/** The usual agreements: all three are days off. */
export const DEFAULT_EXTRA_DAYS_OFF: ExtraDaysOff = { grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: true };

const EXTRA_DATES: Record<keyof ExtraDaysOff, string> = { grundlovsdag: "06-05", juleaftensdag: "12-24", nytaarsaftensdag: "12-31" };
const EXTRA_NAMES: Record<keyof ExtraDaysOff, string> = { grundlovsdag: "grundlovsdag", juleaftensdag: "juleaftensdag", nytaarsaftensdag: "nytårsaftensdag" };

/** A named day off: a public holiday, or one of the cluster's extra days off. */
export interface DayOff {
  name: string;
  kind: "holiday" | "extra";
}

// date-holidays says "Anden Pinsedag" and "Kristi Himmelfartsdag"; the forums write "2. pinsedag", "Kristi himmelfartsdag".
function holidayName(name: string): string {
  return name.toLowerCase().replace(/^anden /, "2. ").replace(/^kristi /, "Kristi ");
}

const DAY_MS = 86_400_000;

/** A calendar date as YYYY-MM-DD. */
export type IsoDate = string;

function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Danish working days: weekends, the public holidays (from `date-holidays`,
 * which ends Store Bededag after 2023) and the cluster's extra days off.
 */
export class DanishCalendar {
  private readonly holidays = new Holidays("DK");
  private readonly byYear = new Map<number, Set<IsoDate>>();

  constructor(private readonly extras: ExtraDaysOff = DEFAULT_EXTRA_DAYS_OFF) {}

  /** The days off of a year that are not weekends by nature (holidays and extras). */
  daysOff(year: number): Set<IsoDate> {
    let days = this.byYear.get(year);
    if (!days) {
      days = new Set(
        this.holidays
          .getHolidays(year)
          .filter((h) => h.type === "public")
          .map((h) => h.date.slice(0, 10)),
      );
      for (const [key, monthDay] of Object.entries(EXTRA_DATES)) {
        if (this.extras[key as keyof ExtraDaysOff]) days.add(`${year}-${monthDay}`);
      }
      this.byYear.set(year, days);
    }
    return days;
  }

  /** What makes `date` a day off (a holiday first, as 5 June 2028 is 2. pinsedag too), or null; weekends are not named. */
  dayOff(date: IsoDate): DayOff | null {
    const year = Number(date.slice(0, 4));
    if (!this.daysOff(year).has(date)) return null;
    const holiday = this.holidays.getHolidays(year).find((h) => h.type === "public" && h.date.startsWith(date));
    if (holiday) return { name: holidayName(holiday.name), kind: "holiday" };
    const extra = (Object.keys(EXTRA_DATES) as (keyof ExtraDaysOff)[]).find((key) => `${year}-${EXTRA_DATES[key]}` === date);
    return extra ? { name: EXTRA_NAMES[extra], kind: "extra" } : null;
  }

  /** True for Monday-Friday dates that are no holiday or extra day off. */
  isWorkingDay(date: IsoDate): boolean {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.daysOff(Number(date.slice(0, 4))).has(date);
  }

  /** The date `count` working days after (or, when negative, before) `date`. */
  addWorkingDays(date: IsoDate, count: number): IsoDate {
    const step = count < 0 ? -1 : 1;
    let current = date;
    for (let left = Math.abs(count); left > 0; ) {
      current = addDays(current, step);
      if (this.isWorkingDay(current)) left -= 1;
    }
    return current;
  }

  /** `date` itself when it is a working day, else the nearest working day in `direction`. */
  nearestWorkingDay(date: IsoDate, direction: "before" | "after"): IsoDate {
    let current = date;
    while (!this.isWorkingDay(current)) current = addDays(current, direction === "before" ? -1 : 1);
    return current;
  }

  /** Calendar arithmetic on ISO dates. */
  static addDays = addDays;
}
