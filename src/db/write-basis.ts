/**
 * What a mutation's writes are computed from — the device's record, the server's clock offset, the rows its plan
 * reads and the rows it writes, with whether each has a server base — read from storage, or guessed from what the
 * caller and the write path last saw, to be confirmed in the write's own transaction.
 */
import { dequal } from 'dequal/lite';
import { rowKey, type SyncedRow, type TableName } from '../domain/rows/rows';
import type { CourtCircuitDb, DeviceRecord } from './database';
import { loadDevice } from './device';
import { recallBasis } from './write-memory';

export interface WriteBasis {
  device(): Promise<DeviceRecord>;
  clockOffsetMs(): Promise<number>;
  row(table: TableName, id: string): Promise<SyncedRow | undefined>;
  hasBase(table: TableName, id: string): Promise<boolean>;
}

/** Rows as a screen last read them, by `rowKey`; a key held with `undefined` is a row the screen knows is absent. */
export type SeenRows = ReadonlyMap<string, SyncedRow | undefined>;

/**
 * The basis as storage holds it, each value read once. Call inside the mutation's transaction. Reads are issued
 * as soon as they are known: each await is a round trip to the storage process, and a transaction's requests run
 * in the order they were made anyway.
 */
export function storedBasis(db: CourtCircuitDb, rowsToWrite: readonly { table: TableName; id: string }[]): WriteBasis {
  const device = loadDevice(db);
  const clockOffsetMs = db.syncState.get('sync').then((state) => state?.clockOffsetMs ?? 0);
  const rows = new Map<string, Promise<SyncedRow | undefined>>();
  const bases = new Map<string, Promise<boolean>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>) => {
    const known = cache.get(key);
    if (known) return known;
    const fresh = read();
    cache.set(key, fresh);
    return fresh;
  };
  const basis: WriteBasis = {
    device: () => device,
    clockOffsetMs: () => clockOffsetMs,
    row: (table, id) => once(rows, rowKey(table, id), () => db.syncedTable(table).get(id) as Promise<SyncedRow | undefined>),
    // A row this device starts writing keeps the version it showed as its base (see sync-apply.ts).
    hasBase: (table, id) => once(bases, rowKey(table, id), () => db.serverRows.get(rowKey(table, id)).then((base) => base !== undefined)),
  };
  for (const { table, id } of rowsToWrite) {
    void basis.row(table, id);
    void basis.hasBase(table, id);
  }
  return basis;
}

/** A basis guessed without storage, and the check that storage, read in the write's transaction, holds the same. */
export interface GuessedBasis {
  basis: WriteBasis;
  /** Issues the reads of every value guessed; resolves true when storage holds exactly what was guessed. */
  confirm(): Promise<boolean>;
}

/** Thrown by a guessed basis asked for a value nobody saw: the write is then prepared from storage. */
class NotGuessable extends Error {
  constructor(what: string) {
    super(`no guess for ${what}`);
    this.name = 'NotGuessable';
  }
}

/**
 * Guesses the basis from the write path's last commit and the rows the caller saw, recording each guess. A row
 * written is guessed to have no server base: a row only has one while a change of it waits for the server, and
 * a wrong guess costs a redo, not a wrong write.
 */
export function guessedBasis(db: CourtCircuitDb, seen: SeenRows): GuessedBasis | null {
  const last = recallBasis(db);
  if (!last) return null;
  const rowsGuessed = new Map<string, { table: TableName; id: string; row: SyncedRow | undefined }>();
  const basesGuessed = new Set<string>();
  const basis: WriteBasis = {
    device: () => Promise.resolve(last.device),
    clockOffsetMs: () => Promise.resolve(last.clockOffsetMs),
    row: (table, id) => {
      const key = rowKey(table, id);
      if (!seen.has(key)) return Promise.reject(new NotGuessable(key));
      const row = seen.get(key);
      rowsGuessed.set(key, { table, id, row });
      return Promise.resolve(row);
    },
    hasBase: (table, id) => {
      basesGuessed.add(rowKey(table, id));
      return Promise.resolve(false);
    },
  };
  const confirm = async () => {
    const rows = [...rowsGuessed.values()];
    const bases = [...basesGuessed];
    const [device, state, stored, storedBases] = await Promise.all([
      db.device.get('device'),
      db.syncState.get('sync'),
      Promise.all(rows.map(({ table, id }) => db.syncedTable(table).get(id))),
      db.serverRows.bulkGet(bases),
    ]);
    return (
      dequal(device, last.device) &&
      (state?.clockOffsetMs ?? 0) === last.clockOffsetMs &&
      rows.every(({ row }, n) => dequal(stored[n], row)) &&
      storedBases.every((base) => base === undefined)
    );
  };
  return { basis, confirm };
}
