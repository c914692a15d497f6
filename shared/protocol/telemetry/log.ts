// Structured logs: one JSON object per line. A log record is built from an explicit, closed set of fields
// (`RequestLog`), never from request bodies: prompt text and PII values cannot reach a log line because no
// field can hold them. PII shows up only as type names (`EMAIL`), like in the decision headers.

export interface RequestLog {
  ts: string;
  level: 'info' | 'warn' | 'error';
  msg: 'request';
  request_id: string;
  trace_id?: string;
  method: string;
  route: string;
  status: number;
  tenant?: string;
  key_id?: string;
  task?: string;
  model?: string;
  target?: string;
  target_kind?: string;
  rule?: string;
  policy?: string;
  /** Type names only. */
  pii?: string[];
  /** Kinds of content the edge could not scan (names only). */
  unscanned?: string[];
  fallbacks?: string[];
  cache?: string;
  /** The error's code (e.g. `invalid_json`), never its message. */
  error_code?: string;
  tokens_estimated?: number;
  /** Milliseconds: total, and per pipeline step as measured. */
  duration_ms: number;
  timings?: Record<string, number>;
}

export interface EventLog {
  ts: string;
  level: 'info' | 'warn' | 'error';
  msg: string;
  /** Codes, names, numbers and positions only — callers must not put request content here. */
  [field: string]: string | number | boolean | string[] | undefined;
}

export type LogSink = (line: string) => void;

// console.log is the Workers logging primitive (Workers Logs / Logpush pick it up); Node's stdout likewise.
export const consoleSink: LogSink = (line) => console.log(line);

export function formatLog(record: RequestLog | EventLog): string {
  return JSON.stringify(record);
}
