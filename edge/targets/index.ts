// One Target per policy target, by kind. Built once per policy (re)load; the executor looks them up by name.
import type { PolicySpec, TargetKind, TargetSpec } from '../../shared/core/policy/types.ts';
import type { Env } from '../env.ts';
import { edgeLocalTarget } from './edge-local.ts';
import { lambdaTarget } from './lambda.ts';
import { onpremTarget } from './onprem.ts';
import { openAiTarget } from './openai.ts';
import type { Target } from './target.ts';

export type TargetFactory = (name: string, spec: TargetSpec, env: Env) => Target;

export const TARGET_FACTORIES: Record<TargetKind, TargetFactory> = {
  edge: edgeLocalTarget,
  lambda: lambdaTarget,
  onprem: onpremTarget,
  openai: openAiTarget,
};

export function createTargets(
  spec: PolicySpec,
  env: Env,
  factories: Record<TargetKind, TargetFactory> = TARGET_FACTORIES,
): Map<string, Target> {
  const out = new Map<string, Target>();
  for (const [name, t] of Object.entries(spec.targets)) {
    const target = factories[t.kind](name, t, env);
    if (target.kind !== t.kind) throw new Error(`target ${name}: factory for ${t.kind} built a ${target.kind} target`);
    out.set(name, target);
  }
  return out;
}

export { TargetError, type Target, type TargetRequest } from './target.ts';
