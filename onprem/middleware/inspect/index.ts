// Step: defence in depth — the node scans what it received itself (shared/core/inspect: every string and key
// of the body) and records the PII type names and unscanned content kinds it found beside the ones the edge
// reported in its signed headers, with the edge's routing decision (rule, policy version). Names only; the
// audit line is all this step changes.
//
//   app.post('/v1/chat/completions', body({ task: 'chat' }), inspect(), ...)
//   // later: c.var.record.pii_types → { node: ['EMAIL'], edge: ['EMAIL'] }, .unscanned, .decision
import type { MiddlewareHandler } from 'hono';
import { inspectRequest } from '../../../shared/core/inspect/index.ts';
import type { BodyVariables } from '../body/index.ts';
import type { ContextVariables } from '../context/index.ts';
import { headerLabel, piiHeader, TRIAGE_HEADERS, unscannedHeader } from '../edge-headers.ts';

export function inspect(): MiddlewareHandler<{ Variables: ContextVariables & BodyVariables }> {
  return async function inspect(c, next) {
    const record = c.get('record');
    const edgePii = piiHeader(c.req.header(TRIAGE_HEADERS.pii));
    const edgeUnscanned = unscannedHeader(c.req.header(TRIAGE_HEADERS.unscanned));
    const inspection = inspectRequest(c.get('request'));
    record.pii_types = { node: inspection.piiTypes, ...(edgePii ? { edge: edgePii } : {}) };
    record.unscanned = { node: inspection.unscanned, ...(edgeUnscanned ? { edge: edgeUnscanned } : {}) };
    const rule = headerLabel(c.req.header(TRIAGE_HEADERS.rule));
    const policy = headerLabel(c.req.header(TRIAGE_HEADERS.policy));
    if (rule || policy) record.decision = { ...(rule ? { rule } : {}), ...(policy ? { policy } : {}) };
    await next();
  };
}
