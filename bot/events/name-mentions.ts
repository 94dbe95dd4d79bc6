import type { WebClient } from '@slack/web-api';

const MENTION = /<@([UW][A-Z0-9]+)>/g;

/**
 * Slack sends a mention as `<@U123>`: the customer would read an id. Each one gets the member's
 * name (`<@U123|Alice Martin>`), which the e-mail renders as `@Alice Martin`; a member Slack
 * will not describe keeps the id.
 */
export async function nameMentions(client: WebClient, text: string): Promise<string> {
  const ids = [...new Set([...text.matchAll(MENTION)].map((m) => m[1]!))].slice(0, 20);
  if (!ids.length) return text;
  const names = new Map<string, string>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        const res = await client.users.info({ user: id });
        const u = res.user as
          | {
              real_name?: string;
              name?: string;
              profile?: { display_name?: string; real_name?: string };
            }
          | undefined;
        const name = u?.profile?.real_name || u?.real_name || u?.profile?.display_name || u?.name;
        if (name) names.set(id, name.replace(/[<>|]/g, ''));
      } catch {
        // Unknown member: the id stays.
      }
    }),
  );
  return text.replace(MENTION, (whole, id: string) =>
    names.has(id) ? `<@${id}|${names.get(id)}>` : whole,
  );
}
