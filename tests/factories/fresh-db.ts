/**
 * A new, empty local database for each test of the file that calls this, deleted after the test. Call at the top
 * level; `db()` in a test is that test's database.
 */
import { afterEach, beforeEach } from 'vitest';
import { CourtCircuitDb } from '../../src/db/database';

export function freshDbPerTest(prefix: string): () => CourtCircuitDb {
  let db: CourtCircuitDb | undefined;
  beforeEach(async () => {
    db = new CourtCircuitDb(`${prefix}-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    db?.close();
    await db?.delete();
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('the fresh database exists only while a test runs');
    return db;
  };
}
