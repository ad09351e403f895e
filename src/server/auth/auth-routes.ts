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
import type { SyncStore } from '../store/store';
import { newUserSchema } from './account-schemas';
import type { AdminActor } from './account-admin';
import { AccountError, type Accounts, type UserRecord } from './accounts';
import { requireRole, sessionOf } from './session-auth';

export interface AuthRouteDeps {
  accounts: Accounts;
  store: SyncStore;
  /** Whether the account holds a password the server made, which it must replace (account-admin.ts). */
  mustChangePassword?: (userId: string) => boolean;
  /** Writes an account created through POST /api/users to the audit log (account-admin.ts). */
  onCreated?: (actor: AdminActor, user: UserRecord, groupIds: readonly string[]) => void;
  /** Login attempts allowed per IP and login in a minute. */
  loginAttemptsPerMinute?: number;
}

const WRONG_CREDENTIALS = 'Wrong login or password.';

function loginKey(request: FastifyRequest): string {
  const body = request.body as { login?: unknown } | undefined;
  const login = typeof body?.login === 'string' ? body.login.trim().toLowerCase() : '';
  return `${request.ip}|${login}`;
}

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

export async function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): Promise<void> {
  const { accounts, store } = deps;
  await app.register(rateLimit, { global: false });

  app.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          max: deps.loginAttemptsPerMinute ?? 10,
          timeWindow: '1 minute',
          // preHandler: the body (and so the login) is parsed by then.
          hook: 'preHandler',
          keyGenerator: loginKey,
          errorResponseBuilder: (_request, context) =>
            new HttpError(429, 'tooManyAttempts', `Too many login attempts: try again in ${context.after}.`),
        },
      },
    },
    async (request): Promise<LoginResponse> => {
      const body = parse(loginRequest, request.body, 'login');
      const user = await accounts.verifyLogin(body.login, body.password);
      if (!user) throw new HttpError(401, 'unauthenticated', WRONG_CREDENTIALS);
      const { token, sessionId } = accounts.openSession(user.id, body.clientId, body.deviceName);
      request.log.info({ userId: user.id, sessionId }, 'login');
      const groupIds = user.role === 'animator' ? accounts.groupIdsOf(user.id) : [];
      const producerId = user.role === 'producer' ? user.producerId : null;
      const mustChangePassword = deps.mustChangePassword?.(user.id) ?? false;
      const { id, login, name, role } = user;
      return { token, sessionId, user: { id, login, name, role, producerId, groupIds, mustChangePassword } };
    },
  );

  await app.register(async (noBody) => {
    acceptEmptyJson(noBody);

    noBody.post('/api/auth/logout', async (request) => {
      const session = sessionOf(accounts, request);
      accounts.revokeSession(session.sessionId);
      return { ok: true };
    });

    noBody.post('/api/devices/:id/revoke', async (request) => {
      requireRole(sessionOf(accounts, request), 'coordinator');
      const { id } = parse(z.object({ id: idSchema }), request.params, 'device id');
      if (!accounts.revokeSession(id)) throw new HttpError(404, 'notFound', `No device session ${id}.`);
      request.log.info({ sessionId: id }, 'session revoked');
      return { ok: true };
    });
  });

  app.get('/api/auth/me', async (request) => {
    const session = sessionOf(accounts, request);
    const { groupIds, producerId } = session.actor;
    const mustChangePassword = deps.mustChangePassword?.(session.user.id) ?? false;
    return { user: { ...session.user, producerId, groupIds, mustChangePassword }, sessionId: session.sessionId, groupIds, producerId };
  });

  app.get('/api/devices', async (request) => {
    requireRole(sessionOf(accounts, request), 'coordinator');
    return { devices: accounts.listSessions() };
  });

  app.post('/api/users', async (request, reply) => {
    const session = sessionOf(accounts, request);
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
      deps.onCreated?.({ userId: session.user.id, login: session.user.login }, user, body.groupIds);
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
