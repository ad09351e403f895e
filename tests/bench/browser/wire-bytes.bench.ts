/**
 * Bytes on the wire: what the server sends a new phone (HTTP headers included, counted on the server's sockets)
 * for its first install — from the first navigation until the service worker has precached the app, i.e. until the
 * app works offline — and for a coordinator's first sync of the territory (sign-in, every pull page, the live
 * channel's opening). Against, in the same run: the same files uncompressed (their sizes in dist/) and the same
 * first sync on a second phone whose requests ask the API for no compression (`x-no-compression`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Socket } from 'node:net';
import { ROOT, startSeededServer } from '../lib/app-server';
import { openPhone, profileDir } from '../lib/browser';
import { signInAndSync } from '../lib/sign-in';
import { singleRow, type BenchRow } from '../lib/stats';

const KB = 1024;
const DIST = path.join(ROOT, 'dist');

/** Counts every byte the server writes, on connections already closed too. */
function meterOf(server: Server): { sent(): number } {
  const sockets: Socket[] = [];
  server.on('connection', (socket: Socket) => sockets.push(socket));
  return { sent: () => sockets.reduce((sum, socket) => sum + socket.bytesWritten, 0) };
}

/** The uncompressed size of what a first install downloads: the precache's files, the worker and its runtime. */
function rawInstallBytes(): number {
  const worker = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const precached = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] as string);
  const runtime = readdirSync(DIST).filter((name) => /^workbox-.*\.js$/.test(name));
  return [...precached, 'sw.js', ...runtime].reduce((sum, file) => sum + statSync(path.join(DIST, file)).size, 0);
}

interface Phase {
  install: number;
  sync: number;
}

/** A new phone: install until offline-ready, then sign in and sync; the bytes sent during each. */
async function newPhone(url: string, meter: { sent(): number }, timeoutMs: number, headers?: Record<string, string>): Promise<Phase> {
  const profile = profileDir('wire');
  const phone = await openPhone(profile.dir);
  try {
    if (headers) await phone.context.setExtraHTTPHeaders(headers);
    const start = meter.sent();
    await phone.page.goto(url);
    // The worker is activated only once its install, the precache, has fetched every file.
    await phone.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await phone.page.waitForLoadState('networkidle');
    const installed = meter.sent();
    await signInAndSync(phone.page, url, timeoutMs);
    return { install: installed - start, sync: meter.sent() - installed };
  } finally {
    await phone.context.close();
    profile.remove();
  }
}

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const members = smoke ? 150 : 10_000;
  const server = await startSeededServer(
    smoke ? { members, baskets: 30, otherGroups: 2, producers: 3 } : { members, baskets: 500, otherGroups: 20, producers: 12 },
  );
  try {
    const meter = meterOf(server.http);
    const timeoutMs = smoke ? 60_000 : 300_000;
    const compressed = await newPhone(server.url, meter, timeoutMs);
    const plain = await newPhone(server.url, meter, timeoutMs, { 'x-no-compression': '1' });
    const raw = rawInstallBytes();
    return [
      singleRow('bytes on the wire: first install, until offline-ready', 'KB', compressed.install / KB, {
        ratio: compressed.install / raw,
        note: `the same files uncompressed: ${Math.round(raw / KB)} KB`,
      }),
      singleRow(`bytes on the wire: first sync, ${members} members`, 'KB', compressed.sync / KB, { ratio: compressed.sync / plain.sync }),
      singleRow(`bytes on the wire: first sync, ${members} members, uncompressed`, 'KB', plain.sync / KB),
    ];
  } finally {
    await server.close();
  }
}
