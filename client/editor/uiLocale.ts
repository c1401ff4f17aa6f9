import { currentLanguage } from "../i18n/index.js";

/** The BCP 47 locale for formatting numbers and dates in the current UI language. */
export function uiLocale(): string {
  return currentLanguage() === "da" ? "da-DK" : "en-GB";
}
