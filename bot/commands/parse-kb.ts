import { isHelp, type Problem, splitCommand } from './parse-problem';

export type KbCommand =
  | { kind: 'search'; words: string; caseRef: string | null }
  | { kind: 'help' }
  | { kind: 'usage'; problem?: Problem };

/** `#123` anywhere in the words: the case the articles may be sent to (one at most). */
const CASE_REF = /(?:^|\s)(#\d+)(?=\s|$)/g;

/** `/kb <words> [#123]`. */
export function parseKbCommand(text: string): KbCommand {
  const [first] = splitCommand(text);
  if (!first) return { kind: 'usage', problem: { code: 'missing' } };
  if (isHelp(first) && !text.trim().includes(' ')) return { kind: 'help' };
  const refs = [...text.matchAll(CASE_REF)].map((m) => m[1]!);
  if (refs.length > 1) return { kind: 'usage', problem: { code: 'unknownWord', text: refs[1]! } };
  const words = text.replace(CASE_REF, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return { kind: 'usage', problem: { code: 'missing' } };
  return { kind: 'search', words, caseRef: refs[0] ?? null };
}
