/**
 * Group commit: the writes that arrive in the same turn of the event loop (50 phones pushing at once) share one
 * SQLite transaction, hence one fsync, instead of one each. Each write runs inside its own SAVEPOINT, so a write
 * that throws rolls back only itself, exactly as if it had had its own transaction. No write is answered before
 * the COMMIT that makes it durable: a push is acknowledged only once it is on disk, as before.
 */
import type Database from 'better-sqlite3';
import { Serial } from './serial';

interface Job<Tx> {
  fn: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export class GroupCommit<Tx> {
  private pending: Job<Tx>[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Database.Database,
    private readonly tx: Tx,
    /** The connection's queue: a batch never interleaves with another use of the connection. */
    private readonly serial: Serial,
    /** Called once each batch is durable, before its writes are answered (the store announces new versions). */
    private readonly afterCommit: () => void = () => undefined,
  ) {}

  run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // Taking the queue's turn now and waiting there for the next macrotask lets every request read in this poll
      // phase join the batch, and keeps close() (which queues behind) from closing under a batch not yet written.
      void this.serial.run(async () => {
        await new Promise<void>((next) => setImmediate(next));
        this.scheduled = false;
        await this.flush(this.pending.splice(0));
      });
    });
  }

  private async flush(batch: Job<Tx>[]): Promise<void> {
    const { db } = this;
    const outcomes: Outcome[] = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const job of batch) outcomes.push(await this.runInSavepoint(job));
      db.exec('COMMIT');
    } catch (error) {
      // The transaction itself failed (disk full, I/O error, a lost transaction): nothing of the batch is stored,
      // so every write of it fails, and each phone's resend is applied afresh. Should even the ROLLBACK fail, the
      // connection can no longer be trusted: the error goes on, unhandled, and stops the process.
      try {
        if (db.inTransaction) db.exec('ROLLBACK');
      } finally {
        for (const job of batch) job.reject(error);
      }
      return;
    }
    this.afterCommit();
    batch.forEach((job, index) => {
      const outcome = outcomes[index] as Outcome;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }

  private async runInSavepoint(job: Job<Tx>): Promise<Outcome> {
    const { db } = this;
    db.exec('SAVEPOINT write');
    try {
      const value = await job.fn(this.tx);
      db.exec('RELEASE write');
      return { ok: true, value };
    } catch (error) {
      // Some SQLite errors (SQLITE_FULL, SQLITE_IOERR…) roll back the whole transaction: the batch then fails as one.
      if (!db.inTransaction) throw error;
      db.exec('ROLLBACK TO write');
      db.exec('RELEASE write');
      return { ok: false, error };
    }
  }
}
