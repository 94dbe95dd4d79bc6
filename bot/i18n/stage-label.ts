import type { StageSetting } from '../../server/domain/settings/opportunity-stages';
import type { Lang } from './locale';

/** A stage's label in the user's language (the stored name when it is no longer configured). */
export function stageLabel(stages: StageSetting[], name: string, lang: Lang): string {
  const s = stages.find((x) => x.name === name);
  if (!s) return name;
  return lang === 'fr' ? s.labelFr : s.labelEn;
}
