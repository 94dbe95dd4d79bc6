import { isHelp, type Problem, splitCommand } from './parse-problem';

export type PipelineCommand =
  | { kind: 'report'; mine: boolean }
  | { kind: 'help' }
  | { kind: 'usage'; problem?: Problem };

/** `/pipeline [mine]`. */
export function parsePipelineCommand(text: string): PipelineCommand {
  const [word, rest] = splitCommand(text);
  if (isHelp(word)) return { kind: 'help' };
  if (rest) return { kind: 'usage', problem: { code: 'unknownWord', text: rest } };
  if (word === '' || word === 'all') return { kind: 'report', mine: false };
  if (word === 'mine') return { kind: 'report', mine: true };
  return { kind: 'usage', problem: { code: 'unknownWord', text: word } };
}
