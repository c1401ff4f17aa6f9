import { copenhagenDate, daysBetween } from "./copenhagenTime.js";
import type { IsoDate } from "./danishCalendar.js";

/** How many days ahead the forum page starts to tell that the evaluation is due. */
export const EVALUATION_NOTICE_DAYS = 30;

/**
 * The evaluation date a new forum gets when none is given: one year after it
 * is set up, as the kommissorier say ("evalueres efter et år"). A forum set up
 * on 29 February is evaluated on 28 February.
 */
export function defaultEvaluationDue(createdAt: Date): IsoDate {
  const [year, month, day] = copenhagenDate(createdAt).split("-").map(Number);
  const lastOfMonth = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return `${year + 1}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastOfMonth)).padStart(2, "0")}`;
}

/** Whether the forum page should call attention to the evaluation: passed, due within 30 days, or not yet. */
export function evaluationNotice(due: IsoDate | null, today: IsoDate): "passed" | "soon" | null {
  if (!due) return null;
  const days = daysBetween(today, due);
  if (days < 0) return "passed";
  return days <= EVALUATION_NOTICE_DAYS ? "soon" : null;
}
