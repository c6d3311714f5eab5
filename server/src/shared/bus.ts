import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';

/** Channels every instance listens to; payloads are small JSON objects. */
export type BusChannel =
  | 'availability_changed'
  | 'session_revoked'
  | 'venue_day_changed'
  /** Sent by the database itself (a trigger) when slots, venues or sites change what a month view shows. */
  | 'availability_structure'
  /** Sent by the database itself (a trigger) when any site is created, changed or removed. */
  | 'site_changed'
  /** Sent by the database itself (a trigger) when any venue, venue's vaccine or vaccine changes. */
  | 'venues_changed';

type Handler = (message: unknown) => void;

/**
 * Messages between server instances on one database: live-count changes and logouts. Publishing never
 * happens inside a booking transaction, so the bus cannot serialise commits. An instance does not receive
 * its own messages; with no bus (one process) `publish` is a no-op.
 */
export interface Bus {
  readonly instanceId: string;
  publish(channel: BusChannel, message: unknown): void;
  on(channel: BusChannel, handler: Handler): void;
  /** Told false when messages from other instances may be getting lost (listener down), true when back. */
  onConnection(handler: (connected: boolean) => void): void;
  close(): Promise<void>;
}

/** One process: nothing to tell anyone. */
export class LocalBus implements Bus {
  readonly instanceId = randomUUID();
  publish(): void {}
  on(): void {}
  onConnection(): void {}
  async close(): Promise<void> {}
}

/** NOTIFY's payload limit is 8000 bytes; messages are split well below it. */
export const MAX_NOTIFY_BYTES = 7000;

/**
 * PostgreSQL LISTEN/NOTIFY on a dedicated connection. `pg_notify` runs as its own tiny autocommit
 * statement on a second dedicated connection, after the booking has committed. Messages published while
 * the listener is reconnecting are lost; the next change of a slot brings its count up to date again.
 */
export class PostgresBus implements Bus {
  readonly instanceId = randomUUID();
  private readonly handlers = new Map<BusChannel, Handler[]>();
  private readonly connectionHandlers: ((connected: boolean) => void)[] = [];
  private listener: pg.Client | undefined;
  private publisher: pg.Client | undefined;
  private publishing: Promise<unknown> = Promise.resolve();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  static async connect(url: string, logger: Logger): Promise<PostgresBus> {
    const bus = new PostgresBus(url, logger);
    await bus.connectListener();
    return bus;
  }

  private async connectListener(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (notification) => this.dispatch(notification.channel, notification.payload));
    client.on('error', (error) => {
      if (!this.closed) this.logger.warn({ err: error }, 'bus listener connection lost; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(
      `listen availability_changed; listen session_revoked; listen venue_day_changed; listen availability_structure; listen site_changed; listen venues_changed`,
    );
    this.listener = client;
  }

  private scheduleReconnect(): void {
    const old = this.listener;
    this.listener = undefined;
    if (old) this.tellConnection(false);
    old?.end().catch(() => undefined);
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.closed) return;
      this.connectListener()
        .then(() => this.tellConnection(true))
        .catch((error: unknown) => {
          this.logger.warn({ err: error }, 'bus listener could not reconnect; retrying');
          this.scheduleReconnect();
        });
    }, 1000);
    this.reconnectTimer.unref();
  }

  private dispatch(channel: string, payload: string | undefined): void {
    if (!payload) return;
    let envelope: { o?: string; m?: unknown };
    try {
      envelope = JSON.parse(payload) as { o?: string; m?: unknown };
    } catch {
      return;
    }
    if (envelope.o === this.instanceId) return;
    for (const handler of this.handlers.get(channel as BusChannel) ?? []) {
      try {
        handler(envelope.m);
      } catch (error) {
        this.logger.error({ err: error, channel }, 'bus handler failed');
      }
    }
  }

  onConnection(handler: (connected: boolean) => void): void {
    this.connectionHandlers.push(handler);
  }

  private tellConnection(connected: boolean): void {
    for (const handler of this.connectionHandlers) {
      try {
        handler(connected);
      } catch (error) {
        this.logger.error({ err: error }, 'bus connection handler failed');
      }
    }
  }

  on(channel: BusChannel, handler: Handler): void {
    const list = this.handlers.get(channel) ?? [];
    list.push(handler);
    this.handlers.set(channel, list);
  }

  publish(channel: BusChannel, message: unknown): void {
    if (this.closed) return;
    const payload = JSON.stringify({ o: this.instanceId, m: message });
    // One publisher connection, one statement at a time: messages leave in the order they were published.
    this.publishing = this.publishing
      .then(async () => {
        if (!this.publisher) {
          const client = new pg.Client({ connectionString: this.url });
          client.on('error', () => {
            if (this.publisher === client) this.publisher = undefined;
          });
          await client.connect();
          this.publisher = client;
        }
        await this.publisher.query('select pg_notify($1, $2)', [channel, payload]);
      })
      .catch((error: unknown) => {
        this.logger.warn({ err: error, channel }, 'bus publish failed');
        this.publisher?.end().catch(() => undefined);
        this.publisher = undefined;
      });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.publishing;
    const ending = [this.listener, this.publisher].flatMap((client) =>
      client ? [client.end().catch(() => undefined)] : [],
    );
    await Promise.all(ending);
  }
}

/** Splits a list into chunks whose JSON stays under the NOTIFY limit. */
export function chunkForNotify<T>(items: readonly T[], maxBytes = MAX_NOTIFY_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 2;
  for (const item of items) {
    const itemSize = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (current.length > 0 && size + itemSize > maxBytes) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
