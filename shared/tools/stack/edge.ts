// The edge Worker in workerd via `wrangler dev --local`, as its own process group: the bundled default policy
// and models (or a seeded policy), and a freshly seeded development API key in the local KV. Node-only.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newApiKey } from '../../protocol/auth/api-keys.ts';
import { answersOk, awaitReady, REPO_ROOT, spawnGroup } from './process-group.ts';
import { newSigningKey } from './signing-key.ts';
import { WRANGLER_DEV_ENV, withoutRequestLog } from './wrangler-dev.ts';

const WRANGLER = join(REPO_ROOT, 'node_modules', '.bin', 'wrangler');

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
  /** performance.now() when `wrangler dev` was spawned (after seeding) and when /healthz first answered. */
  spawnedAt: number;
  readyAt: number;
  /** The `wrangler dev` process; also its process group's id (workerd runs in that group). */
  pid: number;
  stop(): Promise<void>;
}

/** Seeds a dev key (and the policy, if given), spawns `wrangler dev --local` and waits until the Worker answers. */
export async function spawnEdge(opts: SpawnEdgeOptions): Promise<SpawnedEdge> {
  const apiKey = await seedDevKey(opts.persistTo, opts.onLog);
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
  const metricsToken = vars.METRICS_TOKEN;
  return { url, apiKey, metricsToken, spawnedAt, readyAt: performance.now(), pid: group.pid, stop: group.stop };
}

/** A per-run token for the local edge's /metrics. */
function newMetricsToken(): string {
  return `metrics-${randomBytes(16).toString('hex')}`;
}

/** Worker vars the caller may set in its own environment for a local edge (`PII_TAGGER=on npm start`). */
const CALLER_VARS = ['PII_TAGGER'] as const;

export function callerVars(env: NodeJS.ProcessEnv): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const name of CALLER_VARS) if (env[name]) vars[name] = env[name];
  return vars;
}

/** Writes a new development key's record into the local KEYS namespace; returns the key (shown once). */
export async function seedDevKey(persistTo: string, onLog?: (line: string) => void): Promise<string> {
  const { key, kvKey, record } = await newApiKey('dev', { keyId: 'devlocal01' });
  await wrangler(['kv', 'key', 'put', kvKey, JSON.stringify(record), '--binding', 'KEYS', '--local', '--persist-to', persistTo], onLog);
  return key;
}

/** Writes a routing policy (YAML text) into the local POLICY namespace as `policy/current` (or `key`: `policy/shadow`). */
export async function seedPolicy(
  persistTo: string,
  yaml: string,
  onLog?: (line: string) => void,
  key: 'policy/current' | 'policy/shadow' = 'policy/current',
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triage-policy-'));
  try {
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, yaml);
    await wrangler(['kv', 'key', 'put', key, '--path', file, '--binding', 'POLICY', '--local', '--persist-to', persistTo], onLog);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a wrangler command to completion; rejects with its output if it fails. */
function wrangler(args: string[], onLog?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER, args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...WRANGLER_DEV_ENV },
    });
    let out = '';
    const collect = (b: Buffer) => {
      out += b;
      for (const line of b.toString().split('\n')) if (line.trim()) onLog?.(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`wrangler ${args[0]} ${args[1] ?? ''} failed (exit ${code}):\n${out.slice(-2000)}`)),
    );
  });
}
