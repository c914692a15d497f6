// Step: what every request carries through the node — its id, its trace span, and its audit record, which
// each later step fills in (names and codes only) and the audit step completes when the answer is out.
//
//   app.use('*', context({ routes: Object.values(ROUTES) }))
//   // later: c.var.requestId, c.var.engineTraceparent, c.var.record (an AuditDraft)
//
// The request id is the caller's `x-request-id` if it is a sane token, else a fresh one; it is echoed on
// every answer. The engine gets a child span of this request's span (itself a child of the caller's
// `traceparent`, or of a new trace).
import type { Context, MiddlewareHandler } from 'hono';
import { childSpan, formatTraceparent, newTrace, parseTraceparent, requestIdFrom } from '../../../shared/protocol/telemetry/index.ts';
import type { AuditDraft } from '../../audit.ts';

export interface ContextOptions {
  /** The routes the node serves; any other path is recorded (and counted) as "other". */
  routes: readonly string[];
}

export interface ContextVariables {
  requestId: string;
  /** The traceparent to hand to the engine: a child span of this request's span. */
  engineTraceparent: string;
  /** The request's audit record so far; each step adds what it learned. */
  record: AuditDraft;
}

export function context(options: ContextOptions): MiddlewareHandler<{ Variables: ContextVariables }> {
  const known = new Set(options.routes);
  return async function context(c, next) {
    const requestId = requestIdFrom(c.req.header('x-request-id'));
    const span = childSpan(parseTraceparent(c.req.header('traceparent')) ?? newTrace());
    c.set('requestId', requestId);
    c.set('engineTraceparent', formatTraceparent(childSpan(span)));
    c.set('record', {
      request_id: requestId,
      trace_id: span.traceId,
      method: c.req.method,
      route: known.has(c.req.path) ? c.req.path : 'other',
      timings: {},
    });
    await next();
    echoRequestId(c, requestId);
  };
}

/**
 * On the answer's own headers: c.header() after the answer is made rebuilds it around its body, which turns
 * the adapter's lightweight string answer into a Web stream. Headers a Response was made immutable with
 * (none of the node's own) take the rebuild.
 */
function echoRequestId(c: Context, requestId: string): void {
  try {
    c.res.headers.set('x-request-id', requestId);
  } catch {
    c.header('x-request-id', requestId);
  }
}
