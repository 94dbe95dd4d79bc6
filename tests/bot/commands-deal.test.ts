import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, dealActionsBlock } from '../../bot/views/ids';
import { type Harness, PUBLIC_URL, startHarness, textOf } from './commands-harness';

let h: Harness;
let alice: { slackId: string; id: string; token: string };
let amelie: { slackId: string; id: string; token: string };
let deal: any;

beforeAll(async () => {
  h = await startHarness();
  alice = await h.member({ locale: 'en-US', name: 'Alice' });
  amelie = await h.member({ locale: 'fr-FR', name: 'Amélie' });
  deal = (
    await h.t.call('POST', '/api/opportunities', {
      token: alice.token,
      body: {
        name: 'Umbrella renewal',
        amount: '12500',
        closeDate: '2026-12-15',
        assignedUserId: alice.id,
      },
    })
  ).body;
});
afterAll(() => h.close());

const getDeal = async () =>
  (await h.t.call('GET', `/api/opportunities/${deal.id}`, { token: alice.token })).body;

describe('/deal', () => {
  it('lists and shows deals with stage, amount, probability and close date', async () => {
    const list = await h.command(alice.slackId, '/deal', 'list mine');
    expect(textOf(list.args)).toContain(`${deal.number} Umbrella renewal`);
    const show = await h.command(amelie.slackId, '/deal', `show ${deal.number}`);
    const text = textOf(show.args);
    expect(text).toContain('Prospection');
    expect(text).toContain('12\u00a0500,00\u00a0€');
    expect(text).toContain('15 déc. 2026');
    expect(text).not.toMatch(/\u202f/);
  });

  it('moves the stage by a French prefix; the probability follows', async () => {
    const r = await h.command(amelie.slackId, '/deal', `stage ${deal.number} négo`);
    expect(textOf(r.args)).toContain('*Négociation*');
    expect(await getDeal()).toMatchObject({ stage: 'Negotiation', probability: 80 });
  });

  it('asks which stage when the word is ambiguous, and lists them when nothing matches', async () => {
    const r = await h.command(alice.slackId, '/deal', `stage ${deal.number} closed`);
    expect(r.args.text).toContain('Which stage');
    const buttons = r.args.blocks.find((b: any) => b.type === 'actions').elements;
    expect(buttons.map((b: any) => JSON.parse(b.value).arg)).toEqual(['Closed Won', 'Closed Lost']);
    const none = await h.command(alice.slackId, '/deal', `stage ${deal.number} banana`);
    expect(none.args.text).toContain('No stage matches');
  });

  it('edits amount and close date', async () => {
    const a = await h.command(alice.slackId, '/deal', `amount ${deal.number} 15,000.50`);
    expect(a.args.text).toContain('€15,000.50');
    const c = await h.command(alice.slackId, '/deal', `close ${deal.number} 2027-01-31`);
    expect(c.args.text).toContain('Jan 31, 2027');
    expect(await getDeal()).toMatchObject({ amount: '15000.50', closeDate: '2027-01-31' });
  });

  it('answers bad arguments with usage help', async () => {
    const r = await h.command(alice.slackId, '/deal', `amount ${deal.number} lots`);
    expect(r.args.text).toContain('“lots” is not an amount');
    expect(r.args.text).toContain('/deal amount D-7 12500');
    const fr = await h.command(amelie.slackId, '/deal', `close ${deal.number} demain`);
    expect(fr.args.text).toContain('« demain » n’est pas une date');
  });

  it('says what is forbidden, without a trace', async () => {
    const reader = await h.member({
      isAdmin: false,
      permissions: {
        Opportunity: { create: 'no', read: 'all', edit: 'no', delete: 'no', stream: 'no' },
      },
    });
    const r = await h.command(reader.slackId, '/deal', `amount ${deal.number} 1`);
    expect(r.args.text).toBe('You are not allowed to do that.');
  });

  it('the stage select on a card moves the deal and updates the card in place', async () => {
    const responseUrl = h.fake.responseUrl();
    await h.slack.interaction({
      type: 'block_actions',
      user: { id: alice.slackId },
      response_url: responseUrl,
      container: { type: 'message' },
      message: { blocks: [{ type: 'actions', block_id: dealActionsBlock(deal.id) }] },
      actions: [
        {
          type: 'static_select',
          action_id: ACTION.dealStage,
          block_id: dealActionsBlock(deal.id),
          selected_option: { value: 'Proposal', text: { type: 'plain_text', text: 'Proposal' } },
        },
      ],
    });
    const reply = await h.fake.waitFor('response_url', (c) =>
      textOf(c.args).includes('*Proposal*'),
    );
    expect(reply.args.replace_original).toBe(true);
    expect(await getDeal()).toMatchObject({ stage: 'Proposal', probability: 50 });
  });
});

describe('/pipeline', () => {
  it('shows per stage, totals and won, in French', async () => {
    const r = await h.command(amelie.slackId, '/pipeline', '');
    const text = textOf(r.args);
    expect(text).toContain('Proposition');
    expect(text).toContain('Gagné ce trimestre');
    const mine = await h.command(alice.slackId, '/pipeline', 'mine');
    expect(textOf(mine.args)).toContain('My pipeline');
    expect(textOf(mine.args)).toContain('€15,000.50');
    const bad = await h.command(alice.slackId, '/pipeline', 'yours');
    expect(bad.args.text).toContain('/pipeline mine');
  });
});

describe('App Home and unfurls', () => {
  it('publishes my open leads, deals and pipeline when the Home tab opens', async () => {
    await h.t.call('POST', '/api/leads', {
      token: alice.token,
      body: { lastName: 'Homelead', assignedUserId: alice.id },
    });
    const before = h.fake.calls.length;
    await h.slack.event({
      type: 'app_home_opened',
      user: alice.slackId,
      channel: 'D1',
      tab: 'home',
    });
    const pub = await h.fake.waitFor('views.publish', (c) => h.fake.calls.indexOf(c) >= before);
    expect(pub.args.user_id).toBe(alice.slackId);
    const text = textOf(pub.args);
    expect(text).toContain('Homelead');
    expect(text).toContain('Umbrella renewal');
    expect(text).toContain('My pipeline');
  });

  it('unfurls links to admin records into cards', async () => {
    const url = `${PUBLIC_URL}/admin/#/opportunities/${deal.id}/show`;
    const before = h.fake.calls.length;
    await h.slack.event({
      type: 'link_shared',
      user: amelie.slackId,
      channel: 'C0GENERAL',
      message_ts: '123.456',
      links: [
        { url, domain: 'crm.test' },
        { url: 'http://crm.test/other', domain: 'crm.test' },
      ],
    });
    const unfurl = await h.fake.waitFor('chat.unfurl', (c) => h.fake.calls.indexOf(c) >= before);
    expect(unfurl.args).toMatchObject({ channel: 'C0GENERAL', ts: '123.456' });
    expect(Object.keys(unfurl.args.unfurls)).toEqual([url]);
    expect(JSON.stringify(unfurl.args.unfurls[url].blocks)).toContain('Umbrella renewal');
  });
});
