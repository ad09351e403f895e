import { useEffect, useState } from 'react';
import type { DeviceRecord } from '../../db/database';
import { db } from '../../db/database';
import { getDevice } from '../../db/device';

/** This phone's identity; undefined for the instant it takes to read (or, on first use, create) it. */
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
