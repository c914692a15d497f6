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
import type { MiddlewareHandler } from 'hono';
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
import { loadConfig } from '../../config.ts';
import { errorResponse } from '../../errors.ts';
import { setHeaders, type AppEnv } from '../../context.ts';
import type { Metrics } from './metrics.ts';

export { createMetrics, type Metrics } from './metrics.ts';

export interface TelemetryOptions {
  metrics: Metrics;
  log?: LogSink;
  /** Route templates used as the `route` label; anything else is labelled `other` (bounded cardinality). */
  routes: readonly string[];
}

export function telemetry(options: TelemetryOptions): MiddlewareHandler<AppEnv> {
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
    c.header('x-request-id', requestId);
    c.header('traceparent', formatTraceparent(trace));

    try {
      let config;
      try {
        config = loadConfig(c.env);
      } catch (err) {
        // A deployment mistake: answer here (the pipeline cannot run without its bindings).
        c.error = err instanceof Error ? err : new Error(String(err));
        c.res = errorResponse(err);
      }
      if (config) {
        c.set('config', config);
        await next();
      }
    } finally {
      const status = c.res.status;
      const path = c.req.path;
      const route = routes.has(path) ? path : 'other';
      const decision = c.get('decision');
      const outcome = c.get('outcome');
      const target = outcome?.target ?? (decision?.kind === 'route' ? decision.target : 'none');
      const seconds = (performance.now() - started) / 1000;
      metrics.requests.inc({ route, target, status: String(status) });
      metrics.latency.observe({ route, target }, seconds);
      for (const f of outcome?.fallbacks ?? []) metrics.fallbacks.inc({ target: f });

      // The response may be a target's or an error's (the ids set before next() are not on it): set them again.
      setHeaders(c, { 'x-request-id': requestId, traceparent: formatTraceparent(trace) });

      const caller = c.get('caller');
      const inspection = c.get('inspection');
      const error = c.error instanceof ApiError ? (c.error.code ?? c.error.type) : c.error ? 'internal_error' : undefined;
      const record: RequestLog = {
        ts: new Date().toISOString(),
        level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
        msg: 'request',
        request_id: requestId,
        trace_id: trace.traceId,
        method: c.req.method,
        route,
        status,
        duration_ms: Math.round(seconds * 1e6) / 1e3,
        timings: c.get('timings'),
      };
      if (caller) {
        record.tenant = caller.tenant;
        record.key_id = caller.keyId;
      }
      if (inspection) {
        record.task = inspection.task;
        record.pii = inspection.piiTypes;
        record.unscanned = inspection.unscanned;
        record.tokens_estimated = inspection.estimatedTokens;
      }
      if (decision) {
        // The alias only if the policy declares it (a free-form client string is not logged).
        const model = c.get('request')?.body.model;
        const declared = c.get('policy')?.spec.models;
        if (model && declared && Object.hasOwn(declared, model)) record.model = model;
        record.rule = decision.rule;
        record.policy = decision.policyVersion;
        record.target = target;
        record.target_kind = outcome?.kind ?? (decision.kind === 'route' ? decision.targetKind : 'none');
        record.fallbacks = outcome?.fallbacks ?? [];
      }
      const cache = c.get('cache');
      if (cache) record.cache = cache;
      if (error) record.error_code = error;
      log(formatLog(record));
    }
  };
}
