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
const recalled = new WeakMap<IDBDatabase, Recalled>();
const connectionOf = (db: CourtCircuitDb) => (db.isOpen() ? db.backendDB() : null);

/**
 * Remembers the device record and the clock offset as a write left them, for the next write to guess from. A
 * write of either outside the write path (a sync) tells it too, or the next tap's guess would miss; told from
 * inside a transaction that then fails, the memory is wrong, which costs one guess, not a wrong write.
 */
export function rememberBasis(db: CourtCircuitDb, facts: Partial<Recalled>): void {
  const connection = connectionOf(db);
  if (!connection) return;
  const known = recalled.get(connection);
  const device = facts.device ?? known?.device;
  const clockOffsetMs = facts.clockOffsetMs ?? known?.clockOffsetMs;
  if (device && clockOffsetMs !== undefined) recalled.set(connection, { device, clockOffsetMs });
}

export function recallBasis(db: CourtCircuitDb): Recalled | undefined {
  const connection = connectionOf(db);
  return connection ? recalled.get(connection) : undefined;
}
