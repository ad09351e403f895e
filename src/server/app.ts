/** The server's Fastify app: the sync API (push, pull, auth, devices) and, when given a build, the PWA itself. */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES } from '../sync/protocol';
import type { Accounts } from './auth/accounts';
import { registerAuthRoutes } from './auth/auth-routes';
import { bearerAuthenticator } from './auth/session-auth';
import { errorBody, registerErrorHandling } from './http-errors';
import { registerProtocolCheck } from './protocol-check';
import { registerSecurityHeaders } from './security-headers';
import type { CheckQueueLimits } from './auth/check-queue';
import type { TrustProxy } from './trust-proxy';
import { registerPwa } from './static-server';
import type { SyncStore } from './store/store';
import type { AccessPolicy } from './replication/access-policy';
import type { Actor } from './replication/actor';
import { accessFor as roleAccessFor } from './replication/role-access';
import { ServerClock } from './replication/server-clock';
import { registerSyncRoutes } from './replication/sync-routes';
import { registerLiveEvents, type LiveEventsLimits } from './replication/live-events';

export interface AppDeps {
  store: SyncStore;
  /** Accounts and sessions: enables the /api/auth, /api/devices and /api/users routes and bearer-token sync. */
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
  /** Fastify's trustProxy: read the client address from the reverse proxy's X-Forwarded-For (trust-proxy.ts). */
  trustProxy?: TrustProxy;
  clock?: ServerClock;
  logger?: FastifyServerOptions['logger'];
  /** Heartbeat, coalescing and stream limits of the live channel (live-events.ts). */
  liveEvents?: LiveEventsLimits;
  /** A production build of the PWA to serve beside the API. */
  distDir?: string;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: deps.trustProxy ?? false,
    // A path Fastify cannot decode (%zz) is answered in the API's shape, as every other error.
    // (Its reply is typed for any route's schema; this one has none, hence the plain FastifyReply.)
    frameworkErrors: (_error, _request, reply) =>
      (reply as FastifyReply).code(400).send(errorBody('badRequest', 'The address is not a valid URL.')),
  });
  registerErrorHandling(app);
  await registerSecurityHeaders(app, { distDir: deps.distDir });
  registerProtocolCheck(app);
  app.get('/api/health', async () => ({ ok: true }));
  const authenticate = deps.authenticate ?? (deps.accounts && bearerAuthenticator(deps.accounts));
  if (!authenticate) throw new Error('buildApp needs accounts or an authenticate function.');
  if (deps.accounts) {
    await registerAuthRoutes(app, {
      accounts: deps.accounts,
      store: deps.store,
      loginAttemptsPerMinute: deps.loginAttemptsPerMinute,
      loginAttemptsPerAddressPerMinute: deps.loginAttemptsPerAddressPerMinute,
      passwordChecks: deps.passwordChecks,
    });
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
