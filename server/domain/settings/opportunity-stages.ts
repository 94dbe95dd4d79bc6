import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '../../../db/schema';
import type { Ctx } from '../context';

export const STAGES_KEY = 'opportunityStages';

export const stageSetting = z.object({
  name: z.string('Enter a name.').trim().min(1, 'Enter a name.').max(100),
  labelEn: z.string().trim().max(100).optional(),
  labelFr: z.string().trim().max(100).optional(),
  probability: z
    .number('Enter a probability from 0 to 100.')
    .int('Enter a whole number from 0 to 100.')
    .min(0, 'Enter a probability from 0 to 100.')
    .max(100, 'Enter a probability from 0 to 100.'),
});

export interface StageSetting {
  name: string;
  labelEn: string;
  labelFr: string;
  probability: number;
}

/** domain.md's table, used until an admin saves their own. */
export const DEFAULT_STAGES: readonly StageSetting[] = [
  { name: 'Prospecting', labelEn: 'Prospecting', labelFr: 'Prospection', probability: 10 },
  { name: 'Qualification', labelEn: 'Qualification', labelFr: 'Qualification', probability: 20 },
  { name: 'Proposal', labelEn: 'Proposal', labelFr: 'Proposition', probability: 50 },
  { name: 'Negotiation', labelEn: 'Negotiation', labelFr: 'Négociation', probability: 80 },
  { name: 'Closed Won', labelEn: 'Closed Won', labelFr: 'Fermé gagné', probability: 100 },
  { name: 'Closed Lost', labelEn: 'Closed Lost', labelFr: 'Fermé perdu', probability: 0 },
];

/** Any stage with 100 counts as won, 0 as lost (domain.md); everything else is open. */
export const isWon = (s: Pick<StageSetting, 'probability'>) => s.probability === 100;
export const isLost = (s: Pick<StageSetting, 'probability'>) => s.probability === 0;
export const isOpen = (s: Pick<StageSetting, 'probability'>) => !isWon(s) && !isLost(s);

const stored = z.array(stageSetting);

/** The configured stages, in their order (the defaults when no admin has saved any). */
export async function getOpportunityStages(ctx: Ctx): Promise<StageSetting[]> {
  const [row] = await ctx.db.select().from(settings).where(eq(settings.key, STAGES_KEY));
  const parsed = row ? stored.safeParse(row.value) : null;
  const list = parsed?.success ? parsed.data : DEFAULT_STAGES;
  return list.map((s) => ({
    name: s.name,
    labelEn: s.labelEn || s.name,
    labelFr: s.labelFr || s.labelEn || s.name,
    probability: s.probability,
  }));
}

/** The stages as the REST singleton shows them. */
export async function getStageSettings(ctx: Ctx) {
  return { id: STAGES_KEY, stages: await getOpportunityStages(ctx) };
}
