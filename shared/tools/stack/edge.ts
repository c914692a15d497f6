// The edge Worker in workerd via `wrangler dev --local`, as its own process group: the bundled default policy
// and models (or a seeded policy), and a development API key in the local KV (kept across restarts:
// dev-key.ts). Node-only.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ensureDevKey } from './dev-key.ts';
import { kvNamespace, WRANGLER } from './kv.ts';
import { answersOk, awaitReady, spawnGroup } from './process-group.ts';
import { newSigningKey } from './signing-key.ts';
import { WRANGLER_DEV_ENV, withoutRequestLog } from './wrangler-dev.ts';

export interface SpawnEdgeOptions {
  port: number;
  /** Where wrangler keeps local KV/R2/Durable Object state. */
  persistTo: string;
  /** Receives wrangler's output lines (prefixed by the caller for display). */
  onLog?: (line: string) => void;
  /** How long to wait for the Worker to answer /healthz. */
  readyTimeoutMs?: number;
  /** How often to ask /healthz while waiting (default 200 ms). */
  readyPollMs?: number;
  /** Extra vars and secrets for the Worker, passed as `--var NAME:value` (e.g. an openai target's key). */
  vars?: Record<string, string>;
  /** A routing policy (YAML) to seed into the local POLICY KV as `policy/current`; default: none (the bundled default). */
  policyYaml?: string;
  /** A candidate policy (YAML) to seed as `policy/shadow`: it decides beside the live one, recorded in the receipts. */
  shadowPolicyYaml?: string;
}

export interface SpawnedEdge {
  url: string;
  /** A development API key valid for this edge (tenant `dev`). */
  apiKey: string;
  /** The edge's METRICS_TOKEN: GET /metrics with `Authorization: Bearer <it>` (without one, /metrics is a 404). */
  metricsToken: string;
  /** Whether `apiKey` is the one kept from an earlier start on the same state (false: made now). */
  apiKeyKept: boolean;
  /** performance.now() when `wrangler dev` was spawned (after seeding) and when /healthz first answered. */
  spawnedAt: number;
  readyAt: number;
  /** The `wrangler dev` process; also its process group's id (workerd runs in that group). */
  pid: number;
  /** Settles when `wrangler dev` has exited. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/** Seeds a dev key (and the policy, if given), spawns `wrangler dev --local` and waits until the Worker answers. */
export async function spawnEdge(opts: SpawnEdgeOptions): Promise<SpawnedEdge> {
  const { key: apiKey, kept: apiKeyKept } = await ensureDevKey(opts.persistTo, opts.onLog);
  if (opts.policyYaml !== undefined) await seedPolicy(opts.persistTo, opts.policyYaml, opts.onLog);
  if (opts.shadowPolicyYaml !== undefined) await seedPolicy(opts.persistTo, opts.shadowPolicyYaml, opts.onLog, 'policy/shadow');
  const url = `http://127.0.0.1:${opts.port}`;
  // Without a key from the caller, a per-run one (nothing on-prem will accept it, but the edge starts).
  const vars = { ONPREM_SIGNING_KEY: newSigningKey(), METRICS_TOKEN: newMetricsToken(), ...callerVars(process.env), ...opts.vars };
  const args = [
    'dev',
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--persist-to',
    opts.persistTo,
    '--show-interactive-dev-session=false',
    '--inspector-port',
    '0',
    ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  const spawnedAt = performance.now();
  const group = spawnGroup(WRANGLER, args, { env: WRANGLER_DEV_ENV, ...(opts.onLog ? { onLog: withoutRequestLog(opts.onLog) } : {}) });
  await awaitReady('wrangler dev', group, answersOk(`${url}/healthz`), opts.readyTimeoutMs ?? 60_000, opts.readyPollMs ?? 200);
  return {
    url,
    apiKey,
    apiKeyKept,
    metricsToken: vars.METRICS_TOKEN,
    spawnedAt,
    readyAt: performance.now(),
    pid: group.pid,
    exited: group.exited,
    stop: group.stop,
  };
}

/** A per-run token for the local edge's /metrics. */
function newMetricsToken(): string {
  return `metrics-${randomBytes(16).toString('hex')}`;
}

/** Worker vars the caller may set in its own environment for a local edge (`PII_TAGGER=off npm start`). */
const CALLER_VARS = ['PII_TAGGER'] as const;

export function callerVars(env: NodeJS.ProcessEnv): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const name of CALLER_VARS) if (env[name]) vars[name] = env[name];
  return vars;
}

/** The development key for this state folder (kept across restarts: dev-key.ts); the name callers knew. */
export async function seedDevKey(persistTo: string, onLog?: (line: string) => void): Promise<string> {
  return (await ensureDevKey(persistTo, onLog)).key;
}

/** Writes a routing policy (YAML text) into the local POLICY namespace as `policy/current` (or `key`: `policy/shadow`). */
export async function seedPolicy(
  persistTo: string,
  yaml: string,
  onLog?: (line: string) => void,
  key: 'policy/current' | 'policy/shadow' = 'policy/current',
): Promise<void> {
  await kvNamespace('POLICY', { kind: 'local', persistTo }, onLog).put(key, yaml);
}
