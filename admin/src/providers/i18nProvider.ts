import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

const initialLocale = resolveBrowserLocale('en') === 'fr' ? 'fr' : 'en';

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'fr' ? fr : en),
  initialLocale,
  LOCALES,
  { allowMissing: true },
);
