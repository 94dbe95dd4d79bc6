import { DomainError, Invalid } from '../../server/domain/errors';
import type { Speech } from './index';

/**
 * The domain writes its user-facing messages in English. The ones a Slack user meets most are
 * translated here; any other stays in English rather than being lost.
 */
const FR: Record<string, string> = {
  'Enter a name, or else a company, an e-mail address or a phone number.':
    'Saisissez un nom, ou bien une société, une adresse e-mail ou un numéro de téléphone.',
  'Not a valid e-mail address.': 'Adresse e-mail non valide.',
  'Enter a name.': 'Saisissez un nom.',
  'Enter an amount ≥ 0 with at most 2 decimals.':
    'Saisissez un montant ≥ 0 avec au plus 2 décimales.',
  'Enter a close date as YYYY-MM-DD.': 'Saisissez une date de clôture (AAAA-MM-JJ).',
  'Use a date as YYYY-MM-DD.': 'Utilisez une date au format AAAA-MM-JJ.',
  'Not a real date.': 'Cette date n’existe pas.',
  'Choose at least one of account, contact or opportunity.':
    'Cochez au moins un élément : compte, contact ou affaire.',
  'Possible duplicates exist: link one of them or create anyway.':
    'Des doublons possibles existent : liez-en un ou créez quand même.',
  'This lead was converted; its status can no longer change.':
    'Cette piste a été convertie : son statut ne peut plus changer.',
  'No billing contact: give an e-mail address.':
    'Pas de contact de facturation : indiquez une adresse e-mail.',
  'The billing contact has no e-mail address: give one.':
    'Le contact de facturation n’a pas d’adresse e-mail : indiquez-en une.',
  'Enter a subject.': 'Saisissez un objet.',
  'This case has no customer e-mail address.': 'Ce ticket n’a pas d’adresse e-mail client.',
  'This channel does not follow cases.': 'Ce canal ne suit pas les tickets.',
};

export const translateDomainText = (text: string, s: Speech) =>
  s.lang === 'fr' ? (FR[text] ?? text) : text;

/** Field errors in the user's language, keyed as the domain keyed them. */
export function fieldErrors(e: Invalid, s: Speech): Record<string, string> {
  return Object.fromEntries(
    Object.entries(e.errors).map(([k, v]) => [k, translateDomainText(v, s)]),
  );
}

/** One friendly line (or a few) for any error; never a trace. Null: not a domain error. */
export function describeDomainError(e: unknown, s: Speech, what?: string): string | null {
  if (!(e instanceof DomainError)) return null;
  switch (e.code) {
    case 'invalid': {
      const errors = e instanceof Invalid ? Object.values(fieldErrors(e, s)) : [];
      return errors.length
        ? `${s.m.invalid}\n${errors.map((x) => `• ${x}`).join('\n')}`
        : translateDomainText(e.message, s);
    }
    case 'forbidden':
      return s.m.forbidden;
    case 'not_found':
      return s.m.notFound(what ?? s.m.lead);
    case 'unauthorized':
      return s.m.forbidden;
    default:
      return s.m.conflict(translateDomainText(e.message, s));
  }
}
