/** What a contract form chooses from: members, groups, offers and their producers, read live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listGroups, listMembers, listOffers, listProducers } from '../../db/queries';
import type { Offer } from '../../domain/distribution/distribution-entities';
import type { Group, Member, Producer } from '../../domain/people/entities';

export interface ContractSources {
  members: Member[];
  groups: Group[];
  offers: Offer[];
  producers: Producer[];
}

/** undefined while any list is still being read. */
export function useContractSources(): ContractSources | undefined {
  const members = useLiveQuery(() => listMembers(db), []);
  const groups = useLiveQuery(() => listGroups(db), []);
  const offers = useLiveQuery(() => listOffers(db), []);
  const producers = useLiveQuery(() => listProducers(db), []);
  if (!members || !groups || !offers || !producers) return undefined;
  return { members, groups, offers, producers };
}
