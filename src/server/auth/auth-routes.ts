/**
 * Logging in and out, who am I, the coordinator's list of devices (with revoke) and account creation.
 * Every body is checked before anything is written; a refused request changes nothing.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from '../../domain/zod';
import { idSchema } from '../../domain/people/entities';
import { loginRequest, type LoginResponse } from '../../sync/protocol';
import { HttpError, badRequestFromZod } from '../http-errors';
import { missingRows } from '../store/missing-rows';
import type { SqlDb } from '../store/sql-db';
import type { SyncStore } from '../store/store';
import { newUserSchema } from './account-schemas';
import type { AdminActor } from './account-admin';
import { AccountError, type Accounts, type UserRecord } from './accounts';
import { CheckQueue, QueueFull, type CheckQueueLimits } from './check-queue';
import { databaseRateLimitStore } from './login-limit-store';
import { requireRole, sessionOf } from './session-auth';

export interface AuthRouteDeps {
  accounts: Accounts;
  store: SyncStore;
  /** Whether the account holds a password the server made, which it must replace (account-admin.ts). */
  mustChangePassword?: (userId: string) => Promise<boolean>;
  /** Writes an account created through POST /api/users to the audit log (account-admin.ts). */
  onCreated?: (actor: AdminActor, user: UserRecord, groupIds: readonly string[]) => Promise<void>;
  /** Login attempts allowed per IP and login in a minute. */
  loginAttemptsPerMinute?: number;
  /** Login attempts allowed per client address in a minute, whatever the logins tried. */
  loginAttemptsPerAddressPerMinute?: number;
  /** Password checks running at once and waiting their turn (check-queue.ts). */
  passwordChecks?: CheckQueueLimits;
  /** Where login attempts are counted when several instances share a database (login-limit-store.ts); else in memory. */
  loginLimitsDb?: SqlDb;
}

// A stand's Wi-Fi signs a few people in from one address; dozens of logins a minute from one address is guessing.
const LOGINS_PER_ADDRESS_PER_MINUTE = 30;
// A waiting check lasts well under a second: two seconds is enough for the queue to drain.
const QUEUE_RETRY_AFTER_SECONDS = 2;

const WRONG_CREDENTIALS = 'Wrong login or password.';

function loginKey(request: FastifyRequest): string {
  const body = request.body as { login?: unknown } | undefined;
  const login = typeof body?.login === 'string' ? body.login.trim().toLowerCase() : '';
  return `${request.ip}|${login}`;
}

const tooMany = (after: string) => new HttpError(429, 'tooManyAttempts', `Too many login attempts: try again in ${after}.`);

export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequestFromZod(parsed.error, what);
  return parsed.data;
}

/**
 * For the routes of this scope, which take no body: a client may still send their POST with a JSON content type and
 * nothing in it, which Fastify's JSON parser refuses ("body empty"). An empty body is read as none; anything else is
 * still parsed by Fastify's own parser, so a malformed body stays a 400.
 */
export function acceptEmptyJson(scope: FastifyInstance): void {
  const json = scope.getDefaultJsonParser('error', 'error');
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body: string, done) => {
    if (body === '') done(null, undefined);
    else json(request, body, done);
  });
}

/** The session, or a 409 deviceTaken when the device id is another account's: the app then signs in under a new one. */
async function openSession(accounts: Accounts, userId: string, clientId: string, deviceName: string) {
  try {
    return await accounts.openSession(userId, clientId, deviceName);
  } catch (error) {
    if (error instanceof AccountError && error.reason === 'deviceTaken') throw new HttpError(409, 'deviceTaken', error.message);
    throw error;
  }
}

