/** What one member is linked to, live: the groups they belong to and their contracts. Lists answer as in use-lists.ts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { groupIdsOfMember, listContractsOfMember } from '../queries';

/** The ids of the groups a member belongs to ('' for no member: none). */
export const useGroupIdsOfMember = (memberId: string) => useLiveQuery(() => groupIdsOfMember(db, memberId), [memberId]);

/** A member's contracts, whatever their group. */
export const useContractsOfMember = (memberId: string) => useLiveQuery(() => listContractsOfMember(db, memberId), [memberId]);
