import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose, inboundWebhook } from '../mail/inbound-helpers';
import type { TestApp } from '../support/app';
import {
  type AdminSession,
  adminToken,
  screenshot,
  signIn,
  startAdminSession,
} from '../support/browser';

let session: AdminSession;
let t: TestApp;
let page: Page;
let url: string;
let token: string;
let caseId: string;

/** A message nobody can answer (no From): the pipeline keeps it in quarantine. Its HTML tries to script the panel. */
const NO_SENDER = [
  'To: support@acme.test',
  'Subject: Printer on fire',
  'Message-ID: <no-sender.1@customer.test>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'The printer in room 4 is on fire.',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>The printer in <b>room 4</b> is on fire.</p>',
  '<script>parent.document.title = "pwned"; document.title = "pwned";</script>',
  '--b1--',
  '',
].join('\r\n');

beforeAll(async () => {
  session = await startAdminSession({ width: 1500, height: 1000 });
  ({ t, page, url } = session);
  token = await adminToken(t);
  const contact = await t.call('POST', '/api/contacts', {
    token,
    body: { firstName: 'Chloé', lastName: 'Martin', emailAddress: 'chloe@client.test' },
  });
  expect(contact.status).toBe(201);
}, 60_000);

afterAll(() => session?.close());

const stream = () => page.getByTestId('stream');

