import type { FollowableType } from '../../server/domain/notify/channel-follows';
import type { SupportMode } from '../../server/domain/slack/support-mode';
import { isHelp, type Problem, splitCommand } from './parse-problem';

export type CrmCommand =
  | { kind: 'whoami' }
  | { kind: 'help' }
  | { kind: 'following' }
  | { kind: 'follow' | 'unfollow'; entityType: FollowableType }
  | { kind: 'autofollow'; entityType: FollowableType; on: boolean }
  /** `mode` null: say the current one. */
  | { kind: 'supportMode'; mode: SupportMode | null }
  | { kind: 'usage'; problem?: Problem };

/** The record type as people type it (English or French, singular or plural). */
const TYPES: Record<string, FollowableType> = {
  lead: 'Lead',
  leads: 'Lead',
  piste: 'Lead',
  pistes: 'Lead',
  deal: 'Opportunity',
  deals: 'Opportunity',
  opportunity: 'Opportunity',
  opportunities: 'Opportunity',
  affaire: 'Opportunity',
  affaires: 'Opportunity',
  case: 'Case',
  cases: 'Case',
  ticket: 'Case',
  tickets: 'Case',
};

/** A support channel's default for thread replies, as people type it. */
const MODES: Record<string, SupportMode> = {
  internal: 'internal',
  interne: 'internal',
  public: 'public',
  customer: 'public',
  client: 'public',
};

const OFF = ['off', 'stop', 'no', 'non'];
const ON = ['on', 'yes', 'oui'];

/**
 * `/crm follow|unfollow <type> | following | autofollow <type> [off]
 * | support-mode [internal|public] | whoami | help`.
 */
export function parseCrmCommand(text: string): CrmCommand {
  const [sub, rest] = splitCommand(text);
  if (!sub || isHelp(sub)) return { kind: 'help' };
  const words = rest.toLowerCase().split(/\s+/).filter(Boolean);
  const typeOf = (w: string | undefined) => (w ? TYPES[w] : undefined);
  const unknown = (w: string): CrmCommand => ({
    kind: 'usage',
    problem: { code: 'unknownWord', text: w },
  });
  const missing: CrmCommand = { kind: 'usage', problem: { code: 'missing' } };
  switch (sub) {
    case 'whoami':
      return words.length ? unknown(rest) : { kind: 'whoami' };
    case 'following':
      return words.length ? unknown(rest) : { kind: 'following' };
    case 'follow':
    case 'unfollow': {
      if (!words.length) return missing;
      const entityType = typeOf(words[0]);
      if (!entityType) return unknown(words[0]!);
      if (words.length > 1) return unknown(words.slice(1).join(' '));
      return { kind: sub, entityType };
    }
    case 'autofollow': {
      if (!words.length) return missing;
      const entityType = typeOf(words[0]);
      if (!entityType) return unknown(words[0]!);
      const flag = words[1];
      if (words.length > 2 || (flag && !OFF.includes(flag) && !ON.includes(flag))) {
        return unknown(words.slice(1).join(' '));
      }
      return { kind: 'autofollow', entityType, on: !flag || ON.includes(flag) };
    }
    case 'support-mode':
    case 'supportmode': {
      if (!words.length) return { kind: 'supportMode', mode: null };
      const mode = MODES[words[0]!];
      if (!mode || words.length > 1) return unknown(rest);
      return { kind: 'supportMode', mode };
    }
    default:
      return unknown(sub);
  }
}
