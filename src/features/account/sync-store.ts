/**
 * The running sync, as the screens reach it: the scheduler the app started (for "sync now") and the transport
 * (for signing in and the devices list). Tests put fakes here.
 */
import { create } from 'zustand';
import type { SyncResult } from '../../sync/engine';
import type { Transport } from '../../sync/transport';

export interface SyncRuntime {
  syncNow: () => Promise<SyncResult | null>;
  transport: Transport;
}

interface SyncStore {
  runtime: SyncRuntime | null;
  /** True while a sync asked for from a screen is running. */
  syncing: boolean;
  setRuntime: (runtime: SyncRuntime | null) => void;
  syncNow: () => Promise<SyncResult | null>;
}

export const useSyncStore = create<SyncStore>((set, get) => ({
  runtime: null,
  syncing: false,
  setRuntime: (runtime) => set({ runtime }),
  async syncNow() {
    const { runtime } = get();
    if (!runtime) return null;
    set({ syncing: true });
    try {
      return await runtime.syncNow();
    } finally {
      set({ syncing: false });
    }
  },
}));
