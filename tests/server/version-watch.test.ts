// @vitest-environment node
/** The store's announcements: the latest version at once, then once per commit that changed rows, never for a rollback. */
import { afterEach, expect, it } from 'vitest';
import { signUpArgs } from '../factories/entities';
import { accountWithPhone, push, startAuthApp, type AuthApp } from '../helpers/auth-app';

let t: AuthApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

it('tells a listener the latest version, then each commit’s, and nothing for a write rolled back', async () => {
  const app = await startAuthApp();
  t = app;
  const phone = await accountWithPhone(app.accounts, { login: 'marie', name: 'Marie', role: 'coordinator' });
  const heard: number[] = [];
  const stop = app.store.watchVersions((version) => heard.push(version));
  expect(heard).toEqual([0]);

  await push(app.app, phone, 'member.signUp', signUpArgs());
  await nextTurn();
  const latest = Number((await app.store.accountsDb.get<{ v: number }>('SELECT max(version) AS v FROM rows'))?.v);
  expect(latest).toBeGreaterThan(0);
  expect(heard).toEqual([0, latest]);

  const [some] = await app.store.read((tx) => tx.changesAfter(0, 1));
  if (!some) throw new Error('no row');
  await expect(
    app.store.write(async (tx) => {
      await tx.putRow(some.table, some.row, some.ownerId);
      throw new Error('refused');
    }),
  ).rejects.toThrow('refused');
  await nextTurn();
  expect(heard).toEqual([0, latest]);

  stop();
  await push(app.app, phone, 'member.signUp', signUpArgs());
  await nextTurn();
  expect(heard).toEqual([0, latest]);
});
