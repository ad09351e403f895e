/**
 * Hears the versions other instances commit: a connection of its own LISTENs on the store's channel (the NOTIFY
 * is sent inside each committing transaction, so PostgreSQL delivers it only once the commit is done). Should that
 * connection drop, it reconnects and reads the latest version, so a commit announced meanwhile is not missed.
 */
import pg from 'pg';
import { VERSION_CHANNEL } from './pg-connection';

const RECONNECT_MS = 1000;

export class PgVersionListener {
  private client: pg.Client | undefined;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly onVersion: (version: number) => void,
    private readonly readLatest: () => Promise<number>,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      const version = Number(message.payload);
      if (Number.isSafeInteger(version)) this.onVersion(version);
    });
    const lost = () => {
      if (this.client === client) this.client = undefined;
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      this.reconnectLater();
    };
    client.on('error', lost);
    client.on('end', () => {
      if (!this.closed && this.client === client) lost();
    });
    await client.connect();
    await client.query(`LISTEN ${VERSION_CHANNEL}`);
    this.client = client;
    // Whatever was committed while nobody listened.
    this.onVersion(await this.readLatest());
  }

  private reconnectLater(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.closed) return;
      this.start().catch(() => this.reconnectLater());
    }, RECONNECT_MS);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
