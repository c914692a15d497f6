// Step: send a request with PII redacted where the decision says so (the policy's allow_redacted:
// shared/core/policy/redaction.ts), and put the values back in the answer.
//
//   app.post('/v1/chat/completions', ..., decide({ store }), cache(), redact(), run(...))
//
// For a decision with `redact`:
//   - the body's PII values are replaced by typed placeholders (shared/core/redact/body.ts: only exact raw
//     spans, only certain findings) and the redacted body, with the client-chosen ids sent with it, is
//     scanned again — with the learned tagger too when it is on. Anything left, a finding of the tagger
//     alone, or a request that is not chat: the request goes on-prem instead — the decision keeps only its
//     onprem targets and its trail says why (none left: 503 pii_no_onprem);
//   - else run() sends the redacted body (`redaction`), and the answer comes back restored: JSON whole,
//     streams chunk by chunk (content and tool-call arguments), with `x-triage-redacted: EMAIL:2,PHONE:1`
//     (types and how many distinct values; never a value) when a non-onprem target answered.
// The cache step never stores these answers (PII was found); the mapping stays on this request's context.
//
// Sets `redaction` (RedactVars) and, when it sends the request on-prem, `decision` and `routeDecision`.
// Reads `routeDecision`, `policy` (decide), `inspection`, `request`, `config`, `requestId`, `trace`, `timings`.
import type { Context, MiddlewareHandler } from 'hono';
import { inspectWithTagger } from '../../../shared/core/inspect/tagged.ts';
import type { EntityTagger } from '../../../shared/core/pii/tagger/tagger.ts';
import { PII_TYPES } from '../../../shared/core/pii/types.ts';
import type { RouteDecision } from '../../../shared/core/policy/index.ts';
import { redactBody, restoreCompletion } from '../../../shared/core/redact/index.ts';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { ParsedRequest } from '../../../shared/protocol/openai/schema.ts';
import { parseTraceparent } from '../../../shared/protocol/telemetry/index.ts';
import type { Env } from '../../env.ts';
import { bundledTagger } from '../../models/pii-tagger.ts';
import type { BodyVars } from '../body/vars.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { RunVars } from '../run/vars.ts';
import { timed } from '../telemetry/timings.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import { restoringSse } from './sse.ts';
import type { Redaction, RedactVars } from './vars.ts';

export interface RedactOptions {
  /** The PII tagger the re-scan runs when PII_TAGGER is on (default: the bundled one, as inspect() uses). */
  tagger?: EntityTagger;
}

/** `outcome` is run()'s, read after it: which target answered. */
type RedactEnv = { Bindings: Env; Variables: RedactVars & Partial<RunVars> & DecideVars & InspectVars & BodyVars & TelemetryVars };
type RedactContext = Context<RedactEnv>;

export const REDACTED_HEADER = 'x-triage-redacted';

export function redact(options: RedactOptions = {}): MiddlewareHandler<RedactEnv> {
  const { tagger = bundledTagger } = options;
  return async function redact(c, next) {
    if (!c.get('routeDecision').redact) return next();
    const planned = await timed(c.get('timings'), 'redact', () => plan(c, tagger));
    if (typeof planned === 'string') {
      sendOnprem(c, planned);
      return next();
    }
    c.set('redaction', planned);
    await next();
    const res = c.res;
    // Hono copies the old response's headers onto the new one: a stale length must not come along.
    try {
      res.headers.delete('content-length');
    } catch {
      // immutable headers: a target's Response, which never carries one (targets/http.ts)
    }
    // An onprem target that answered was sent the original body (run()): nothing of it was redacted.
    c.res = await restored(res, planned, c.get('outcome')?.kind !== 'onprem');
  };
}

/** The redaction to send, or why the request may not leave redacted. */
async function plan(c: RedactContext, tagger: EntityTagger): Promise<Redaction | string> {
  const request = c.get('request');
  const inspection = c.get('inspection');
  if (request.task !== 'chat') return 'only chat requests are redacted';
  if (inspection.tagger?.ran) return 'PII found by the learned tagger alone';
  const ids = clientChosenIds(c);
  const r = redactBody(request.body, ids);
  if (r.kind === 'ineligible') return r.left ? `${r.reason} [${r.left.join(', ')}]` : r.reason;
  if (c.get('config').piiTagger) {
    const tagged = await inspectWithTagger({ ...request, body: r.body } as ParsedRequest, ids, tagger);
    if (tagged.piiTypes.length > 0 || tagged.unscanned.length > 0) return 'the learned tagger finds PII in the redacted body';
  }
  return { body: r.body, mapping: r.mapping, counts: r.mapping.counts() };
}

/** The decision narrowed to its onprem targets (the trail says why); none: 503 pii_no_onprem. */
function sendOnprem(c: RedactContext, why: string): void {
  const decision = c.get('routeDecision');
  const policy = c.get('policy');
  const onprem = [decision.target, ...decision.fallbacks].filter((t) => policy.targets.get(t)?.kind === 'onprem');
  const reasons = [...decision.reasons, `not redacted (${why}): non-onprem targets dropped`];
  const [target, ...fallbacks] = onprem;
  if (target === undefined) {
    const reason = 'PII found, it cannot be sent redacted, and no on-prem target available';
    c.set('decision', { ...withoutRedact(decision), kind: 'refuse', code: 'pii_no_onprem', reason, reasons: [...reasons, reason] });
    throw errors.refused(
      'The request contains personal data that could not be redacted and no on-premises target is available to process it; it was not sent anywhere.',
      'pii_no_onprem',
    );
  }
  const onpremDecision: RouteDecision = { ...withoutRedact(decision), target, targetKind: 'onprem', fallbacks, reasons };
  c.set('decision', onpremDecision);
  c.set('routeDecision', onpremDecision);
}

function withoutRedact(d: RouteDecision): RouteDecision {
  const { redact: _, ...rest } = d;
  return rest;
}

/** The answer with the values put back (JSON whole, SSE event by event), and the redaction header. */
async function restored(res: Response, r: Redaction, sentRedacted: boolean): Promise<Response> {
  const headers = new Headers(res.headers);
  if (sentRedacted) headers.set(REDACTED_HEADER, redactedHeader(r.counts));
  headers.delete('content-length');
  const type = res.headers.get('content-type') ?? '';
  const init = { status: res.status, statusText: res.statusText, headers };
  if (res.body && type.includes('text/event-stream')) return new Response(res.body.pipeThrough(restoringSse(r.mapping)), init);
  if (res.ok && type.includes('application/json'))
    return new Response(JSON.stringify(restoreCompletion(await res.json(), r.mapping)), init);
  return new Response(res.body, init);
}

/** `EMAIL:2,PHONE:1`, in PII_TYPES order. */
export function redactedHeader(counts: Redaction['counts']): string {
  return PII_TYPES.filter((t) => counts[t])
    .map((t) => `${t}:${counts[t]}`)
    .join(',');
}

/**
 * The request id and trace id the client chose: forwarded with the body, so scanned with it (as inspect()
 * does; ids the edge generated carry nothing of the client's).
 */
function clientChosenIds(c: RedactContext): string[] {
  const ids: string[] = [];
  if (c.req.header('x-request-id')?.trim() === c.get('requestId')) ids.push(c.get('requestId'));
  if (parseTraceparent(c.req.header('traceparent'))) ids.push(c.get('trace').traceId);
  return ids;
}
