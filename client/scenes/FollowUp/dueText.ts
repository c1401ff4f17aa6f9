import type { TFunction } from "i18next";
import { formatDay } from "../../format/date.js";
import type { Language } from "../../i18n/index.js";
import type { ActionItem } from "./followUpApi.js";

/** When an action item is due, in words: a date, "Næste møde" (with its date when planned), or its condition. */
export function dueText(due: ActionItem["due"], language: Language, t: TFunction): string | null {
  if (due.kind === "dato" && due.date) return formatDay(due.date, language, t);
  if (due.kind === "naeste_moede") return due.date ? t("followUp.nextMeetingOn", { date: formatDay(due.date, language, t) }) : t("followUp.nextMeeting");
  if (due.kind === "betingelse" && due.condition) return due.condition;
  return null;
}
