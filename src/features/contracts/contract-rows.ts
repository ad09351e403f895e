/** Contracts with the names they point to, and the list's filters (group, producer, member name, season). */
import { isActive, seasonTotalCents } from '../../domain/distribution/contract-form';
import type { Contract, Offer } from '../../domain/distribution/distribution-entities';
import type { Group, Member, Producer } from '../../domain/people/entities';
import { displayName } from '../../domain/people/member-search';
import { foldText } from '../../domain/people/normalise';

export interface ContractRow {
  contract: Contract;
  memberName: string;
  offer: Offer | undefined;
  producerName: string;
  groupName: string;
  totalCents: number;
}

export const SEASON_FILTERS = ['all', 'active', 'inactive'] as const;
export type SeasonFilter = (typeof SEASON_FILTERS)[number];

export interface ContractFilter {
  groupId: string;
  producerId: string;
  query: string;
  season: SeasonFilter;
}

export const NO_FILTER: ContractFilter = { groupId: '', producerId: '', query: '', season: 'all' };

interface Sources {
  members: readonly Member[];
  offers: readonly Offer[];
  producers: readonly Producer[];
  groups: readonly Group[];
}

export function contractRows(contracts: readonly Contract[], { members, offers, producers, groups }: Sources): ContractRow[] {
  const memberNames = new Map(members.map((member) => [member.id, displayName(member)]));
  const offersById = new Map(offers.map((offer) => [offer.id, offer]));
  const producerNames = new Map(producers.map((producer) => [producer.id, producer.name]));
  const groupNames = new Map(groups.map((group) => [group.id, group.name]));
  return contracts.map((contract) => ({
    contract,
    // A row whose member, offer… was deleted still shows, with '' where the name was.
    memberName: memberNames.get(contract.memberId) ?? '',
    offer: offersById.get(contract.offerId),
    producerName: producerNames.get(contract.producerId) ?? '',
    groupName: groupNames.get(contract.groupId) ?? '',
    totalCents: seasonTotalCents(contract),
  }));
}

export function filterContractRows(rows: readonly ContractRow[], filter: ContractFilter, today: string): ContractRow[] {
  const words = foldText(filter.query).split(' ').filter(Boolean);
  return rows.filter(({ contract, memberName }) => {
    if (filter.groupId && contract.groupId !== filter.groupId) return false;
    if (filter.producerId && contract.producerId !== filter.producerId) return false;
    if (filter.season !== 'all' && isActive(contract, today) !== (filter.season === 'active')) return false;
    const name = foldText(memberName);
    return words.every((word) => name.includes(word));
  });
}