describe('the support desk in Chromium', () => {
  it('logs in', async () => {
    await signIn(page, url);
    await page.getByTestId('open-cases').waitFor({ timeout: 80_000 });
  }, 90_000);

  it('creates a case for a contact picked by name', async () => {
    await page.goto(`${url}/admin/#/cases/create`);
    await page.getByLabel('Subject').fill('Printer jams on every page');
    await page.getByLabel('Contact').fill('Mart');
    await page.getByRole('option', { name: 'Chloé Martin' }).click();
    await page.getByLabel('Priority').click();
    await page.getByRole('option', { name: 'High' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/cases\/[0-9a-f-]+\/show$/);
    caseId = page.url().match(/\/cases\/([0-9a-f-]+)\/show$/)![1]!;
    await expect.poll(() => page.getByText(/^#\d+$/).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('case-status').first().getAttribute('data-status')).toBe('New');

    const saved = await t.call('GET', `/api/cases/${caseId}`, { token });
    expect(saved.body).toMatchObject({ name: 'Printer jams on every page', priority: 'High' });
    expect(saved.body.contactId).toBeTruthy();
    await screenshot(page, 'support-01-case-show');
  });

  it('adds an internal note, shown marked Internal', async () => {
    await page.getByLabel('Reply or internal note').fill('Firmware 2.1 is known to jam.');
    await page.getByTestId('reply-internal').click();
    const note = stream().locator('[data-testid="stream-note"][data-internal="true"]');
    await note.first().waitFor();
    expect(await note.first().textContent()).toContain('Firmware 2.1 is known to jam.');
    expect(await note.first().getByTestId('internal-chip').textContent()).toMatch(/Internal/);
    // the box is empty again, ready for the next message
    expect(await page.getByLabel('Reply or internal note').inputValue()).toBe('');

    const notes = await t.call(
      'GET',
      `/api/notes?filter=${encodeURIComponent(JSON.stringify({ parentType: 'Case', parentId: caseId }))}`,
      { token },
    );
    const internal = notes.body.find((n: { post: string }) => n.post?.includes('Firmware 2.1'));
    expect(internal).toMatchObject({ type: 'Post', isInternal: true });
  });

  it('sends a reply: a mail bubble to the customer, and an outbound e-mail', async () => {
    await page.getByLabel('Reply or internal note').fill('Please update the firmware to 2.2.');
    await page.getByTestId('reply-send').click();
    const bubble = stream().getByTestId('mail-sent');
    await bubble.first().waitFor();
    const text = await bubble.first().textContent();
    expect(text).toContain('chloe@client.test');
    expect(text).toContain('Please update the firmware to 2.2.');
    // a reply is not internal
    const sentNote = stream().locator('[data-note-type="EmailSent"]').first();
    expect(await sentNote.getAttribute('data-internal')).toBeNull();
    await screenshot(page, 'support-02-case-stream');

    const filter = { parentType: 'Case', parentId: caseId, direction: 'out' };
    const emails = await t.call(
      'GET',
      `/api/emails?filter=${encodeURIComponent(JSON.stringify(filter))}`,
      { token },
    );
    expect(emails.status).toBe(200);
    expect(emails.body).toHaveLength(1);
    expect(emails.body[0].to).toEqual(['chloe@client.test']);
    expect(emails.body[0].subject).toMatch(/^Re: \[#\d+\] Printer jams on every page$/);
    expect(['Queued', 'Sent', 'Kept']).toContain(emails.body[0].status);
  });

  it('links a published knowledge-base article to the case', async () => {
    const article = await t.call('POST', '/api/kb-articles', {
      token,
      body: { name: 'Clearing a paper jam', body: 'Open the tray.', status: 'Published' },
    });
    expect(article.status).toBe(201);
    await page.reload();
    await page.getByLabel('Link a published article').fill('paper jam');
    await page.getByRole('option', { name: 'Clearing a paper jam' }).click();
    await expect
      .poll(() => page.getByTestId('case-article').first().textContent())
      .toContain('Clearing a paper jam');
    const filter = encodeURIComponent(JSON.stringify({ caseId }));
    const linked = await t.call('GET', `/api/kb-articles?filter=${filter}`, { token });
    expect(linked.body.map((a: { id: string }) => a.id)).toEqual([article.body.id]);
  });

  it('says so when a case has nobody to write to', async () => {
    const orphan = await t.call('POST', '/api/cases', { token, body: { name: 'Who called?' } });
    await page.goto(`${url}/admin/#/cases/${orphan.body.id}/show`);
    await page.getByLabel('Reply or internal note').fill('Hello?');
    await page.getByTestId('reply-send').click();
    await expect
      .poll(() => page.getByTestId('reply-error').textContent())
      .toContain('This case has no customer e-mail address.');
    // nothing was written: the text stays for the agent to keep
    expect(await page.getByLabel('Reply or internal note').inputValue()).toBe('Hello?');
    expect(await stream().getByTestId('mail-sent').count()).toBe(0);
    await page.goto(`${url}/admin/#/cases/${caseId}/show`);
    await page.getByTestId('case-close').waitFor();
  });

  it('lists the open case by last activity; "Assigned to me" leaves out what is not mine', async () => {
    await page.goto(`${url}/admin/#/cases`);
    const row = page.locator('tr', { hasText: 'Printer jams on every page' });
    await row.waitFor();
    expect(await row.getByTestId('case-status').getAttribute('data-status')).toBe('New');
    expect(await row.textContent()).toContain('Chloé Martin');
    await page.getByLabel('Assigned to me').check();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Assigned to me').uncheck();
    await row.waitFor();

    // this case and the one with nobody to write to
    await page.goto(`${url}/admin/#/`);
    await expect
      .poll(() => page.getByTestId('open-cases-New').getAttribute('data-count'))
      .toBe('2');
    expect(await page.getByTestId('open-cases-mine').getAttribute('data-count')).toBe('0');
    await page.goto(`${url}/admin/#/cases/${caseId}/show`);
    await page.getByTestId('case-close').waitFor();
  });

  it('closes the case with one click', async () => {
    await page.getByTestId('case-close').click();
    await expect
      .poll(() => page.getByTestId('case-status').first().getAttribute('data-status'))
      .toBe('Closed');
    expect((await t.call('GET', `/api/cases/${caseId}`, { token })).body.status).toBe('Closed');
  });

  it("shows the customer's answer as a mail bubble with its attachment, and the case reopened", async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ parentType: 'Case', parentId: caseId, direction: 'out' }),
    );
    const [ours] = (await t.call('GET', `/api/emails?filter=${filter}`, { token })).body;
    const answer = await compose({
      from: 'Chloé Martin <chloe@client.test>',
      to: 'support@acme.test',
      subject: ours.subject,
      inReplyTo: ours.messageId,
      references: [ours.messageId],
      text: 'Updated, still jamming. Log attached.',
      attachments: [{ filename: 'printer.log', content: 'E42 paper path blocked\n' }],
    });
    const stored = await inboundWebhook(t)(answer);
    expect(stored.body).toMatchObject({ status: 'Imported', caseId });

    await page.reload();
    const bubble = stream().getByTestId('mail-received');
    await bubble.first().waitFor();
    expect(await bubble.first().textContent()).toContain('Chloé Martin <chloe@client.test>');
    expect(await bubble.first().textContent()).toContain('Updated, still jamming.');
    await stream().getByTestId('reopen-note').first().waitFor();
    await expect
      .poll(() => page.getByTestId('case-status').first().getAttribute('data-status'))
      .toBe('New');

    // the attachment downloads with the session's token, as a file
    const attachment = bubble.first().getByTestId('email-attachment');
    expect(await attachment.textContent()).toContain('printer.log');
    const [download] = await Promise.all([page.waitForEvent('download'), attachment.click()]);
    expect(download.suggestedFilename()).toBe('printer.log');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe('E42 paper path blocked\n');
    await screenshot(page, 'support-03-customer-answer');
  });

  it('lists a quarantined e-mail, shows it safely and replays it', async () => {
    const post = inboundWebhook(t);
    const stored = await post(NO_SENDER);
    expect(stored.body).toMatchObject({ status: 'Quarantined' });

    await page.getByRole('menuitem', { name: 'Quarantine' }).click();
    const list = page.getByTestId('quarantine-list');
    await list.waitFor();
    const row = list.locator('tr', { hasText: 'Printer on fire' });
    await row.waitFor();
    expect(await row.textContent()).toContain('No sender address');
    await screenshot(page, 'support-04-quarantine');

    await row.getByTestId('replay-email').click();
    // Replayed, but the cause (no sender) is still there: the admin is told so.
    await expect
      .poll(() => page.getByText('Replayed: the message is now Quarantined').count())
      .toBeGreaterThan(0);

    await row.getByText('Printer on fire').click();
    await expect.poll(() => page.url()).toMatch(/\/emails\/[0-9a-f-]+\/show$/);
    await page.getByTestId('email-error').waitFor();
    expect(await page.getByTestId('email-text').textContent()).toContain('room 4 is on fire');
    const frame = page.getByTestId('email-html');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('srcdoc')).toContain('<b>room 4</b>');
    // the message's HTML is never part of the page, and its script never ran
    expect(await page.locator('b', { hasText: 'room 4' }).count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await screenshot(page, 'support-05-email-show');
  });

  it('speaks French', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect
      .poll(() => page.getByRole('menuitem', { name: 'Quarantaine' }).count())
      .toBeGreaterThan(0);
    await page.goto(`${url}/admin/#/cases/${caseId}/show`);
    await expect.poll(() => page.getByText('Envoyer la réponse').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Interne', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'support-06-case-fr');
  });
});
