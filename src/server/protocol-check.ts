/** Refuses API requests from an app built for another protocol version, with a message that says what to do. */
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../sync/protocol';
import { errorBody } from './http-errors';

const UNVERSIONED = new Set(['/api/health']);

export function registerProtocolCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || UNVERSIONED.has(path)) return;
    const sent = Number(request.headers[PROTOCOL_HEADER]);
    if (sent === PROTOCOL_VERSION) return;
    return reply
      .code(426)
      .header('upgrade', `court-circuit-protocol/${PROTOCOL_VERSION}`)
      .send(
        errorBody(
          'protocolOutdated',
          `This app speaks sync protocol ${Number.isFinite(sent) ? sent : 'none'}; the server speaks ${PROTOCOL_VERSION}. Update the app (reload it) and sync again.`,
        ),
      );
  });
}
