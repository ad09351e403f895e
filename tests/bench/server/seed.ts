/**
 * Fills a new app server through its API, as a territory would: the bench accounts created by the coordinator
 * (POST /api/users) and sign-ups pushed by a coordinator's phone. The server process does the work itself, as
 * pouchdb-server does when its database is filled through _bulk_docs.
 */
import { MAX_PUSH_MUTATIONS, type PushResponse } from '../../../src/sync/protocol';
import { ADMIN_LOGIN, BENCH_PASSWORD, benchLogin } from './bench-accounts';
import { authHeaders, signIn, signUpMutations } from './devices';
import { benchMembers } from './members';
import { requestJson } from './request-json';

/** Returns how many sign-ups were applied; throws if any was refused, since the figures would then be about less data. */
export async function fillAppServer(
  url: string,
  { users, signUps, seed }: { users: number; signUps: number; seed?: number },
): Promise<number> {
  const admin = await signIn(url, ADMIN_LOGIN);
  for (let n = 1; n <= users; n += 1) {
    const body = { login: benchLogin(n), name: `Bench ${n}`, role: 'coordinator', password: BENCH_PASSWORD };
    await requestJson(`${url}/api/users`, { method: 'POST', headers: authHeaders(admin), body });
  }
  const members = benchMembers(signUps, seed);
  let applied = 0;
  for (let start = 0; start < members.length; start += MAX_PUSH_MUTATIONS) {
    const mutations = signUpMutations(admin, members.slice(start, start + MAX_PUSH_MUTATIONS));
    const body = { clientId: admin.clientId, mutations };
    const answer = await requestJson<PushResponse>(`${url}/api/sync/push`, { method: 'POST', headers: authHeaders(admin), body });
    applied += answer.outcomes.filter((o) => o.status === 'applied').length;
  }
  if (applied !== signUps) throw new Error(`seeded ${applied} of ${signUps} sign-ups`);
  return applied;
}
