import { isHelp, type Problem, splitCommand } from './parse-problem';

export type QuoteCommand =
  | { kind: 'list'; mine: boolean }
  | { kind: 'show'; ref: string }
  | { kind: 'help' }
  | { kind: 'usage'; problem?: Problem };

/** `/quote list [mine] | show <ref>` (ref: `Q-00001`, `q-1`, `1` or words of the name). */
export function parseQuoteCommand(text: string): QuoteCommand {
  const [sub, rest] = splitCommand(text);
  if (!sub || isHelp(sub)) return { kind: 'help' };
  switch (sub) {
    case 'list': {
      const word = rest.toLowerCase();
      if (word === '' || word === 'all') return { kind: 'list', mine: false };
      if (word === 'mine') return { kind: 'list', mine: true };
      return { kind: 'usage', problem: { code: 'unknownWord', text: rest } };
    }
    case 'show':
      return rest ? { kind: 'show', ref: rest } : { kind: 'usage', problem: { code: 'missing' } };
    default:
      return { kind: 'usage', problem: { code: 'unknownWord', text: sub } };
  }
}
