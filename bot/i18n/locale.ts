/** The languages the bot speaks; everything else falls back to English. */
export type Lang = 'en' | 'fr';

/** Slack's `users.info` locale (`fr-FR`, `en-GB`, …) → the bot's language. */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A full locale for Intl when Slack gave none (or gave an unsupported language). */
export function intlLocale(locale: string | null | undefined): string {
  const lang = langOf(locale);
  if (locale?.toLowerCase().startsWith(lang)) return locale;
  return lang === 'fr' ? 'fr-FR' : 'en-US';
}
