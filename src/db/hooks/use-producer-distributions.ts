/** The distributions where a producer has baskets due, with their group, by date; none for no producer. Lists answer as in use-lists.ts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { listProducerDistributions } from '../distribution-reads';

export type ProducerDistribution = Awaited<ReturnType<typeof listProducerDistributions>>[number];

export function useProducerDistributions(producerId: string | null): ProducerDistribution[] | undefined {
  return useLiveQuery(() => (producerId ? listProducerDistributions(db, producerId) : Promise.resolve([])), [producerId]);
}
