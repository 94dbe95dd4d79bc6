import type { Problem } from '../commands/parse-problem';
import type { Speech } from '../i18n';
import { context, type Message, section } from './block-kit';

export type UsageCommand = '/lead' | '/deal' | '/quote' | '/pipeline' | '/crm' | '/case' | '/kb';

function linesOf(command: UsageCommand, s: Speech): string[] {
  switch (command) {
    case '/lead':
      return s.m.usageLead;
    case '/deal':
      return s.m.usageDeal;
    case '/quote':
      return s.m.usageQuote;
    case '/pipeline':
      return s.m.usagePipeline;
    case '/crm':
      return s.m.usageCrm;
    case '/case':
      return s.m.case.usage;
    case '/kb':
      return s.m.kb.usage;
  }
}

/** What was wrong, in the user's words (escaped: it is what they typed). */
export function problemText(p: Problem, s: Speech): string {
  const safe = (t: string) => t.replace(/[<>&`]/g, '');
  switch (p.code) {
    case 'unknownWord':
      return s.m.unknownWord(safe(p.text));
    case 'badAmount':
      return s.m.badAmount(safe(p.text));
    case 'badDate':
      return s.m.badDate(safe(p.text));
    case 'missing':
      return '';
  }
}

/** The ephemeral usage text of one command, with what was wrong first. */
export function usageMessage(command: UsageCommand, s: Speech, problem?: Problem): Message {
  const why = problem ? problemText(problem, s) : '';
  const lines = linesOf(command, s);
  const body = `${s.m.usageIntro(command)}\n${lines.map((l) => `• ${l}`).join('\n')}`;
  return {
    text: [why, body].filter(Boolean).join('\n'),
    blocks: [...(why ? [context(why)] : []), section(body)],
  };
}
