import { isReadableInstant } from "../../shared/rules/meetingDates.js";

/** An instant as ISO 8601 for the API, or null when the stored value holds none (e.g. "infinity"). */
export function isoInstant(instant: Date): string | null {
  return isReadableInstant(instant) ? instant.toISOString() : null;
}
