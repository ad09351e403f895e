/**
 * Item 6: mutations applied per second and p99 latency with 50 concurrent clients, the app's POST /api/sync/push
 * against pouchdb-server's POST /{db}/_bulk_docs, with the same sign-ups, BATCH per request on both sides.
 *
 * autocannon drives both, 50 connections, one request in flight per connection. On the app's side every request
 * is a real device: its own account, session and clientId, and mutation ids that grow by one (the server refuses a
 * gap, so a lost or reordered request would show up as fewer mutations applied). Connections take a device from a
 * pool in setupRequest and give it back in onResponse (autocannon resets its per-connection `context` after each
 * turn of `requests`, so it cannot hold the device). "Applied" is counted from the response bodies: outcomes with
 * status "applied" for the app, `ok: true` entries for PouchDB. Runs alternate app/PouchDB.
 */
import type autocannon from 'autocannon';
import { newId } from '../../../src/domain/rows/ids';
import { benchLogin } from './bench-accounts';
import { ratioRow, summarize, type BenchRow } from '../lib/stats';
import { authHeaders, signIn, signUpMutations, type Device } from './devices';
import { benchMembers, memberDoc } from './members';
import { cleanup, startAppServer, startPouchServer } from './processes';
import { requestJson } from './request-json';
import { requirePeer } from '../peers/peers';

const CONNECTIONS = 50;
const BATCH = 10;

interface LoadResult {
  applied: number;
  seconds: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx: number;
}

const template = benchMembers(1)[0];
function freshSignUp() {
  if (!template) throw new Error('no template sign-up');
  return { ...template, id: newId() };
}

/** The same load on both sides: CONNECTIONS connections, one request in flight each, for `seconds`. */
function load(url: string, seconds: number, request: autocannon.RequestStep): Promise<autocannon.Result> {
  const options: autocannon.Options = { url, connections: CONNECTIONS, pipelining: 1, duration: seconds, timeout: 30, requests: [request] };
  // A peer of the benchmarks, loaded from tests/bench/peers (the module above gives only its types).
  const drive = requirePeer<typeof autocannon>('autocannon');
  return new Promise((resolve, reject) => {
    drive(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(result: autocannon.Result, applied: number): LoadResult {
  return {
    applied,
    seconds: result.duration,
    p99: result.latency.p99,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function loadApp(url: string, devices: Device[], seconds: number): Promise<LoadResult> {
  const free = [...devices];
  let applied = 0;
  const result = await load(url, seconds, {
    method: 'POST',
    path: '/api/sync/push',
    setupRequest(request, context) {
      const device = free.pop();
      if (!device) throw new Error('no free device: a connection kept one');
      context.device = device;
      const mutations = signUpMutations(device, Array.from({ length: BATCH }, freshSignUp));
      return {
        ...request,
        headers: { 'content-type': 'application/json', ...authHeaders(device) },
        body: JSON.stringify({ clientId: device.clientId, mutations }),
      };
    },
    onResponse(status, body, context) {
      const device = context.device as Device;
      if (status === 200) {
        const answer = JSON.parse(body) as { lastMutationId: number; outcomes: { status: string }[] };
        applied += answer.outcomes.filter((o) => o.status === 'applied').length;
        // A refused or cut batch would leave a gap; start again after what the server settled.
        device.nextMutationId = answer.lastMutationId + 1;
      }
      free.push(device);
    },
  });
  return summary(result, applied);
}

async function loadPouch(url: string, seconds: number): Promise<LoadResult> {
  let applied = 0;
  const result = await load(url, seconds, {
    method: 'POST',
    path: '/bench/_bulk_docs',
    setupRequest(request) {
      const docs = Array.from({ length: BATCH }, () => memberDoc(freshSignUp()));
      return { ...request, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ docs }) };
    },
    onResponse(status, body) {
      if (status === 201 || status === 200) applied += (JSON.parse(body) as { ok?: boolean }[]).filter((r) => r.ok).length;
    },
  });
  return summary(result, applied);
}

export async function runServerThroughput({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const runs = smoke ? 1 : 5;
  const seconds = smoke ? 2 : 10;
  try {
    const app = await startAppServer({ users: CONNECTIONS });
    const pouch = await startPouchServer();
    await requestJson(`${pouch.url}/bench`, { method: 'PUT' });
    // One after the other: the server checks two passwords at a time and turns a longer queue away (429).
    const devices: Device[] = [];
    for (let n = 1; n <= CONNECTIONS; n += 1) devices.push(await signIn(app.url, benchLogin(n)));
    const ours: LoadResult[] = [];
    const theirs: LoadResult[] = [];
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['app', 'pouch'] : ['pouch', 'app'];
      for (const side of order) {
        if (side === 'app') ours.push(await loadApp(app.url, devices, seconds));
        else theirs.push(await loadPouch(pouch.url, seconds));
      }
    }
    for (const r of [...ours, ...theirs])
      if (r.errors > 0 || r.non2xx > 0) throw new Error(`load run had ${r.errors} errors and ${r.non2xx} non-2xx answers`);
    const rate = (r: LoadResult) => r.applied / r.seconds;
    return [
      summarize(`server: app push, ${CONNECTIONS} clients, ${BATCH} sign-ups/request`, 'mutations/s', ours.map(rate)),
      summarize(`server: pouchdb-server _bulk_docs, ${CONNECTIONS} clients, ${BATCH} docs/request`, 'docs/s', theirs.map(rate)),
      ratioRow(
        'server: throughput app / pouchdb-server',
        ours.map((r, i) => rate(r) / rate(theirs[i] as LoadResult)),
        { atLeast: 3 },
      ),
      summarize(
        'server: app push p99 latency',
        'ms',
        ours.map((r) => r.p99),
      ),
      summarize(
        'server: pouchdb-server _bulk_docs p99 latency',
        'ms',
        theirs.map((r) => r.p99),
      ),
    ];
  } finally {
    await cleanup();
  }
}
