// What run() leaves on the context: which target answered (types only). The cache step sets it too, on a hit.
import type { TargetKind } from '../../../shared/core/policy/index.ts';

/** Which target's answer (or error) the response is, and which were tried before it. */
export interface Outcome {
  target: string;
  kind: TargetKind;
  /** Targets tried before `target` (failed). */
  fallbacks: string[];
  /** Why each target tried did not answer (codes: `upstream_timeout`, `circuit_open`, …), where known. */
  failed?: Record<string, string>;
}

export interface RunVars {
  outcome: Outcome;
}
