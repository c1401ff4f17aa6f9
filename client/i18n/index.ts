import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { da, type Messages } from "./da.js";
import { en } from "./en.js";

/** The languages the UI speaks; Danish is the default. */
export const LANGUAGES = ["da", "en"] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "moedebord.language";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

// Private browsing can make localStorage throw; the UI then just forgets the choice.
function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : "da";
  } catch {
    return "da";
  }
}

/** Switches the UI language and remembers the choice in this browser. */
export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the switch still applies to this page.
  }
}

/** The current UI language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "da";
}

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "da",
  // React escapes on render already.
  interpolation: { escapeValue: false },
});

export default i18n;
