import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../bot/views/ids';
import { emails } from '../../db/schema';
import type { SlackCall } from '../support/fake-slack';
import { type Harness, PUBLIC_URL, startHarness, textOf } from './commands-harness';

type Member = { slackId: string; id: string; token: string };

let h: Harness;
let alice: Member;
let bob: Member;
let amelie: Member;

beforeAll(async () => {
  h = await startHarness();
  alice = await h.member({ name: 'Alice' });
  bob = await h.member({ name: 'Bob' });
  amelie = await h.member({ locale: 'fr-FR', name: 'Amélie' });
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const text = (c: { args: Record<string, any> }) => textOf(c.args);

async function cases(token: string, filter: Record<string, unknown> = {}) {
  const q = encodeURIComponent(JSON.stringify(filter));
  const r = await h.t.call('GET', `/api/cases?filter=${q}`, { token });
  expect(r.status).toBe(200);
  return r.body as any[];
}

/** Runs `/case …` that opens a modal (no response_url answer): the views.open call. */
async function openModal(member: Member, commandText: string) {
  const before = h.fake.calls.length;
  const res = await h.slack.command({
    command: '/case',
    text: commandText,
    user_id: member.slackId,
    response_url: h.fake.responseUrl(),
  });
  expect(res.status).toBe(200);
  return h.fake.waitFor('views.open', (c) => h.fake.calls.indexOf(c) >= before);
}

const submitCase = (member: Member, meta: string, values: Record<string, unknown>) =>
  h.slack.interaction({
    type: 'view_submission',
    user: { id: member.slackId },
    view: {
      id: 'VCASE',
      callback_id: CALLBACK.newCase,
      private_metadata: meta,
      state: { values },
    },
  });

const input = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value } },
});

describe('/case usage', () => {
  it('answers help and every wrong or missing argument with the usage, never silence', async () => {
    const help = await h.command(alice.slackId, '/case', 'help');
    expect(help.args.response_type).toBe('ephemeral');
    expect(help.args.text).toContain('/case list [mine|open|all]');
    expect(help.args.text).toContain('/case show #123');

    const unknown = await h.command(alice.slackId, '/case', 'frobnicate now');
    expect(unknown.args.text).toContain("I don't know `frobnicate`");
    expect(unknown.args.text).toContain('/case new');

    const badList = await h.command(alice.slackId, '/case', 'list everything');
    expect(badList.args.text).toContain("I don't know `everything`");

    const noRef = await h.command(alice.slackId, '/case', 'show');
    expect(noRef.args.text).toContain('Here is how to use `/case`');

    const fr = await h.command(amelie.slackId, '/case', 'bidule');
    expect(fr.args.text).toContain('Je ne connais pas');

    const kb = await h.command(alice.slackId, '/kb', '');
    expect(kb.args.response_type).toBe('ephemeral');
    expect(kb.args.text).toContain('/kb printer jam #123');
  });

  it('tells an unlinked member how to get linked and creates nothing', async () => {
    h.fake.addUser({ id: 'UNOBODY', email: 'nobody@elsewhere.test' });
    const r = await h.command('UNOBODY', '/case', 'list');
    expect(r.args.text).toContain('not linked');
  });
});

