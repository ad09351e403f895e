/**
 * What the sync server needs from its storage, so that SQLite (the embedded default) and PostgreSQL (later) give
 * the same guarantees: writes run one transaction at a time and number every row change in commit order; a read
 * sees one consistent snapshot. A store that cannot promise both must not implement this interface.
 */
import type { FieldIssue } from '../../domain/mutations/define';
import type { SyncedRow, TableName } from '../../domain/rows/rows';

export interface StoredRow {
  table: TableName;
  readonly row: SyncedRow;
  /**
   * The row as it travels (its clocks packed, domain/rows/packed-clocks.ts) in JSON text, when the store keeps it so: a
   * pull sends a row an account sees whole as this text, without parsing it into an object and serialising it again.
   */
  readonly json?: string;
  /** Position of the row's last change in commit order; a pull cursor is one of these. */
  version: number;
  /** The account that created the row, for scoping what other accounts may see and change. */
  ownerId: string | null;
}

export interface Rejection {
  name: string;
  code: string;
  issues: FieldIssue[];
}

export interface RowLookup {
  getRow(table: TableName, id: string): Promise<StoredRow | undefined>;
  /** Live rows of a table whose field equals a value (e.g. groupMembers by memberId). */
  findRows(table: TableName, field: string, value: string): Promise<StoredRow[]>;
}

export interface WriteTx extends RowLookup {
  /** Stores a row with the next version; returns that version. */
  putRow(table: TableName, row: SyncedRow, ownerId: string | null): Promise<number>;
  lastMutationId(clientId: string): Promise<number>;
  setLastMutationId(clientId: string, userId: string | null, mutationId: number): Promise<void>;
  recordRejection(clientId: string, mutationId: number, rejection: Rejection): Promise<void>;
  rejection(clientId: string, mutationId: number): Promise<Rejection | undefined>;
}

export interface ReadTx extends RowLookup {
  /** Rows changed after `cursor`, in commit order, at most `limit`. */
  changesAfter(cursor: number, limit: number): Promise<StoredRow[]>;
  countChangesAfter(cursor: number): Promise<number>;
  lastMutationId(clientId: string): Promise<number>;
}

export interface SyncStore {
  /**
   * The store's identity: the same for as long as the data goes on from itself, another one once a backup has been
   * put in its place. Sent with every push and pull answer.
   */
  readonly epoch: string;
  /**
   * Runs `fn` as one atomic write, after any other write has finished: if it throws, none of its changes are kept.
   * The promise settles only once its changes are durable (a store may commit several writes together).
   */
  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  /** Runs `fn` over one consistent snapshot. */
  read<T>(fn: (tx: ReadTx) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` at once with the store's latest version, then each time it grows (once a write that changed rows is
   * durable), whichever server process wrote it when the store is shared. No row data: a listener only learns that
   * there is something to pull. Returns the function that stops the calls.
   */
  watchVersions(listener: VersionListener): () => void;
  close(): Promise<void>;
}

export type VersionListener = (version: number) => void;
