/** A full copy of what this device holds, for a backup or a hand-over: every table, local-only ones included. */
import type { CourtCircuitDb } from './database';

export interface LocalExport {
  format: 'court-circuit-export';
  /** The Dexie schema version the rows were read with; an import must know which shape they have. */
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

export async function exportAll(db: CourtCircuitDb, now: Date = new Date()): Promise<LocalExport> {
  // One read transaction over every table, so the copy is a consistent snapshot even while sync writes.
  const tables = await db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
    return Object.fromEntries(entries);
  });
  return { format: 'court-circuit-export', schemaVersion: db.verno, exportedAt: now.toISOString(), tables };
}
