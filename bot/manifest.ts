/**
 * The Slack app manifest: the one list of commands, shortcuts, scopes and events the app asks
 * for (`npm run slack:manifest` prints it with the URLs of PUBLIC_URL). A test checks that every
 * command, shortcut and event the listeners register is declared here.
 */

export interface SlashCommand {
  command: string;
  description: string;
  usage_hint: string;
}

export const COMMANDS: SlashCommand[] = [
  {
    command: '/lead',
    description: 'Create, list, show and convert leads',
    usage_hint:
      'new Jane Doe jane@acme.com at Acme | list [mine|new|all] | show L-12 | convert L-12',
  },
  {
    command: '/deal',
    description: 'Deals: list, show, move stage, amount, close date, quote',
    usage_hint:
      'list [mine] | show D-7 | stage D-7 negotiation | amount D-7 12500 | close D-7 2026-12-31 | quote D-7',
  },
  {
    command: '/case',
    description: 'Support cases: new, list, show',
    usage_hint: 'new <subject> | list [mine|open] | show #123',
  },
  {
    command: '/quote',
    description: 'Quotes as cards with status buttons and PDF',
    usage_hint: 'list [mine] | show Q-00001',
  },
  {
    command: '/kb',
    description: 'Search published knowledge-base articles',
    usage_hint: '<words> [#123]',
  },
  {
    command: '/pipeline',
    description: 'Pipeline per stage, totals, won this month and quarter',
    usage_hint: '[mine]',
  },
  {
    command: '/crm',
    description: 'Follows, your CRM link, help',
    usage_hint:
      'follow|unfollow leads|deals|cases | following | autofollow leads|deals|cases [off] | support-mode [internal|public] | whoami | help',
  },
];

export interface MessageShortcut {
  name: string;
  callback_id: string;
  description: string;
}

export const SHORTCUTS: MessageShortcut[] = [
  {
    name: 'Send to customer',
    callback_id: 'send_to_customer',
    description: 'E-mail this thread message to the case customer',
  },
  {
    name: 'Internal note',
    callback_id: 'internal_note',
    description: 'Keep this message as an internal note on the case',
  },
  {
    name: 'Create case from message',
    callback_id: 'create_case',
    description: 'Open a new case from this message',
  },
];

export const BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'channels:read',
  'chat:write',
  'chat:write.public',
  'commands',
  'files:read',
  'files:write',
  'groups:history',
  'groups:read',
  'im:history',
  'im:write',
  'links:read',
  'links:write',
  'reactions:read',
  'reactions:write',
  'users:read',
  'users:read.email',
];

export const BOT_EVENTS = [
  'app_home_opened',
  'app_mention',
  'link_shared',
  'message.channels',
  'message.groups',
  'message.im',
  'reaction_added',
  'reaction_removed',
];

export interface ManifestOptions {
  /** Where Slack reaches the app: `${publicUrl}/slack/events`. */
  publicUrl: string;
  /** Socket Mode: no request URLs; Slack connects with the app-level token. */
  socketMode?: boolean;
  name?: string;
}

export function buildManifest(opts: ManifestOptions) {
  const base = opts.publicUrl.replace(/\/+$/, '');
  const url = `${base}/slack/events`;
  const http = !opts.socketMode;
  const name = opts.name ?? 'CRM';
  return {
    display_information: {
      name,
      description: 'Leads, deals and cases where the team already works.',
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: name, always_online: true },
      slash_commands: COMMANDS.map((c) => ({
        ...c,
        ...(http ? { url } : {}),
        should_escape: false,
      })),
      shortcuts: SHORTCUTS.map((s) => ({ ...s, type: 'message' })),
      unfurl_domains: [new URL(base).host],
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: { ...(http ? { request_url: url } : {}), bot_events: BOT_EVENTS },
      interactivity: {
        is_enabled: true,
        ...(http ? { request_url: url, message_menu_options_url: url } : {}),
      },
      org_deploy_enabled: false,
      socket_mode_enabled: !http,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as YAML (Slack's app settings accept both); a small emitter for plain data. */
export function toYaml(value: unknown, indent = 0): string {
  const pad = ' '.repeat(indent);
  const scalar = (v: unknown) =>
    typeof v === 'string'
      ? /^[\w./:@ -]+$/.test(v) && !/^[\d-]|: | $/.test(v)
        ? v
        : JSON.stringify(v)
      : String(v);
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (item && typeof item === 'object') {
          const inner = toYaml(item, indent + 2).trimStart();
          return `${pad}- ${inner}`;
        }
        return `${pad}- ${scalar(item)}\n`;
      })
      .join('');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => {
        if (v && typeof v === 'object') {
          const empty = Array.isArray(v) ? !v.length : !Object.keys(v).length;
          return empty
            ? `${pad}${k}: ${Array.isArray(v) ? '[]' : '{}'}\n`
            : `${pad}${k}:\n${toYaml(v, indent + 2)}`;
        }
        return `${pad}${k}: ${scalar(v)}\n`;
      })
      .join('');
  }
  return `${pad}${scalar(value)}\n`;
}
