/**
 * A full copy of what this device holds, for a backup or a hand-over: every table, local-only ones included,
 * but the session.
 */
import type { CourtCircuitDb } from './database';

/**
 * The session holds the device's bearer token, valid for about a year: a file that is mailed or left on a shared
 * computer must not let whoever opens it sync as this device.
 */
const NOT_EXPORTED: ReadonlySet<string> = new Set(['session']);

export interface LocalExport {
  format: 'court-circuit-export';
  /** The Dexie schema version the rows were read with; an import must know which shape they have. */
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

export async function exportAll(db: CourtCircuitDb, now: Date = new Date()): Promise<LocalExport> {
  const exported = db.tables.filter((table) => !NOT_EXPORTED.has(table.name));
  // One read transaction over every table, so the copy is a consistent snapshot even while sync writes.
  const tables = await db.transaction('r', exported, async () => {
    const entries = await Promise.all(exported.map(async (table) => [table.name, await table.toArray()] as const));
    return Object.fromEntries(entries);
  });
  return { format: 'court-circuit-export', schemaVersion: db.verno, exportedAt: now.toISOString(), tables };
}
