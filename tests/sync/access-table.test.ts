/**
 * The access table holds on both sides: for every mutation of the registry and every role, what a device of that
 * role answers (may, over the rows a real pull gave it) is what the server does with the same mutation pushed by
 * that account. A refusal of the server's access (forbidden) or of a row it says it does not know (notFound, a row
 * out of scope the device does not hold either) must be a "may not" on the device, and nothing else may be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/access/account';
import { runsMutation } from '../../src/domain/access/judge';
import { MUTATION_ACCESS } from '../../src/domain/access/mutation-access';
import { mutations, type MutationArgs, type MutationName } from '../../src/domain/mutations/registry';
import { may } from '../../src/db/may';
import { bearer, push, startAuthApp, type AuthApp } from '../helpers/auth-app';
import { ACCESS_CASES, type AccessCase } from './access-cases';
import { buildTerritory, openAccounts, pullDevice, territoryRows, type RoleDevice, type Territory } from './access-territory';

let t: AuthApp;
let rows: Territory;
const devices = {} as Record<Role, RoleDevice>;

/** The server's rows as the territory left them, put back before each push so that no case depends on another. */
function restoreTerritory(): void {
  t.sqlite.connection.exec('DELETE FROM rows; INSERT INTO rows SELECT * FROM territory');
}

beforeAll(async () => {
  t = await startAuthApp();
  rows = territoryRows();
  const writers = await openAccounts(t, rows);
  await buildTerritory(t, rows, writers);
  t.sqlite.connection.exec('CREATE TEMP TABLE territory AS SELECT * FROM rows');
  for (const role of ROLES) devices[role] = await pullDevice(t, role, writers[role], rows);
}, 60_000);

afterAll(async () => {
  for (const { db } of Object.values(devices)) {
    db.close();
    await db.delete();
  }
  await t.close();
});

// A row out of scope is answered as an unknown one (notFound), or as a taken id for a new row's id (exists).
const REFUSALS = ['forbidden', 'notFound', 'exists'];

describe('every mutation, every role: the device answers as the server does', () => {
  it('has cases for every mutation of the registry, and a row of the access table for each', () => {
    for (const name of Object.keys(mutations)) {
      expect(ACCESS_CASES[name as MutationName], `cases of ${name}`).toBeDefined();
      expect(MUTATION_ACCESS[name as MutationName], `access row of ${name}`).toBeDefined();
    }
  });

  for (const name of Object.keys(mutations) as MutationName[]) {
    it(name, async () => {
      const cases = (ACCESS_CASES[name] ?? []) as AccessCase<typeof name>[];
      expect(cases.length, `${name} has no case: add it to tests/sync/access-cases.ts`).toBeGreaterThan(0);
      for (const role of ROLES) {
        const { db, writer } = devices[role];
        for (const { label, args: argsOf } of cases) {
          const args = argsOf(rows) as MutationArgs<typeof name>;
          const device = await may(db, name, args);
          restoreTerritory();
          const { outcome } = await push(t.app, writer, name, args);
          const what = `${role}, ${name}, ${label}: ${JSON.stringify(outcome)}`;
          expect(outcome, what).toBeDefined();
          // Arguments a plan would refuse whatever the account would test nothing.
          expect(outcome?.status === 'rejected' && outcome.code === 'invalid', what).toBe(false);
          const serverLets = outcome?.status === 'applied' || !REFUSALS.includes(outcome?.code ?? '');
          expect(device, what).toBe(serverLets);
          if (label === 'in scope' && runsMutation(role, name)) expect(outcome?.status, what).toBe('applied');
        }
      }
    });
  }
});

describe('the owner of a row, on the devices', () => {
  it('reaches the coordinator’s and the animator’s devices with members and events, as the server recorded it', async () => {
    const { animator, coordinator } = devices;
    for (const device of [animator, coordinator]) {
      expect(await device.db.members.get(rows.mOwn.id)).toMatchObject({ ownerId: animator.writer.userId });
      expect(await device.db.members.get(rows.mMine.id)).toMatchObject({ ownerId: coordinator.writer.userId });
      expect(await device.db.events.get(rows.eMine.id)).toMatchObject({ ownerId: animator.writer.userId });
    }
  });

  it('never reaches a producer, whose phone keeps a member as a first name and an initial', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/sync/pull?clientId=${devices.producer.writer.clientId}&cursor=0&limit=2000`,
      headers: bearer(devices.producer.writer.token),
    });
    expect(response.body).toContain(rows.mMine.id);
    expect(response.body).not.toContain('ownerId');
    expect(await devices.producer.db.members.get(rows.mMine.id)).toMatchObject({ ownerId: null, lastName: 'M.' });
  });
});
