/** This device's identity for screens: its record (client id, name) and its name, live. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type DeviceRecord } from '../database';
import { getDevice } from '../device';
import { getDeviceName } from '../queries';

/**
 * This device's record; undefined for the instant it takes to read (or, on first use, create) it. Read once rather
 * than live: creating the record is a write, which a live query may not do.
 */
export function useDevice(): DeviceRecord | undefined {
  const [device, setDevice] = useState<DeviceRecord>();
  useEffect(() => {
    let mounted = true;
    void getDevice(db).then((found) => {
      if (mounted) setDevice(found);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return device;
}

/** This device's name, '' if unnamed; undefined while reading. */
export function useDeviceName(): string | undefined {
  return useLiveQuery(() => getDeviceName(db), []);
}
