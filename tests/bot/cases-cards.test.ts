import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, caseActionsBlock } from '../../bot/views/ids';
import type { SlackCall } from '../support/fake-slack';
import { sleep } from '../support/wait';
import { startWorkers, type TestWorkers } from '../support/workers';
import { type Harness, PUBLIC_URL, startHarness, textOf } from './commands-harness';

type Member = { slackId: string; id: string; token: string };

let h: Harness;
let workers: TestWorkers;
let alice: Member;
let bob: Member;
let reader: Member;

const READ_ONLY = { Case: { create: 'no', read: 'all', edit: 'no', delete: 'no', stream: 'no' } };

beforeAll(async () => {
  h = await startHarness();
  // A real queue and card workers on the test database, as server/main.ts runs them.
  workers = await startWorkers(h.t, {
    slackApiUrl: h.fake.apiUrl,
    cards: { publicUrl: PUBLIC_URL },
  });
  alice = await h.member({ name: 'Alice' });
  bob = await h.member({ name: 'Bob' });
  reader = await h.member({ name: 'Reader', isAdmin: false, permissions: READ_ONLY });
}, 60_000);
afterAll(async () => {
  await workers?.stop();
  await h?.close();
}, 30_000);

const text = (c: { args: Record<string, any> }) => textOf(c.args);

async function newCase(member: Member, name: string, extra: Record<string, unknown> = {}) {
  return h.post(member.token, '/api/cases', { name, ...extra });
}

async function getCase(id: string) {
  const r = await h.t.call('GET', `/api/cases/${id}`, { token: alice.token });
  expect(r.status).toBe(200);
  return r.body;
}

/** Polls until `check` passes (what a job or an event listener does happens after the ack). */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await sleep(100);
    }
  }
}

const crm = (member: Member, commandText: string, channel: string): Promise<SlackCall> =>
  h.command(member.slackId, '/crm', commandText, channel);

/** A click on a case card: an ephemeral one by default, or a channel's card (`ts`). */
async function clickCase(
  member: Member,
  caseId: string,
  action: { action_id: string; value?: string; selected?: string },
  where: { channel?: string; ts?: string } = {},
): Promise<SlackCall> {
  const before = h.fake.calls.length;
  const blockId = caseActionsBlock(caseId);
  await h.slack.interaction({
    type: 'block_actions',
    user: { id: member.slackId },
    response_url: h.fake.responseUrl(),
    channel: { id: where.channel ?? 'C0SALES' },
    container: where.ts
      ? { type: 'message', message_ts: where.ts, channel_id: where.channel, is_ephemeral: false }
      : { type: 'message', is_ephemeral: true },
    message: { ts: where.ts, blocks: [{ type: 'actions', block_id: blockId }] },
    actions: [
      action.selected
        ? {
            type: 'static_select',
            action_id: action.action_id,
            block_id: blockId,
            selected_option: { value: action.selected },
          }
        : { type: 'button', action_id: action.action_id, block_id: blockId, value: action.value },
    ],
  });
  return h.fake.waitFor('response_url', (c) => h.fake.calls.indexOf(c) >= before);
}

const react = (
  member: { slackId: string },
  reaction: string,
  channel: string,
  ts: string,
  eventId?: string,
) =>
  h.slack.event(
    {
      type: 'reaction_added',
      user: member.slackId,
      reaction,
      item: { type: 'message', channel, ts },
      item_user: 'UBOT',
    },
    eventId ? { event_id: eventId } : {},
  );

