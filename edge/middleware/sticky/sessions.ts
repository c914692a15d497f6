// Sticky sessions' source of truth: one Durable Object per tenant (binding STICKY_SESSIONS), holding for each
// session in which PII was seen when it stops being sticky. SQLite-backed storage, so the state survives
// the object's restarts and evictions and is the same for every isolate and location.
//
// Keys are opaque (the edge's HMAC of tenant and session id, ./session.ts): the object never sees a session
// id. Expired rows are deleted when read, and by an alarm set for the earliest expiry, so the table holds
// about the sessions live in the last TTL.
import { DurableObject } from 'cloudflare:workers';

export interface StickyTouch {
  /** The session's key (hex HMAC; never the raw id). */
  key: string;
  /** This request carries PII: mark the session sticky until now + ttlSeconds (refreshing an earlier mark). */
  mark: boolean;
  ttlSeconds: number;
}

export interface StickyReply {
  /** The session is sticky after this request (marked now, or earlier and not yet expired). */
  sticky: boolean;
  /** When sticky: until when (epoch ms, the object's clock). Only a later PII turn moves it, and only forward. */
  expiresAt?: number;
}

export class StickySessions extends DurableObject {
  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, env);
    this.ctx.storage.sql.exec('CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)');
  }

  /** Marks the session (when asked) and says whether it is sticky, in one round trip. `nowMs`: tests drive the clock. */
  async touch(req: StickyTouch, nowMs: number = Date.now()): Promise<StickyReply> {
    if (req.mark) {
      const expiresAt = nowMs + req.ttlSeconds * 1000;
      this.ctx.storage.sql.exec(
        'INSERT INTO sessions (key, expires_at) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET expires_at = excluded.expires_at',
        req.key,
        expiresAt,
      );
      await this.purgeBy(expiresAt);
      return { sticky: true, expiresAt };
    }
    const row = this.ctx.storage.sql.exec<{ expires_at: number }>('SELECT expires_at FROM sessions WHERE key = ?', req.key).toArray()[0];
    if (!row) return { sticky: false };
    if (row.expires_at > nowMs) return { sticky: true, expiresAt: row.expires_at };
    this.ctx.storage.sql.exec('DELETE FROM sessions WHERE key = ?', req.key);
    return { sticky: false };
  }

  /** Deletes every expired session; comes back at the next expiry while any are left. */
  override async alarm(): Promise<void> {
    const now = Date.now();
    this.ctx.storage.sql.exec('DELETE FROM sessions WHERE expires_at <= ?', now);
    const next = this.ctx.storage.sql.exec<{ next: number | null }>('SELECT MIN(expires_at) AS next FROM sessions').one().next;
    if (next !== null) await this.ctx.storage.setAlarm(next);
  }

  /** How many sessions the object holds (expired or not): for tests and operators. */
  size(): number {
    return this.ctx.storage.sql.exec<{ n: number }>('SELECT COUNT(*) AS n FROM sessions').one().n;
  }

  /** An alarm no later than `expiresAt`, so the purge happens even if the session is never read again. */
  private async purgeBy(expiresAt: number): Promise<void> {
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > expiresAt) await this.ctx.storage.setAlarm(expiresAt);
  }
}
