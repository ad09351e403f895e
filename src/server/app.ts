/** The server's Fastify app: the sync API (push, pull, auth, devices) and, when given a build, the PWA itself. */
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES } from '../sync/protocol';
import { registerErrorHandling } from './http-errors';
import { registerProtocolCheck } from './protocol-check';
import type { SyncStore } from './store/store';
import type { AccessPolicy } from './sync/access-policy';
import type { Actor } from './sync/actor';
import { ServerClock } from './sync/server-clock';
import { registerSyncRoutes } from './sync/sync-routes';

export interface AppDeps {
  store: SyncStore;
  authenticate: (request: FastifyRequest) => Promise<Actor>;
  accessFor: (actor: Actor) => AccessPolicy;
  clock?: ServerClock;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: MAX_BODY_BYTES });
  registerErrorHandling(app);
  registerProtocolCheck(app);
  app.get('/api/health', async () => ({ ok: true }));
  await registerSyncRoutes(app, {
    store: deps.store,
    clock: deps.clock ?? new ServerClock(),
    authenticate: deps.authenticate,
    accessFor: deps.accessFor,
  });
  return app;
}
