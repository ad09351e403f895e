/**
 * Item 5a: push N offline changes. Each run, in one on-disk browser profile: a new app server, warmed by N other
 * sign-ups pushed from another device (so the pull that ends a sync brings back 2N rows), a device signed in that
 * made N sign-ups offline through runMutation,
 * then one SyncEngine.syncOnce() timed — its push part ends when the first pull request starts. Beside it, in the
 * same page: N equivalent documents in a local PouchDB, then one one-shot PouchDB.replicate to a new database of
 * pouchdb-server, timed. The side that goes first alternates from run to run.
 */
import { ADMIN_LOGIN, BENCH_PASSWORD } from '../server/bench-accounts';
import { ratioRow, summarize, type BenchRow } from '../lib/stats';
import { startAppServer, type Peer } from '../server/processes';
import { openProfile } from './browser';

interface AppPush {
  ms: number;
  pushMs: number;
  pushed: number;
  pending: number;
  members: number;
}

export async function runPush({ smoke, distDir, pouch }: { smoke: boolean; distDir: string; pouch: Peer }): Promise<BenchRow[]> {
  const count = smoke ? 50 : 1000;
  const runs = smoke ? 2 : 5;
  const app: AppPush[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // pouchdb-server runs through all the runs and is warm; a new app server is not, until it has taken a push of
    // this size: other people's sign-ups (seed 2) are pushed to it first, as to a server that has been running.
    const server = await startAppServer({ distDir, seedMembers: count, seedOf: 2 });
    const profile = await openProfile(`${server.url}/`);
    try {
      const { page } = profile;
      const dbName = `push-${run}`;
      const sides = run % 2 === 0 ? ['app', 'pouch'] : ['pouch', 'app'];
      for (const side of sides) {
        if (side === 'app') {
          await page.evaluate((o) => window.bench.appOffline(o), { dbName, login: ADMIN_LOGIN, password: BENCH_PASSWORD, count });
          const result = await page.evaluate((o) => window.bench.appSync(o), { dbName });
          if (result.pushed !== count || result.pending !== 0 || result.members !== 2 * count)
            throw new Error(`app push incomplete: ${JSON.stringify(result)}`);
          app.push(result);
        } else {
          const made = await page.evaluate((o) => window.bench.pouchOffline(o), { dbName, count });
          if (made.docs !== count) throw new Error(`PouchDB holds ${made.docs} of ${count}`);
          const result = await page.evaluate((o) => window.bench.pouchPush(o), {
            dbName,
            remoteUrl: `${pouch.url}/push-${Date.now()}-${run}`,
          });
          if (result.docs !== count) throw new Error(`PouchDB pushed ${result.docs} of ${count}`);
          theirs.push(result.ms);
        }
      }
    } finally {
      await profile.close();
      await server.stop();
    }
  }
  const label = count.toLocaleString('en');
  return [
    summarize(
      `sync: push ${label} sign-ups, app (push part of syncOnce)`,
      'ms',
      app.map((r) => r.pushMs),
    ),
    summarize(
      `sync: push ${label} sign-ups, app (whole syncOnce: push, then pull of these and the warm-up's rows)`,
      'ms',
      app.map((r) => r.ms),
    ),
    summarize(`sync: push ${label} docs, PouchDB replicate to pouchdb-server`, 'ms', theirs),
    ratioRow(
      'sync: push PouchDB / app (push part)',
      app.map((r, i) => (theirs[i] as number) / r.pushMs),
      { atLeast: 5 },
    ),
    ratioRow(
      'sync: push PouchDB / app (whole syncOnce)',
      app.map((r, i) => (theirs[i] as number) / r.ms),
      { atLeast: 5 },
    ),
  ];
}
