/**
 * What the stand keeps on this phone across reloads, closed tabs and app updates: the chosen event and the
 * person being typed. It is a draft, not data: it becomes a member only through `member.signUp`.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyDraft, type SignupDraft } from './stand-form';

export interface StandState {
  eventId: string | null;
  draft: SignupDraft;
  chooseEvent: (eventId: string, quarterId: string | null) => void;
  leaveEvent: () => void;
  updateDraft: (patch: Partial<SignupDraft>) => void;
  resetDraft: (quarterId: string | null) => void;
}

type Persisted = Pick<StandState, 'eventId' | 'draft'>;

export const STAND_STORAGE_KEY = 'court-circuit.stand';

export const useStandStore = create<StandState>()(
  persist(
    (set) => ({
      eventId: null,
      draft: emptyDraft(null),
      chooseEvent: (eventId, quarterId) => set((state) => ({ eventId, draft: { ...state.draft, quarterId: quarterId ?? '' } })),
      leaveEvent: () => set({ eventId: null }),
      updateDraft: (patch) => set((state) => ({ draft: { ...state.draft, ...patch } })),
      resetDraft: (quarterId) => set({ draft: emptyDraft(quarterId) }),
    }),
    {
      name: STAND_STORAGE_KEY,
      version: 1,
      partialize: (state): Persisted => ({ eventId: state.eventId, draft: state.draft }),
      // A draft saved by an older version may lack fields added since: fill them in rather than lose the draft.
      merge: (stored, current) => {
        const saved = (stored ?? {}) as Partial<Persisted>;
        return { ...current, eventId: saved.eventId ?? null, draft: { ...current.draft, ...saved.draft } };
      },
    },
  ),
);
