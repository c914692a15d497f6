// The shared nonce store for several replicas of the node (TRIAGE_ONPREM_NONCE_STORE=redis://… or rediss://):
// one Redis (or Valkey) that every replica asks, so a request one replica accepted is a replay to all of
// them, and to a restarted one. Node-only (@redis/client); the interface is shared/protocol/signing's NonceCache.
//
//   <prefix>nonce:<key id>:<nonce>   "1", expiring (PXAT) when the signature goes stale — SET … NX is the check
//   <prefix>fence                    Unix ms from which the store's memory is complete
//
// One MULTI/EXEC round trip per check: SET fence <now> NX · GET fence · SET nonce 1 NX PXAT <expiry>.
//
// The fence. Redis run without persistence forgets every nonce when it restarts (so do FLUSHALL, and evictions
// under any maxmemory-policy other than noeviction). Whoever first finds the fence missing — a replica when it
// (re)connects, or the next check — writes its clock, and every replica then refuses signatures timestamped
// before it (503 replay_fence; the edge signs again), as a restarted process does with its memory cache.
// A fence that exists is never moved, so restarting a node while Redis stays up refuses nothing. Replicas'
// clocks must agree (NTP), as they must for the replay window anyway.
//
// Fail closed. While Redis cannot answer — not connected (no offline queue: commands fail at once), no reply
// within `timeoutMs`, an error reply (e.g. OOM under noeviction) — checkAndStore throws and the node refuses
// signed requests (503 nonce_store_unavailable). The client reconnects by itself with a bounded backoff; a
// connection on which a command timed out is dropped and opened again, so a half-open connection cannot keep
// the store down once Redis is back.
import { createClient, TimeoutError, TimeoutReadError } from '@redis/client';
import type { NonceCache, NonceEntry, NonceVerdict } from '../../shared/protocol/signing/index.ts';

export interface RedisNonceCacheOptions {
  /** redis://[user:password@]host[:port][/db] or rediss://… (TLS). */
  url: string;
  /** Prepended to every key, so that several deployments (or tests) can share one Redis. */
  keyPrefix: string;
  /** Connect timeout, and how long a check may wait for Redis's reply. */
  timeoutMs: number;
  /** Unix ms (the fence is this clock). */
  now?: () => number;
  /** Availability changes, for the operational log; `detail` is an error's name, never the URL. */
  onState?: (state: 'up' | 'down', detail?: string) => void;
}

type Client = ReturnType<typeof createClient>;

/** Reconnect backoff: 50 ms doubling to at most 2 s, forever (the store must come back by itself). */
const reconnectDelay = (retries: number) => Math.min(50 * 2 ** Math.min(retries, 6), 2000);
/** Checks waiting to be written while the connection is busy; beyond it, refused at once. */
const MAX_QUEUED_COMMANDS = 10_000;

export class RedisNonceCache implements NonceCache {
  private client: Client;
  /** Unknown until Redis first answers or fails; every change is reported through onState. */
  private state: 'unknown' | 'up' | 'down' = 'unknown';
  private closed = false;
  private readonly waitingForUp: (() => void)[] = [];
  private readonly now: () => number;
  private readonly fenceKey: string;

  /** Connects, waiting at most `timeoutMs` for Redis: unreachable at start is not fatal, only refused checks. */
  static async open(options: RedisNonceCacheOptions): Promise<RedisNonceCache> {
    const cache = new RedisNonceCache(options);
    await cache.untilUp(options.timeoutMs);
    return cache;
  }

  private constructor(private readonly options: RedisNonceCacheOptions) {
    this.now = options.now ?? Date.now;
    this.fenceKey = `${options.keyPrefix}fence`;
    this.client = this.connect();
  }

  /** Whether the last thing heard from Redis was good (connected and answering). */
  get available(): boolean {
    return this.state === 'up';
  }

  async checkAndStore({ key, signedAtMs, expiresAtMs }: NonceEntry): Promise<NonceVerdict> {
    const client = this.client;
    let replies: unknown[];
    try {
      replies = await this.bounded(client)
        .multi()
        .set(this.fenceKey, String(this.now()), { condition: 'NX' })
        .get(this.fenceKey)
        .set(`${this.options.keyPrefix}nonce:${key}`, '1', { condition: 'NX', expiration: { type: 'PXAT', value: expiresAtMs } })
        .exec();
    } catch (err) {
      this.report(client, 'down', err);
      if (err instanceof TimeoutError || err instanceof TimeoutReadError) this.reopen(client);
      throw err;
    }
    this.report(client, 'up');
    const fenceMs = Number(replies[1]);
    if (!Number.isSafeInteger(fenceMs)) throw new Error('nonce store: the fence is not a number');
    if (signedAtMs < fenceMs) return { fresh: false, reason: 'before_fence', fenceMs };
    return replies[2] === 'OK' ? { fresh: true } : { fresh: false, reason: 'replayed' };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.client.destroy();
  }

  private connect(): Client {
    const client: Client = createClient({
      url: this.options.url,
      disableOfflineQueue: true,
      commandsQueueMaxLength: MAX_QUEUED_COMMANDS,
      socket: { connectTimeout: this.options.timeoutMs, reconnectStrategy: reconnectDelay },
    });
    // Without an 'error' listener the client would crash the process; the state change is what matters.
    client.on('error', (err: unknown) => this.report(client, 'down', err));
    client.on('ready', () => void this.onReady(client));
    client.connect().catch(() => {
      // Only destroy() ends the connection attempts; the 'error' events have reported the rest.
    });
    return client;
  }

  /** A command on `client` that gives up after `timeoutMs`, also when it was sent and no reply comes. */
  private bounded(client: Client): Client {
    return client.withCommandOptions({ timeout: this.options.timeoutMs, rejectInFlight: true });
  }

  /** On every (re)connection: if Redis lost the fence (a restart without persistence), it starts now. */
  private async onReady(client: Client): Promise<void> {
    try {
      await this.bounded(client).set(this.fenceKey, String(this.now()), { condition: 'NX' });
      this.report(client, 'up');
    } catch (err) {
      this.report(client, 'down', err);
    }
  }

  /** Drops a connection whose command went unanswered and opens a new one (once per connection). */
  private reopen(client: Client): void {
    if (client !== this.client || this.closed) return;
    this.client = this.connect();
    client.destroy();
  }

  private untilUp(timeoutMs: number): Promise<void> {
    if (this.state === 'up') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waitingForUp.push(done);
    });
  }

  /** What the current connection just showed; news from a dropped connection is ignored. */
  private report(client: Client, state: 'up' | 'down', err?: unknown): void {
    if (this.closed || client !== this.client || state === this.state) return;
    this.state = state;
    this.options.onState?.(state, state === 'down' ? errorLabel(err) : undefined);
    if (state === 'up') for (const resolve of this.waitingForUp.splice(0)) resolve();
  }
}

/** An error's code or name (ECONNREFUSED, TimeoutReadError, …): never its message, which could name the URL. */
function errorLabel(err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)) return code;
  return err instanceof Error ? err.name : 'error';
}
