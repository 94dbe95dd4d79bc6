/** Why a command's arguments were not understood; the listener words it in the user's language. */
export type Problem =
  | { code: 'unknownWord'; text: string }
  | { code: 'missing' }
  | { code: 'badAmount'; text: string }
  | { code: 'badDate'; text: string };

/** The subcommand and what follows it ("show  L-12 " → ["show", "L-12"]). */
export function splitCommand(text: string): [string, string] {
  const t = text.trim();
  const m = /^(\S+)\s*([\s\S]*)$/.exec(t);
  return m ? [m[1]!.toLowerCase(), m[2]!.trim()] : ['', ''];
}

export const isHelp = (word: string) => ['help', 'aide', '?', '-h', '--help'].includes(word);
