/**
 * Group commit: the writes that arrive in the same turn of the event loop (50 phones pushing at once) share one
 * transaction, hence one fsync, instead of one each. Each write runs inside its own SAVEPOINT, so a write that
 * throws rolls back only itself, exactly as if it had had its own transaction. No write is answered before the
 * COMMIT that makes it durable: a push is acknowledged only once it is on disk. The database is reached through a
 * BatchConnection, so SQLite (one connection, synchronous) and PostgreSQL (a pooled client per batch) share it.
 */
import { Serial } from './serial';

/** One batch's transaction, open from its creation (BEGIN done) until commit or rollback. */
export interface BatchTransaction<Tx> {
  readonly tx: Tx;
  /** Runs SAVEPOINT / RELEASE / ROLLBACK TO statements. */
  exec(sql: string): void | Promise<void>;
  /** False once the database has rolled the transaction back on its own (disk full, lost connection). */
  inTransaction(): boolean;
  commit(): void | Promise<void>;
  rollback(): void | Promise<void>;
  /** Gives the connection back, once the batch has ended; `failed` when it may not be reused as it is. */
  end?(failed: boolean): void;
}

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
    /** Opens a batch's transaction (BEGIN, and whatever lock the store takes for its writers). */
    private readonly begin: () => BatchTransaction<Tx> | Promise<BatchTransaction<Tx>>,
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
    const outcomes: Outcome[] = [];
    let transaction: BatchTransaction<Tx> | undefined;
    try {
      transaction = await this.begin();
      for (const job of batch) outcomes.push(await this.runInSavepoint(transaction, job));
      await transaction.commit();
    } catch (error) {
      // The transaction itself failed (disk full, I/O error, a lost connection): nothing of the batch is stored,
      // so every write of it fails, and each phone's resend is applied afresh. Should even the ROLLBACK fail on
      // SQLite, the connection can no longer be trusted: the error goes on, unhandled, and stops the process.
      try {
        if (transaction?.inTransaction()) await transaction.rollback();
      } finally {
        transaction?.end?.(true);
        for (const job of batch) job.reject(error);
      }
      return;
    }
    transaction.end?.(false);
    this.afterCommit();
    batch.forEach((job, index) => {
      const outcome = outcomes[index] as Outcome;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }

  private async runInSavepoint(transaction: BatchTransaction<Tx>, job: Job<Tx>): Promise<Outcome> {
    await transaction.exec('SAVEPOINT write');
    try {
      const value = await job.fn(transaction.tx);
      await transaction.exec('RELEASE write');
      return { ok: true, value };
    } catch (error) {
      // Some errors (SQLITE_FULL, SQLITE_IOERR, a dropped connection…) end the whole transaction: the batch then fails as one.
      if (!transaction.inTransaction()) throw error;
      await transaction.exec('ROLLBACK TO write');
      await transaction.exec('RELEASE write');
      return { ok: false, error };
    }
  }
}
