import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealActionsBlock } from '../../bot/views/ids';
import type { SlackCall } from '../support/fake-slack';
import { sleep } from '../support/wait';
import { startWorkers, type TestWorkers } from '../support/workers';
import { type Harness, PUBLIC_URL, startHarness, textOf } from './commands-harness';

type Member = { slackId: string; id: string; token: string };

let h: Harness;
let workers: TestWorkers;
let alice: Member;
let bob: Member;
let carol: Member;
let amelie: Member;

beforeAll(async () => {
  h = await startHarness();
  // A real queue and workers on the test database, as server/main.ts runs them.
  workers = await startWorkers(h.t, {
    slackApiUrl: h.fake.apiUrl,
    cards: { publicUrl: PUBLIC_URL },
  });
  alice = await h.member({ locale: 'en-US', name: 'Alice' });
  bob = await h.member({ locale: 'en-US', name: 'Bob' });
  carol = await h.member({ locale: 'en-US', name: 'Carol' });
  amelie = await h.member({ locale: 'fr-FR', name: 'Amélie' });
}, 60_000);
afterAll(async () => {
  await workers?.stop();
  await h?.close();
}, 30_000);

/** `/crm …` typed by a member in a channel; what it answered on its response_url. */
const crm = (member: Member, text: string, channel = 'C0GENERAL'): Promise<SlackCall> =>
  h.command(member.slackId, '/crm', text, channel);

const postsTo = (channel: string) =>
  h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
const updatesOf = (channel: string) =>
  h.fake.callsOf('chat.update').filter((c) => c.args.channel === channel);
const waitPost = (channel: string, text: string) =>
  h.fake.waitFor(
    'chat.postMessage',
    (c) => c.args.channel === channel && textOf(c.args).includes(text),
    10_000,
  );

async function newLead(member: Member, lastName: string) {
  const r = await h.t.call('POST', '/api/leads', {
    token: member.token,
    body: { firstName: 'Jane', lastName, accountName: 'Acme' },
  });
  expect(r.status).toBe(201);
  return r.body;
}

async function newDeal(member: Member, name: string) {
  const r = await h.t.call('POST', '/api/opportunities', {
    token: member.token,
    body: { name, amount: '12500', closeDate: '2026-12-15' },
  });
  expect(r.status).toBe(201);
  return r.body;
}

