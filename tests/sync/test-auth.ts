/** The test servers' sign-in: tokens are `token-<clientId>`, every test client a coordinator on its own device. */
import { HttpError } from '../../src/server/http-errors';
import type { Actor } from '../../src/server/replication/actor';

export async function authenticate(request: { headers: Record<string, string | string[] | undefined> }): Promise<Actor> {
  const header = request.headers.authorization;
  const token = typeof header === 'string' ? header.replace(/^Bearer /, '') : '';
  if (!token.startsWith('token-')) throw new HttpError(401, 'unauthenticated', 'no token');
  return { userId: 'coordinator', role: 'coordinator', clientId: token.slice('token-'.length), groupIds: [], producerId: null };
}
