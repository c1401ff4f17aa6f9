import type { TFunction } from "i18next";
import { TIME_ZONE } from "../../shared/rules/copenhagenTime.js";
import type { Language } from "../i18n/index.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/**
 * A meeting's start as people in the forums write it, always in Copenhagen
 * time: "mandag 7. december 2026 kl. 14.00". Assembled from parts because
 * Intl's Danish long date adds "den" before the day. A stored date that holds
 * no instant reads "ukendt tidspunkt" rather than breaking the page.
 */
export function formatMeetingTime(iso: string | null, language: Language, t: TFunction): string {
  const date = new Date(iso ?? Number.NaN);
  if (Number.isNaN(date.getTime())) return t("date.unknown");
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

/**
 * A calendar day ("2024-03-01") as deadlines are written: "fredag 1. marts
 * 2024". Read as a date, not an instant, so no time zone can shift it.
 */
export function formatDay(isoDate: string, language: Language, t: TFunction): string {
  const parts = new Intl.DateTimeFormat(LOCALES[language], { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).formatToParts(
    new Date(`${isoDate}T12:00:00Z`),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return t("date.day", { weekday: part("weekday"), day: part("day"), month: part("month"), year: part("year") });
}

/** The name of a month (1-12): "marts". */
export function formatMonth(month: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: "UTC", month: "long" }).format(new Date(Date.UTC(2000, month - 1, 15)));
}
