import { customType } from "drizzle-orm/pg-core";

// PostgreSQL's ISO output: "2030-03-04 14:00:00.123+01", "0001-01-01 00:50:20+00:50:20 BC", "10000-01-01 00:00:00+00".
const TIMESTAMPTZ = /^(\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?( BC)?$/;

/**
 * Reads PostgreSQL's text form of a timestamptz exactly. JavaScript's own
 * parser reads year 0001 as 2001 and "infinity" as nothing; here every year
 * reads as itself and a value no Date can hold (infinity, far beyond year
 * 275760) becomes an Invalid Date that callers can recognise, not a wrong day.
 */
export function parseTimestamptz(text: string): Date {
  const m = TIMESTAMPTZ.exec(text);
  if (!m) return new Date(Number.NaN);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const millis = Number((m[7] ?? "0").padEnd(3, "0").slice(0, 3));
  const sign = m[8] === "-" ? -1 : 1;
  const offset = sign * (Number(m[9]) * 3600 + Number(m[10] ?? 0) * 60 + Number(m[11] ?? 0)) * 1000;
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move years 0-99 into the 1900s; 1 BC is year 0.
  instant.setUTCFullYear(m[12] ? 1 - year : year, month - 1, day);
  instant.setUTCHours(hour, minute, second, millis);
  return new Date(instant.getTime() - offset);
}

/** A timestamp with time zone read with {@link parseTimestamptz}, for instants people type in. */
export const instant = customType<{ data: Date; driverData: string }>({
  dataType() {
    return "timestamp with time zone";
  },
  fromDriver(value) {
    return parseTimestamptz(value);
  },
  toDriver(value) {
    return value.toISOString();
  },
});
