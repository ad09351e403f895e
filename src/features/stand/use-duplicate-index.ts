/**
 * The stand's index of the people this phone holds, for the duplicate warning. Its code (names within a typo,
 * the index) is loaded once the members are read, not in the first download: the warning can wait a tick, the
 * form's first paint cannot.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DuplicateIndex } from '../../domain/people/duplicates';
import type { Member } from '../../domain/people/entities';

type IndexModule = typeof import('../../domain/people/duplicates');

export function useDuplicateIndex(members: readonly Member[]): DuplicateIndex<Member> | undefined {
  const [module, setModule] = useState<IndexModule>();
  useEffect(() => {
    let live = true;
    void import('../../domain/people/duplicates').then((loaded) => {
      if (live) setModule(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  // Built once per list of members (a sync replaces it), so that each keystroke only looks a few people up.
  return useMemo(() => (module ? new module.DuplicateIndex(members) : undefined), [module, members]);
}
