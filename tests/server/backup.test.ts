// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDataFile } from '../../src/server/store/backup';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { fullAccess } from '../../src/server/replication/access-policy';
import { applyPush } from '../../src/server/replication/push';
import { ServerClock } from '../../src/server/replication/server-clock';
import { signUpArgs } from '../factories/entities';

const dir = mkdtempSync(path.join(tmpdir(), 'court-circuit-backup-'));
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
    await store.close();

    const restored = new SqliteStore(copy);
    expect(await restored.read((tx) => tx.countChangesAfter(0))).toBe(1);
    expect(await restored.read((tx) => tx.lastMutationId('c'))).toBe(1);
    await restored.close();
    await expect(backupDataFile(source, copy)).rejects.toThrow(/existe déjà/);
    await expect(backupDataFile(path.join(dir, 'none.sqlite'), path.join(dir, 'x.sqlite'))).rejects.toThrow(/Aucune donnée/);
  });
});
