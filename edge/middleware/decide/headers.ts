// The decision headers (docs/design.md): on every response that comes after a routing decision, errors
// included. Registered before the pipeline (app.use('*')), so it sees the final response — the target's,
// a cached one, or the error the app turned an exception into.
//
//   x-triage-target       the target whose answer (or error) this is; `none` for a refusal
//   x-triage-target-kind  edge | lambda | onprem | openai; `none` for a refusal
//   x-triage-rule         the rule that decided ('default' if none matched)
//   x-triage-policy       the policy version (content hash)
//   x-triage-pii          PII type names found, comma-separated, or `none` — never values
//   x-triage-unscanned    kinds of content the edge could not scan (image, token_ids, uncovered_script …), or `none`
//   x-triage-fallbacks    targets tried (and failed) before x-triage-target, or `none`
//   x-triage-sticky       `yes` when the request's session is sticky (PII seen in it within the policy's TTL,
//                         or its state unreadable: fail closed) and it was routed on-prem for that; else `no`
//
// Reads `decision` (decide) and `outcome` (run, or cache on a hit), where the request got that far.
import type { MiddlewareHandler } from 'hono';
import type { Decision } from '../../../shared/core/policy/index.ts';
import type { Env } from '../../env.ts';
import { setHeaders } from '../../response-headers.ts';
import type { Outcome, RunVars } from '../run/vars.ts';
import type { DecideVars } from './vars.ts';

export const DECISION_HEADERS = [
  'x-triage-target',
  'x-triage-target-kind',
  'x-triage-rule',
  'x-triage-policy',
  'x-triage-pii',
  'x-triage-unscanned',
  'x-triage-fallbacks',
  'x-triage-sticky',
] as const;

export function decisionHeaderValues(decision: Decision, outcome: Outcome | undefined): Record<(typeof DECISION_HEADERS)[number], string> {
  const list = (xs: readonly string[]) => (xs.length ? xs.join(',') : 'none');
  const routed = decision.kind === 'route';
  return {
    'x-triage-target': outcome?.target ?? (routed ? decision.target : 'none'),
    'x-triage-target-kind': outcome?.kind ?? (routed ? decision.targetKind : 'none'),
    'x-triage-rule': decision.rule,
    'x-triage-policy': decision.policyVersion,
    'x-triage-pii': list(decision.piiTypes),
    'x-triage-unscanned': list(decision.unscanned),
    'x-triage-fallbacks': list(outcome?.fallbacks ?? []),
    'x-triage-sticky': decision.sticky === true ? 'yes' : 'no',
  };
}

type DecisionHeadersEnv = { Bindings: Env; Variables: Partial<DecideVars & RunVars> };

export function decisionHeaders(): MiddlewareHandler<DecisionHeadersEnv> {
  return async function decisionHeaders(c, next) {
    await next();
    const decision = c.get('decision');
    if (!decision) return;
    // In place when the response's headers are mutable; else one copy (a target's immutable Response).
    setHeaders(c, decisionHeaderValues(decision, c.get('outcome')));
  };
}
