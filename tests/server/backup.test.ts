// @vitest-environment node
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDataFile, restoreDataFile } from '../../src/server/store/backup';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { fullAccess } from '../../src/server/replication/access-policy';
import { applyPush } from '../../src/server/replication/push';
import { ServerClock } from '../../src/server/replication/server-clock';
import { signUpArgs } from '../factories/entities';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'court-circuit-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backupDataFile', () => {
  it('copies a live data file, committed pushes included, and never overwrites a file', async () => {
    const source = path.join(dir, 'live.sqlite');
    const store = new SqliteStore(source);
    const clock = new ServerClock();
    const actor = { userId: 'u', role: 'coordinator' as const, clientId: 'c', groupIds: [], producerId: null };
    await applyPush(
      actor,
      { clientId: 'c', mutations: [{ mutationId: 1, name: 'member.signUp', args: signUpArgs(), hlc: clock.next() }] },
      { store, clock, access: fullAccess },
    );

    const copy = path.join(dir, 'copies', 'copy.sqlite');
    await backupDataFile(source, copy);
    const file = new Database(copy, { readonly: true });
    expect(file.pragma('journal_mode', { simple: true })).toBe('delete');
    file.close();
    await store.close();

    const restored = new SqliteStore(copy);
    // The copy has an identity of its own: put back in place, phones see a server that was restored.
    expect(restored.epoch).toMatch(/^[0-9a-f]{32}$/);
    expect(restored.epoch).not.toBe(store.epoch);
    expect(await restored.read((tx) => tx.countChangesAfter(0))).toBe(1);
    expect(await restored.read((tx) => tx.lastMutationId('c'))).toBe(1);
    await restored.close();
    await expect(backupDataFile(source, copy)).rejects.toThrow(/existe déjà/);
    await expect(backupDataFile(path.join(dir, 'none.sqlite'), path.join(dir, 'x.sqlite'))).rejects.toThrow(/Aucune donnée/);
  });
});

describe('restoreDataFile', () => {
  it('puts a backup in place with a new epoch, keeps the file it replaces, and refuses while a server holds the file', async () => {
    const live = path.join(dir, 'live.sqlite');
    const backup = path.join(dir, 'backup.sqlite');
    const store = new SqliteStore(live);
    await backupDataFile(live, backup);
    const backupEpoch = new SqliteStore(backup);
    const epochs = [store.epoch, backupEpoch.epoch];
    await backupEpoch.close();

    await expect(restoreDataFile(backup, live, 'stamp')).rejects.toThrow(/arrêtez-le/);
    expect(existsSync(`${live}.before-restore-stamp`)).toBe(false);
    await store.close();

    const { epoch, previous } = await restoreDataFile(backup, live, 'stamp');
    expect(previous).toBe(`${live}.before-restore-stamp`);
    expect(epochs).not.toContain(epoch);
    const restored = new SqliteStore(live);
    expect(restored.epoch).toBe(epoch);
    await restored.close();
    const kept = new SqliteStore(`${live}.before-restore-stamp`);
    expect(kept.epoch).toBe(epochs[0]);
    await kept.close();
    await expect(restoreDataFile(path.join(dir, 'none.sqlite'), live, 'again')).rejects.toThrow(/introuvable/);
  });
});
