/** Gives each test an empty copy of the app's database (fake-indexeddb), so screens that use `db` start clean. */
import { db } from '../../src/db/database';

export async function resetAppDb(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
