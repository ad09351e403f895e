/**
 * The few SQL calls the account tables need (accounts.ts, account-admin.ts), the same for SQLite and PostgreSQL:
 * statements are written once, with `?` placeholders, in the SQL both understand. SQLite runs them on the store's
 * write connection; PostgreSQL on its pool (pg-sql-db.ts).
 */
import type Database from 'better-sqlite3';
import type { Serial } from './serial';

export type SqlValue = string | number | null;

export interface SqlDb {
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement that writes; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs `fn` as one transaction: if it throws, none of its statements are kept. */
  transaction<T>(fn: (db: SqlDb) => Promise<T>): Promise<T>;
}

/**
 * SQLite: the store's write connection, whose transactions (the store's group commits) run one at a time through
 * `serial`. A write here queues there too, so it never lands inside a batch of pushes that is still open.
 */
export function sqliteSqlDb(db: Database.Database, serial: Serial): SqlDb {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const direct: SqlDb = {
    async get<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).get(...params) as T | undefined;
    },
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      return prepare(sql).run(...params).changes;
    },
    transaction: (fn) => fn(direct),
  };
  return {
    ...direct,
    run: (sql, params) => serial.run(() => direct.run(sql, params)),
    transaction<T>(fn: (tx: SqlDb) => Promise<T>) {
      return serial.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await fn(direct);
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
    },
  };
}
