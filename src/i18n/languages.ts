/**
 * The languages the bot speaks: English, with the knowledge, and ten more whose own words (the
 * bot's messages) it has. A language listed here without knowledge gets, in that language, which
 * languages the bot answers in and ICORN's contacts, never an unrelated answer.
 */

/** ISO 639-1 codes of the languages the bot has its own words in. */
export const UI_LANGUAGES = ['en', 'es', 'fr', 'ar', 'fa', 'ru', 'uk', 'tr', 'de', 'nb', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A language the bot cannot tell, or has no words in: it answers in English, with the contacts. */
export const OTHER_LANGUAGE = 'other';
export type Language = UiLanguage | typeof OTHER_LANGUAGE;

/** Written right to left. */
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar', 'fa']);

export function isUiLanguage(code: string): code is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(code);
}

/**
 * The UI language of a BCP 47 locale as Teams, Web Chat and the Emulator send it ("es-ES",
 * "nb-NO", "pt-BR"); Norwegian without a script ("no", "nn") is read as bokmål.
 */
export function languageOfLocale(locale: string | undefined): UiLanguage | undefined {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (primary === 'no' || primary === 'nn') return 'nb';
  return isUiLanguage(primary) ? primary : undefined;
}
