import { describe, expect, it } from 'vitest';
import { getClientId, getDevice } from '../../../src/db/device';
import { runMutation } from '../../../src/db/mutate';
import { signUpArgs } from '../../factories/entities';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('device-test');

describe('getClientId', () => {
  it('creates the device record on first use and gives its client id after that', async () => {
    const clientId = await getClientId(db());
    expect(await db().device.toArray()).toEqual([expect.objectContaining({ clientId })]);
    expect(await getClientId(db())).toBe(clientId);
  });

  it('gives the id that the write path stamps on the outbox', async () => {
    await runMutation(db(), 'member.signUp', signUpArgs());
    const [entry] = await db().outbox.toArray();
    expect(await getClientId(db())).toBe(entry?.clientId);
  });

  it('forgets the id when the database is deleted and opened again', async () => {
    const before = await getClientId(db());
    db().close();
    await db().delete();
    await db().open();
    const after = await getClientId(db());
    expect(after).not.toBe(before);
    expect(after).toBe((await getDevice(db())).clientId);
  });
});
