// @vitest-environment node
/**
 * A server restored from a backup older than what phones had synced: every phone resumes on its own, sends again
 * what the server lost and it still holds, and ends equal to the server (docs/sync-protocol.md, "After a restore").
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb, STORES_V1, STORES_V2, STORES_V3 } from '../../src/db/database';
import { runMutation } from '../../src/db/mutate';
import { SyncEngine } from '../../src/sync/engine';
import { backupDataFile, restoreDataFile } from '../../src/server/store/backup';
import { signUpArgs } from '../factories/entities';
import { createClient, injectFetch, replicaState, serverState, startTestServer, type TestClient, type TestServer } from './harness';

let server: TestServer;
let dir: string;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  dir = mkdtempSync(path.join(tmpdir(), 'court-circuit-restore-'));
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function phone(name: string) {
  const created = await createClient(name, injectFetch(server));
  clients.push(created);
  return created;
}

async function syncAll(phones: readonly TestClient[]) {
  for (const p of phones) expect(await p.engine.syncOnce(), p.name).toMatchObject({ ok: true });
}

const byName = (a: string, b: string) => a.localeCompare(b, 'fr');
const firstNames = async (db: TestClient['db']) => (await db.members.toArray()).map((m) => m.firstName).sort(byName);

const RESTORES = {
  'npm run restore (restoreDataFile)': (backup: string, file: string) => restoreDataFile(backup, file, 'test'),
  // The backup has an epoch of its own, so a copy put back by hand is recognised too.
  'a copy of the backup put back by hand': async (backup: string, file: string) => {
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    copyFileSync(backup, file);
  },
};

describe('a server restored from an older backup', () => {
  for (const [how, restore] of Object.entries(RESTORES)) {
    it(`loses nobody's work: ${how}`, async () => {
      const a = await phone('a');
      const b = await phone('b');
      // A phone that only reads: its cursor is past what the restored server has, and it must not skip what follows.
      const reader = await phone('reader');
      const awa = signUpArgs({ firstName: 'Awa' });
      await runMutation(a.db, 'member.signUp', awa);
      await runMutation(b.db, 'member.signUp', signUpArgs({ firstName: 'Bruno' }));
      await syncAll([a, b, a, reader]);

      const backup = path.join(dir, 'backup.sqlite');
      await backupDataFile(server.file, backup);

      // After the backup: sign-ups on both phones, and an edit of a row the backup has, all acknowledged.
      await runMutation(a.db, 'member.signUp', signUpArgs({ firstName: 'Chloé' }));
      await runMutation(a.db, 'member.signUp', signUpArgs({ firstName: 'Charles' }));
      await runMutation(b.db, 'member.signUp', signUpArgs({ firstName: 'Damien' }));
      await runMutation(b.db, 'member.update', { id: awa.id, patch: { notes: 'rappeler en septembre' } });
      await syncAll([a, b, a, reader]);
      expect(await firstNames(reader.db)).toEqual(['Awa', 'Bruno', 'Charles', 'Chloé', 'Damien']);

      await server.restart(() => restore(backup, server.file));
      expect((await serverState(server)).members).toHaveLength(2);

      // Both keep working offline, then sync: neither is stuck.
      await runMutation(a.db, 'member.signUp', signUpArgs({ firstName: 'Émile' }));
      await runMutation(b.db, 'member.signUp', signUpArgs({ firstName: 'Fatou' }));
      await runMutation(b.db, 'member.update', { id: awa.id, patch: { householdSize: 4 } });
      await syncAll([a, b, a, b, reader]);

      const expected = await serverState(server);
      expect(expected.members?.map((m) => (m as { firstName: string }).firstName).sort(byName)).toEqual([
        'Awa',
        'Bruno',
        'Charles',
        'Chloé',
        'Damien',
        'Émile',
        'Fatou',
      ]);
      expect(expected.members?.find((m) => (m as { id: string }).id === awa.id)).toMatchObject({
        notes: 'rappeler en septembre',
        householdSize: 4,
      });
      for (const p of [a, b, reader]) {
        expect(await replicaState(p.db), p.name).toEqual(expected);
        expect(await p.db.outbox.count(), p.name).toBe(0);
        expect(await p.db.rejected.count(), p.name).toBe(0);
      }

      // And it goes on as usual afterwards.
      await runMutation(b.db, 'member.signUp', signUpArgs({ firstName: 'Gaëlle' }));
      await syncAll([b, a]);
      expect(await firstNames(a.db)).toContain('Gaëlle');
    });
  }
});

describe('the journal (database version 7)', () => {
  it('opens a database of the previous release, whose outbox still applies, then journals what the server applied', async () => {
    const scratch = await phone('scratch');
    await runMutation(scratch.db, 'member.signUp', signUpArgs({ firstName: 'Hélène' }));
    const [entry] = await scratch.db.outbox.toArray();
    const device = await scratch.db.device.get('device');
    const session = await scratch.db.session.get('session');

    // The previous release's database: versions 4 to 6 added no table.
    const name = `previous-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    for (const version of [4, 5, 6]) old.version(version).stores({});
    await old.open();
    await old.table('outbox').put(entry);
    await old.table('device').put(device);
    await old.table('session').put(session);
    old.close();

    const upgraded = new CourtCircuitDb(name);
    try {
      expect(await upgraded.outbox.toArray()).toEqual([entry]);
      const engine = new SyncEngine({ db: upgraded, transport: { baseUrl: '', fetch: injectFetch(server) } });
      expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 1, rejected: 0 });
      expect((await serverState(server)).members).toMatchObject([{ firstName: 'Hélène' }]);
      expect(await upgraded.outbox.count()).toBe(0);
      expect(await upgraded.journal.toArray()).toMatchObject([{ mutationId: entry?.mutationId, name: 'member.signUp' }]);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
