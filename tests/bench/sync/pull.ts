/**
 * Item 5b: pull N records into a new browser profile, and the servers' memory after serving it (item 6).
 * One app server seeded with N sign-ups through applyPush, one pouchdb-server database with the N equivalent
 * documents. Each run: a new on-disk profile signs in and runs one SyncEngine.syncOnce() (timed), then in the
 * same page the floor: the same N member rows written with raw IndexedDB in one transaction; and another new
 * profile replicates the PouchDB database into a fresh local PouchDB (timed). Order alternates by run. Beside the
 * two servers' RSS, the floor of the stack: a bare Fastify "hello world" on the same Node and flags.
 */
import { BENCH_PASSWORD, benchLogin } from '../server/bench-accounts';
import { ratioRow, summarize, type BenchRow } from '../lib/stats';
import { benchMembers, memberDoc } from '../server/members';
import { bareFastifyRss, rssOf, startAppServer, type Peer } from '../server/processes';
import { requestJson } from '../server/request-json';
import { openProfile } from './browser';

async function seedPouch(url: string, count: number): Promise<void> {
  await requestJson(url, { method: 'PUT' });
  const docs = benchMembers(count).map(memberDoc);
  for (let start = 0; start < docs.length; start += 1000) {
    await requestJson(`${url}/_bulk_docs`, { method: 'POST', body: { docs: docs.slice(start, start + 1000) } });
  }
  const info = await requestJson<{ doc_count: number }>(url);
  if (info.doc_count !== count) throw new Error(`pouchdb-server holds ${info.doc_count} of ${count}`);
}

export async function runPull({ smoke, distDir, pouch }: { smoke: boolean; distDir: string; pouch: Peer }): Promise<BenchRow[]> {
  const count = smoke ? 200 : 10_000;
  const runs = smoke ? 1 : 5;
  const server = await startAppServer({ distDir, users: runs, seedMembers: count });
  try {
    const remoteUrl = `${pouch.url}/pull-source`;
    await seedPouch(remoteUrl, count);
    const app: number[] = [];
    const floor: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const sides = run % 2 === 0 ? ['app', 'pouch'] : ['pouch', 'app'];
      for (const side of sides) {
        const profile = await openProfile(`${server.url}/`);
        try {
          const { page } = profile;
          if (side === 'app') {
            await page.evaluate((o) => window.bench.appSignIn(o), { dbName: 'pull', login: benchLogin(run + 1), password: BENCH_PASSWORD });
            const result = await page.evaluate((o) => window.bench.appSync(o), { dbName: 'pull' });
            if (result.pulled !== count || result.members !== count)
              throw new Error(`app pulled ${result.pulled}, holds ${result.members} of ${count}`);
            app.push(result.ms);
            const base = await page.evaluate((o) => window.bench.idbFloor(o), { dbName: 'pull', floorName: 'floor' });
            if (base.records !== count) throw new Error(`floor wrote ${base.records} of ${count}`);
            floor.push(base.ms);
          } else {
            const result = await page.evaluate((o) => window.bench.pouchPull(o), { dbName: 'pull', remoteUrl });
            if (result.docs !== count || result.local !== count)
              throw new Error(`PouchDB pulled ${result.docs}, holds ${result.local} of ${count}`);
            theirs.push(result.ms);
          }
        } finally {
          await profile.close();
        }
      }
    }
    const ours = rssOf(server.pid) / 2 ** 20;
    const peer = rssOf(pouch.pid) / 2 ** 20;
    const floorRss = (await bareFastifyRss()) / 2 ** 20;
    const label = count.toLocaleString('en');
    return [
      summarize(`sync: pull ${label} records into a new profile, app (syncOnce)`, 'ms', app),
      summarize(`sync: pull ${label} docs into a new profile, PouchDB replicate`, 'ms', theirs),
      summarize(`sync: floor, ${label} records in one IndexedDB transaction`, 'ms', floor),
      ratioRow(
        'sync: pull PouchDB / app',
        app.map((ms, i) => (theirs[i] as number) / ms),
        { atLeast: 5 },
      ),
      ratioRow(
        'sync: pull app / floor',
        app.map((ms, i) => ms / (floor[i] as number)),
        { atMost: 1.2 },
      ),
      summarize(`server: app server RSS after serving the ${label}-record pull`, 'MiB', [ours]),
      summarize(`server: pouchdb-server RSS after serving the ${label}-doc pull`, 'MiB', [peer]),
      // The floor of the stack itself: no server of Node and Fastify holds less than this.
      summarize('server: floor, a bare Fastify "hello world" on the same Node and flags', 'MiB', [floorRss]),
      ratioRow('server: memory app / bare Fastify', [ours / floorRss], { atMost: 1.3 }),
      summarize('server: memory pouchdb-server / app', '×', [peer / ours]),
    ];
  } finally {
    await server.stop();
  }
}
