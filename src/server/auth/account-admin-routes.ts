/**
 * /api/accounts: a coordinator's administration of accounts (list, create, groups, producer link, password reset,
 * disable, audit log) and /api/auth/password, where an account replaces a password the server made. Every request
 * is checked whole (session, role, id, body, the rows it names) before anything is written: a refusal changes
 * nothing. An id that names no account is answered 404, as an unknown one.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from '../../domain/zod';
import { idSchema } from '../../domain/people/entities';
import {
  changePasswordRequest,
  groupsRequest,
  newAccountRequest,
  producerLinkRequest,
  type ManagedAccount,
} from '../../domain/access/managed-account';
import { HttpError } from '../http-errors';
import { missingRows } from '../store/missing-rows';
import type { SyncStore } from '../store/store';
import type { AccountAdmin, AdminActor } from './account-admin';
import type { Accounts } from './accounts';
import { acceptEmptyJson, parse } from './auth-routes';
import { oneTimePassword } from './one-time-password';
import { hashPassword } from './password';
import { requireRole, sessionOf } from './session-auth';

export interface AccountAdminRouteDeps {
  accounts: Accounts;
  admin: AccountAdmin;
  store: SyncStore;
}

// A session that tries more current passwords than a person who mistypes would (each one an scrypt check, the
// server's costliest work) is a stolen token guessing the password: it waits, however many it holds.
const PASSWORD_TRIES_PER_WINDOW = 5;
const PASSWORD_TRIES_WINDOW = '15 minutes';

/** The session's key for the limit: its token hashed, which the limit's store may keep without holding the token. */
function sessionKey(request: FastifyRequest): string {
  const token = request.headers.authorization ?? request.ip;
  return `password|${createHash('sha256').update(token).digest('base64url')}`;
}

const PASSWORD_CHANGE_REQUIRED = 'Choose your own password first: this one was given by a coordinator.';

export function passwordChangeRequired(): HttpError {
  return new HttpError(403, 'passwordChangeRequired', PASSWORD_CHANGE_REQUIRED);
}

const idParams = z.object({ id: idSchema });

export async function registerAccountAdminRoutes(app: FastifyInstance, deps: AccountAdminRouteDeps): Promise<void> {
  const { accounts, admin, store } = deps;

  /** The coordinator acting; a coordinator still holding a password the server made must replace it first. */
  const coordinator = async (request: FastifyRequest): Promise<AdminActor> => {
    const session = await sessionOf(accounts, request);
    requireRole(session, 'coordinator');
    if (await admin.mustChangePassword(session.user.id)) throw passwordChangeRequired();
    return { userId: session.user.id, login: session.user.login };
  };

  const existing = async (request: FastifyRequest): Promise<ManagedAccount> => {
    const { id } = parse(idParams, request.params, 'account id');
    const account = await admin.get(id);
    if (!account) throw new HttpError(404, 'notFound', `No account ${id}.`);
    return account;
  };

  const requireRows = async (table: 'groups' | 'producers', ids: readonly string[]): Promise<void> => {
    const missing = await missingRows(store, table, ids);
    if (missing.length > 0) {
      const what = table === 'groups' ? 'group(s)' : 'producer';
      throw new HttpError(400, 'badRequest', `Unknown ${what}: ${missing.join(', ')}. Sync first, then retry.`);
    }
  };

  app.get('/api/accounts', async (request) => {
    await coordinator(request);
    return { accounts: await admin.list() };
  });

  app.get('/api/accounts/audit', async (request) => {
    await coordinator(request);
    return { entries: await admin.auditLog() };
  });

  app.post('/api/accounts', async (request, reply) => {
    const actor = await coordinator(request);
    const body = parse(newAccountRequest, request.body, 'account');
    if (body.role === 'animator') await requireRows('groups', body.groupIds);
    if (body.role === 'producer') await requireRows('producers', [body.producerId]);
    const password = oneTimePassword();
    const account = await admin.create(actor, body, await hashPassword(password));
    request.log.info({ accountId: account.id, by: actor.userId }, 'account created');
    reply.code(201);
    return { account, oneTimePassword: password };
  });

  app.post('/api/accounts/:id/groups', async (request) => {
    const actor = await coordinator(request);
    const account = await existing(request);
    const body = parse(groupsRequest, request.body, 'groups');
    if (account.role !== 'animator') throw new HttpError(400, 'badRequest', 'Only an animator account runs groups.');
    await requireRows('groups', body.groupIds);
    return { account: await admin.setGroups(actor, account.id, body.groupIds) };
  });

  app.post('/api/accounts/:id/producer', async (request) => {
    const actor = await coordinator(request);
    const account = await existing(request);
    const body = parse(producerLinkRequest, request.body, 'producer link');
    if (account.role !== 'producer') throw new HttpError(400, 'badRequest', 'Only a producer account speaks for a producer.');
    await requireRows('producers', [body.producerId]);
    return { account: await admin.setProducer(actor, account.id, body.producerId) };
  });

  await app.register(async (noBody) => {
    acceptEmptyJson(noBody);

    noBody.post('/api/accounts/:id/reset-password', async (request) => {
      const actor = await coordinator(request);
      const account = await existing(request);
      if (account.disabled) throw new HttpError(400, 'badRequest', `Account ${account.login} is disabled.`);
      const password = oneTimePassword();
      const changed = await admin.resetPassword(actor, account.id, await hashPassword(password));
      request.log.info({ accountId: account.id, by: actor.userId }, 'password reset');
      return { account: changed, oneTimePassword: password };
    });

    noBody.post('/api/accounts/:id/disable', async (request) => {
      const actor = await coordinator(request);
      const account = await existing(request);
      const changed = await admin.disable(actor, account.id);
      request.log.info({ accountId: account.id, by: actor.userId }, 'account disabled');
      return { account: changed };
    });
  });

  const passwordTries = {
    max: PASSWORD_TRIES_PER_WINDOW,
    timeWindow: PASSWORD_TRIES_WINDOW,
    keyGenerator: sessionKey,
    errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) =>
      new HttpError(429, 'tooManyAttempts', `Too many password attempts: try again in ${context.after}.`),
  };
  app.post('/api/auth/password', { config: { rateLimit: passwordTries } }, async (request) => {
    const session = await sessionOf(accounts, request);
    const body = parse(changePasswordRequest, request.body, 'password change');
    const user = await accounts.verifyLogin(session.user.login, body.currentPassword);
    if (!user || user.id !== session.user.id) throw new HttpError(400, 'badRequest', 'The current password is wrong.');
    await admin.changePassword(user.id, await hashPassword(body.newPassword));
    return { ok: true };
  });
}
