/** This device's identity (client id, name), its clock and its mutation counter, kept in the `device` table. */
import { initialHlc } from '../domain/rows/hlc';
import { newId } from '../domain/rows/ids';
import type { CourtCircuitDb, DeviceRecord } from './database';
import { rememberBasis } from './write-memory';

// The client id changes only through renewClientId, which tells this memory, so a write needs no transaction to
// learn it. Keyed by the open connection: a database deleted and opened again (a reset) gets a new connection,
// hence a new record.
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

/**
 * Gives this device a new client id, for signing in an account other than the one the current id belongs to on
 * the server (a phone handed over after sign-out): a device id belongs to one account. Only with an empty outbox:
 * the changes waiting there were made under the old id, they are the previous account's and must be sent by it.
 * The new id has never pushed, so its counter starts again at 1 and nothing of it is acknowledged yet; the clock
 * keeps its time under the new id. Refusals of the old id's changes are dropped with it: they were the previous
 * account's to read, and their mutation ids would be taken again by the new id's. Rows and the pull position stay.
 * Answers false, changing nothing, when the outbox is not empty.
 */
export async function renewClientId(db: CourtCircuitDb): Promise<boolean> {
  return db.transaction('rw', [db.device, db.outbox, db.syncState, db.rejected], async () => {
    if ((await db.outbox.count()) > 0) return false;
    const device = await loadDevice(db);
    const clientId = newId();
    const renewed: DeviceRecord = { ...device, clientId, hlc: { ...device.hlc, node: clientId }, nextMutationId: 1 };
    await putDevice(db, renewed);
    remember(db, renewed);
    const state = await db.syncState.get('sync');
    if (state) await db.syncState.put({ ...state, ackedMutationId: 0 });
    await db.rejected.clear();
    return true;
  });
}

export async function setDeviceName(db: CourtCircuitDb, deviceName: string): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    const device = await loadDevice(db);
    await putDevice(db, { ...device, deviceName: deviceName.trim().slice(0, 80) });
  });
}
