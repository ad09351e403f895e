/** The server's Fastify app: the sync API (push, pull, auth, devices) and, when given a build, the PWA itself. */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES } from '../sync/protocol';
import { AccountAdmin } from './auth/account-admin';
import { passwordChangeRequired, registerAccountAdminRoutes } from './auth/account-admin-routes';
import type { Accounts } from './auth/accounts';
import { registerAuthRoutes } from './auth/auth-routes';
import { bearerAuthenticator } from './auth/session-auth';
import { registerCompression } from './compression';
import { errorBody, registerErrorHandling } from './http-errors';
import { registerProtocolCheck } from './protocol-check';
import { EARLY_ERROR_HEADERS, registerSecurityHeaders } from './security-headers';
import type { CheckQueueLimits } from './auth/check-queue';
import type { TrustProxy } from './trust-proxy';
import { registerPwa } from './static-server';
import type { SqlDb } from './store/sql-db';
import type { SyncStore } from './store/store';
import type { AccessPolicy } from './replication/access-policy';
import type { Actor } from './replication/actor';
import { accessFor as roleAccessFor } from './replication/role-access';
import { ServerClock } from './replication/server-clock';
import { registerSyncRoutes } from './replication/sync-routes';
import { registerLiveEvents, type LiveEventsLimits } from './replication/live-events';

export interface AppDeps {
  store: SyncStore;
  /** Accounts and sessions: enables the /api/auth, /api/devices, /api/users and /api/accounts routes and bearer-token sync. */
  accounts?: Accounts;
  /** Overrides the bearer-token check (tests); required when there are no accounts. */
  authenticate?: (request: FastifyRequest) => Promise<Actor>;
  /** Overrides the role rules of sync/role-access. */
  accessFor?: (actor: Actor) => AccessPolicy;
  /** Login attempts allowed per IP and login in a minute (default 10). */
  loginAttemptsPerMinute?: number;
  /** Login attempts allowed per client address in a minute, whatever the login (default 30). */
  loginAttemptsPerAddressPerMinute?: number;
  /** Password checks running at once and waiting (default 2 and 16); beyond, a login is answered 429. */
  passwordChecks?: CheckQueueLimits;
  /** Login attempts counted in this database, for instances that share it (auth/login-limit-store.ts). */
  loginLimitsDb?: SqlDb;
  /** Fastify's trustProxy: read the client address from the reverse proxy's X-Forwarded-For (trust-proxy.ts). */
  trustProxy?: TrustProxy;
  clock?: ServerClock;
  logger?: FastifyServerOptions['logger'];
  /** Heartbeat, coalescing and stream limits of the live channel (live-events.ts). */
  liveEvents?: LiveEventsLimits;
  /** A production build of the PWA to serve beside the API. */
  distDir?: string;
}

/** Sync for a session whose account still holds a password the server made is refused until it chooses its own. */
function syncAuthenticator(
  authenticate: (request: FastifyRequest) => Promise<Actor>,
  admin: AccountAdmin,
): (request: FastifyRequest) => Promise<Actor> {
  return async (request) => {
    const actor = await authenticate(request);
    if (await admin.mustChangePassword(actor.userId)) throw passwordChangeRequired();
    return actor;
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: deps.trustProxy ?? false,
    // A path Fastify cannot decode (%zz) is answered in the API's shape, as every other error.
    // (Its reply is typed for any route's schema; this one has none, hence the plain FastifyReply.)
    frameworkErrors: (_error, _request, reply) =>
      (reply as FastifyReply).code(400).headers(EARLY_ERROR_HEADERS).send(errorBody('badRequest', 'The address is not a valid URL.')),
  });
  registerErrorHandling(app);
  await registerSecurityHeaders(app, { distDir: deps.distDir });
  await registerCompression(app);
  registerProtocolCheck(app);
  app.get('/api/health', async () => ({ ok: true }));
  const admin = deps.accounts && new AccountAdmin(deps.accounts);
  const authenticate = deps.authenticate ?? (deps.accounts && admin && syncAuthenticator(bearerAuthenticator(deps.accounts), admin));
  if (!authenticate) throw new Error('buildApp needs accounts or an authenticate function.');
  if (deps.accounts && admin) {
    await registerAuthRoutes(app, {
      accounts: deps.accounts,
      store: deps.store,
      loginAttemptsPerMinute: deps.loginAttemptsPerMinute,
      loginAttemptsPerAddressPerMinute: deps.loginAttemptsPerAddressPerMinute,
      passwordChecks: deps.passwordChecks,
      loginLimitsDb: deps.loginLimitsDb,
      mustChangePassword: (userId) => admin.mustChangePassword(userId),
      onCreated: (actor, user, groupIds) => admin.recordCreated(actor, user, groupIds),
    });
    await registerAccountAdminRoutes(app, { accounts: deps.accounts, admin, store: deps.store });
  }
  await registerSyncRoutes(app, {
    store: deps.store,
    clock: deps.clock ?? new ServerClock(),
    authenticate,
    accessFor: deps.accessFor ?? roleAccessFor,
  });
  await registerLiveEvents(app, { store: deps.store, authenticate, limits: deps.liveEvents });
  if (deps.distDir) await registerPwa(app, { distDir: deps.distDir });
  return app;
}
