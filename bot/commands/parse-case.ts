import { isHelp, type Problem, splitCommand } from './parse-problem';

export type CaseListFilter = 'mine' | 'open' | 'all';

export type CaseCommand =
  | { kind: 'modal'; subject?: string }
  | { kind: 'list'; filter: CaseListFilter }
  | { kind: 'show'; ref: string }
  | { kind: 'help' }
  | { kind: 'usage'; problem?: Problem };

/** `open` is the default: a support agent wants what still needs work. */
const FILTERS: Record<string, CaseListFilter> = {
  '': 'open',
  open: 'open',
  ouverts: 'open',
  mine: 'mine',
  moi: 'mine',
  all: 'all',
  tous: 'all',
};

/** `/case [new <subject>] | list [mine|open|all] | show <#123|123|words> | help`. */
export function parseCaseCommand(text: string): CaseCommand {
  const [sub, rest] = splitCommand(text);
  if (!sub) return { kind: 'modal' };
  if (isHelp(sub)) return { kind: 'help' };
  switch (sub) {
    case 'new':
    case 'nouveau':
      return rest ? { kind: 'modal', subject: rest } : { kind: 'modal' };
    case 'list':
    case 'liste': {
      const filter = FILTERS[rest.toLowerCase()];
      return filter
        ? { kind: 'list', filter }
        : { kind: 'usage', problem: { code: 'unknownWord', text: rest } };
    }
    case 'show':
    case 'voir':
      return rest ? { kind: 'show', ref: rest } : { kind: 'usage', problem: { code: 'missing' } };
    default:
      return { kind: 'usage', problem: { code: 'unknownWord', text: sub } };
  }
}
