/**
 * The SQLite schema, as an append-only list of migrations (PRAGMA user_version counts those applied).
 * Never edit a migration that has shipped: add the next one.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE rows (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    owner_id TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX rows_by_version ON rows (version);
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO counters (name, value) VALUES ('version', 0);
  CREATE TABLE clients (
    client_id TEXT PRIMARY KEY,
    user_id TEXT,
    last_mutation_id INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  CREATE TABLE rejections (
    client_id TEXT NOT NULL,
    mutation_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    issues TEXT NOT NULL,
    PRIMARY KEY (client_id, mutation_id)
  ) WITHOUT ROWID;
  `,
];
