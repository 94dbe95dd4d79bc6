import { type Lang, langOf } from './locale';
import { en, type Messages } from './messages-en';
import { fr } from './messages-fr';

export type { Lang, Messages };
export { langOf };

const catalogues: Record<Lang, Messages> = { en, fr };

/** The bot's sentences in a language. */
export const messagesFor = (lang: Lang): Messages => catalogues[lang];

/** What a view builder needs to speak to one user. */
export interface Speech {
  lang: Lang;
  /** The Slack locale (`fr-FR`) for number and date formats. */
  locale: string;
  m: Messages;
}

export function speechFor(locale: string | null | undefined): Speech {
  const lang = langOf(locale);
  return { lang, locale: locale || (lang === 'fr' ? 'fr-FR' : 'en-US'), m: messagesFor(lang) };
}
