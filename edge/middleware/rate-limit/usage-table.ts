// The usage counters a RateLimiter object keeps for its tenant, in the object's SQLite storage: per scope
// (`tenant`, `key:<id>`) and per UTC period (a day `2026-12-06`, a month `2026-12`), requests and tokens in
// (prompt) and out (completion), and how many requests were counted at their estimate because no usage
// came back. Day rows are kept for DAYS_KEPT days, month rows for MONTHS_KEPT months.

/** One counter row, as the operator's read path returns it. */
export interface UsageRow {
  scope: string;
  /** `YYYY-MM-DD` (a UTC day) or `YYYY-MM` (a UTC month). */
  period: string;
  requests: number;
  prompt_tokens: number;
  completion_tokens: number;
  /** Requests whose answer reported no usage: counted at the edge's estimate. */
  estimated_requests: number;
}

/** What to add to a scope's day and month rows (negative tokens correct an earlier estimate). */
export interface UsageDelta {
  requests: number;
  prompt: number;
  completion: number;
  estimated: number;
}

export const DAYS_KEPT = 62;
export const MONTHS_KEPT = 25;

/** The UTC day and month of an instant: `2026-12-06`, `2026-12`. */
export function periodsOf(ms: number): { day: string; month: string } {
  const day = new Date(ms).toISOString().slice(0, 10);
  return { day, month: day.slice(0, 7) };
}

export class UsageTable {
  private prunedOn = '';

  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS usage (
      scope TEXT NOT NULL, period TEXT NOT NULL,
      requests INTEGER NOT NULL DEFAULT 0, prompt_tokens INTEGER NOT NULL DEFAULT 0,
      completion_tokens INTEGER NOT NULL DEFAULT 0, estimated_requests INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (scope, period))`);
  }

  /** Tokens (prompt + completion) counted for `scope` in `period`, pending estimates included. */
  used(scope: string, period: string): number {
    const row = this.sql
      .exec<{ n: number }>('SELECT prompt_tokens + completion_tokens AS n FROM usage WHERE scope = ? AND period = ?', scope, period)
      .toArray()[0];
    return row?.n ?? 0;
  }

  /** Adds `d` to the day and month rows of each scope, for the periods of instant `at`: one statement for all rows. */
  add(scopes: readonly string[], at: number, d: UsageDelta, nowMs: number): void {
    const { day, month } = periodsOf(at);
    const values = scopes.flatMap((scope) =>
      [day, month].flatMap((period) => [scope, period, d.requests, d.prompt, d.completion, d.estimated]),
    );
    if (values.length > 0) this.sql.exec(upsertRows(values.length / 6), ...values);
    this.pruneOncePerDay(nowMs);
  }

  /** The rows of a month (`YYYY-MM`): the month's and its days', every scope; ordered by scope, then period. */
  month(month: string): UsageRow[] {
    return this.sql
      .exec<{ [K in keyof UsageRow]: UsageRow[K] }>(
        `SELECT scope, period, requests, prompt_tokens, completion_tokens, estimated_requests FROM usage
         WHERE period = ? OR period LIKE ? ORDER BY scope, period`,
        month,
        `${month}-%`,
      )
      .toArray();
  }

  /** Drops day rows older than DAYS_KEPT days and month rows older than MONTHS_KEPT months. */
  private pruneOncePerDay(nowMs: number): void {
    const { day } = periodsOf(nowMs);
    if (this.prunedOn === day) return;
    this.prunedOn = day;
    const oldestDay = periodsOf(nowMs - DAYS_KEPT * 86_400_000).day;
    const now = new Date(nowMs);
    const oldestMonth = periodsOf(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - MONTHS_KEPT, 1)).month;
    this.sql.exec(
      'DELETE FROM usage WHERE (length(period) = 10 AND period < ?) OR (length(period) = 7 AND period < ?)',
      oldestDay,
      oldestMonth,
    );
  }
}

const upserts = new Map<number, string>();

/** The upsert of `rows` counter rows (kept per row count: the statement text is the same every time). */
function upsertRows(rows: number): string {
  let sql = upserts.get(rows);
  if (sql === undefined) {
    sql = `INSERT INTO usage (scope, period, requests, prompt_tokens, completion_tokens, estimated_requests) VALUES ${Array(rows).fill('(?, ?, ?, ?, ?, ?)').join(', ')}
      ON CONFLICT(scope, period) DO UPDATE SET requests = requests + excluded.requests,
        prompt_tokens = MAX(0, prompt_tokens + excluded.prompt_tokens),
        completion_tokens = MAX(0, completion_tokens + excluded.completion_tokens),
        estimated_requests = estimated_requests + excluded.estimated_requests`;
    upserts.set(rows, sql);
  }
  return sql;
}
