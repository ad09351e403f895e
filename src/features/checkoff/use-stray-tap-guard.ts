/**
 * Tells the row taps a volunteer cannot have meant. The second tap of a double tap comes ~150 ms after the first, at
 * the same spot: once the search has been cleared the list there shows other baskets, and it would untick someone
 * else's; with the list in place, it lands on the same basket's new button ("Décocher"). A volunteer's next real
 * tap waits for the next person, well over half a second later; a tap on another basket of a list that did not move
 * is meant (ticking down a list, as the benchmark does). The last-action line's "Annuler" stays where it is and
 * after an undo still reads "Annuler", now for the undo: a double tap's second tap there would undo the undo.
 */
import { useMemo, useRef } from 'react';

const SETTLE_MS = 450;

interface LastTap {
  /** Until when a tap may still be the action's second one; Infinity while the action is being written. */
  until: number;
  /** Whether the action re-laid the list out (its search cleared). */
  relaid: boolean;
  contractId: string;
  /** Whether the list is narrowed by a search, which a tick clears. */
  searching: boolean;
  /** Whether the action was an undo. */
  undo: boolean;
}

export interface StrayTapGuard {
  /** An action on this basket starts, from a row or from "Annuler". */
  started: (contractId: string, undo: boolean) => void;
  /** It is done; whether it cleared the search. */
  done: (clearedSearch: boolean) => void;
  /** The volunteer typed in the search: they look at the list anew, whatever the last action was. */
  typed: (query: string) => void;
  isStray: (contractId: string) => boolean;
  /** Whether a tap on "Annuler" is stray: while an action is written it would undo the one before. */
  isStrayUndo: () => boolean;
}

export function useStrayTapGuard(): StrayTapGuard {
  const last = useRef<LastTap>({ until: 0, relaid: false, contractId: '', searching: false, undo: false });
  return useMemo(
    () => ({
      started: (contractId, undo) => {
        last.current = { ...last.current, until: Infinity, contractId, undo };
      },
      done: (clearedSearch) => {
        const relaid = clearedSearch && last.current.searching;
        last.current = { ...last.current, until: Date.now() + SETTLE_MS, relaid, searching: last.current.searching && !clearedSearch };
      },
      typed: (query) => {
        last.current = { ...last.current, until: 0, searching: query !== '' };
      },
      isStray: (contractId) => {
        const { until, relaid, contractId: acted } = last.current;
        return Date.now() < until && (until === Infinity || relaid || contractId === acted);
      },
      isStrayUndo: () => {
        const { until, undo } = last.current;
        return Date.now() < until && (until === Infinity || undo);
      },
    }),
    [],
  );
}
