import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails } from '../../db/schema';
import { systemActor } from '../../server/domain/access/actor';
import { withActor } from '../../server/domain/context';
import { ingestEmail } from '../../server/domain/inbox/ingest-email';
import { createTestApp, type TestApp } from '../support/app';
import { collapse, corpus, corpusFile } from './corpus';
import { addMailbox, inboundWebhook } from './inbound-helpers';

const automatic = (e: (typeof corpus)[number]) => e.expect.automatic;

describe('the real-world corpus through the webhook', () => {
  let t: TestApp;
  let admin: { token: string };
  let post: ReturnType<typeof inboundWebhook>;
  const results = new Map<string, { status: number; body: any }>();

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.user({ isAdmin: true });
    post = inboundWebhook(t);
    for (const e of corpus) results.set(e.file, await post(corpusFile(e.file)));
  }, 120_000);
  afterAll(() => t.close());

  it.each(corpus.map((e) => [e.file, e] as const))('%s', async (_f, e) => {
    const r = results.get(e.file)!;
    // Stored, whatever it is: no message crashes the pipeline or gets lost.
    expect(r.status).toBe(202);
    const got = await t.call('GET', `/api/emails/${r.body.id}`, { token: admin.token });
    expect(got.status).toBe(200);
    expect(got.body.direction).toBe('in');
    expect(got.body.status).toBe(r.body.status);
    expect(got.body.from).toBe(e.expect.fromAddress);
    expect(collapse(got.body.subject)).toBe(collapse(e.expect.subject));

    if (automatic(e)) {
      expect(r.body.status).toBe('Ignored');
      expect(r.body.caseId).toBeNull();
      expect(got.body.error).toMatch(/Automatic mail|Bounce/);
    } else if (e.kind === 'malformed') {
      expect(['Imported', 'Quarantined']).toContain(r.body.status);
      if (r.body.status === 'Quarantined') expect(got.body.error).toBeTruthy();
      else expect(r.body.caseId).toBeTruthy();
    } else {
      expect(r.body.status).toBe('Imported');
      const c = await t.call('GET', `/api/cases/${r.body.caseId}`, { token: admin.token });
      expect(c.status).toBe(200);
      expect(c.body.name).toBe(collapse(e.expect.subject) ?? '(no subject)');
    }
  });

  it('keeps the message without a sender for an admin to look at', () => {
    const r = results.get('38-no-from-no-subject-mime-fragment.eml')!;
    expect(r.body).toMatchObject({ status: 'Quarantined', caseId: null });
  });

  it('opens no case for automatic mail and one case per person who wrote', async () => {
    const cases = await t.call('GET', '/api/cases?range=[0,99]', { token: admin.token });
    const imported = [...results.values()].filter((r) => r.body.status === 'Imported');
    expect(cases.body).toHaveLength(new Set(imported.map((r) => r.body.caseId)).size);
    const ignored = [...results.values()].filter((r) => r.body.status === 'Ignored');
    expect(ignored).toHaveLength(corpus.filter(automatic).length);
  });

  it('stores each file once, even when the provider posts it again', async () => {
    const again = await post(corpusFile('01-apple-mail-iso-8859-1-alternative.eml'));
    expect(again.body).toMatchObject({
      id: results.get('01-apple-mail-iso-8859-1-alternative.eml')!.body.id,
      duplicate: true,
    });
    const list = await t.call('GET', '/api/emails?range=[0,199]', { token: admin.token });
    expect(list.body).toHaveLength(corpus.length);
  });
});

describe('the corpus through a mailbox that acknowledges new cases', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    inboundWebhook(t); // sets the mail identity
  });
  afterAll(() => t.close());

  it('acknowledges cases opened by people, never automatic mail', async () => {
    const box = await addMailbox(t, {
      emailAddress: 'help@acme.test',
      autoReply: true,
      createCase: true,
    });
    const ctx = withActor(t.services, systemActor);
    for (const e of corpus) {
      const r = await ingestEmail(ctx, {
        raw: corpusFile(e.file),
        source: 'imap',
        emailAccountId: box.id,
      });
      const acks = r.caseId
        ? await t.database.db
            .select({ headers: emails.headers, to: emails.to })
            .from(emails)
            .where(and(eq(emails.direction, 'out'), eq(emails.parentId, r.caseId)))
        : [];
      if (automatic(e)) {
        expect(r.status, e.file).toBe('Ignored');
        expect(acks, e.file).toHaveLength(0);
      } else if (r.status === 'Imported') {
        expect(acks, e.file).toHaveLength(1);
        expect(acks[0]!.headers['Auto-Submitted'], e.file).toBe('auto-replied');
        expect(acks[0]!.to, e.file).toEqual([e.expect.fromAddress!.toLowerCase()]);
      }
    }
    const out = await t.database.db.select().from(emails).where(eq(emails.direction, 'out'));
    const opened = await t.database.db
      .select()
      .from(emails)
      .where(and(eq(emails.direction, 'in'), eq(emails.status, 'Imported')));
    expect(out).toHaveLength(opened.length);
  });
});
