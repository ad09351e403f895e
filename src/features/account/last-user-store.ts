/**
 * Who last signed in on this phone, remembered after sign-out, so that someone else signing in is warned that the
 * changes waiting here will be sent under their name and that the data here was the other person's.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SessionUserRecord } from '../../db/session';

interface LastUserStore {
  lastUser: SessionUserRecord | null;
  remember: (user: SessionUserRecord) => void;
}

export const useLastUser = create<LastUserStore>()(
  persist((set) => ({ lastUser: null, remember: (user) => set({ lastUser: user }) }), { name: 'court-circuit.last-user' }),
);
