// Step: when the answer is complete, the request's audit line and its metrics — once. For a JSON answer or
// an error that is when the later steps return; for a stream, when its last byte has passed or the client
// left (499, `client_closed`). Probes and scrapes are counted but not audited: they are not API requests.
//
//   app.use('*', context(...), audit({ log, metrics, unaudited: ['/healthz', '/readyz', '/metrics'] }))
//
// The line is built from the record the steps filled in (onprem/audit.ts: a closed set of fields, names and
// codes only), never from a body.
import type { MiddlewareHandler } from 'hono';
import { completeRecord, type AuditDraft, type AuditLog } from '../../audit.ts';
import type { Metrics } from '../../metrics.ts';
import type { ContextVariables } from '../context/index.ts';
import { isEventStream, onStreamEnd } from '../stream-end.ts';

export interface AuditOptions {
  log: AuditLog;
  metrics: Metrics;
  /** Routes that are counted in the metrics but get no audit line. */
  unaudited: readonly string[];
}

/** The status the audit line and the metrics give a request whose client went away before its answer was complete. */
export const CLIENT_CLOSED = 499;

export function audit(options: AuditOptions): MiddlewareHandler<{ Variables: ContextVariables }> {
  const unaudited = new Set(options.unaudited);
  return async function audit(c, next) {
    const started = performance.now();
    await next();
    const record = c.get('record');
    const finish = (status: number) => {
      const totalMs = performance.now() - started;
      countRequest(options.metrics, record, status, totalMs);
      if (!unaudited.has(record.route)) options.log.record(completeRecord(record, status, totalMs));
    };
    if (!isEventStream(c.res)) {
      finish(c.res.status);
      return;
    }
    const status = c.res.status;
    c.res = onStreamEnd(c.res, (how) => {
      if (how === 'cancelled') record.error_code = 'client_closed';
      finish(how === 'cancelled' || c.req.raw.signal.aborted ? CLIENT_CLOSED : status);
    });
  };
}

/** The request's metrics: count and duration by route, tokens, and tokens per second of engine time. */
function countRequest(metrics: Metrics, record: AuditDraft, status: number, totalMs: number): void {
  metrics.requests.inc({ route: record.route, status: String(status) });
  metrics.duration.observe({ route: record.route }, totalMs / 1000);
  const tokens = record.tokens;
  if (tokens?.prompt !== undefined) metrics.tokens.inc({ kind: 'prompt' }, tokens.prompt);
  if (tokens?.completion === undefined) return;
  metrics.tokens.inc({ kind: 'completion' }, tokens.completion);
  const engineMs = record.timings.engine_ms;
  if (engineMs && engineMs > 0 && tokens.completion > 0) metrics.tokensPerSecond.observe(undefined, tokens.completion / (engineMs / 1000));
}
