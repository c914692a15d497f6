// Shadow policies: a candidate policy decides beside the live one on real traffic and decides nothing. What
// each decided is reduced to a `RoutedAs` (rule, route or refusal, target) — closed fields only, the shape a
// decision receipt records for the live decision and for its shadow — and the two are compared.
import type { Decision } from '../policy/index.ts';
import type { RoutedAs } from '../receipts/receipt.ts';

export type { RoutedAs };

export function routedAs(d: Decision): RoutedAs {
  const common = { policy_version: d.policyVersion, rule: d.rule, decision: d.kind };
  return d.kind === 'route'
    ? { ...common, target: d.target, target_kind: d.targetKind }
    : { ...common, target: null, target_kind: null, refusal: d.code };
}

/** `onprem-gpu`, or `refuse:pii_no_onprem`: what a decision amounts to for a comparison. */
export function destination(r: Pick<RoutedAs, 'decision' | 'target' | 'refusal'>): string {
  return r.decision === 'refuse' ? `refuse:${r.refusal ?? 'unknown'}` : (r.target ?? 'none');
}

/** Same destination: same target, or the same refusal. (The rule may differ; the request would go the same way.) */
export function sameDestination(a: RoutedAs, b: RoutedAs): boolean {
  return destination(a) === destination(b);
}
