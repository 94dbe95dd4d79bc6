import { type ParsedLeadNew, parseLeadNew } from './parse-lead-new';
import { isHelp, type Problem, splitCommand } from './parse-problem';

export type LeadListFilter = 'mine' | 'new' | 'all';

export type LeadCommand =
  | { kind: 'modal' }
  | { kind: 'new'; parsed: ParsedLeadNew }
  | { kind: 'list'; filter: LeadListFilter }
  | { kind: 'show'; ref: string }
  | { kind: 'convert'; ref: string }
  | { kind: 'help' }
  | { kind: 'usage'; problem?: Problem };

const FILTERS: Record<string, LeadListFilter> = {
  mine: 'mine',
  new: 'new',
  all: 'all',
  '': 'all',
};

/** `/lead [new …|list [mine|new|all]|show <ref>|convert <ref>|help]`. */
export function parseLeadCommand(text: string): LeadCommand {
  const [sub, rest] = splitCommand(text);
  if (!sub) return { kind: 'modal' };
  if (isHelp(sub)) return { kind: 'help' };
  switch (sub) {
    case 'new':
      return rest ? { kind: 'new', parsed: parseLeadNew(rest) } : { kind: 'modal' };
    case 'list': {
      const filter = FILTERS[rest.toLowerCase()];
      return filter
        ? { kind: 'list', filter }
        : { kind: 'usage', problem: { code: 'unknownWord', text: rest } };
    }
    case 'show':
    case 'convert':
      return rest ? { kind: sub, ref: rest } : { kind: 'usage', problem: { code: 'missing' } };
    default:
      return { kind: 'usage', problem: { code: 'unknownWord', text: sub } };
  }
}
