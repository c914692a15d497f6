// The audit log: one JSON line per API request — who (tenant, credential id), what was decided (the edge's
// rule and policy version), which PII types were found (names only: the edge's finding and the node's own
// scan), model, task, outcome and timings. A record is built from the closed set of fields below, never from
// a request or response body, so prompt text, completions and PII values have no way into it. While a
// request is under way its record is an AuditDraft that the pipeline's steps fill in (onprem/middleware/);
// the audit step completes it when the answer is complete.
//
// Sinks: stdout (for a log collector; the default in containers) or a file rotated by size:
//   audit.jsonl (current) → audit.jsonl.1 (newest rotated) … audit.jsonl.<keep> (oldest kept)
import { closeSync, fstatSync, openSync, renameSync, writeSync } from 'node:fs';
import type { UnscannedKind } from '../shared/core/inspect/unscanned.ts';
import type { PiiType } from '../shared/core/pii/types.ts';
import type { RequestLog } from '../shared/protocol/telemetry/index.ts';

/** The fields an audit line shares with every tier's request log line (shared/protocol/telemetry/log.ts). */
type RequestFields = Pick<RequestLog, 'ts' | 'request_id' | 'trace_id' | 'method' | 'route' | 'tenant' | 'task' | 'error_code'>;

export interface AuditRecord extends RequestFields {
  /** How the caller authenticated and with which credential id (a signing key id or an API key id). */
  auth?: { method: 'signature' | 'api_key'; key_id: string };
  /** Refused authentication: the reason code. */
  auth_failure?: string;
  /** The edge's routing decision, from its headers (absent for internal callers). */
  decision?: { rule?: string; policy?: string };
  /** Type names only. `edge`: what the edge reported (absent if it reported nothing); `node`: this node's scan. */
  pii_types?: { edge?: PiiType[]; node: PiiType[] };
  /** Kinds of content that could not be scanned (names only), as the edge reported them and as this node found. */
  unscanned?: { edge?: UnscannedKind[]; node: UnscannedKind[] };
  /** Only a model this node serves (an unknown id is client text and recorded as "unknown"). */
  model?: string;
  stream?: boolean;
  /** HTTP status; 499 when the client went away before the answer was complete. */
  status: number;
  timings: { queue_ms?: number; engine_ms?: number; total_ms: number };
  tokens?: { prompt?: number; completion?: number; total?: number };
}

/**
 * An audit record while its request is under way: each step of the pipeline adds what it learned (names and
 * codes only); the status and the total time are known when the answer is complete (`completeRecord`).
 */
export type AuditDraft = Omit<AuditRecord, 'ts' | 'status' | 'timings'> & { timings: Omit<AuditRecord['timings'], 'total_ms'> };

/** The audit line of a finished request, its fields in a fixed order; an unknown model id is "unknown". */
export function completeRecord(d: AuditDraft, status: number, totalMs: number): AuditRecord {
  const r: AuditRecord = {
    ts: new Date().toISOString(),
    request_id: d.request_id,
    trace_id: d.trace_id,
    method: d.method,
    route: d.route,
    status,
    timings: { total_ms: Math.round(totalMs) },
  };
  if (d.tenant) r.tenant = d.tenant;
  if (d.auth) r.auth = d.auth;
  if (d.auth_failure) r.auth_failure = d.auth_failure;
  if (d.decision) r.decision = d.decision;
  if (d.pii_types) r.pii_types = d.pii_types;
  if (d.unscanned) r.unscanned = d.unscanned;
  if (d.task) r.task = d.task;
  if (d.task) r.model = d.model ?? 'unknown';
  if (d.stream !== undefined) r.stream = d.stream;
  if (d.error_code) r.error_code = d.error_code;
  if (d.timings.queue_ms !== undefined) r.timings.queue_ms = d.timings.queue_ms;
  if (d.timings.engine_ms !== undefined) r.timings.engine_ms = d.timings.engine_ms;
  if (d.tokens) r.tokens = d.tokens;
  return r;
}

export interface AuditSink {
  write(line: string): void;
  close(): Promise<void>;
}

export class AuditLog {
  constructor(private readonly sink: AuditSink) {}

  record(r: AuditRecord): void {
    this.sink.write(JSON.stringify(r));
  }

  close(): Promise<void> {
    return this.sink.close();
  }
}

/** One line per record on stdout. */
export function stdoutSink(): AuditSink {
  return {
    write: (line) => void process.stdout.write(line + '\n'),
    close: async () => {},
  };
}

/**
 * Appends to `path`; before a write would take it past `maxBytes`, renames it to `path.1` (shifting older
 * ones up, dropping the one past `keep`) and starts a new file. Writes are synchronous: a line is on disk
 * (in the OS's cache) when the request's answer is sent, and lines of concurrent requests never interleave.
 */
export class RotatingFileSink implements AuditSink {
  private fd: number;
  private size: number;

  constructor(
    readonly path: string,
    readonly maxBytes: number,
    readonly keep: number,
  ) {
    if (!(maxBytes > 0)) throw new RangeError('maxBytes must be positive');
    if (!(keep >= 1)) throw new RangeError('keep must be at least 1');
    this.fd = openSync(path, 'a', 0o640);
    this.size = fstatSync(this.fd).size;
  }

  write(line: string): void {
    const bytes = Buffer.from(line + '\n', 'utf8');
    if (this.size > 0 && this.size + bytes.length > this.maxBytes) this.rotate();
    let at = 0;
    while (at < bytes.length) at += writeSync(this.fd, bytes, at);
    this.size += bytes.length;
  }

  private rotate(): void {
    closeSync(this.fd);
    for (let i = this.keep - 1; i >= 1; i--) {
      try {
        renameSync(`${this.path}.${i}`, `${this.path}.${i + 1}`);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    renameSync(this.path, `${this.path}.1`);
    this.fd = openSync(this.path, 'a', 0o640);
    this.size = 0;
  }

  async close(): Promise<void> {
    closeSync(this.fd);
  }
}
