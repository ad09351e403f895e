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
  // Accounts and sessions. A session stores only the sha256 of its token, so a copy of the file opens no phone's session.
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'animator', 'producer')),
    password_hash TEXT NOT NULL,
    producer_id TEXT,
    created_at INTEGER NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  CREATE TABLE user_groups (
    user_id TEXT NOT NULL REFERENCES users (id),
    group_id TEXT NOT NULL,
    PRIMARY KEY (user_id, group_id)
  ) WITHOUT ROWID;
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    client_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX sessions_by_user ON sessions (user_id);
  `,
  // Rows keyed by their version (the rowid) instead of by (tbl, id) WITHOUT ROWID. A row is ~1.7 KB and such a
  // table keeps only ~1 KB of each in its B-tree page, so nearly every write also wrote an overflow page, at a
  // random place (ids are random), and the version index besides. Now a write appends at the end of the table and
  // adds one small entry to the (tbl, id) index; a pull reads the table in order.
  `
  CREATE TABLE rows_by_version_order (
    version INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    owner_id TEXT,
    data TEXT NOT NULL
  );
  INSERT INTO rows_by_version_order (version, tbl, id, owner_id, data) SELECT version, tbl, id, owner_id, data FROM rows ORDER BY version;
  DROP TABLE rows;
  ALTER TABLE rows_by_version_order RENAME TO rows;
  CREATE UNIQUE INDEX rows_by_key ON rows (tbl, id);
  `,
  // Rows with their clocks packed (domain/rows/packed-clocks.ts): each clock once, with the fields it set, as a pull
  // sends them. json() keeps each nested result JSON rather than text.
  `
  UPDATE rows SET data = json_set(data, '$.clocks', json((
    SELECT json_group_object(clock, json(fields)) FROM (
      SELECT value AS clock, json_group_array(key) AS fields FROM json_each(rows.data, '$.clocks') GROUP BY value
    )
  )));
  `,
  // Which account each device id belongs to: the first that opened a session with it (accounts.ts openSession). A
  // device id named by two accounts before this rule keeps the first; the other account's live sessions on it are
  // revoked, since they could move the owner's mutation counter. SQLite takes a bare column of a min() aggregate
  // from the row holding the minimum, so user_id is the first session's.
  `
  CREATE TABLE devices (
    client_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    first_seen_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO devices (client_id, user_id, first_seen_at)
    SELECT client_id, user_id, min(created_at) FROM sessions GROUP BY client_id;
  UPDATE sessions SET revoked_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
    WHERE revoked_at IS NULL AND user_id <> (SELECT d.user_id FROM devices d WHERE d.client_id = sessions.client_id);
  `,
  // The store's identity (its epoch): made with the database, and made anew when a backup is written and when one is
  // restored (store/backup.ts). A phone that finds another epoch than the one it synced with knows the server may have
  // forgotten what it had acknowledged, and sends it again (docs/sync-protocol.md, "After a restore").
  `
  CREATE TABLE store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  INSERT INTO store_meta (name, value) VALUES ('epoch', lower(hex(randomblob(16))));
  `,
  // Accounts managed in the app: a password the server made (a new account's, a reset) must be replaced at the next
  // login, and who created, changed or disabled which account is kept (never a password).
  `
  ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE account_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    actor_login TEXT NOT NULL,
    account_id TEXT NOT NULL,
    account_login TEXT NOT NULL,
    action TEXT NOT NULL,
    changes TEXT NOT NULL
  );
  `,
];