describe('/crm follow and notifications', () => {
  it('a 429 with Retry-After on the channel post still ends in exactly one post', async () => {
    await crm(alice, 'follow leads', 'CRATE');
    h.fake.fail('chat.postMessage', { kind: 'rate-limit', retryAfter: 1 });
    const lead = await newLead(bob, 'Ratelimit');
    await h.fake.waitFor('chat.postMessage', () => postsTo('CRATE').length === 2, 15_000);
    const [first, second] = postsTo('CRATE');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
    expect(textOf(second!.args)).toContain(`${lead.number} Jane Ratelimit`);
    await sleep(1500);
    expect(postsTo('CRATE')).toHaveLength(2); // one refused with 429, one posted
    await crm(alice, 'unfollow leads', 'CRATE');
  }, 30_000);

  it('a channel following leads gets each new lead as one card', async () => {
    const r = await crm(alice, 'follow leads', 'CSALES');
    expect(r.args.response_type).toBe('in_channel');
    expect(r.args.text).toContain('now follows new *leads*');
    const again = await crm(alice, 'follow leads', 'CSALES');
    expect(again.args.response_type).toBe('ephemeral');
    expect(again.args.text).toContain('already follows leads');

    const lead = await newLead(bob, 'Channel');
    const post = await waitPost('CSALES', `${lead.number} Jane Channel`);
    expect(post.args.text).toContain(`New lead: ${lead.number} Jane Channel (by Bob)`);
    expect(post.args.blocks.some((b: any) => b.block_id === `lead.actions:${lead.id}`)).toBe(true);
    await sleep(1500);
    expect(postsTo('CSALES').filter((c) => textOf(c.args).includes('Jane Channel'))).toHaveLength(
      1,
    );
  }, 30_000);

  it('a stage change of a followed deal updates the posted card in place', async () => {
    await crm(alice, 'follow deals', 'CDEALS');
    const deal = await newDeal(bob, 'Umbrella renewal');
    const post = await waitPost('CDEALS', deal.number);
    expect(post.args.text).toBe(`New deal: ${deal.number} Umbrella renewal (by Bob)`);
    const r = await h.t.call('PUT', `/api/opportunities/${deal.id}`, {
      token: carol.token,
      body: { stage: 'Negotiation' },
    });
    expect(r.status).toBe(200);
    const update = await h.fake.waitFor('chat.update', (c) => c.args.channel === 'CDEALS', 10_000);
    expect(update.args.text).toContain(`${deal.number} Umbrella renewal was updated by Carol`);
    const actions = update.args.blocks.find((b: any) => b.block_id === dealActionsBlock(deal.id));
    expect(actions.elements[0].initial_option.value).toBe('Negotiation');
    await sleep(1500);
    expect(postsTo('CDEALS').filter((c) => textOf(c.args).includes(deal.number))).toHaveLength(1);
    expect(updatesOf('CDEALS')).toHaveLength(1);
    expect(update.args.ts).toMatch(/^\d+\.\d+$/);
  }, 30_000);

  it('a user with autofollow gets a DM for each new lead; the actor never DMs themself', async () => {
    const r = await crm(carol, 'autofollow leads');
    expect(r.args.response_type).toBe('ephemeral');
    expect(r.args.text).toContain('You now follow all new leads');
    await crm(bob, 'autofollow leads');
    const lead = await newLead(bob, 'Direct');
    const dm = await waitPost(carol.slackId, `${lead.number} Jane Direct`);
    expect(dm.args.text).toBe(`New lead: ${lead.number} Jane Direct (by Bob)`);
    // The channel still following leads gets it too.
    await waitPost('CSALES', `${lead.number} Jane Direct`);
    await sleep(1500);
    expect(postsTo(bob.slackId)).toHaveLength(0);
    expect(
      postsTo(carol.slackId).filter((c) => textOf(c.args).includes('Jane Direct')),
    ).toHaveLength(1);

    const off = await crm(carol, 'autofollow leads off');
    expect(off.args.text).toContain('no longer follow all new leads');
  }, 30_000);

  it('/crm following lists; /crm unfollow stops posts', async () => {
    const list = await crm(alice, 'following', 'CSALES');
    expect(list.args.response_type).toBe('ephemeral');
    expect(list.args.text).toContain('This channel follows: *leads*');
    const none = await crm(alice, 'following', 'CEMPTY');
    expect(none.args.text).toContain('follows nothing yet');

    const off = await crm(alice, 'unfollow leads', 'CSALES');
    expect(off.args.response_type).toBe('in_channel');
    expect(off.args.text).toContain('no longer follows leads');
    const notFollowing = await crm(alice, 'unfollow leads', 'CSALES');
    expect(notFollowing.args.text).toContain('does not follow leads');

    // A sync point: the deals channel gets its new deal; the old leads channel nothing.
    await crm(alice, 'follow leads', 'CSYNC');
    const lead = await newLead(bob, 'Quiet');
    await waitPost('CSYNC', `${lead.number} Jane Quiet`);
    await sleep(1500);
    expect(postsTo('CSALES').filter((c) => textOf(c.args).includes('Jane Quiet'))).toHaveLength(0);
    await crm(alice, 'unfollow leads', 'CSYNC');
  }, 30_000);

  it('answers bad arguments with the usage text', async () => {
    for (const text of ['follow widgets', 'follow', 'autofollow leads maybe', 'frobnicate']) {
      const r = await crm(alice, text);
      expect(r.args.response_type).toBe('ephemeral');
      expect(textOf(r.args)).toContain('Here is how to use `/crm`');
      expect(textOf(r.args)).toContain('/crm follow leads|deals|cases');
    }
    const r = await crm(alice, 'follow widgets');
    expect(r.args.text).toContain("I don't know `widgets`");
    const help = await crm(alice, 'help');
    expect(help.args.text).toContain('*CRM commands*');
    const who = await crm(alice, 'whoami');
    expect(who.args.text).toContain('You act as *Alice*');
  }, 30_000);

  it('speaks French: replies, channel cards and DMs', async () => {
    const none = await crm(amelie, 'following', 'CFR');
    expect(none.args.text).toContain('Ce canal ne suit rien');
    const on = await crm(amelie, 'follow affaires', 'CFR');
    expect(on.args.text).toContain('Ce canal suit désormais les nouvelles *affaires*');
    const bad = await crm(amelie, 'follow truc', 'CFR');
    expect(bad.args.text).toContain('Je ne connais pas `truc`');

    await crm(amelie, 'autofollow deals');
    const deal = await newDeal(bob, 'Contrat Lyon');
    const card = await waitPost('CFR', deal.number);
    expect(card.args.text).toBe(`Nouvelle affaire : ${deal.number} Contrat Lyon (par Bob)`);
    expect(textOf(card.args)).toContain('Étape');
    const dm = await waitPost(amelie.slackId, deal.number);
    expect(dm.args.text).toContain('Nouvelle affaire');
    await crm(amelie, 'autofollow deals off');
    await crm(amelie, 'unfollow deals', 'CFR');
  }, 30_000);
});
