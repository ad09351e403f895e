/**
 * The sync protocol between the app and the server: request and response shapes (zod, validated on both sides),
 * limits and error codes. Shared by src/sync (client) and src/server. docs/sync-protocol.md explains it.
 */
import { z } from '../domain/zod';
import { isHlc } from '../domain/rows/hlc';
import { unpackRow } from '../domain/rows/packed-clocks';
import { SYNCED_TABLES, type SyncedRow } from '../domain/rows/rows';
import { idSchema } from '../domain/people/entities';
import { ROLES } from '../domain/access/account';

/** Bumped when a request or a row changes shape; an app with an older number is told to update. */
export const PROTOCOL_VERSION = 2;
export const PROTOCOL_HEADER = 'x-court-circuit-protocol';

// A day of sign-ups at one stand goes in one request: each request costs a round trip and a local transaction.
export const MAX_PUSH_MUTATIONS = 1000;
export const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 2000;

/**
 * The live channel (GET /api/sync/events, text/event-stream): an event named `version` whose data is the store's
 * latest version, sent on connection and each time it grows. It carries no rows: a device above whose cursor it
 * is runs its usual pull.
 */
export const LIVE_EVENTS_PATH = '/api/sync/events';
export const LIVE_VERSION_EVENT = 'version';

export const ERROR_CODES = [
  'badRequest',
  'unauthenticated',
  'sessionRevoked',
  'sessionExpired',
  'forbidden',
  'notFound',
  'payloadTooLarge',
  'protocolOutdated',
  'tooManyAttempts',
  // The account signs in with a password the server made: it must choose its own before anything else.
  'passwordChangeRequired',
  'serverError',
  // At login: this device id belongs to another account (a phone handed over); the app signs in under a new one.
  'deviceTaken',
  // The server holds as many live channels as it will: the app keeps syncing on its timer and tries again later.
  'serverBusy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorResponse = z.object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) });
export type ErrorResponse = z.infer<typeof errorResponse>;

export const outgoingMutation = z.object({
  mutationId: z.number().int().positive(),
  name: z.string().min(1).max(64),
  args: z.unknown(),
  hlc: z.string().max(100).refine(isHlc, 'not a clock'),
});
export type OutgoingMutation = z.infer<typeof outgoingMutation>;

export const pushRequest = z.object({
  clientId: idSchema,
  mutations: z.array(outgoingMutation).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequest>;

export const fieldIssue = z.object({ path: z.string(), message: z.string() });

export const mutationOutcome = z.discriminatedUnion('status', [
  z.object({ mutationId: z.number().int(), status: z.literal('applied') }),
  z.object({
    mutationId: z.number().int(),
    status: z.literal('rejected'),
    code: z.string(),
    issues: z.array(fieldIssue),
  }),
]);
export type MutationOutcome = z.infer<typeof mutationOutcome>;

export const pushResponse = z.object({
  /** The last of this client's mutations the server has settled (applied or rejected), after this push. */
  lastMutationId: z.number().int().nonnegative(),
  /** One outcome per mutation of the request up to the first gap; resends are answered with their first outcome. */
  outcomes: z.array(mutationOutcome),
  serverTime: z.number(),
  /** The server store's identity (see pullResponse.epoch). */
  epoch: z.string().max(100).optional(),
});
export type PushResponse = z.infer<typeof pushResponse>;

/**
 * A synced row as it travels, its clocks packed, made the row a device stores (unpackRow): checked in place rather
 * than through a zod object, which would copy each row and its clocks — a first pull brings tens of thousands of
 * rows, and that copy was a tenth of the pull's time.
 */
export const pulledRow = z.object({
  table: z.enum(SYNCED_TABLES),
  /**
   * The account that created the row (null: nobody's), sent only with the rows of the tables whose scopes depend on
   * it (domain/access OWNED_TABLES), to the accounts that read them unprojected. Optional: an app of an earlier
   * release drops it, a device stores it beside the row (src/db/sync-apply.ts).
   */
  ownerId: z.string().nullable().optional(),
  row: z.unknown().transform((value, ctx): SyncedRow => {
    const row = unpackRow(value);
    if (row) return row;
    ctx.addIssue({ code: 'custom', message: 'not a synced row (id, deleted, demo, packed clocks)' });
    return z.NEVER;
  }),
});
export type PulledRow = z.infer<typeof pulledRow>;

export const pullQuery = z.object({
  clientId: idSchema,
  cursor: z.coerce.number().int().nonnegative(),
  limit: z.coerce.number().int().positive().max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof pullQuery>;

export const pullResponse = z.object({
  changes: z.array(pulledRow),
  /** Pass it back as `cursor` to get what follows. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** Changes after `cursor` still to come, for the progress of a first sync. */
  remaining: z.number().int().nonnegative(),
  /** This client's last settled mutation, read in the same snapshot as the changes. */
  lastMutationId: z.number().int().nonnegative(),
  serverTime: z.number(),
  /**
   * What the account answers for (its role, groups, producer), as one text; when it is not the one this device
   * pulled under, the device pulls again from the beginning and lets go of what it may no longer see.
   */
  scope: z.string().max(20_000).optional(),
  /**
   * The server store's identity: another one than a device last saw means the server was restored from a backup and
   * may have forgotten what it acknowledged to this device, and reused versions after its cursor. Optional: an app of
   * an earlier release drops it, a server of an earlier release does not send it (docs/sync-protocol.md).
   */
  epoch: z.string().max(100).optional(),
});
export type PullResponse = z.infer<typeof pullResponse>;

export const sessionUser = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  // Optional so that an answer from an older server still parses: a producer's row, an animator's groups.
  producerId: z.string().nullable().optional(),
  groupIds: z.array(z.string()).optional(),
  /** Signed in with a password a coordinator was given: the app asks for a new one, the server refuses sync until then. */
  mustChangePassword: z.boolean().optional(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const loginRequest = z.object({
  login: z.string().trim().min(1).max(80),
  password: z.string().min(1).max(200),
  clientId: idSchema,
  deviceName: z.string().trim().max(80).default(''),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const loginResponse = z.object({ token: z.string(), user: sessionUser, sessionId: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;
