/** Acknowledging, on the app's database, a change the server refused, once someone has read why. */
import { db } from './database';
import { dismissRejected } from './session';

export const dismissRejectedChange = (mutationId: number): Promise<void> => dismissRejected(db, mutationId);
