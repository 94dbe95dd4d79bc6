import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { emailAttachments, emails } from '../../../db/schema';
import { assertAdmin, assertOnRecord, levelFor, scopeCondition } from '../access/check';
import type { Ctx } from '../context';
import { Forbidden, Invalid, NotFound } from '../errors';
import { entityTables, isStreamEntityType } from '../shared/entities';
import {
  allOf,
  type FieldMap,
  filterConditions,
  type ListQuery,
  pageOf,
  UUID,
} from '../shared/list-query';

/** Every column but the raw message: lists and records never carry it. */
const { raw: _raw, ...columns } = getTableColumns(emails);
type EmailRow = Omit<typeof emails.$inferSelect, 'raw'>;

const fields: FieldMap = {
  id: { column: emails.id, kind: 'uuid' },
  direction: { column: emails.direction, kind: 'text' },
  status: { column: emails.status, kind: 'text' },
  parentType: { column: emails.parentType, kind: 'text' },
  parentId: { column: emails.parentId, kind: 'uuid' },
  emailAccountId: { column: emails.emailAccountId, kind: 'uuid' },
  messageId: { column: emails.messageId, kind: 'text' },
  from: { column: emails.from, kind: 'text' },
  subject: { column: emails.subject, kind: 'text' },
  source: { column: emails.source, kind: 'text' },
  createdAt: { column: emails.createdAt, kind: 'timestamp' },
  sentAt: { column: emails.sentAt, kind: 'timestamp' },
};

/** `from` matches whatever case the address was written in. */
const customFilters = {
  from: (v: unknown) => {
    if (typeof v !== 'string') throw new Invalid({ from: 'Filter by an address.' });
    return sql`lower(${emails.from}) = ${v.trim().toLowerCase()}`;
  },
};

/** The `emails` resource shape (email.md): bodies as bodyText/bodyHtml, attachments with links. */
export function presentEmail(row: EmailRow) {
  const { text, html, attachments, slackChannel: _c, slackTs: _t, ...rest } = row;
  return {
    ...rest,
    bodyText: text,
    bodyHtml: html,
    attachments: attachments.map((a, position) => ({
      name: a.filename,
      size: a.size,
      contentType: a.contentType,
      link: `/api/emails/${row.id}/attachments/${position}`,
    })),
  };
}

/**
 * What a user who is not an admin may see: e-mails about a record they may read (a case, or a
 * document sent by e-mail). E-mails about nothing (ignored, quarantined) are for admins.
 */
function readableByActor(ctx: Ctx): SQL | undefined {
  if (ctx.actor.isAdmin) return undefined;
  const allowed: SQL[] = [];
  for (const [type, table] of Object.entries(entityTables)) {
    if (levelFor(ctx.actor, type, 'read') === 'no') continue;
    const scope = scopeCondition(ctx.actor, type, 'read', table);
    const ofType = eq(emails.parentType, type);
    allowed.push(
      scope
        ? and(
            ofType,
            inArray(emails.parentId, ctx.db.select({ id: table.id }).from(table).where(scope)),
          )!
        : ofType,
    );
  }
  return allowed.length ? or(...allowed) : sql`false`;
}

export async function listEmails(ctx: Ctx, query: ListQuery) {
  const where = allOf([
    readableByActor(ctx),
    ...filterConditions(query.filter, fields, [emails.subject, emails.from], customFilters),
  ]);
  const [name, dir] = query.sort ?? ['createdAt', 'DESC'];
  const field = fields[name];
  if (!field) throw new Invalid({ sort: `Cannot sort on ${name}.` });
  const by = dir === 'DESC' ? desc : asc;
  const { offset, limit } = pageOf(query.range);
  const [rows, totals] = await Promise.all([
    ctx.db
      .select(columns)
      .from(emails)
      .where(where)
      .orderBy(by(field.column), by(emails.id))
      .limit(limit)
      .offset(offset),
    ctx.db.select({ n: count() }).from(emails).where(where),
  ]);
  return {
    data: rows.map(presentEmail),
    total: Number(totals[0]?.n ?? 0),
    start: offset,
  };
}

/** One e-mail row the actor may read (admins: any; others: through its record). */
async function readableEmail(ctx: Ctx, id: string): Promise<EmailRow> {
  if (!UUID.test(id)) throw new NotFound('E-mail');
  const [row] = await ctx.db.select(columns).from(emails).where(eq(emails.id, id));
  if (!row) throw new NotFound('E-mail');
  if (ctx.actor.isAdmin) return row;
  if (!isStreamEntityType(row.parentType) || !row.parentId) {
    throw new Forbidden('Only administrators may read this e-mail.');
  }
  const table = entityTables[row.parentType];
  const [parent] = await ctx.db
    .select({
      assignedUserId: table.assignedUserId,
      createdById: table.createdById,
      teamsIds: table.teamsIds,
    })
    .from(table)
    .where(eq(table.id, row.parentId));
  if (!parent) throw new Forbidden('Only administrators may read this e-mail.');
  assertOnRecord(ctx.actor, row.parentType, 'read', parent);
  return row;
}

export async function getEmail(ctx: Ctx, id: string) {
  return presentEmail(await readableEmail(ctx, id));
}

/** One attachment's bytes (`position` as in the e-mail's `attachments`). */
export async function getEmailAttachment(ctx: Ctx, id: string, position: number) {
  await readableEmail(ctx, id);
  if (!Number.isInteger(position) || position < 0) throw new NotFound('Attachment');
  const [file] = await ctx.db
    .select({
      filename: emailAttachments.filename,
      contentType: emailAttachments.contentType,
      content: emailAttachments.content,
    })
    .from(emailAttachments)
    .where(and(eq(emailAttachments.emailId, id), eq(emailAttachments.position, position)));
  if (!file) throw new NotFound('Attachment');
  return file;
}

/** The message exactly as it arrived (admins), e.g. to look at a quarantined one. */
export async function getRawEmail(ctx: Ctx, id: string) {
  assertAdmin(ctx.actor);
  if (!UUID.test(id)) throw new NotFound('E-mail');
  const [row] = await ctx.db
    .select({ raw: emails.raw, messageId: emails.messageId })
    .from(emails)
    .where(eq(emails.id, id));
  if (!row?.raw) throw new NotFound('E-mail');
  return row.raw;
}
