/**
 * Listening for `NOTIFY`: a dedicated PostgreSQL client that reconnects when its
 * connection drops, channel names quoted so they are never SQL, and the set of
 * listeners a database handle has started so closing the handle stops them all.
 */
import pg from 'pg';
import { describeError } from './startup-error.ts';

/** Optional hooks for `DatabaseHandle.listen`. */
export interface ListenOptions {
  /**
   * Called after a dropped listening connection is back. Notifications sent
   * while it was down are lost, so a listener should forget what it holds.
   */
  readonly onReconnect?: () => void;
}

const LISTEN_RETRY_FIRST_MS = 500;
// An instance is not ready (/readyz) while its listener is down, so a long wait
// here would keep a whole pool out of the load balancer after the database is
// back; one connection attempt every few seconds costs the database nothing.
const LISTEN_RETRY_MAX_MS = 4_000;

/**
 * LISTEN on a dedicated client, not one from the pool: a pooled client is handed
 * to other queries and its LISTEN would be lost. Reconnects with backoff when the
 * connection drops, so a database restart does not silence the instance.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  options: ListenOptions = {},
): Promise<StartedListener> {
  const statement = `listen ${quoteChannel(channel)}`;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  let stopped = false;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 5000,
      keepAlive: true,
    });
    // This client listens on one channel only, so every notification is ours.
    next.on('notification', (message) => deliver(channel, onMessage, message.payload ?? ''));
    // Without an 'error' listener a dropped connection would crash the process.
    next.on('error', (error) => {
      if (client === next) console.error(`PostgreSQL LISTEN ${channel} error:`, error.message);
    });
    next.on('end', () => {
      if (client !== next) return;
      client = undefined;
      reconnectLater();
    });
    try {
      await next.connect();
      await next.query(statement);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    return next;
  };

  const reconnectLater = (): void => {
    if (stopped || retry) return;
    const delay = Math.min(LISTEN_RETRY_MAX_MS, LISTEN_RETRY_FIRST_MS * 2 ** failures);
    failures += 1;
    console.error(`Lost the PostgreSQL LISTEN ${channel} connection; reconnecting in ${delay} ms.`);
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        (next) => {
          if (stopped) {
            void next.end().catch(() => undefined);
            return;
          }
          client = next;
          failures = 0;
          console.error(`PostgreSQL LISTEN ${channel} reconnected.`);
          options.onReconnect?.();
        },
        (error: unknown) => {
          console.error(`PostgreSQL LISTEN ${channel} reconnect failed: ${describeError(error)}`);
          reconnectLater();
        },
      );
    }, delay);
    // Waiting to reconnect is no reason to keep the process alive.
    retry.unref();
  };

  client = await connect();
  return {
    isConnected: () => client !== undefined,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}

/** A quoted channel name, so any name is one identifier and never SQL. */
export function quoteChannel(channel: string): string {
  // PGlite maps a quoted name back by stripping the outer quotes only, so an
  // inner quote could never match; no channel of ours needs one.
  if (channel === '' || /["\0]/.test(channel)) {
    throw new Error(`Cannot listen on channel ${JSON.stringify(channel)}.`);
  }
  return `"${channel}"`;
}

/** Hands a payload over; a listener that throws must not break the connection. */
export function deliver(
  channel: string,
  onMessage: (payload: string) => void,
  payload: string,
): void {
  try {
    onMessage(payload);
  } catch (error) {
    console.error(`Listener on ${channel} failed: ${describeError(error)}`);
  }
}

/**
 * The listeners a handle has started, so closing the handle stops them all and
 * a closed handle starts no more.
 */
/** A listener as `trackListeners` holds it. */
export interface StartedListener {
  readonly stop: () => Promise<void>;
  readonly isConnected: () => boolean;
}

export function trackListeners(): {
  add(channel: string, start: () => Promise<StartedListener>): Promise<() => Promise<void>>;
  isConnected(channel: string): boolean;
  closeAll(): Promise<void>;
} {
  const active = new Map<() => Promise<void>, { channel: string; isConnected: () => boolean }>();
  let closed = false;
  return {
    async add(channel, start) {
      if (closed) throw new Error('The database is closed.');
      const started = await start();
      let stopping: Promise<void> | undefined;
      const stop = (): Promise<void> => {
        active.delete(stop);
        stopping ??= started.stop();
        return stopping;
      };
      active.set(stop, { channel, isConnected: started.isConnected });
      // Closed while connecting: stop at once rather than leak a connection.
      if (closed) await stop();
      return stop;
    },
    isConnected(channel) {
      const on = [...active.values()].filter((listener) => listener.channel === channel);
      return on.length > 0 && on.every((listener) => listener.isConnected());
    },
    async closeAll() {
      closed = true;
      await Promise.allSettled([...active.keys()].map((stop) => stop()));
    },
  };
}
