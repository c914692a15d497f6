// Which targets may receive a request, given what the inspection found. One definition, used by the
// evaluator (run-time rule), the edge's executor and its target clients (defence in depth), and the static
// check: an `onprem` target may receive anything; any other target receives a request only if no PII was
// found, its session is not sticky, and every kind of unscanned content in it is one the target's
// `allow_unscanned` lists.
import type { UnscannedKind } from '../inspect/unscanned.ts';
import type { PiiType } from '../pii/types.ts';
import type { TargetSpec } from './schema.ts';

/** What the inspection found that restricts where a request may go (names only, never values). */
export interface Sensitivity {
  piiTypes: readonly PiiType[];
  unscanned: readonly UnscannedKind[];
  /** The request's session saw PII (sticky sensitivity): held to on-prem like PII itself. */
  sticky?: boolean;
}

export function mayReceive(spec: TargetSpec, s: Sensitivity): boolean {
  if (spec.kind === 'onprem') return true;
  if (s.piiTypes.length > 0 || s.sticky === true) return false;
  if (s.unscanned.length === 0) return true;
  const allowed = spec.allow_unscanned ?? [];
  return s.unscanned.every((k) => allowed.includes(k));
}

/** Unscanned kinds in `s` that `spec` does not accept (empty for onprem targets). */
export function refusedUnscanned(spec: TargetSpec, s: Sensitivity): UnscannedKind[] {
  if (spec.kind === 'onprem') return [];
  const allowed = spec.allow_unscanned ?? [];
  return s.unscanned.filter((k) => !allowed.includes(k));
}
