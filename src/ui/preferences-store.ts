/** UI preferences of this browser (zustand, persisted in localStorage). Data never lives here: it is in Dexie. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface Preferences {
  language: 'fr' | 'en';
  setLanguage: (language: 'fr' | 'en') => void;
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      language: 'fr',
      setLanguage: (language) => set({ language }),
    }),
    { name: 'court-circuit.preferences' },
  ),
);
