/** This device's identity on the app's database, for screens: its record, its client id, naming it. */
import { db, type DeviceRecord } from './database';
import { getClientId, getDevice, renewClientId, setDeviceName } from './device';

/** The device's record, created on first use. */
export const readDevice = (): Promise<DeviceRecord> => getDevice(db);

/** The device's client id, from memory after the first read. */
export const readClientId = (): Promise<string> => getClientId(db);

export const renameDevice = (deviceName: string): Promise<void> => setDeviceName(db, deviceName);

/** A new client id for another account signing in, when nothing waits to be sent (device.ts renewClientId). */
export const renewDeviceId = (): Promise<boolean> => renewClientId(db);
