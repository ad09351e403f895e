/** The sync endpoints: POST /api/sync/push and GET /api/sync/pull, for an authenticated actor. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { MAX_BODY_BYTES, pullQuery, pushRequest } from '../../sync/protocol';
import { HttpError, badRequestFromZod } from '../http-errors';
import type { SyncStore } from '../store/store';
import type { AccessPolicy } from './access-policy';
import type { Actor } from './actor';
import { pullPageChunks, readPullPage } from './pull';
import { applyPush } from './push';
import type { ServerClock } from './server-clock';

export interface SyncRouteDeps {
  store: SyncStore;
  clock: ServerClock;
  authenticate: (request: FastifyRequest) => Promise<Actor>;
  accessFor: (actor: Actor) => AccessPolicy;
}

function sameDevice(actor: Actor, clientId: string): void {
  // A session is bound to the device it was opened on: it cannot move another device's mutation counter.
  if (clientId !== actor.clientId) throw new HttpError(403, 'forbidden', 'This session belongs to another device.');
}

export async function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): Promise<void> {
  app.post('/api/sync/push', { bodyLimit: MAX_BODY_BYTES }, async (request) => {
    const actor = await deps.authenticate(request);
    const parsed = pushRequest.safeParse(request.body);
    if (!parsed.success) throw badRequestFromZod(parsed.error, 'push');
    sameDevice(actor, parsed.data.clientId);
    return applyPush(actor, parsed.data, { store: deps.store, clock: deps.clock, access: deps.accessFor(actor) });
  });

  app.get('/api/sync/pull', async (request, reply) => {
    const actor = await deps.authenticate(request);
    const parsed = pullQuery.safeParse(request.query);
    if (!parsed.success) throw badRequestFromZod(parsed.error, 'pull query');
    sameDevice(actor, parsed.data.clientId);
    const page = await readPullPage(actor, parsed.data, { store: deps.store, access: deps.accessFor(actor) });
    // Sent as the text it was built as, in chunks: the rows are stored JSON, and no object tree exists to serialise.
    return reply.type('application/json; charset=utf-8').send(Readable.from(pullPageChunks(page)));
  });
}
