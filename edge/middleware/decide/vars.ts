// What decide() leaves on the context: the policy and what it decided (types only).
import type { CompiledPolicy, Decision, RequestFeatures, RouteDecision } from '../../../shared/core/policy/index.ts';

export interface DecideVars {
  /** The routing policy this request is decided by. */
  policy: CompiledPolicy;
  /** What the policy routed on (no text: types, kinds, counts, the request's own routing fields). */
  features: RequestFeatures;
  /** What was decided: where the request runs, or why it runs nowhere. */
  decision: Decision;
  /** The decision, once it routes the request (a refusal ends the request in decide()). */
  routeDecision: RouteDecision;
}
