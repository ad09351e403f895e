import { useRow } from '../../db/hooks/use-row';
import type { EventRow } from '../../domain/people/entities';
import { useStandStore } from './stand-store';

export type StandEvent = { status: 'none' | 'loading' | 'missing'; event?: undefined } | { status: 'ready'; event: EventRow };

/** The stand's chosen event, live; "missing" when the stored choice no longer exists (deleted, or another phone's). */
export function useStandEvent(): StandEvent {
  const eventId = useStandStore((state) => state.eventId);
  // Undefined until the query for this very id has answered: an older answer is not read as "missing".
  const event = useRow('events', eventId);
  if (eventId === null) return { status: 'none' };
  if (event === undefined) return { status: 'loading' };
  return event ? { status: 'ready', event } : { status: 'missing' };
}