export async function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): Promise<void> {
  const { accounts, store } = deps;
  await app.register(rateLimit, { global: false, ...(deps.loginLimitsDb ? { store: databaseRateLimitStore(deps.loginLimitsDb) } : {}) });
  const checks = new CheckQueue(deps.passwordChecks);
  // By address before anything is parsed: a flood of made-up logins from one address is stopped here. The plugin
  // runs one of its own hooks per request, so this second limit is counted through createRateLimit and answered here.
  const addressLimit = app.createRateLimit({
    max: deps.loginAttemptsPerAddressPerMinute ?? LOGINS_PER_ADDRESS_PER_MINUTE,
    // The plugin's own key: the address, an IPv6 one by its /64, which one client usually holds whole.
    timeWindow: '1 minute',
  });
  const perAddress = async (request: FastifyRequest): Promise<void> => {
    const limit = await addressLimit(request);
    if (limit.isAllowed || !limit.isExceeded) return;
    throw new HttpError(429, 'tooManyAttempts', `Too many login attempts from this address: try again in ${limit.ttlInSeconds} s.`, {
      'retry-after': String(limit.ttlInSeconds),
    });
  };

  app.post(
    '/api/auth/login',
    {
      onRequest: perAddress,
      config: {
        rateLimit: {
          max: deps.loginAttemptsPerMinute ?? 10,
          timeWindow: '1 minute',
          // preHandler: the body (and so the login) is parsed by then.
          hook: 'preHandler',
          keyGenerator: loginKey,
          errorResponseBuilder: (_request, context) => tooMany(context.after),
        },
      },
    },
    async (request): Promise<LoginResponse> => {
      const body = parse(loginRequest, request.body, 'login');
      const user = await checks
        .run(() => accounts.verifyLogin(body.login, body.password))
        .catch((error: unknown) => {
          if (!(error instanceof QueueFull)) throw error;
          throw new HttpError(429, 'tooManyAttempts', 'The server is busy checking passwords: try again in a few seconds.', {
            'retry-after': String(QUEUE_RETRY_AFTER_SECONDS),
          });
        });
      if (!user) throw new HttpError(401, 'unauthenticated', WRONG_CREDENTIALS);
      const { token, sessionId } = await openSession(accounts, user.id, body.clientId, body.deviceName);
      request.log.info({ userId: user.id, sessionId }, 'login');
      const groupIds = user.role === 'animator' ? await accounts.groupIdsOf(user.id) : [];
      const producerId = user.role === 'producer' ? user.producerId : null;
      const mustChangePassword = (await deps.mustChangePassword?.(user.id)) ?? false;
      const { id, login, name, role } = user;
      return { token, sessionId, user: { id, login, name, role, producerId, groupIds, mustChangePassword } };
    },
  );

  await app.register(async (noBody) => {
    acceptEmptyJson(noBody);

    noBody.post('/api/auth/logout', async (request) => {
      const session = await sessionOf(accounts, request);
      await accounts.revokeSession(session.sessionId);
      return { ok: true };
    });

    noBody.post('/api/devices/:id/revoke', async (request) => {
      requireRole(await sessionOf(accounts, request), 'coordinator');
      const { id } = parse(z.object({ id: idSchema }), request.params, 'device id');
      if (!(await accounts.revokeSession(id))) throw new HttpError(404, 'notFound', `No device session ${id}.`);
      request.log.info({ sessionId: id }, 'session revoked');
      return { ok: true };
    });
  });

  app.get('/api/auth/me', async (request) => {
    const session = await sessionOf(accounts, request);
    const { groupIds, producerId } = session.actor;
    const mustChangePassword = (await deps.mustChangePassword?.(session.user.id)) ?? false;
    return { user: { ...session.user, producerId, groupIds, mustChangePassword }, sessionId: session.sessionId, groupIds, producerId };
  });

  app.get('/api/devices', async (request) => {
    requireRole(await sessionOf(accounts, request), 'coordinator');
    return { devices: await accounts.listSessions() };
  });

  app.post('/api/users', async (request, reply) => {
    const session = await sessionOf(accounts, request);
    requireRole(session, 'coordinator');
    const body = parse(newUserSchema, request.body, 'account');
    const missingGroups = await missingRows(store, 'groups', body.groupIds);
    if (missingGroups.length > 0)
      throw new HttpError(400, 'badRequest', `Unknown group(s): ${missingGroups.join(', ')}. Sync first, then retry.`);
    if (body.producerId && (await missingRows(store, 'producers', [body.producerId])).length > 0) {
      throw new HttpError(400, 'badRequest', `Unknown producer: ${body.producerId}. Sync first, then retry.`);
    }
    try {
      const user = await accounts.createUser(body);
      await deps.onCreated?.({ userId: session.user.id, login: session.user.login }, user, body.groupIds);
      reply.code(201);
      return {
        user: { id: user.id, login: user.login, name: user.name, role: user.role, producerId: user.producerId, groupIds: body.groupIds },
      };
    } catch (error) {
      if (error instanceof AccountError) throw new HttpError(409, 'badRequest', error.message);
      throw error;
    }
  });
}
