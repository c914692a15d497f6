// When a non-onprem target may receive a request with PII in it redacted (its values replaced by typed
// placeholders, restored in the answer: shared/core/redact/): every PII type found is in the target's
// allow_redacted, nothing in the request is unscanned, every finding is certain, and the session is not
// sticky (a sticky session stays on-prem, redacted or not). The evaluator keeps
// such targets (beside onprem ones) and says what to redact; the static check (prove.ts) proves no path gives
// a non-onprem target a type it does not allow redacted. The run step redacts, re-scans what it will send,
// and goes on-prem if anything is left.
import type { PiiType } from '../pii/types.ts';
import type { TargetSpec } from './schema.ts';
import type { Sensitivity } from './sensitivity.ts';

export function allowedRedacted(spec: TargetSpec): readonly PiiType[] {
  return 'allow_redacted' in spec ? (spec.allow_redacted ?? []) : [];
}

/** `spec` is not onprem and may receive this PII redacted. */
export function mayReceiveRedacted(spec: TargetSpec, s: Sensitivity & { piiUncertain?: boolean }): boolean {
  if (spec.kind === 'onprem' || s.piiTypes.length === 0 || s.unscanned.length > 0 || s.piiUncertain === true || s.sticky === true)
    return false;
  const allowed = allowedRedacted(spec);
  return s.piiTypes.every((t) => allowed.includes(t));
}
