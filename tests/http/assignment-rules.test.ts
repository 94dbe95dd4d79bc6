import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emailAccounts } from '../../db/schema';
import { systemActor } from '../../server/domain/access/actor';
import { createCaseRow } from '../../server/domain/cases/create-case';
import { withActor } from '../../server/domain/context';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

/** Each test sets the rules it needs: only one rule per type can be active. */
afterEach(async () => {
  const rules = await t.call('GET', '/api/assignment-rules', { token: admin.token });
  for (const r of rules.body) {
    await t.call('DELETE', `/api/assignment-rules/${r.id}`, { token: admin.token });
  }
});

const rule = async (body: Record<string, unknown>) => {
  const r = await t.call('POST', '/api/assignment-rules', {
    token: admin.token,
    body: { name: `${body.method} ${body.entityType}`, ...body },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; lastAssignedUserId: string | null };
};
const newCase = async (body: Record<string, unknown> = {}) => {
  const r = await t.call('POST', '/api/cases', {
    token: admin.token,
    body: { name: 'Help', ...body },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; assignedUserId: string | null; status: string };
};
const newLead = async (body: Record<string, unknown> = {}) => {
  const r = await t.call('POST', '/api/leads', {
    token: admin.token,
    body: { lastName: 'Prospect', ...body },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; assignedUserId: string | null; status: string };
};
const deactivate = (userId: string) =>
  t.call('PUT', `/api/users/${userId}`, { token: admin.token, body: { isActive: false } });
const activate = (userId: string) =>
  t.call('PUT', `/api/users/${userId}`, { token: admin.token, body: { isActive: true } });

/** A team whose members are created in the order given (their names decide the turn order). */
async function teamOf(name: string, members: string[]) {
  const id = await t.team(name);
  const users: Record<string, string> = {};
  for (const m of members) users[m] = (await t.user({ name: m, teamIds: [id] })).id;
  return { id, users };
}

describe('assignment rules', () => {
  it('Direct: new leads go to the named user and become Assigned, unless told otherwise', async () => {
    const rita = await t.user({ name: 'Rita Direct' });
    const other = await t.user({ name: 'Oscar Other' });
    await rule({ entityType: 'Lead', method: 'Direct', assignToUserId: rita.id });

    const lead = await newLead();
    expect(lead).toMatchObject({ assignedUserId: rita.id, status: 'Assigned' });
    // The admin form sends its default status along: still Assigned.
    expect(await newLead({ status: 'New' })).toMatchObject({
      assignedUserId: rita.id,
      status: 'Assigned',
    });
    // An assignee given wins; "nobody picked" (null, as forms send it) still goes to the rule.
    expect((await newLead({ assignedUserId: other.id })).assignedUserId).toBe(other.id);
    expect((await newLead({ assignedUserId: null })).assignedUserId).toBe(rita.id);
    // Rita follows the lead she was given and the Create note names her.
    const notes = await t.call(
      'GET',
      `/api/notes?filter=${encodeURIComponent(JSON.stringify({ parentType: 'Lead', parentId: lead.id }))}`,
      { token: admin.token },
    );
    expect(notes.body[0]).toMatchObject({ type: 'Create', data: { assignedUserId: rita.id } });

    // Cases have no rule: they stay unassigned.
    expect(await newCase()).toMatchObject({ assignedUserId: null, status: 'New' });

    // An inactive Direct user gets nothing.
    await deactivate(rita.id);
    expect((await newLead()).assignedUserId).toBeNull();
    await activate(rita.id);
  });

  it('Round-Robin cycles through the active members by name and skips an inactive one', async () => {
    const { id: team, users: u } = await teamOf('Desk', ['Carol', 'Alice', 'Bea']);
    await deactivate(u.Bea!);
    const r = await rule({ entityType: 'Case', method: 'Round-Robin', teamId: team });
    const got: string[] = [];
    for (let i = 0; i < 4; i++) got.push((await newCase()).assignedUserId!);
    expect(got).toEqual([u.Alice, u.Carol, u.Alice, u.Carol]);
    const stored = await t.call('GET', `/api/assignment-rules/${r.id}`, { token: admin.token });
    expect(stored.body.lastAssignedUserId).toBe(u.Carol);

    // Bea is back: the turn goes on after Carol, wrapping to Alice, then Bea.
    await activate(u.Bea!);
    expect((await newCase()).assignedUserId).toBe(u.Alice);
    const bea = await newCase();
    expect(bea).toMatchObject({ assignedUserId: u.Bea, status: 'Assigned' });
  });

  it('Round-Robin never hands out the same turn twice to concurrent creations', async () => {
    const { id: team, users: u } = await teamOf('Rush', ['Rosa', 'Remi', 'Ruth']);
    await rule({ entityType: 'Case', method: 'Round-Robin', teamId: team });
    const made = await Promise.all(Array.from({ length: 9 }, () => newCase({ name: 'Rush' })));
    const per: Record<string, number> = {};
    for (const c of made) per[c.assignedUserId!] = (per[c.assignedUserId!] ?? 0) + 1;
    expect(per).toEqual({ [u.Rosa!]: 3, [u.Remi!]: 3, [u.Ruth!]: 3 });
  });

  it('Least-Busy picks the member with the fewest open cases, ties by name', async () => {
    const { id: team, users: u } = await teamOf('Busy', ['Zoe', 'Yann', 'Xavier']);
    for (let i = 0; i < 2; i++) await newCase({ assignedUserId: u.Xavier });
    await newCase({ assignedUserId: u.Yann });
    // Closed, rejected and duplicate cases do not make anyone busy.
    for (const status of ['Closed', 'Rejected', 'Duplicate']) {
      await newCase({ assignedUserId: u.Yann, status });
    }
    await newCase({ assignedUserId: u.Zoe });
    await rule({ entityType: 'Case', method: 'Least-Busy', teamId: team });
    // Yann and Zoe have one open case each: Yann comes first by name.
    expect((await newCase()).assignedUserId).toBe(u.Yann);
    expect((await newCase()).assignedUserId).toBe(u.Zoe);
    // Two each now: Xavier by name.
    expect((await newCase()).assignedUserId).toBe(u.Xavier);
    // An inactive member never gets work, however idle.
    const idle = await t.user({ name: 'Aaron Idle', teamIds: [team] });
    await deactivate(idle.id);
    expect((await newCase()).assignedUserId).toBe(u.Yann);
  });

  it('applies to leads from REST and from public lead capture', async () => {
    const { id: team, users: u } = await teamOf('Sales', ['Sam', 'Sue']);
    await rule({ entityType: 'Lead', method: 'Round-Robin', teamId: team });
    const key = await t.call('POST', '/api/lead-capture-keys', {
      token: admin.token,
      body: { name: 'Form', fields: ['lastName', 'emailAddress'] },
    });
    const captured = await t.call('POST', `/api/lead-capture/${key.body.apiKey}`, {
      body: { lastName: 'Webby', emailAddress: 'webby@example.com' },
    });
    expect(captured.status).toBe(201);
    const lead = await t.call('GET', `/api/leads/${captured.body.id}`, { token: admin.token });
    expect(lead.body).toMatchObject({ assignedUserId: u.Sam, status: 'Assigned' });
    expect((await newLead()).assignedUserId).toBe(u.Sue);
    // Least-Busy counts open leads for a Lead rule.
    await t.call('PUT', `/api/leads/${captured.body.id}`, {
      token: admin.token,
      body: { status: 'Dead' },
    });
    const rules = await t.call('GET', '/api/assignment-rules', { token: admin.token });
    await t.call('PUT', `/api/assignment-rules/${rules.body[0].id}`, {
      token: admin.token,
      body: { method: 'Least-Busy' },
    });
    expect((await newLead()).assignedUserId).toBe(u.Sam);
  });

  it("a mailbox's distribution beats the type's rule for e-mail-to-case", async () => {
    const rita = await t.user({ name: 'Rita Rule' });
    const mo = await t.user({ name: 'Mo Mailbox' });
    const { id: team, users: u } = await teamOf('Inbox', ['Ivy', 'Ian']);
    await rule({ entityType: 'Case', method: 'Direct', assignToUserId: rita.id });
    const mailbox = async (body: Record<string, unknown>) => {
      const r = await t.call('POST', '/api/email-accounts', { token: admin.token, body });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body as { id: string };
    };
    const direct = await mailbox({
      name: 'Support',
      emailAddress: 'support@example.com',
      caseDistribution: 'Direct',
      assignToUserId: mo.id,
    });
    const plain = await mailbox({ name: 'Info', emailAddress: 'info@example.com' });
    const turns = await mailbox({
      name: 'Help',
      emailAddress: 'help@example.com',
      caseDistribution: 'Round-Robin',
      teamId: team,
    });
    // E-mail-to-case creates the case as the system, naming the mailbox it came from.
    const sys = withActor(t.services, systemActor);
    const fromMail = (id: string) =>
      createCaseRow(sys, { name: 'By mail' }, { inboundEmailAccountId: id });

    expect(await fromMail(direct.id)).toMatchObject({ assignedUserId: mo.id, status: 'Assigned' });
    // A mailbox without a distribution leaves it to the rule.
    expect((await fromMail(plain.id)).assignedUserId).toBe(rita.id);
    // Round-Robin per mailbox, its turn kept on the mailbox, not on the rule.
    expect((await fromMail(turns.id)).assignedUserId).toBe(u.Ian);
    expect((await fromMail(turns.id)).assignedUserId).toBe(u.Ivy);
    const [box] = await t.database.db
      .select({ last: emailAccounts.lastAssignedUserId })
      .from(emailAccounts)
      .where(eq(emailAccounts.id, turns.id));
    expect(box?.last).toBe(u.Ivy);
    // Cases typed in by people still follow the rule.
    expect((await newCase()).assignedUserId).toBe(rita.id);
  });

  it('an empty team assigns nobody', async () => {
    const empty = await t.team('Nobody here');
    await rule({ entityType: 'Case', method: 'Round-Robin', teamId: empty });
    expect(await newCase()).toMatchObject({ assignedUserId: null, status: 'New' });
  });

  it('allows one active rule per type (409) and checks each method has its target (400)', async () => {
    const rita = await t.user({ name: 'Rita Check' });
    const team = await t.team('Checkers');
    const first = await rule({
      name: 'Leads to Rita',
      entityType: 'Lead',
      method: 'Direct',
      assignToUserId: rita.id,
    });
    const second = await t.call('POST', '/api/assignment-rules', {
      token: admin.token,
      body: { name: 'Leads by turns', entityType: 'Lead', method: 'Round-Robin', teamId: team },
    });
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/Leads to Rita/);
    // Inactive, it may exist; activating it is refused while the other is active.
    const spare = await rule({
      name: 'Spare',
      entityType: 'Lead',
      method: 'Round-Robin',
      teamId: team,
      isActive: false,
    });
    const on = await t.call('PUT', `/api/assignment-rules/${spare.id}`, {
      token: admin.token,
      body: { isActive: true },
    });
    expect(on.status).toBe(409);
    // Another type is independent.
    await rule({ entityType: 'Case', method: 'Round-Robin', teamId: team });
    // Once the first is off, the spare can be activated; the turn is not writable.
    await t.call('PUT', `/api/assignment-rules/${first.id}`, {
      token: admin.token,
      body: { isActive: false },
    });
    const swapped = await t.call('PUT', `/api/assignment-rules/${spare.id}`, {
      token: admin.token,
      body: { isActive: true, lastAssignedUserId: rita.id },
    });
    expect(swapped.status).toBe(200);
    expect(swapped.body).toMatchObject({ isActive: true, lastAssignedUserId: null });

    const bad = async (body: Record<string, unknown>) => {
      const r = await t.call('POST', '/api/assignment-rules', {
        token: admin.token,
        body: { name: 'Bad', entityType: 'Case', isActive: false, ...body },
      });
      expect(r.status).toBe(400);
      return r.body.errors as Record<string, string>;
    };
    expect((await bad({ method: 'Direct' })).assignToUserId).toMatch(/user/);
    expect((await bad({ method: 'Round-Robin' })).teamId).toMatch(/team/);
    expect((await bad({ method: 'Least-Busy', teamId: rita.id })).teamId).toMatch(/No such team/);
    expect(
      Object.keys(await bad({ method: 'Lottery', entityType: 'Deal', name: '' })).sort(),
    ).toEqual(['entityType', 'method', 'name']);
    const gone = await t.user({ name: 'Gone Away' });
    await deactivate(gone.id);
    expect((await bad({ method: 'Direct', assignToUserId: gone.id })).assignToUserId).toMatch(
      /active user/,
    );

    const list = await t.call(
      'GET',
      `/api/assignment-rules?filter=${encodeURIComponent(JSON.stringify({ entityType: 'Lead' }))}&sort=${encodeURIComponent('["name","ASC"]')}`,
      { token: admin.token },
    );
    expect(list.body.map((r: { name: string }) => r.name)).toEqual(['Leads to Rita', 'Spare']);
    expect(list.headers.get('Content-Range')).toBe('assignment-rules 0-1/2');
    const unknown = await t.call(
      'GET',
      `/api/assignment-rules?filter=${encodeURIComponent(JSON.stringify({ colour: 'red' }))}`,
      { token: admin.token },
    );
    expect(unknown.status).toBe(400);

    const rep = await t.user({ permissions: { Lead: { create: 'yes', read: 'all' } } });
    expect((await t.call('GET', '/api/assignment-rules', { token: rep.token })).status).toBe(403);
    expect(
      (
        await t.call('POST', '/api/assignment-rules', {
          token: rep.token,
          body: { name: 'Mine', entityType: 'Lead', method: 'Direct', assignToUserId: rep.id },
        })
      ).status,
    ).toBe(403);
  });
});
