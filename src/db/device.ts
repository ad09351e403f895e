/** This device's identity (client id, name), its clock and its mutation counter, kept in the `device` table. */
import { initialHlc } from '../domain/hlc';
import { newId } from '../domain/ids';
import type { CourtCircuitDb, DeviceRecord } from './database';

/** Reads the device record, creating it on first use. Call inside a transaction that includes `device`. */
export async function loadDevice(db: CourtCircuitDb): Promise<DeviceRecord> {
  const existing = await db.device.get('device');
  if (existing) return existing;
  const clientId = newId();
  const created: DeviceRecord = { key: 'device', clientId, deviceName: '', hlc: initialHlc(clientId), nextMutationId: 1 };
  await db.device.put(created);
  return created;
}

export async function getDevice(db: CourtCircuitDb): Promise<DeviceRecord> {
  return db.transaction('rw', db.device, () => loadDevice(db));
}

export async function setDeviceName(db: CourtCircuitDb, deviceName: string): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    const device = await loadDevice(db);
    await db.device.put({ ...device, deviceName: deviceName.trim().slice(0, 80) });
  });
}
