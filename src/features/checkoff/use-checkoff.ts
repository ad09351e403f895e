/**
 * The check-off of one distribution, all from local data: the baskets due with their live status, the counts,
 * the search (keys built per change of the data, not per keystroke) and the one-tap recording of a check-off event.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { readClientId } from '../../db/app-device';
import { useBasketNumbering } from '../../db/hooks/use-basket-numbering';
import { useCheckoffRows } from '../../db/hooks/use-checkoff-rows';
import { mutate, preloadWritePath } from '../../db/mutators';
import {
  countDay,
  dayNumberedFor,
  withPickupStatus,
  type Basket,
  type PersonName,
  type PickupStatusRow,
} from '../../domain/distribution/baskets';
import { absentBasketNumbered, buildBasketKeys, filterBasketIds, pickupEvent } from '../../domain/distribution/basket-search';
import { pickupRecordReads } from '../../domain/distribution/pickup-rows';
import type { Pickup, PickupStatus } from '../../domain/distribution/distribution-entities';
import { whenIdle } from '../../ui/when-idle';

// Past this many, rendering slows a phone down for nothing: the volunteer narrows the search instead.
export const MAX_ROWS = 100;
// More than a phone's screenful: rendered first, the others of the hundred in a render that follows it.
export const FIRST_ROWS = 20;

export function useCheckoff(distributionId: string, query: string) {
  // Already read when the app started on this screen: then the first render shows the list.
  const { setting: rows, pickups } = useCheckoffRows(distributionId);
  const names = useMemo(
    () => new Map<string, PersonName>((rows?.members ?? []).map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }])),
    [rows?.members],
  );
  // A check-off opened before the sheet was ever listed stores the day's numbers as the sheet would.
  useBasketNumbering(rows, names);
  // The list (sorted, numbered) is built when the setting changes; a tick only lays the statuses over it. On a
  // producer's phone, the producer's baskets only, with the numbers stored on the distribution (the sheet's).
  const unticked = useMemo(
    () => (rows ? dayNumberedFor(rows.distribution, rows.contracts, rows.absences, [], names, rows.ownProducerId) : null),
    [rows, names],
  );
  // A committed tick is shown at once, before the live query has read it back (one more IndexedDB round trip,
  // behind the status line's queries): laid over the check-offs it was committed after, dropped with them.
  const [recorded, setRecorded] = useState<{ basis: Pickup[] | undefined; rows: PickupStatusRow[] }>({ basis: undefined, rows: [] });
  const latest = useRef({ rows, pickups });
  useEffect(() => {
    latest.current = { rows, pickups };
  }, [rows, pickups]);
  const day = useMemo(() => {
    if (!unticked) return null;
    const shown = recorded.basis === pickups ? [...(pickups ?? []), ...recorded.rows] : (pickups ?? []);
    return { ...unticked, due: withPickupStatus(unticked.due, shown) };
  }, [unticked, pickups, recorded]);
  // Built when the setting changes (a sync), never per keystroke nor per tick: statuses are not searched.
  const keys = useMemo(() => buildBasketKeys(unticked?.due ?? [], names), [unticked, names]);
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(() => {
    const byContract = new Map((day?.due ?? []).map((basket) => [basket.contractId, basket]));
    const ids = filterBasketIds(keys, deferredQuery);
    return ids.map((id) => byContract.get(id)).filter((basket): basket is Basket => basket !== undefined);
  }, [day, keys, deferredQuery]);
  const absentMatch = useMemo(() => absentBasketNumbered(unticked?.absent ?? [], deferredQuery), [unticked, deferredQuery]);
  const offers = useMemo(() => new Map((rows?.offers ?? []).map((offer) => [offer.id, offer])), [rows?.offers]);

  // The first tick of the day should not wait for the write path's code nor for the device's id to be read; the
  // list should not wait for them either (their schemas take a slow phone tens of milliseconds to evaluate).
  const loading = rows === undefined || pickups === undefined;
  useEffect(() => {
    if (loading) return;
    return whenIdle(() => {
      preloadWritePath();
      void readClientId();
    }, 1_000);
  }, [loading]);

  const record = useCallback(
    async (basket: Basket, status: PickupStatus, collectedBy = '') => {
      const clientId = await readClientId();
      const event = pickupEvent({ distributionId, contractId: basket.contractId }, status, { clientId }, new Date(), collectedBy);
      // What the screen shows is what the write is prepared from, so a tap does not wait to read it back first.
      const shown = latest.current;
      const contract = shown.rows?.contracts.find((c) => c.id === basket.contractId);
      const seen = shown.rows && contract ? pickupRecordReads(shown.rows.distribution, contract, shown.pickups ?? []) : undefined;
      const result = await mutate('pickup.record', event, seen);
      if (result.ok) {
        const basis = latest.current.pickups;
        setRecorded((current) => ({ basis, rows: [...(current.basis === basis ? current.rows : []), { ...event, deleted: false }] }));
      }
      return result;
    },
    [distributionId],
  );

  return {
    loading,
    rows: rows ?? null,
    day,
    counts: countDay(day?.due ?? []),
    matches,
    absentMatch,
    names,
    offers,
    record,
    /** The producer this device speaks for: its list holds only that producer's baskets. */
    ownProducerId: rows?.ownProducerId ?? null,
  };
}
