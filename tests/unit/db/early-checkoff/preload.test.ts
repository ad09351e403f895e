import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db/database';
import { readDistributionSetting } from '../../../../src/db/distribution-reads';
import { joinId } from '../../../../src/domain/rows/ids';
import type { Pickup } from '../../../../src/domain/distribution/distribution-entities';
import { checkoffPickups, checkoffSetting } from '../../../../src/db/checkoff-reads';
import { preloadCheckoffData } from '../../../../src/db/early-checkoff/preload';
import { EARLY_READ_GLOBAL, type CheckoffReadReply, type EarlyCheckoffRead } from '../../../../src/db/early-checkoff/messages';
import { resetAppDb } from '../../../helpers/app-db';
import { seedDistribution } from '../../features/checkoff/distribution-fixture';

let seed: Awaited<ReturnType<typeof seedDistribution>>;
const earlyRead = window as unknown as Record<string, EarlyCheckoffRead | undefined>;

beforeEach(async () => {
  await resetAppDb();
  seed = await seedDistribution();
});

afterEach(() => {
  earlyRead[EARLY_READ_GLOBAL] = undefined;
});

/** A pick-up the database does not hold: seen on screen, it can only have come from the worker's answer. */
const workerOnlyPickup = (): Pickup => ({
  id: joinId(seed.distribution.id, seed.contracts.marcBread.id),
  deleted: false,
  demo: false,
  clocks: {},
  distributionId: seed.distribution.id,
  contractId: seed.contracts.marcBread.id,
  memberId: seed.marc.id,
  producerId: seed.bakery.id,
  status: 'collected',
  collectedBy: '',
  recordedAt: '2026-04-07T18:00:00.000Z',
  deviceId: 'another-phone',
});

async function workerAnswer(): Promise<CheckoffReadReply> {
  return {
    ok: true,
    distributionId: seed.distribution.id,
    setting: await readDistributionSetting(db, seed.distribution.id),
    pickups: [workerOnlyPickup()],
  };
}

/** A stand-in for `new Worker(…)`: answers `reply` (or fails) once the page has set its handlers, as a worker does. */
function fakeWorker(reply: CheckoffReadReply | 'error'): Worker {
  const worker = { onmessage: null, onerror: null } as unknown as Worker;
  setTimeout(() => {
    if (reply === 'error') worker.onerror?.(new Event('error') as ErrorEvent);
    else worker.onmessage?.(new MessageEvent('message', { data: reply }));
  }, 0);
  return worker;
}

describe('preloadCheckoffData', () => {
  it("seeds the check-off with the worker's answer, then the live queries take over when the screen reads them", async () => {
    const reply = await workerAnswer();
    const createWorker = vi.fn(() => fakeWorker(reply));
    await preloadCheckoffData(seed.distribution.id, createWorker);
    expect(createWorker).toHaveBeenCalledWith(seed.distribution.id);

    const pickups = checkoffPickups(seed.distribution.id);
    expect(pickups.getValue()).toEqual([workerOnlyPickup()]);
    expect(checkoffSetting(seed.distribution.id).getValue()?.contracts).toHaveLength(5);
    const seen: Pickup[][] = [];
    const reader = pickups.subscribe((value) => seen.push(value));
    // The live read replaces the answer: the database holds no pick-up.
    await vi.waitFor(() => expect(seen).toEqual([[workerOnlyPickup()], []]));
    reader.unsubscribe();
  });

  it.each([
    [
      'cannot be started',
      () => {
        throw new Error('no workers here');
      },
    ],
    ['fails', () => fakeWorker('error')],
    ['answers an error', () => fakeWorker({ ok: false, message: 'IndexedDB is closed' })],
  ])('reads on the page when the worker %s', async (_case, createWorker) => {
    await preloadCheckoffData(seed.distribution.id, createWorker);
    expect(checkoffSetting(seed.distribution.id).getValue()?.contracts).toHaveLength(5);
    expect(checkoffPickups(seed.distribution.id).getValue()).toEqual([]);
  });

  it("takes the answer of the worker the page's first script started for this distribution, and starts none", async () => {
    earlyRead[EARLY_READ_GLOBAL] = { distributionId: seed.distribution.id, reply: workerAnswer() };
    const createWorker = vi.fn(() => fakeWorker('error'));
    await preloadCheckoffData(seed.distribution.id, createWorker);
    expect(createWorker).not.toHaveBeenCalled();
    expect(checkoffPickups(seed.distribution.id).getValue()).toEqual([workerOnlyPickup()]);
  });

  it('ignores an answer about another distribution', async () => {
    const other = { ...(await workerAnswer()), distributionId: 'another-distribution' };
    await preloadCheckoffData(seed.distribution.id, () => fakeWorker(other));
    expect(checkoffPickups(seed.distribution.id).getValue()).toEqual([]);
  });
});
