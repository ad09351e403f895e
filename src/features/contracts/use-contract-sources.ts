/** What a contract form chooses from: members, groups, offers and their producers, read live. */
import { useGroups, useMembers, useOffers, useProducers } from '../../db/hooks/use-lists';
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
  const members = useMembers();
  const groups = useGroups();
  const offers = useOffers();
  const producers = useProducers();
  if (!members || !groups || !offers || !producers) return undefined;
  return { members, groups, offers, producers };
}
