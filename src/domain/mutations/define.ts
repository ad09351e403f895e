/**
 * What a named mutation is: a zod schema for its arguments and a plan that turns valid arguments, and what the
 * replica holds, into row writes. The same definitions run on the device and on the server.
 */
import type { z } from 'zod';
import { storedPhone } from '../people/phone';
import { withoutGoneRefs } from '../rows/optional-refs';
import { isLive, type RowWrite, type SyncedRow, type TableName } from '../rows/rows';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "phone" or "patch.email"; "" for the whole mutation. */
  path: string;
  /** A catalog key (validation.*). */
  message: string;
}

export type RejectionCode = 'invalid' | 'notFound' | 'deleted' | 'exists' | 'forbidden' | 'unknownMutation';

/**
 * How much a rejection says: a form shows a few issues at a time, while a list of thousands of bad sub-items would
 * be stored, sent back and kept on the phone whole. Beyond the first issues, one more says there were others.
 */
export const MAX_ISSUES = 20;
const MAX_PATH_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 100;

function boundedIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  const kept = issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.slice(0, MAX_PATH_LENGTH),
    message: issue.message.slice(0, MAX_MESSAGE_LENGTH),
  }));
  return issues.length > MAX_ISSUES ? [...kept, { path: '', message: 'validation.moreIssues' }] : kept;
}

/** A mutation that can never apply as it is; its issues say why, field by field (at most MAX_ISSUES of them). */
export class MutationRejected extends Error {
  readonly issues: FieldIssue[];

  constructor(
    readonly code: RejectionCode,
    issues: readonly FieldIssue[] = [],
  ) {
    const bounded = boundedIssues(issues);
    super(`${code}: ${bounded.map((i) => `${i.path || '(mutation)'} ${i.message}`).join(', ') || 'rejected'}`);
    this.name = 'MutationRejected';
    this.issues = bounded;
  }
}

export interface RowReader {
  get(table: TableName, id: string): Promise<SyncedRow | undefined>;
}

export interface PlanContext {
  read: RowReader;
}

export interface MutationDef<Schema extends z.ZodType> {
  args: Schema;
  plan(args: z.output<Schema>, ctx: PlanContext): Promise<RowWrite[]>;
  /**
   * The rows the plan will write, where its arguments name them: a device reads them with the plan's own reads, so
   * that the hot writes (a check-off at the distribution), when prepared from storage rather than from the rows a
   * screen showed, wait on one round trip to storage before their commit.
   */
  writesTo?(args: z.output<Schema>): readonly { table: TableName; id: string }[];
}

export function defineMutation<Schema extends z.ZodType>(def: MutationDef<Schema>): MutationDef<Schema> {
  return def;
}

export function issuesFromZod(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
    message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
  }));
}

/** Parses with a schema, turning a failure into a rejection with field issues. */
export function parseOrReject<Schema extends z.ZodType>(schema: Schema, value: unknown, prefix = ''): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new MutationRejected('invalid', issuesFromZod(result.error, prefix));
  return result.data;
}

/** The live row a mutation works on, or a rejection that says it is gone. */
export async function readLive(ctx: PlanContext, table: TableName, id: string, path = 'id'): Promise<SyncedRow> {
  const row = await ctx.read.get(table, id);
  if (!row) throw new MutationRejected('notFound', [{ path, message: 'validation.notFound' }]);
  if (row.deleted) throw new MutationRejected('deleted', [{ path, message: 'validation.deleted' }]);
  return row;
}

/**
 * A create makes a new row: an id already taken, by a live row or a deleted one, is refused, so that a create never
 * overwrites someone's row nor brings a deleted one back. (A resend of the same create is answered by its mutation
 * id before any plan runs.)
 */
export async function refuseTaken(ctx: PlanContext, table: TableName, id: string): Promise<void> {
  if (await ctx.read.get(table, id)) throw new MutationRejected('exists', [{ path: 'id', message: 'validation.exists' }]);
}

const goneFrom = (ctx: PlanContext) => async (table: TableName, id: string) => !isLive(await ctx.read.get(table, id));

/**
 * A phone number is stored in E.164 whatever was typed. Done here, in the plan, rather than in the arguments'
 * schema: an older phone's outbox entry holding the number as typed is normalised too when it is applied.
 */
export function withStoredPhone(fields: Record<string, unknown>): Record<string, unknown> {
  return typeof fields.phone === 'string' ? { ...fields, phone: storedPhone(fields.phone) } : fields;
}

/** A new row's fields, with its optional references to missing or deleted rows set to null (or taken out of a list). */
export async function createdFields(ctx: PlanContext, table: TableName, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  return withStoredPhone({ ...fields, ...(await withoutGoneRefs(table, fields, goneFrom(ctx))) });
}

/** An edit without its optional references to missing or deleted rows: the row keeps the one it had. */
export async function editedFields(ctx: PlanContext, table: TableName, patch: Record<string, unknown>): Promise<Record<string, unknown>> {
  const settled = await withoutGoneRefs(table, patch, goneFrom(ctx));
  return withStoredPhone(Object.fromEntries(Object.entries({ ...patch, ...settled }).filter(([field]) => settled[field] !== null)));
}
