/**
 * The app's sync server in its own process, for the benchmarks (so its RSS is its own and it does not share the
 * harness's event loop): `node --import tsx tests/bench/server/app-server-child.ts` with
 *   BENCH_DATA_FILE   the SQLite file (in a temp dir), BENCH_DIST_DIR  a build to serve (the bench page), optional
 *   BENCH_USERS       extra coordinator accounts bench01..benchNN (one login each, so the login rate limit of 10 a
 *                     minute per login never bites), BENCH_SEED_MEMBERS  sign-ups written through applyPush first.
 * It goes through startServer, as `npm start` does, and prints one JSON line {"url": …} once listening.
 */
import { Accounts } from '../../../src/server/auth/accounts';
import { startServer } from '../../../src/server/server';
import { BENCH_PASSWORD, benchLogin } from './bench-accounts';
import { seedSignUps } from './seed';

const dataFile = process.env.BENCH_DATA_FILE;
if (!dataFile) throw new Error('BENCH_DATA_FILE is required');
const server = await startServer({
  dataFile,
  distDir: process.env.BENCH_DIST_DIR || undefined,
  host: '127.0.0.1',
  port: 0,
  env: { COURT_CIRCUIT_ADMIN_PASSWORD: BENCH_PASSWORD, COURT_CIRCUIT_DEMO: '0' },
  say: () => undefined,
});
const accounts = new Accounts(server.store.connection);
const users = Number(process.env.BENCH_USERS ?? 0);
for (let n = 1; n <= users; n += 1) {
  await accounts.createUser({ login: benchLogin(n), name: `Bench ${n}`, role: 'coordinator', password: BENCH_PASSWORD });
}
const seeded = await seedSignUps(server.store, Number(process.env.BENCH_SEED_MEMBERS ?? 0));
process.on('SIGTERM', () => {
  void server.close().finally(() => process.exit(0));
});
console.log(JSON.stringify({ url: server.url, seeded }));
