// The outermost step: request id, W3C trace context, config, and — once the response is known — one JSON
// log line and the request metrics. Runs for every route, including errors and 404s.
//
//   app.use('*', telemetry({ metrics, log }))
//
// - `x-request-id`: the client's (if it is a plain token of ≤ 128 characters) or a new UUID; echoed back.
// - `traceparent`: the client's is continued (a child span for this request), or a new trace starts; the
//   response carries this request's span, and each call to a target gets its own child span.
// - The log line has a closed set of fields (shared/protocol/telemetry/log.ts): ids, route, status, tenant, target,
//   rule, PII type names, timings — never prompt text or PII values, and no error messages (only codes).
//
// Sets for every later step: `config`, `requestId`, `trace`, `timings` (TelemetryVars). Reads at the end what
// the later steps set, as far as the request got (all of it optional here).
import type { Context, MiddlewareHandler, Next } from 'hono';
import {
  childSpan,
  consoleSink,
  formatLog,
  formatTraceparent,
  newTrace,
  parseTraceparent,
  requestIdFrom,
  type LogSink,
  type RequestLog,
} from '../../../shared/protocol/telemetry/index.ts';
import { ApiError } from '../../../shared/protocol/openai/errors.ts';
import { loadConfig, type Config } from '../../config.ts';
import type { Env } from '../../env.ts';
import { errorResponse } from '../../errors.ts';
import { setHeaders } from '../../response-headers.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { BodyVars } from '../body/vars.ts';
import type { CacheVars } from '../cache/vars.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { RunVars } from '../run/vars.ts';
import type { Metrics } from './metrics.ts';
import type { TelemetryVars } from './vars.ts';

export { createMetrics, type Metrics } from './metrics.ts';

export interface TelemetryOptions {
  metrics: Metrics;
  log?: LogSink;
  /** Route templates used as the `route` label; anything else is labelled `other` (bounded cardinality). */
  routes: readonly string[];
}

/** What the log line and the metrics report of the later steps: whatever they set before the request ended. */
type ReportedVars = Partial<AuthVars & BodyVars & InspectVars & DecideVars & CacheVars & RunVars>;

type TelemetryEnv = { Bindings: Env; Variables: TelemetryVars & ReportedVars };
type TelemetryContext = Context<TelemetryEnv>;

export function telemetry(options: TelemetryOptions): MiddlewareHandler<TelemetryEnv> {
  const { metrics } = options;
  const log = options.log ?? consoleSink;
  const routes = new Set(options.routes);
  return async function telemetry(c, next) {
    const started = performance.now();
    const requestId = requestIdFrom(c.req.header('x-request-id'));
    const parent = parseTraceparent(c.req.header('traceparent'));
    const trace = parent ? childSpan(parent) : newTrace();
    c.set('requestId', requestId);
    c.set('trace', trace);
    c.set('timings', {});
    try {
      await withConfig(c, next);
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const route = routes.has(c.req.path) ? c.req.path : 'other';
      count(metrics, c, route, seconds);
      // Once, on the final response, whoever made it (a target, an error, a handler): headers set before next()
      // would reach only the responses Hono's c.json()/c.body() make, and these come after them anyway.
      setHeaders(c, { 'x-request-id': requestId, traceparent: formatTraceparent(trace) });
      log(formatLog(requestLog(c, route, seconds)));
    }
  };
}

/** Runs the rest of the pipeline once the bindings are checked; a deployment mistake is answered here. */
async function withConfig(c: TelemetryContext, next: Next): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(c.env);
  } catch (err) {
    // The pipeline cannot run without its bindings.
    c.error = err instanceof Error ? err : new Error(String(err));
    c.res = errorResponse(err);
    return;
  }
  c.set('config', config);
  await next();
}

/** The target whose answer (or error) the response is: the one that answered, else the decided one. */
function answeringTarget(c: TelemetryContext): string {
  const decision = c.get('decision');
  return c.get('outcome')?.target ?? (decision?.kind === 'route' ? decision.target : 'none');
}

function count(metrics: Metrics, c: TelemetryContext, route: string, seconds: number): void {
  const target = answeringTarget(c);
  metrics.requests.inc({ route, target, status: String(c.res.status) });
  metrics.latency.observe({ route, target }, seconds);
  for (const f of c.get('outcome')?.fallbacks ?? []) metrics.fallbacks.inc({ target: f });
}

/** The request's log line: a closed set of fields, never prompt text or PII values, no error messages. */
function requestLog(c: TelemetryContext, route: string, seconds: number): RequestLog {
  const status = c.res.status;
  const record: RequestLog = {
    ts: new Date().toISOString(),
    level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
    msg: 'request',
    request_id: c.get('requestId'),
    trace_id: c.get('trace').traceId,
    method: c.req.method,
    route,
    status,
    duration_ms: Math.round(seconds * 1e6) / 1e3,
    timings: c.get('timings'),
  };
  const caller = c.get('caller');
  if (caller) {
    record.tenant = caller.tenant;
    record.key_id = caller.keyId;
  }
  const inspection = c.get('inspection');
  if (inspection) {
    record.task = inspection.task;
    record.pii = inspection.piiTypes;
    record.unscanned = inspection.unscanned;
    record.tokens_estimated = inspection.estimatedTokens;
  }
  logDecision(c, record);
  const cache = c.get('cache');
  if (cache) record.cache = cache;
  const error = c.error instanceof ApiError ? (c.error.code ?? c.error.type) : c.error ? 'internal_error' : undefined;
  if (error) record.error_code = error;
  return record;
}

function logDecision(c: TelemetryContext, record: RequestLog): void {
  const decision = c.get('decision');
  if (!decision) return;
  // The alias only if the policy declares it (a free-form client string is not logged).
  const model = c.get('request')?.body.model;
  const declared = c.get('policy')?.spec.models;
  if (model && declared && Object.hasOwn(declared, model)) record.model = model;
  const outcome = c.get('outcome');
  record.rule = decision.rule;
  record.policy = decision.policyVersion;
  record.target = answeringTarget(c);
  record.target_kind = outcome?.kind ?? (decision.kind === 'route' ? decision.targetKind : 'none');
  record.fallbacks = outcome?.fallbacks ?? [];
}
