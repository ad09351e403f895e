/** Who an event gathered, live: the people marked present, the sign-ups taken there. Lists answer as in use-lists.ts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { countSignupsAt, listPresentAt, listSignupsAt } from '../queries';

/** The people marked present at an event. */
export const usePresentAt = (eventId: string) => useLiveQuery(() => listPresentAt(db, eventId), [eventId]);

/** Members signed up at an event, on any device. */
export const useSignupsAt = (eventId: string) => useLiveQuery(() => listSignupsAt(db, eventId), [eventId]);

/** Sign-ups made at an event on one device (the stand's counter); 0 while the device is not known; undefined while reading. */
export const useSignupCount = (eventId: string, deviceId: string | undefined) =>
  useLiveQuery(() => (deviceId ? countSignupsAt(db, eventId, deviceId) : 0), [eventId, deviceId]);
