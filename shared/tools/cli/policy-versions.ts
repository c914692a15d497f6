// `triage policy push FILE`, `triage policy versions`, `triage policy rollback [N|default]`: the live routing
// policy in the edge's KV (local stack or a deployed Worker), validated exactly as `triage policy check` does
// before anything is written, every pushed version kept (shared/tools/stack/policy-versions.ts). Node-only.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatDiagnostic, loadPolicy } from '../../core/policy/index.ts';
import { kvNamespace } from '../stack/kv.ts';
import { REPO_ROOT } from '../stack/process-group.ts';
import {
  describeLive,
  keptPolicy,
  makeCurrent,
  policyState,
  previousVersion,
  pushPolicy,
  useBundledDefault,
  type PolicyState,
} from '../stack/policy-versions.ts';
import { parse } from './audit.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { describeLocation, kvLocation, LOCATION_OPTIONS } from './kv-location.ts';

export const DEFAULT_POLICY_FILE = join(REPO_ROOT, 'shared', 'core', 'policy', 'policies', 'default.yaml');
/** What the edge needs to notice a change: it rereads KV after POLICY_CACHE_SECONDS (wrangler.toml). */
const PICKUP = 'the edge reads it within POLICY_CACHE_SECONDS (wrangler.toml; 10 s locally)';

/** The bundled default policy's version hash (what the edge runs without `policy/current`). */
export function defaultPolicyVersion(): string {
  const r = loadPolicy(readFileSync(DEFAULT_POLICY_FILE, 'utf8'), 'default.yaml');
  return r.ok ? r.policy.version : 'invalid';
}

/** Validates `source` like `policy check`; prints the diagnostics; the version hash if it is valid. */
function validated(source: string, file: string, io: CliIo): string | undefined {
  const r = loadPolicy(source, file);
  for (const d of r.ok ? r.warnings : [...r.errors, ...r.warnings]) io.stderr(formatDiagnostic(d) + '\n');
  return r.ok ? r.policy.version : undefined;
}

export async function pushCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, LOCATION_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('policy push needs one FILE');
  const file = positionals[0]!;
  const where = kvLocation(values);
  let source: string;
  try {
    source = io.readFile(file);
  } catch {
    io.stderr(`triage policy push: cannot read ${file}\n`);
    return EXIT.input;
  }
  const version = validated(source, file, io);
  if (version === undefined) {
    io.stderr(`triage policy push: ${file} is invalid; nothing was written\n`);
    return EXIT.findings;
  }
  const meta = await pushPolicy(kvNamespace('POLICY', where), source, { version, source: basename(file) });
  io.stdout(`pushed ${file} as version ${meta.n} (${version}) to ${describeLocation(where)}; it is live: ${PICKUP}\n`);
  return EXIT.ok;
}

export async function versionsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, LOCATION_OPTIONS);
  if (positionals.length) throw new UsageError('policy versions takes no arguments');
  const where = kvLocation(values);
  const state = await policyState(kvNamespace('POLICY', where));
  io.stdout(formatVersions(state, describeLocation(where)));
  return EXIT.ok;
}

export function formatVersions(state: PolicyState, location: string): string {
  const liveN = state.live.kind === 'kv' ? state.live.meta?.n : undefined;
  const rows = state.versions.map(
    (v) => `${v.n === liveN ? '*' : ' '} ${String(v.n).padStart(4)}  ${v.version}  ${v.pushedAt}  ${v.source}`,
  );
  return (
    `${location}\nlive: ${describeLive(state.live, defaultPolicyVersion())}\n` +
    (rows.length ? `kept versions (* live):\n${rows.join('\n')}\n` : 'no kept versions (triage policy push FILE keeps one)\n')
  );
}

export async function rollbackCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, LOCATION_OPTIONS);
  if (positionals.length > 1) throw new UsageError('policy rollback takes at most one VERSION (a number, or "default")');
  const where = kvLocation(values);
  const ns = kvNamespace('POLICY', where);
  if (positionals[0] === 'default') {
    await useBundledDefault(ns);
    io.stdout(`removed policy/current from ${describeLocation(where)}: the bundled default policy is live; ${PICKUP}\n`);
    return EXIT.ok;
  }
  const state = await policyState(ns);
  const target = positionals[0] === undefined ? previousVersion(state) : state.versions.find((v) => String(v.n) === positionals[0]);
  if (!target) {
    io.stderr(
      `triage policy rollback: ${positionals[0] === undefined ? 'no earlier kept version' : `no kept version ${positionals[0]}`}\n`,
    );
    io.stderr(formatVersions(state, describeLocation(where)));
    return EXIT.input;
  }
  const yaml = await keptPolicy(ns, target.n);
  // A kept version was valid when it was pushed; the checks may have grown stricter since.
  if (yaml === null || validated(yaml, `policy/versions/${target.n}`, io) === undefined) {
    io.stderr(`triage policy rollback: version ${target.n} is ${yaml === null ? 'missing' : 'no longer valid'}; nothing was changed\n`);
    return EXIT.findings;
  }
  await makeCurrent(ns, yaml, target);
  io.stdout(`version ${target.n} (${target.version}, ${target.source}) is live again in ${describeLocation(where)}; ${PICKUP}\n`);
  return EXIT.ok;
}
