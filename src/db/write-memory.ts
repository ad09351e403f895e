/**
 * The device record and clock offset as the last write on a connection left them: what the next write guesses
 * its basis from (write-basis.ts). Apart, so that the syncs that change them tell it without loading the guess.
 */
import type { CourtCircuitDb, DeviceRecord } from './database';

export interface Recalled {
  device: DeviceRecord;
  clockOffsetMs: number;
}

// Keyed by the open connection, as the client id in device.ts: a database deleted and opened again starts afresh.
// Each fact is kept as soon as it is told: the device record is told by its one writer (putDevice), the clock
// offset by the syncs that measure it, and a guess needs both.
const recalled = new WeakMap<IDBDatabase, Partial<Recalled>>();
const connectionOf = (db: CourtCircuitDb) => (db.isOpen() ? db.backendDB() : null);

/**
 * Remembers the device record or the clock offset as a write left them, for the next write to guess from. Told
 * from inside a transaction that then fails, the memory is wrong, which costs one guess, not a wrong write.
 */
export function rememberBasis(db: CourtCircuitDb, facts: Partial<Recalled>): void {
  const connection = connectionOf(db);
  if (connection) recalled.set(connection, { ...recalled.get(connection), ...facts });
}

export function recallBasis(db: CourtCircuitDb): Recalled | undefined {
  const connection = connectionOf(db);
  const known = connection ? recalled.get(connection) : undefined;
  return known?.device && known.clockOffsetMs !== undefined ? { device: known.device, clockOffsetMs: known.clockOffsetMs } : undefined;
}