describe('/case new and the new-case modal', () => {
  it('opens the modal prefilled with the subject; submitting creates #n and answers with the card', async () => {
    const open = await openModal(alice, 'new Printer on fire');
    const view = open.args.view;
    expect(view.callback_id).toBe(CALLBACK.newCase);
    const name = view.blocks.find((b: any) => b.block_id === 'name');
    expect(name.element.initial_value).toBe('Printer on fire');
    const priority = view.blocks.find((b: any) => b.block_id === 'priority');
    expect(priority.element.initial_option.value).toBe('Normal');
    const contact = view.blocks.find((b: any) => b.block_id === 'contactId');
    expect(contact.element).toMatchObject({
      type: 'external_select',
      action_id: ACTION.contactSearch,
    });

    // Search-as-you-type over the contacts.
    const made = await h.post(alice.token, '/api/contacts', {
      firstName: 'Jane',
      lastName: 'Fireside',
      emailAddress: 'jane@fireside.test',
    });
    const options = await h.slack.interaction({
      type: 'block_suggestion',
      user: { id: alice.slackId },
      action_id: ACTION.contactSearch,
      block_id: 'contactId',
      value: 'fires',
      view: { id: 'VCASE', callback_id: CALLBACK.newCase, private_metadata: '{}' },
    });
    expect((await options.json()).options).toEqual([
      {
        text: expect.objectContaining({ text: 'Jane Fireside <jane@fireside.test>' }),
        value: made.id,
      },
    ]);

    const res = await submitCase(alice, view.private_metadata, {
      name: input('Printer on fire'),
      description: input('Smoke everywhere'),
      priority: select('Urgent'),
      type: select('Incident'),
      contactId: { value: { type: 'external_select', selected_option: { value: made.id } } },
      assignedUserId: { value: { type: 'users_select', selected_user: bob.slackId } },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const confirm = await h.fake.waitFor('response_url', (c) => text(c).includes('created'));
    expect(confirm.args.response_type).toBe('ephemeral');
    expect(confirm.args.text).toBe('Case #1 created.');
    expect(text(confirm)).toContain('#1 Printer on fire');
    expect(text(confirm)).toContain('Jane Fireside');
    expect(text(confirm)).toContain(`${PUBLIC_URL}/admin/#/cases/`);

    const [c] = await cases(alice.token, { number: 1 });
    expect(c).toMatchObject({
      name: 'Printer on fire',
      priority: 'Urgent',
      type: 'Incident',
      contactId: made.id,
      assignedUserId: bob.id,
      status: 'Assigned',
    });
  });

  it('bare /case opens the empty modal; what the domain refuses is shown on its fields', async () => {
    const open = await openModal(alice, '');
    const view = open.args.view;
    expect(
      view.blocks.find((b: any) => b.block_id === 'name').element.initial_value,
    ).toBeUndefined();
    const before = (await cases(alice.token)).length;

    const empty = await (
      await submitCase(alice, view.private_metadata, { name: input('  ') })
    ).json();
    expect(empty.response_action).toBe('errors');
    expect(empty.errors.name).toBe('Enter a subject.');

    h.fake.addUser({ id: 'UGHOST', email: 'ghost@nowhere.test' });
    const ghost = await (
      await submitCase(alice, view.private_metadata, {
        name: input('Who takes it?'),
        assignedUserId: { value: { type: 'users_select', selected_user: 'UGHOST' } },
      })
    ).json();
    expect(ghost.response_action).toBe('errors');
    expect(ghost.errors.assignedUserId).toContain('not linked');
    expect(await cases(alice.token)).toHaveLength(before);

    // French member: the domain's sentence in French.
    const frOpen = await openModal(amelie, 'new');
    const fr = await (
      await submitCase(amelie, frOpen.args.view.private_metadata, { name: input('') })
    ).json();
    expect(fr.errors.name).toBe('Saisissez un objet.');
  });

  it('a member who may not create cases sees the refusal on the modal', async () => {
    const reader = await h.member({
      isAdmin: false,
      permissions: { Case: { create: 'no', read: 'all', edit: 'no', delete: 'no', stream: 'no' } },
    });
    const open = await openModal(reader, 'new Nope');
    const r = await (
      await submitCase(reader, open.args.view.private_metadata, { name: input('Nope') })
    ).json();
    expect(r.response_action).toBe('errors');
    expect(r.errors.name).toBe('You are not allowed to do that.');
    expect(await cases(alice.token, { q: 'Nope' })).toHaveLength(0);
  });
});

describe('/case list and show', () => {
  let older: any;
  let newer: any;
  let closed: any;
  beforeAll(async () => {
    older = await h.post(alice.token, '/api/cases', {
      name: 'Login page broken',
      assignedUserId: alice.id,
    });
    h.t.clock.advance(60_000);
    newer = await h.post(alice.token, '/api/cases', { name: 'Login mail missing' });
    h.t.clock.advance(60_000);
    closed = await h.post(alice.token, '/api/cases', {
      name: 'Old closed thing',
      status: 'Closed',
    });
    h.t.clock.advance(60_000);
    // A note on the older case makes it the latest activity.
    await h.post(alice.token, '/api/notes', {
      type: 'Post',
      parentType: 'Case',
      parentId: older.id,
      post: 'Customer called again',
    });
  });

  it('lists open cases by latest activity (default), mine, and all', async () => {
    const open = await h.command(alice.slackId, '/case', 'list');
    expect(open.args.text).toMatch(/^Open cases: /);
    const body = text(open);
    expect(body).not.toContain('Old closed thing');
    expect(body.indexOf('Login page broken')).toBeGreaterThan(-1);
    expect(body.indexOf('Login page broken')).toBeLessThan(body.indexOf('Login mail missing'));
    const actions = open.args.blocks.filter((b: any) => b.type === 'actions');
    expect(actions.some((b: any) => b.block_id === `case.actions:${newer.id}`)).toBe(true);

    const mine = await h.command(alice.slackId, '/case', 'list mine');
    expect(mine.args.text).toMatch(/^My open cases: 1$/);
    expect(text(mine)).toContain('Login page broken');
    expect(text(mine)).not.toContain('Login mail missing');

    const all = await h.command(alice.slackId, '/case', 'list all');
    expect(text(all)).toContain('Old closed thing');

    const idle = await h.member({ name: 'Idle' });
    const none = await h.command(idle.slackId, '/case', 'list mine');
    expect(text(none)).toContain('No cases here.');
  });

  it('shows a case by #number, bare number or words; several matches give a pick-list', async () => {
    const n = older.number as string;
    const byHash = await h.command(alice.slackId, '/case', `show ${n}`);
    expect(byHash.args.text).toBe(`${n} Login page broken`);
    const card = byHash.args.blocks.find((b: any) => b.block_id === `case.actions:${older.id}`);
    const ids = card.elements.map((e: any) => e.action_id);
    expect(ids).toEqual([ACTION.caseStatus, ACTION.caseClose, ACTION.openAdmin]); // already mine
    expect(card.elements[2].url).toBe(`${PUBLIC_URL}/admin/#/cases/${older.id}/show`);

    const bare = await h.command(alice.slackId, '/case', `show ${n.slice(1)}`);
    expect(bare.args.text).toBe(`${n} Login page broken`);

    const words = await h.command(alice.slackId, '/case', 'show closed thing');
    expect(words.args.text).toBe(`${closed.number} Old closed thing`);

    const several = await h.command(alice.slackId, '/case', 'show login');
    expect(several.args.text).toContain('Several records match');
    const picks = several.args.blocks.find((b: any) => b.type === 'actions').elements;
    expect(picks.map((p: any) => p.text.text).sort()).toEqual(
      [`${newer.number} Login mail missing`, `${n} Login page broken`].sort(),
    );
    const picked = await h.click(alice.slackId, picks[0].action_id, picks[0].value, 'pick');
    expect(text(picked)).toContain('Login');
    expect(picked.args.blocks.some((b: any) => /^case\.actions:/.test(b.block_id ?? ''))).toBe(
      true,
    );

    const nothing = await h.command(alice.slackId, '/case', 'show zebra');
    expect(nothing.args.text).toContain('No case matches “zebra”');
  });
});

describe('/kb', () => {
  let article: any;
  let withEmail: any;
  let noEmail: any;
  beforeAll(async () => {
    article = await h.post(alice.token, '/api/kb-articles', {
      name: 'Clearing a paper jam',
      body: '<p>Open tray 2.</p><p>Pull the <b>paper</b> out gently.</p>',
      status: 'Published',
    });
    await h.post(alice.token, '/api/kb-articles', {
      name: 'Paper jam (draft)',
      body: 'Not ready',
      status: 'Draft',
    });
    const contact = await h.post(alice.token, '/api/contacts', {
      firstName: 'Paul',
      lastName: 'Jammed',
      emailAddress: 'paul@jammed.test',
    });
    withEmail = await h.post(alice.token, '/api/cases', {
      name: 'Jam again',
      contactId: contact.id,
    });
    noEmail = await h.post(alice.token, '/api/cases', { name: 'Jam, no address' });
  });

  it('lists published articles only, with Open in admin', async () => {
    const r = await h.command(bob.slackId, '/kb', 'paper jam');
    expect(r.args.response_type).toBe('ephemeral');
    expect(text(r)).toContain('Clearing a paper jam');
    expect(text(r)).not.toContain('draft');
    const buttons = r.args.blocks
      .filter((b: any) => b.type === 'actions')
      .flatMap((b: any) => b.elements);
    expect(buttons.map((b: any) => b.action_id)).toEqual([ACTION.openAdmin]);
    expect(buttons[0].url).toBe(`${PUBLIC_URL}/admin/#/kb-articles/${article.id}/show`);

    const none = await h.command(bob.slackId, '/kb', 'volcano');
    expect(none.args.text).toBe('No published article matches “volcano”.');
  });

  /** The first article's "Send in reply to" button of a /kb answer. */
  const sendButton = (r: SlackCall) =>
    r.args.blocks
      .filter((b: any) => b.type === 'actions')
      .flatMap((b: any) => b.elements)
      .find((e: any) => e.action_id.startsWith('kb.send:'));

  /** Bob clicks it in the ephemeral answer; what the bot answered on the response_url. */
  async function clickSend(r: SlackCall) {
    const send = sendButton(r);
    const before = h.fake.calls.length;
    await h.slack.interaction({
      type: 'block_actions',
      user: { id: bob.slackId },
      response_url: h.fake.responseUrl(),
      channel: { id: 'C0SUPPORT' },
      container: { type: 'message', is_ephemeral: true },
      message: { blocks: r.args.blocks },
      actions: [{ type: 'button', action_id: send.action_id, block_id: 'x', value: send.value }],
    });
    return h.fake.waitFor('response_url', (c) => h.fake.calls.indexOf(c) >= before);
  }

  it('with #123 each article can be sent in the reply to that case', async () => {
    const r = await h.command(bob.slackId, '/kb', `paper jam ${withEmail.number}`);
    expect(text(r)).toContain(`for ${withEmail.number}`);
    expect(sendButton(r).text.text).toBe(`Send in reply to ${withEmail.number}`);

    const answer = await clickSend(r);
    expect(answer.args.replace_original).toBe(false);
    expect(answer.args.text).toBe(
      `Article sent in the reply to ${withEmail.number}, to paul@jammed.test.`,
    );
    const out = await h.t.database.db
      .select()
      .from(emails)
      .where(and(eq(emails.parentId, withEmail.id), eq(emails.direction, 'out')));
    expect(out).toHaveLength(1);
    expect(out[0]!.to).toEqual(['paul@jammed.test']);
    expect(out[0]!.subject).toContain(`[${withEmail.number}]`);
    expect(out[0]!.text).toContain('Pull the paper out gently.');

    // No customer address: the reason, and nothing queued.
    const r2 = await h.command(bob.slackId, '/kb', `paper ${noEmail.number}`);
    const refused = await clickSend(r2);
    expect(refused.args.text).toContain(`The article was not sent to ${noEmail.number}`);
    expect(refused.args.text).toContain('This case has no customer e-mail address.');
    const none = await h.t.database.db.select().from(emails).where(eq(emails.parentId, noEmail.id));
    expect(none).toHaveLength(0);
  });
});
