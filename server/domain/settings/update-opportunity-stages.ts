import { count, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { opportunities, settings } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import { type Ctx, inTransaction } from '../context';
import { Conflict, Invalid } from '../errors';
import { parseInput } from '../shared/validate';
import {
  getOpportunityStages,
  isOpen,
  STAGES_KEY,
  type StageSetting,
  stageSetting,
} from './opportunity-stages';

/**
 * Renames are explicit: an entry may carry `previousName`, the stored name it replaces. Guessing
 * renames by position breaks as soon as an admin reorders and renames in one save; a stored name
 * that no entry keeps (by `name`) or renames (by `previousName`) is a removal.
 */
const stagesInput = z.object({
  id: z.literal(STAGES_KEY).optional(),
  stages: z
    .array(stageSetting.extend({ previousName: z.string().trim().min(1).optional() }))
    .min(1, 'Keep at least one stage.')
    .max(50),
});

type Entry = z.infer<typeof stagesInput>['stages'][number];

/** Each entry's source: the stored stage it continues, if any. */
function sourcesOf(entries: Entry[], current: StageSetting[]): (string | null)[] {
  const stored = new Set(current.map((s) => s.name));
  const errors: Record<string, string> = {};
  const seenNames = new Map<string, number>();
  const seenSources = new Set<string>();
  const sources = entries.map((e, i) => {
    const lower = e.name.toLowerCase();
    // Stage lookups (Slack) are case-insensitive, so names must be too.
    if (seenNames.has(lower)) errors[`stages.${i}.name`] = 'Another stage has this name.';
    seenNames.set(lower, i);
    if (e.previousName !== undefined && !stored.has(e.previousName)) {
      errors[`stages.${i}.previousName`] = `No stage is named ${e.previousName}.`;
      return null;
    }
    const source = e.previousName ?? (stored.has(e.name) ? e.name : null);
    if (source && seenSources.has(source)) {
      errors[`stages.${i}.previousName`] = `${source} is continued by two stages.`;
    }
    if (source) seenSources.add(source);
    return source;
  });
  if (!entries.some((e) => isOpen(e))) {
    errors.stages = 'Keep at least one open stage (probability between 1 and 99).';
  }
  if (Object.keys(errors).length) throw new Invalid(errors);
  return sources;
}

/** Saves the stages (admins only); renames follow on existing deals in the same transaction. */
export async function updateStageSettings(ctx: Ctx, input: unknown) {
  assertAdmin(ctx.actor);
  const { stages: entries } = parseInput(stagesInput, input);
  return inTransaction(ctx, async (tx) => {
    // Two admins saving at once would each check removals against stale stages: one at a time.
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${STAGES_KEY}))`);
    const current = await getOpportunityStages(tx);
    const sources = sourcesOf(entries, current);
    const kept = new Set(sources.filter((s): s is string => !!s));
    const removed = current.map((s) => s.name).filter((n) => !kept.has(n));
    if (removed.length) {
      const used = await tx.db
        .select({ stage: opportunities.stage, n: count() })
        .from(opportunities)
        .where(inArray(opportunities.stage, removed))
        .groupBy(opportunities.stage);
      if (used.length) {
        const what = used.map((u) => `${u.stage} (${u.n} deal${u.n === 1 ? '' : 's'})`);
        throw new Conflict(
          `Move the deals out of these stages before removing them: ${what.join(', ')}.`,
          { stages: used.map((u) => ({ name: u.stage, deals: u.n })) },
        );
      }
    }
    const renames = entries.flatMap((e, i) =>
      sources[i] && sources[i] !== e.name ? [{ from: sources[i] as string, to: e.name }] : [],
    );
    if (renames.length) {
      // One CASE per column, so swapping two names in one save works.
      const caseOf = (col: typeof opportunities.stage | typeof opportunities.lastStage): SQL =>
        sql`case ${col} ${sql.join(
          renames.map((r) => sql`when ${r.from} then ${r.to}`),
          sql` `,
        )} else ${col} end`;
      const from = renames.map((r) => r.from);
      await tx.db
        .update(opportunities)
        .set({ stage: caseOf(opportunities.stage), lastStage: caseOf(opportunities.lastStage) })
        .where(
          sql`${inArray(opportunities.stage, from)} or ${inArray(opportunities.lastStage, from)}`,
        );
    }
    const value: StageSetting[] = entries.map((e) => ({
      name: e.name,
      labelEn: e.labelEn || e.name,
      labelFr: e.labelFr || e.labelEn || e.name,
      probability: e.probability,
    }));
    const now = tx.clock.now();
    await tx.db
      .insert(settings)
      .values({ key: STAGES_KEY, value, modifiedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, modifiedAt: now } });
    return { id: STAGES_KEY, stages: value };
  });
}
