import { useLiveQuery } from 'dexie-react-hooks';
import type { EventRow } from '../../domain/people/entities';
import { db } from '../../db/database';
import { getLive } from '../../db/queries';
import { useStandStore } from './stand-store';

export type StandEvent = { status: 'none' | 'loading' | 'missing'; event?: undefined } | { status: 'ready'; event: EventRow };

/** The stand's chosen event, live; "missing" when the stored choice no longer exists (deleted, or another phone's). */
export function useStandEvent(): StandEvent {
  const eventId = useStandStore((state) => state.eventId);
  const found = useLiveQuery(
    async () => (eventId === null ? null : { id: eventId, row: (await getLive<EventRow>(db, 'events', eventId)) ?? null }),
    [eventId],
  );
  if (eventId === null) return { status: 'none' };
  // Until the query for this very id has answered, an older answer must not be read as "missing".
  if (!found || found.id !== eventId) return { status: 'loading' };
  return found.row ? { status: 'ready', event: found.row } : { status: 'missing' };
}
