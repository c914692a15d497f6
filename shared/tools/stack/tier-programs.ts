// The tiers' programs, by import rather than by path string: each tier runs as a process of its own (a tier is
// its own machine in production, and the benchmarks measure CPU per process), started as
// `tsx shared/tools/stack/run-tier.ts <tier> [args…]`, which imports the entry below. So the type checker and
// test/architecture.test.ts follow the arrow from tools/ to the tier, and moving a tier's entry is a compile
// error here. (The edge is the exception: wrangler starts it from wrangler.toml's `main`.) Node-only.
import { join } from 'node:path';
import { REPO_ROOT } from './process-group.ts';

export const TIER_PROGRAMS = {
  /** The on-prem node (configuration from TRIAGE_ONPREM_* variables). */
  onprem: () => import('../../../onprem/main.ts'),
  /** The cloud tier's local SageMaker endpoint and streaming harness (`--piece-delay-ms` …). */
  cloud: () => import('../../../cloud/local-stack.ts'),
} as const;

export type TierProgram = keyof typeof TIER_PROGRAMS;

export function isTierProgram(name: string | undefined): name is TierProgram {
  return name !== undefined && Object.hasOwn(TIER_PROGRAMS, name);
}

const TSX = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const RUN_TIER = join(import.meta.dirname, 'run-tier.ts');

/** The arguments for `node` (process.execPath) that run a tier's program, with its own arguments. */
export function tierProgramArgs(tier: TierProgram, args: readonly string[] = []): string[] {
  return [TSX, RUN_TIER, tier, ...args];
}
