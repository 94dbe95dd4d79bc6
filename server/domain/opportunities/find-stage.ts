import { Invalid } from '../errors';
import type { StageSetting } from '../settings/opportunity-stages';

/** Lower case, accents and extra spaces removed: "Négo" and "nego" are the same word. */
const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const namesOf = (s: StageSetting) => [s.name, s.labelEn, s.labelFr].map(norm);

/**
 * Stages a user may mean by what they typed (Slack: `/deal stage D-7 négo`), in English or
 * French, case- and accent-insensitively: an exact name first, then a prefix of the whole name,
 * then a prefix of any word ("won", "perdu").
 */
export function findStageMatches(stages: StageSetting[], typed: string): StageSetting[] {
  const t = norm(typed);
  if (!t) return [];
  const tiers: ((n: string) => boolean)[] = [
    (n) => n === t,
    (n) => n.startsWith(t),
    (n) => n.split(' ').some((w) => w.startsWith(t)),
  ];
  for (const test of tiers) {
    const hits = stages.filter((s) => namesOf(s).some(test));
    if (hits.length) return hits;
  }
  return [];
}

/** The one stage meant, or a 400 saying which ones could be meant. */
export function matchStage(stages: StageSetting[], typed: string): StageSetting {
  const hits = findStageMatches(stages, typed);
  if (hits.length === 1) return hits[0]!;
  const list = (xs: StageSetting[]) => xs.map((s) => `${s.labelEn} (${s.labelFr})`).join(', ');
  throw new Invalid(
    {
      stage: hits.length
        ? `"${typed}" could be: ${list(hits)}.`
        : `No stage matches "${typed}". Stages: ${list(stages)}.`,
    },
    hits.length ? 'Which stage do you mean?' : 'No such stage.',
  );
}
