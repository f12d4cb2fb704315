import pg from "pg";
import { requireDatabaseUrl } from "../env";
import { logger } from "../logger";
import { processWide } from "../process-state";

export interface ChannelHandler {
  onNotification(payload: string): void;
  /** The connection was lost and is back, listening again: notifications sent meanwhile were missed. */
  onReconnect?(): void;
}

export interface ListenerOptions {
  /** Read at every connection attempt, so a process that switches databases (tests) follows. */
  connectionString?: () => string;
  applicationName?: string;
  /** The first wait before reconnecting; it doubles per failed attempt up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * One Postgres connection that LISTENs on every channel someone asked for. It is open while any
 * channel has a handler; when it is lost (an error or its end) it reconnects with backoff, LISTENs
 * again and tells every handler, so each can read what it missed.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private readonly handlers = new Map<string, Set<ChannelHandler>>();
  /** Channels LISTENed on the current connection. */
  private readonly listening = new Set<string>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly initialBackoffMs: number;
  private backoffMs: number;

  constructor(private readonly options: ListenerOptions = {}) {
    this.initialBackoffMs = options.initialBackoffMs ?? 250;
    this.backoffMs = this.initialBackoffMs;
  }

  /** Resolves once the channel is LISTENed; the returned function stops this handler's notifications. */
  async listen(channel: string, handler: ChannelHandler): Promise<() => Promise<void>> {
    if (!CHANNEL_NAME.test(channel)) throw new Error(`not a channel name: ${channel}`);
    let set = this.handlers.get(channel);
    if (!set) this.handlers.set(channel, (set = new Set()));
    set.add(handler);
    const unlisten = () => this.unlisten(channel, handler);
    try {
      await this.ready();
      if (!this.listening.has(channel) && this.client) {
        await this.client.query(`LISTEN ${channel}`);
        this.listening.add(channel);
      }
    } catch (error) {
      await unlisten();
      throw error;
    }
    return unlisten;
  }

  /** Whether a connection is open now (tests). */
  connected(): boolean {
    return this.client !== undefined;
  }

  /** The server process of the open connection, if any (tests, or an operator looking at pg_stat_activity). */
  backendPid(): number | undefined {
    return (this.client as (pg.Client & { processID?: number }) | undefined)?.processID;
  }

  private async unlisten(channel: string, handler: ChannelHandler): Promise<void> {
    const set = this.handlers.get(channel);
    if (!set?.delete(handler) || set.size > 0) return;
    this.handlers.delete(channel);
    const client = this.client;
    if (this.handlers.size === 0) return this.close();
    if (client && this.listening.delete(channel)) {
      await client.query(`UNLISTEN ${channel}`).catch((error: unknown) => logger.warn({ err: error, channel }, "UNLISTEN failed"));
    }
  }

  /** Nobody listens any more: end the connection and any reconnecting, so the process can exit. */
  private async close(): Promise<void> {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    this.listening.clear();
    this.backoffMs = this.initialBackoffMs;
    await client?.end().catch(() => {});
  }

  private ready(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: (this.options.connectionString ?? requireDatabaseUrl)(),
      application_name: this.options.applicationName ?? "drillroom-listener",
      keepAlive: true,
    });
    client.on("notification", (message) => this.deliver(message.channel, message.payload ?? ""));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (this.handlers.size === 0) {
      // Everyone left while this connection was being made.
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    for (const channel of this.handlers.keys()) this.listening.add(channel);
    this.backoffMs = this.initialBackoffMs;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening.clear();
    void client.end().catch(() => {});
    logger.warn({ err: error?.message, channels: [...this.handlers.keys()] }, "Postgres LISTEN connection lost; reconnecting");
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.handlers.size === 0 || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.handlers.size === 0) return;
      this.ready().then(
        () => this.reconnected(),
        (error: unknown) => {
          this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 5000);
          logger.warn({ err: error instanceof Error ? error.message : error, retryInMs: this.backoffMs }, "Postgres LISTEN reconnect failed");
          this.reconnectLater();
        },
      );
    }, this.backoffMs);
  }

  private reconnected(): void {
    if (!this.client) return;
    logger.info({ channels: [...this.handlers.keys()] }, "Postgres LISTEN connection back");
    for (const set of this.handlers.values()) for (const handler of set) this.call(() => handler.onReconnect?.());
  }

  private deliver(channel: string, payload: string): void {
    for (const handler of this.handlers.get(channel) ?? []) this.call(() => handler.onNotification(payload));
  }

  private call(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      logger.error({ err: error }, "a LISTEN handler failed");
    }
  }
}

/** The process's one LISTEN connection (the timeline hub, the scheduler and the Slack outbox share it). */
export function pgListener(): PgListener {
  return processWide("pgListener", () => new PgListener());
}
