/** This device's identity (client id, name), its clock and its mutation counter, kept in the `device` table. */
import { initialHlc } from '../domain/rows/hlc';
import { newId } from '../domain/rows/ids';
import type { CourtCircuitDb, DeviceRecord } from './database';
import { rememberBasis } from './write-memory';

// The client id never changes once the record exists, so a write needs no transaction to learn it. Keyed by the
// open connection: a database deleted and opened again (a reset) gets a new connection, hence a new record.
const clientIds = new WeakMap<IDBDatabase, string>();

function remember(db: CourtCircuitDb, device: DeviceRecord): DeviceRecord {
  const connection = db.backendDB();
  if (connection) clientIds.set(connection, device.clientId);
  return device;
}

/**
 * The one writer of the device record. The write path guesses its next write from the record as the last write
 * left it (write-memory.ts): told here, that memory follows every writer, so a rename or a sync does not make the
 * next tap's guess miss. Call inside a transaction that includes `device`.
 */
export function putDevice(db: CourtCircuitDb, device: DeviceRecord): Promise<string> {
  rememberBasis(db, { device });
  return db.device.put(device);
}

/** Reads the device record, creating it on first use. Call inside a transaction that includes `device`. */
export async function loadDevice(db: CourtCircuitDb): Promise<DeviceRecord> {
  const existing = await db.device.get('device');
  if (existing) return remember(db, existing);
  const clientId = newId();
  const created: DeviceRecord = { key: 'device', clientId, deviceName: '', hlc: initialHlc(clientId), nextMutationId: 1 };
  await putDevice(db, created);
  return remember(db, created);
}

export async function getDevice(db: CourtCircuitDb): Promise<DeviceRecord> {
  return db.transaction('rw', db.device, () => loadDevice(db));
}

/** This device's client id, from memory after the first read (which creates the record when there is none). */
export async function getClientId(db: CourtCircuitDb): Promise<string> {
  const connection = db.isOpen() ? db.backendDB() : null;
  const known = connection ? clientIds.get(connection) : undefined;
  return known ?? (await getDevice(db)).clientId;
}

export async function setDeviceName(db: CourtCircuitDb, deviceName: string): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    const device = await loadDevice(db);
    await putDevice(db, { ...device, deviceName: deviceName.trim().slice(0, 80) });
  });
}
