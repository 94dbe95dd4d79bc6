import { Invalid } from '../errors';
import { isLost, isOpen, type StageSetting } from '../settings/opportunity-stages';

export interface StageState {
  stage: string;
  probability: number;
  probabilityIsManual: boolean;
  lastStage: string | null;
}

/** A configured stage by its exact stored name; otherwise a 400 that lists them. */
export function stageNamed(stages: StageSetting[], name: string): StageSetting {
  const found = stages.find((s) => s.name === name);
  if (found) return found;
  const near = stages.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const hint = near ? ` Did you mean ${near.name}?` : '';
  throw new Invalid({ stage: `One of: ${stages.map((s) => s.name).join(', ')}.${hint}` });
}

/** New deals start in the first open stage unless told otherwise. */
export const defaultStage = (stages: StageSetting[]) => stages.find(isOpen) ?? stages[0]!;

/** On create the probability is the stage's unless the user gives another (then it is manual). */
export function stageOnCreate(
  stages: StageSetting[],
  input: { stage?: string; probability?: number },
): StageState {
  const s = input.stage === undefined ? defaultStage(stages) : stageNamed(stages, input.stage);
  const lastStage = isLost(s) ? null : s.name;
  const byHand =
    isOpen(s) && input.probability !== undefined && input.probability !== s.probability;
  return byHand
    ? { stage: s.name, probability: input.probability!, probabilityIsManual: true, lastStage }
    : { stage: s.name, probability: s.probability, probabilityIsManual: false, lastStage };
}

/**
 * ★ The probability rules on update (EspoCRM overwrites it on every stage change):
 * - a probability counts as set by hand only when it differs from the stored one (react-admin
 *   resends whole records) and from the stage's default;
 * - on a stage change it follows the new stage's default unless it was set by hand;
 * - won stages force 100 and lost stages 0, and clear the by-hand mark, so a reopened deal
 *   follows its stage again;
 * - lastStage is the last non-lost stage reached (what a lost deal shows).
 */
export function stageOnUpdate(
  stages: StageSetting[],
  before: StageState,
  input: { stage?: string; probability?: number },
): StageState {
  const changed = input.probability !== undefined && input.probability !== before.probability;
  if (input.stage === undefined || input.stage === before.stage) {
    const s = stages.find((x) => x.name === before.stage);
    if (s && !isOpen(s))
      return { ...before, probability: s.probability, probabilityIsManual: false };
    if (!changed) return before;
    const manual = !s || input.probability !== s.probability;
    return { ...before, probability: input.probability!, probabilityIsManual: manual };
  }
  const s = stageNamed(stages, input.stage);
  const was = stages.find((x) => x.name === before.stage);
  const lastStage = !isLost(s) ? s.name : was && isLost(was) ? before.lastStage : before.stage;
  if (!isOpen(s)) {
    return { stage: s.name, probability: s.probability, probabilityIsManual: false, lastStage };
  }
  if (changed && input.probability !== s.probability) {
    return { stage: s.name, probability: input.probability!, probabilityIsManual: true, lastStage };
  }
  if (!changed && before.probabilityIsManual) {
    return { stage: s.name, probability: before.probability, probabilityIsManual: true, lastStage };
  }
  return { stage: s.name, probability: s.probability, probabilityIsManual: false, lastStage };
}
