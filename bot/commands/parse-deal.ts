import { parseAmount, parseIsoDate, type TypedAmount } from './parse-money';
import { isHelp, type Problem, splitCommand } from './parse-problem';

export type DealCommand =
  | { kind: 'list'; mine: boolean }
  | { kind: 'show'; ref: string }
  | { kind: 'quote'; ref: string }
  | { kind: 'stage'; ref: string; stage: string }
  | { kind: 'amount'; ref: string; value: TypedAmount }
  | { kind: 'close'; ref: string; date: string }
  | { kind: 'help' }
  | { kind: 'usage'; problem?: Problem };

/** `<ref> <the rest>`: the deal is the first word ("D-7", "7" or one word of its name). */
const refAndRest = (text: string): [string, string] => {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text.trim());
  return m ? [m[1]!, m[2]!.trim()] : ['', ''];
};

/**
 * `/deal list [mine] | show <ref> | stage <ref> <stage> | amount <ref> <n> | close <ref> <date>
 * | quote <ref>`.
 */
export function parseDealCommand(text: string): DealCommand {
  const [sub, rest] = splitCommand(text);
  if (!sub || isHelp(sub)) return { kind: 'help' };
  const missing: DealCommand = { kind: 'usage', problem: { code: 'missing' } };
  switch (sub) {
    case 'list': {
      const word = rest.toLowerCase();
      if (word === '' || word === 'all') return { kind: 'list', mine: false };
      if (word === 'mine') return { kind: 'list', mine: true };
      return { kind: 'usage', problem: { code: 'unknownWord', text: rest } };
    }
    case 'show':
    case 'quote':
      return rest ? { kind: sub, ref: rest } : missing;
    case 'stage': {
      const [ref, stage] = refAndRest(rest);
      return ref && stage ? { kind: 'stage', ref, stage } : missing;
    }
    case 'amount': {
      const [ref, typed] = refAndRest(rest);
      if (!ref || !typed) return missing;
      const value = parseAmount(typed);
      return value
        ? { kind: 'amount', ref, value }
        : { kind: 'usage', problem: { code: 'badAmount', text: typed } };
    }
    case 'close': {
      const [ref, typed] = refAndRest(rest);
      if (!ref || !typed) return missing;
      const date = parseIsoDate(typed);
      return date
        ? { kind: 'close', ref, date }
        : { kind: 'usage', problem: { code: 'badDate', text: typed } };
    }
    default:
      return { kind: 'usage', problem: { code: 'unknownWord', text: sub } };
  }
}
