/** What hangs on one group, live: its members' ids, its coming distributions, its history. Lists answer as in use-lists.ts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { memberIdsOfGroup, upcomingDistributionsOf } from '../queries';
import { readGroupHistory } from '../distribution-reads';

export const useMemberIdsOfGroup = (groupId: string) => useLiveQuery(() => memberIdsOfGroup(db, groupId), [groupId]);

/** A group's distributions from a day on (YYYY-MM-DD), soonest first; none for no group (''). */
export const useUpcomingDistributions = (groupId: string, from: string) =>
  useLiveQuery(() => (groupId ? upcomingDistributionsOf(db, groupId, from) : Promise.resolve([])), [groupId, from]);

/** A group's distributions with their contracts, absences and check-offs (the loyalty figure); undefined while reading. */
export const useGroupHistory = (groupId: string) => useLiveQuery(() => readGroupHistory(db, groupId), [groupId]);