describe('case card buttons', () => {
  it('Assign to me, the status select and Close change the case and refresh the card in place', async () => {
    const c = await newCase(alice, 'Scanner jams');
    const assigned = await clickCase(bob, c.id, { action_id: ACTION.caseAssignMe, value: c.id });
    expect(assigned.args.replace_original).toBe(true);
    expect(assigned.args.text).toBe(`${c.number} is now assigned to you.`);
    expect(text(assigned)).toContain('*Assigned to*\\nyou');
    expect(await getCase(c.id)).toMatchObject({ assignedUserId: bob.id, status: 'Assigned' });

    const pending = await clickCase(bob, c.id, {
      action_id: ACTION.caseStatus,
      selected: 'Pending',
    });
    expect(pending.args.replace_original).toBe(true);
    expect(pending.args.text).toBe(`${c.number} moved from Assigned to *Pending*.`);
    expect((await getCase(c.id)).status).toBe('Pending');

    const closed = await clickCase(bob, c.id, { action_id: ACTION.caseClose, value: c.id });
    expect(closed.args.text).toBe(`${c.number} is closed.`);
    expect((await getCase(c.id)).status).toBe('Closed');
    const actions = closed.args.blocks.find((b: any) => b.block_id === caseActionsBlock(c.id));
    expect(actions.elements.map((e: any) => e.action_id)).toEqual([
      ACTION.caseStatus,
      ACTION.openAdmin,
    ]);
  });

  it('a member without edit rights is refused privately and nothing changes', async () => {
    const c = await newCase(alice, 'Read only please');
    const r = await clickCase(reader, c.id, { action_id: ACTION.caseAssignMe, value: c.id });
    expect(r.args.response_type).toBe('ephemeral');
    expect(r.args.replace_original).toBe(false);
    expect(r.args.text).toBe('You are not allowed to do that.');
    const closeTry = await clickCase(reader, c.id, { action_id: ACTION.caseClose, value: c.id });
    expect(closeTry.args.text).toBe('You are not allowed to do that.');
    expect(await getCase(c.id)).toMatchObject({ status: 'New', assignedUserId: null });
  });
});

