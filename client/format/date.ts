import type { TFunction } from "i18next";
import { TIME_ZONE } from "../../shared/rules/copenhagenTime.js";
import type { Language } from "../i18n/index.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/**
 * A meeting's start as people in the forums write it, always in Copenhagen
 * time: "mandag 7. december 2026 kl. 14.00". Assembled from parts because
 * Intl's Danish long date adds "den" before the day.
 */
export function formatMeetingTime(iso: string, language: Language, t: TFunction): string {
  const date = new Date(iso);
  const locale = LOCALES[language];
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return t("date.long", { weekday: part("weekday"), day: part("day"), month: part("month"), year: part("year"), time });
}
