import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CONVERT_BLOCK as B, CALLBACK } from '../../bot/views/ids';
import { type Harness, startHarness, textOf } from './commands-harness';

let h: Harness;
let alice: { slackId: string; id: string; token: string };
let amelie: { slackId: string; id: string; token: string };

beforeAll(async () => {
  h = await startHarness();
  alice = await h.member({ locale: 'en-US', name: 'Alice' });
  amelie = await h.member({ locale: 'fr-FR', name: 'Amélie' });
});
afterAll(() => h.close());

const leads = async (token: string, filter: Record<string, unknown> = {}) =>
  (
    await h.t.call('GET', `/api/leads?filter=${encodeURIComponent(JSON.stringify(filter))}`, {
      token,
    })
  ).body;

const viewValues = (fields: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(fields).map(([block, v]) => [block, { value: v }]));

describe('/lead', () => {
  it('quick-creates a lead from one line and shows its card', async () => {
    const r = await h.command(
      alice.slackId,
      '/lead',
      'new Jane Doe jane@acme.com +33 6 12 34 56 78 at Acme Inc',
    );
    expect(r.args.response_type).toBe('ephemeral');
    const [lead] = await leads(alice.token, { emailAddress: 'jane@acme.com' });
    expect(lead).toMatchObject({
      firstName: 'Jane',
      lastName: 'Doe',
      phoneNumber: '+33 6 12 34 56 78',
      accountName: 'Acme Inc',
    });
    expect(textOf(r.args)).toContain(`Lead ${lead.number} created.`);
    expect(textOf(r.args)).toContain(ACTION.leadConvert);
  });

  it('opens the modal prefilled when part of the line cannot be read', async () => {
    h.fake.reset();
    const res = await h.slack.command({
      command: '/lead',
      text: 'new Jane Roe #7 at Acme',
      user_id: alice.slackId,
      response_url: h.fake.responseUrl(),
    });
    expect(res.status).toBe(200);
    const open = await h.fake.waitFor('views.open');
    expect(open.args.view.callback_id).toBe(CALLBACK.newLead);
    const first = open.args.view.blocks.find((b: any) => b.block_id === 'firstName');
    expect(first.element.initial_value).toBe('Jane');
    expect(textOf(open.args)).toContain('#7');
  });

  it('opens the empty modal for a bare /lead, and creating through it returns field errors first', async () => {
    h.fake.reset();
    await h.slack.command({
      command: '/lead',
      text: '',
      user_id: amelie.slackId,
      response_url: h.fake.responseUrl(),
    });
    const open = await h.fake.waitFor('views.open');
    expect(open.args.view.title.text).toBe('Nouvelle piste');

    const submit = (values: Record<string, Record<string, unknown>>) =>
      h.slack.interaction({
        type: 'view_submission',
        user: { id: amelie.slackId },
        view: {
          id: 'V1',
          callback_id: CALLBACK.newLead,
          private_metadata: open.args.view.private_metadata,
          state: { values },
        },
      });
    const empty = await submit(
      viewValues({ firstName: { type: 'plain_text_input', value: null } }),
    );
    const body = await empty.json();
    expect(body.response_action).toBe('errors');
    expect(body.errors.lastName).toContain('Saisissez un nom');

    const bad = await submit(
      viewValues({
        lastName: { type: 'plain_text_input', value: 'Durand' },
        emailAddress: { type: 'plain_text_input', value: 'not-an-email' },
      }),
    );
    expect((await bad.json()).errors.emailAddress).toBe('Adresse e-mail non valide.');

    const ok = await submit(
      viewValues({
        firstName: { type: 'plain_text_input', value: 'Jeanne' },
        lastName: { type: 'plain_text_input', value: 'Durand' },
      }),
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('');
    const confirm = await h.fake.waitFor('response_url', (c) => textOf(c.args).includes('créée'));
    expect(textOf(confirm.args)).toContain('Jeanne Durand');
    expect(await leads(amelie.token, { lastName: 'Durand' })).toHaveLength(1);
  });

  it('lists, shows by number or name fragment, with a pick-list when several match', async () => {
    await h.t.call('POST', '/api/leads', {
      token: alice.token,
      body: { firstName: 'Zoe', lastName: 'Pickme', status: 'New' },
    });
    await h.t.call('POST', '/api/leads', {
      token: alice.token,
      body: { firstName: 'Zack', lastName: 'Pickme' },
    });
    const list = await h.command(alice.slackId, '/lead', 'list new');
    expect(textOf(list.args)).toContain('Zoe Pickme');

    const [zoe] = await leads(alice.token, { firstName: 'Zoe' });
    const show = await h.command(alice.slackId, '/lead', `show ${zoe.number}`);
    expect(textOf(show.args)).toContain(`${zoe.number} Zoe Pickme`);

    const pick = await h.command(alice.slackId, '/lead', 'show pickme');
    const buttons = pick.args.blocks.find((b: any) => b.type === 'actions').elements;
    expect(buttons).toHaveLength(2);
    expect(buttons[0].action_id).toMatch(/^lead\.pick:/);

    const none = await h.command(alice.slackId, '/lead', 'show nobody-like-this');
    expect(none.args.text).toContain('No lead matches');
  });

  it('answers bad arguments with usage help, in French too', async () => {
    const en = await h.command(alice.slackId, '/lead', 'list everything');
    expect(en.args.text).toContain("I don't know `everything`");
    expect(en.args.text).toContain('/lead list [mine|new|all]');
    const fr = await h.command(amelie.slackId, '/lead', 'frobnicate');
    expect(fr.args.text).toContain('Je ne connais pas `frobnicate`');
  });

  it('Assign to me assigns the lead and replaces the card', async () => {
    const other = await h.member({ name: 'Other' });
    const created = await h.t.call('POST', '/api/leads', {
      token: other.token,
      body: { lastName: 'Assignee' },
    });
    const responseUrl = h.fake.responseUrl();
    const res = await h.slack.interaction({
      type: 'block_actions',
      user: { id: alice.slackId },
      response_url: responseUrl,
      container: { type: 'message', is_ephemeral: true },
      message: { blocks: [{ type: 'actions', block_id: `lead.actions:${created.body.id}` }] },
      actions: [
        {
          type: 'button',
          action_id: ACTION.leadAssignMe,
          value: created.body.id,
          block_id: `lead.actions:${created.body.id}`,
        },
      ],
    });
    expect(res.status).toBe(200);
    const reply = await h.fake.waitFor('response_url', (c) =>
      textOf(c.args).includes('assigned to you'),
    );
    expect(reply.args.replace_original).toBe(true);
    const lead = (await h.t.call('GET', `/api/leads/${created.body.id}`, { token: alice.token }))
      .body;
    expect(lead).toMatchObject({ assignedUserId: alice.id, status: 'Assigned' });
  });

  it('an unlinked Slack member is told how to get linked and nothing changes', async () => {
    h.fake.addUser({ id: 'UNOBODY', email: 'nobody@nowhere.test', locale: 'fr-FR' });
    const before = (await leads(alice.token)).length;
    const r = await h.command('UNOBODY', '/lead', 'new Ghost Writer');
    expect(r.args.text).toContain('UNOBODY');
    expect(r.args.text).toContain('pas encore lié');
    expect((await leads(alice.token)).length).toBe(before);
  });
});

describe('/lead convert', () => {
  it('opens the prefilled modal, shows duplicates before creating, then links the existing account', async () => {
    const acc = await h.t.call('POST', '/api/accounts', {
      token: alice.token,
      body: { name: 'Globex' },
    });
    const made = await h.t.call('POST', '/api/leads', {
      token: alice.token,
      body: {
        firstName: 'Hank',
        lastName: 'Scorpio',
        accountName: 'Globex',
        opportunityAmount: '5000',
      },
    });
    h.fake.reset();
    const responseUrl = h.fake.responseUrl();
    await h.slack.command({
      command: '/lead',
      text: `convert ${made.body.number}`,
      user_id: alice.slackId,
      response_url: responseUrl,
    });
    const open = await h.fake.waitFor('views.open');
    const view = open.args.view;
    expect(view.callback_id).toBe(CALLBACK.convertLead);
    const block = (id: string) => view.blocks.find((b: any) => b.block_id === id);
    expect(block(B.accountName).element.initial_value).toBe('Globex');
    expect(block(B.opportunityAmount).element.initial_value).toBe('5000.00');

    // Search-as-you-type finds the existing account.
    const options = await h.slack.interaction({
      type: 'block_suggestion',
      user: { id: alice.slackId },
      action_id: ACTION.accountSearch,
      block_id: B.existingAccount,
      value: 'glob',
      view: {
        id: 'V2',
        callback_id: CALLBACK.convertLead,
        private_metadata: view.private_metadata,
      },
    });
    expect((await options.json()).options).toEqual([
      { text: expect.objectContaining({ text: 'Globex' }), value: acc.body.id },
    ]);

    const values = (extra: Record<string, unknown> = {}) => ({
      [B.targets]: {
        value: {
          type: 'checkboxes',
          selected_options: [{ value: 'account' }, { value: 'contact' }, { value: 'opportunity' }],
        },
      },
      [B.accountName]: { value: { type: 'plain_text_input', value: 'Globex' } },
      [B.contactFirstName]: { value: { type: 'plain_text_input', value: 'Hank' } },
      [B.contactLastName]: { value: { type: 'plain_text_input', value: 'Scorpio' } },
      [B.opportunityName]: { value: { type: 'plain_text_input', value: 'Globex' } },
      [B.opportunityAmount]: { value: { type: 'plain_text_input', value: '5 000,00' } },
      [B.opportunityCloseDate]: { value: { type: 'datepicker', selected_date: '2026-12-31' } },
      ...extra,
    });
    const submit = (state: Record<string, unknown>, meta: string) =>
      h.slack.interaction({
        type: 'view_submission',
        user: { id: alice.slackId },
        view: {
          id: 'V2',
          callback_id: CALLBACK.convertLead,
          private_metadata: meta,
          state: { values: state },
        },
      });

    const first = await (await submit(values(), view.private_metadata)).json();
    expect(first.response_action).toBe('update');
    const dup = first.view.blocks.find((b: any) => b.block_id === B.duplicateAccount);
    expect(dup.element.options[0]).toMatchObject({ value: `link:${acc.body.id}` });
    const accountsBefore = (await h.t.call('GET', '/api/accounts', { token: alice.token })).body
      .length;

    const second = await submit(
      values({
        [B.duplicateAccount]: {
          value: { type: 'radio_buttons', selected_option: { value: `link:${acc.body.id}` } },
        },
      }),
      first.view.private_metadata,
    );
    expect(second.status).toBe(200);
    expect(await second.text()).toBe('');
    const lead = (await h.t.call('GET', `/api/leads/${made.body.id}`, { token: alice.token })).body;
    expect(lead).toMatchObject({ status: 'Converted', createdAccountId: acc.body.id });
    expect((await h.t.call('GET', '/api/accounts', { token: alice.token })).body.length).toBe(
      accountsBefore,
    );
    const deal = (
      await h.t.call('GET', `/api/opportunities/${lead.createdOpportunityId}`, {
        token: alice.token,
      })
    ).body;
    expect(deal).toMatchObject({
      amount: '5000.00',
      closeDate: '2026-12-31',
      accountId: acc.body.id,
    });
    const confirm = await h.fake.waitFor('response_url', (c) =>
      textOf(c.args).includes('converted'),
    );
    expect(textOf(confirm.args)).toContain(deal.number);

    const again = await h.command(alice.slackId, '/lead', `convert ${made.body.number}`);
    expect(again.args.text).toContain('already converted');
  });

  it('puts field errors on the modal fields', async () => {
    const made = await h.t.call('POST', '/api/leads', {
      token: alice.token,
      body: { lastName: 'Nodate', accountName: 'Initech' },
    });
    const res = await h.slack.interaction({
      type: 'view_submission',
      user: { id: alice.slackId },
      view: {
        id: 'V3',
        callback_id: CALLBACK.convertLead,
        private_metadata: JSON.stringify({ leadId: made.body.id }),
        state: {
          values: {
            [B.targets]: {
              value: { type: 'checkboxes', selected_options: [{ value: 'opportunity' }] },
            },
            [B.opportunityAmount]: { value: { type: 'plain_text_input', value: '100' } },
            [B.opportunityCloseDate]: { value: { type: 'datepicker', selected_date: null } },
          },
        },
      },
    });
    const body = await res.json();
    expect(body.response_action).toBe('errors');
    expect(body.errors[B.opportunityCloseDate]).toContain('YYYY-MM-DD');
  });
});