describe('support channels', () => {
  let card: SlackCall;
  let supportCase: any;

  it('/crm follow cases posts each new case as a card; changes update it in place', async () => {
    const r = await crm(alice, 'follow cases', 'CSUPPORT');
    expect(r.args.response_type).toBe('in_channel');
    expect(r.args.text).toContain('now follows new *cases*');

    supportCase = await newCase(alice, 'VPN down', { priority: 'High' });
    card = await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'CSUPPORT' && textOf(c.args).includes('VPN down'),
      10_000,
    );
    expect(card.args.text).toBe(`New case: ${supportCase.number} VPN down (by Alice)`);
    expect(card.args.blocks.some((b: any) => b.block_id === caseActionsBlock(supportCase.id))).toBe(
      true,
    );
    expect(text(card)).toContain('High');

    const put = await h.t.call('PUT', `/api/cases/${supportCase.id}`, {
      token: alice.token,
      body: { status: 'Pending' },
    });
    expect(put.status).toBe(200);
    const posted = h.fake.calls.indexOf(card);
    const update = await h.fake.waitFor(
      'chat.update',
      (c) => c.args.channel === 'CSUPPORT' && textOf(c.args).includes('Pending'),
      10_000,
    );
    expect(h.fake.calls.indexOf(update)).toBeGreaterThan(posted);
    expect(update.args.text).toBe(`${supportCase.number} VPN down was updated by Alice`);
    await sleep(1500);
    const posts = h.fake
      .callsOf('chat.postMessage')
      .filter((c) => c.args.channel === 'CSUPPORT' && textOf(c.args).includes('VPN down'));
    expect(posts).toHaveLength(1);
  }, 30_000);

  it('a click on the channel card updates it for everyone and tells the clicker privately', async () => {
    const postTs = await cardTs(supportCase.id);
    const before = h.fake.calls.length;
    const note = await clickCase(
      bob,
      supportCase.id,
      { action_id: ACTION.caseAssignMe, value: supportCase.id },
      { channel: 'CSUPPORT', ts: postTs },
    );
    expect(note.args.replace_original).toBe(false);
    expect(note.args.text).toBe(`${supportCase.number} is now assigned to you.`);
    const update = await h.fake.waitFor(
      'chat.update',
      (c) => h.fake.calls.indexOf(c) >= before && c.args.ts === postTs,
    );
    expect(update.args.channel).toBe('CSUPPORT');
    // Everyone sees the card: the assignee is a mention, never "you".
    expect(text(update)).toContain(`<@${bob.slackId}>`);
    expect(text(update)).not.toContain('\\nyou');
    expect(await getCase(supportCase.id)).toMatchObject({ assignedUserId: bob.id });
  });

  it('👀 and ✅ work on a message in the case thread too', async () => {
    const c = await newCase(alice, 'Printer offline');
    await h.fake.waitFor(
      'chat.postMessage',
      (x) => x.args.channel === 'CSUPPORT' && textOf(x.args).includes('Printer offline'),
      10_000,
    );
    const parent = await cardTs(c.id);
    const reply = `${parent.split('.')[0]}.999001`;
    h.fake.addThreadReply('CSUPPORT', reply, parent);
    await react(alice, 'eyes', 'CSUPPORT', reply);
    await eventually(async () => {
      expect(await getCase(c.id)).toMatchObject({ assignedUserId: alice.id, status: 'Assigned' });
    });
    await react(alice, 'white_check_mark', 'CSUPPORT', reply);
    await eventually(async () => {
      expect((await getCase(c.id)).status).toBe('Closed');
    });
  });

  it('👀 assigns the case to whoever reacted, ✅ closes it; the card is updated in place', async () => {
    const c = await newCase(alice, 'Mail bounces');
    const post = await h.fake.waitFor(
      'chat.postMessage',
      (x) => x.args.channel === 'CSUPPORT' && textOf(x.args).includes('Mail bounces'),
      10_000,
    );
    const ts = await cardTs(c.id);
    expect(post.args.channel).toBe('CSUPPORT');

    const before = h.fake.calls.length;
    expect((await react(alice, 'eyes', 'CSUPPORT', ts)).status).toBe(200);
    await eventually(async () => {
      expect(await getCase(c.id)).toMatchObject({ assignedUserId: alice.id, status: 'Assigned' });
    });
    await h.fake.waitFor(
      'chat.update',
      (x) => h.fake.calls.indexOf(x) >= before && x.args.ts === ts,
    );

    await react(bob, 'white_check_mark', 'CSUPPORT', ts);
    await eventually(async () => {
      expect((await getCase(c.id)).status).toBe('Closed');
    });
    // Any other emoji, or on a message that is no case card, changes nothing.
    const other = await newCase(alice, 'Untouched');
    await h.fake.waitFor('chat.postMessage', (x) => textOf(x.args).includes('Untouched'), 10_000);
    const otherTs = await cardTs(other.id);
    await react(alice, 'tada', 'CSUPPORT', otherTs);
    await react(alice, 'eyes', 'CSUPPORT', '1.000001');
    await sleep(500);
    expect(await getCase(other.id)).toMatchObject({ assignedUserId: null, status: 'New' });
  }, 30_000);

  it('an unlinked member is told how to get linked, once per event_id; a refusal is explained', async () => {
    const c = await newCase(alice, 'Nobody may touch');
    await h.fake.waitFor(
      'chat.postMessage',
      (x) => textOf(x.args).includes('Nobody may touch'),
      10_000,
    );
    const ts = await cardTs(c.id);
    h.fake.addUser({ id: 'USTRANGER', email: 'stranger@elsewhere.test' });
    const before = h.fake.calls.length;
    await react({ slackId: 'USTRANGER' }, 'eyes', 'CSUPPORT', ts, 'EvSAMEREACTION');
    await react({ slackId: 'USTRANGER' }, 'eyes', 'CSUPPORT', ts, 'EvSAMEREACTION');
    const eph = await h.fake.waitFor(
      'chat.postEphemeral',
      (x) => h.fake.calls.indexOf(x) >= before,
    );
    expect(eph.args).toMatchObject({ channel: 'CSUPPORT', user: 'USTRANGER' });
    expect(eph.args.text).toContain('not linked');
    await sleep(700);
    expect(
      h.fake.callsOf('chat.postEphemeral').filter((x) => x.args.user === 'USTRANGER'),
    ).toHaveLength(1);

    await react(reader, 'white_check_mark', 'CSUPPORT', ts);
    const refused = await h.fake.waitFor(
      'chat.postEphemeral',
      (x) => x.args.user === reader.slackId,
    );
    expect(refused.args.text).toBe(`${c.number} was not changed: You are not allowed to do that.`);
    expect((await getCase(c.id)).status).toBe('New');
  }, 30_000);

  it('/crm support-mode shows and sets the mode, only in a channel that follows cases', async () => {
    const elsewhere = await crm(alice, 'support-mode internal', 'CRANDOM');
    expect(elsewhere.args.response_type).toBe('ephemeral');
    expect(elsewhere.args.text).toContain('does not follow cases');
    const elsewhereShow = await crm(alice, 'support-mode', 'CRANDOM');
    expect(elsewhereShow.args.text).toContain('/crm follow cases');

    const show = await crm(alice, 'support-mode', 'CSUPPORT');
    expect(show.args.response_type).toBe('ephemeral');
    expect(show.args.text).toContain('This support channel is *public*');

    const set = await crm(alice, 'support-mode internal', 'CSUPPORT');
    expect(set.args.response_type).toBe('in_channel');
    expect(set.args.text).toContain('now *internal*');
    expect(set.args.text).toContain(`<@${alice.slackId}>`);

    const again = await crm(bob, 'support-mode internal', 'CSUPPORT');
    expect(again.args.response_type).toBe('ephemeral');
    expect(again.args.text).toContain('already is *internal*');
    expect((await crm(bob, 'support-mode', 'CSUPPORT')).args.text).toContain('is *internal*');

    const back = await crm(bob, 'support-mode public', 'CSUPPORT');
    expect(back.args.response_type).toBe('in_channel');

    const bad = await crm(bob, 'support-mode loud', 'CSUPPORT');
    expect(bad.args.text).toContain("I don't know `loud`");
    expect(bad.args.text).toContain('/crm support-mode');

    const help = await crm(bob, 'help', 'CSUPPORT');
    expect(help.args.text).toContain('support-mode [internal|public]');
  });

  it('links to admin cases unfurl into the case card', async () => {
    const url = `${PUBLIC_URL}/admin/#/cases/${supportCase.id}/show`;
    const before = h.fake.calls.length;
    await h.slack.event({
      type: 'link_shared',
      user: alice.slackId,
      channel: 'C0GENERAL',
      message_ts: '555.666',
      links: [{ url, domain: 'crm.test' }],
    });
    const unfurl = await h.fake.waitFor('chat.unfurl', (c) => h.fake.calls.indexOf(c) >= before);
    const blocks = JSON.stringify(unfurl.args.unfurls[url].blocks);
    expect(blocks).toContain(`${supportCase.number} VPN down`);
    expect(blocks).toContain(caseActionsBlock(supportCase.id));
  });
});

/** The ts of a case's card in CSUPPORT, as slack_cards remembered it. */
async function cardTs(caseId: string): Promise<string> {
  let ts = '';
  await eventually(async () => {
    const post = h.fake
      .callsOf('chat.postMessage')
      .find(
        (c) => c.args.channel === 'CSUPPORT' && textOf(c.args).includes(caseActionsBlock(caseId)),
      );
    expect(post).toBeDefined();
    const rows = (await h.t.database.db.execute(
      `select ts from slack_cards where entity_type = 'Case' and entity_id = '${caseId}' and channel = 'CSUPPORT'`,
    )) as unknown as { rows?: { ts: string }[] } | { ts: string }[];
    const list = Array.isArray(rows) ? rows : (rows.rows ?? []);
    expect(list.length).toBe(1);
    ts = list[0]!.ts;
  });
  return ts;
}
