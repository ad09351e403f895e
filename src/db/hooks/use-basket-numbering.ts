/**
 * Stores the basket numbers of a distribution's day when a device holding the whole day lists it and some of its
 * baskets have none yet: the first listing numbers them all, a late contract gets the next free number. A producer's
 * device (ownProducerId set) holds only its own baskets and never numbers: it shows the numbers it receives.
 */
import { useEffect, useMemo, useRef } from 'react';
import { unnumberedContracts, type PersonName } from '../../domain/distribution/baskets';
import type { Contract, Distribution } from '../../domain/distribution/distribution-entities';
import { mutate } from '../mutators';
import { useMay } from './use-may';

export interface NumberedDay {
  distribution: Distribution;
  contracts: readonly Contract[];
  ownProducerId: string | null;
}

export function useBasketNumbering(day: NumberedDay | null | undefined, names: ReadonlyMap<string, PersonName>): void {
  const holdsWholeDay = day !== null && day !== undefined && day.ownProducerId === null;
  const distributionId = day?.distribution.id ?? '';
  const may = useMay('distribution.numberBaskets', { distributionId });
  const missing = useMemo(
    () => (holdsWholeDay && day ? unnumberedContracts(day.distribution, day.contracts, names) : []),
    [holdsWholeDay, day, names],
  );
  // One attempt per set of baskets missing a number: a refusal is not retried at every render.
  const tried = useRef('');
  useEffect(() => {
    if (may !== true || missing.length === 0) return;
    const key = `${distributionId}:${missing.join(',')}`;
    if (tried.current === key) return;
    tried.current = key;
    void mutate('distribution.numberBaskets', { distributionId, contractIds: missing });
  }, [may, missing, distributionId]);
}
