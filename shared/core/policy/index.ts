// The routing-policy engine: load (parse + schema + static checks) → compiled policy → evaluate per request.
// Pure: runs in workerd and Node. See README.md for the file format.
export { loadPolicy, MAX_POLICY_BYTES, type LoadResult } from './load.ts';
export { checkPolicy, type CheckOptions } from './check.ts';
export { analyseRouting, MAX_PROOF_STEPS, type Leak, type RoutingAnalysis, type Unreachable } from './prove.ts';
export { compilePolicy, evaluatePolicy, fnv1a32, splitBucket, tokenCount } from './evaluate.ts';
export { policyVersion, canonicalJson, VERSION_PREFIX } from './version.ts';
export { PolicySchema, TARGET_KINDS, TASKS } from './schema.ts';
export { mayReceive, refusedUnscanned, type Sensitivity } from './sensitivity.ts';
export {
  formatDiagnostic,
  formatPath,
  type CompiledPolicy,
  type Condition,
  type Decision,
  type Diagnostic,
  type PolicySpec,
  type RefuseDecision,
  type RequestFeatures,
  type RouteDecision,
  type RuleSpec,
  type StickySpec,
  type TargetKind,
  type TargetSpec,
  type Task,
} from './types.ts';
