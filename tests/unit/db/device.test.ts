import { describe, expect, it } from 'vitest';
import { getClientId, getDevice, setDeviceName } from '../../../src/db/device';
import { runMutation } from '../../../src/db/mutate';
import { applyPulledPage } from '../../../src/db/sync-apply';
import { recallBasis } from '../../../src/db/write-memory';
import { encodeHlc } from '../../../src/domain/rows/hlc';
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

describe("the device record and the write path's memory of it", () => {
  // The next tap is prepared from that memory: a writer that left it stale would make the guess miss every time.
  const stored = async () => db().device.get('device');

  it('follows a rename', async () => {
    await runMutation(db(), 'member.signUp', signUpArgs());
    await setDeviceName(db(), '  Téléphone du stand  ');
    expect((await stored())?.deviceName).toBe('Téléphone du stand');
    expect(recallBasis(db())?.device).toEqual(await stored());
  });

  it('follows a pull that moves the clock on', async () => {
    await runMutation(db(), 'member.signUp', signUpArgs());
    const ahead = encodeHlc({ wallMs: Date.now() + 60_000, counter: 3, node: 'other-phone' });
    const row = { id: 'm-pulled', deleted: false, demo: false, clocks: { firstName: ahead }, firstName: 'Léa' };
    await applyPulledPage(
      db(),
      { changes: [{ table: 'members', row }], cursor: 1, hasMore: false, remaining: 0, lastMutationId: 0 },
      Date.now(),
    );
    expect((await stored())?.hlc.wallMs).toBeGreaterThan(Date.now() + 30_000);
    expect(recallBasis(db())?.device).toEqual(await stored());
  });

  it('follows the first write, before any sync measured the clock offset', async () => {
    await runMutation(db(), 'member.signUp', signUpArgs());
    expect(recallBasis(db())).toEqual({ device: await stored(), clockOffsetMs: 0 });
  });
});
