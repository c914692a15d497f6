// Starts the stack locally with the real components (DESIGN.md "Local development"): today the edge Worker
// in workerd via `wrangler dev --local`, with the bundled default policy and models and a freshly seeded
// development API key. The cloud and on-prem tiers join here as they arrive. Node-only.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newApiKey } from '../auth/api-keys.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler');

export interface EdgeOptions {
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
}

export interface RunningEdge {
  url: string;
  /** A development API key valid for this edge (tenant `dev`). */
  apiKey: string;
  /** performance.now() when `wrangler dev` was spawned (after seeding) and when /healthz first answered. */
  spawnedAt: number;
  readyAt: number;
  /** The `wrangler dev` process; also its process group's id (workerd runs in that group). */
  pid: number;
  stop(): Promise<void>;
}

/** Runs a wrangler command to completion; rejects with its output if it fails. */
function wrangler(args: string[], onLog?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
    let out = '';
    const collect = (b: Buffer) => {
      out += b;
      for (const line of b.toString().split('\n')) if (line.trim()) onLog?.(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`wrangler ${args[0]} ${args[1] ?? ''} failed (exit ${code}):\n${out.slice(-2000)}`))));
  });
}

/** Writes a new development key's record into the local KEYS namespace; returns the key (shown once). */
export async function seedDevKey(persistTo: string, onLog?: (line: string) => void): Promise<string> {
  const { key, kvKey, record } = await newApiKey('dev', { keyId: 'devlocal01' });
  await wrangler(['kv', 'key', 'put', kvKey, JSON.stringify(record), '--binding', 'KEYS', '--local', '--persist-to', persistTo], onLog);
  return key;
}

/** Writes a routing policy (YAML text) into the local POLICY namespace as `policy/current`. */
export async function seedPolicy(persistTo: string, yaml: string, onLog?: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triage-policy-'));
  try {
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, yaml);
    await wrangler(['kv', 'key', 'put', 'policy/current', '--path', file, '--binding', 'POLICY', '--local', '--persist-to', persistTo], onLog);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, pollMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode} before the Worker was ready`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`the Worker did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/** Seeds a dev key (and the policy, if given), starts `wrangler dev --local` and waits until the Worker answers. */
export async function startEdge(opts: EdgeOptions): Promise<RunningEdge> {
  const apiKey = await seedDevKey(opts.persistTo, opts.onLog);
  if (opts.policyYaml !== undefined) await seedPolicy(opts.persistTo, opts.policyYaml, opts.onLog);
  const url = `http://127.0.0.1:${opts.port}`;
  const args = ['dev', '--local', '--ip', '127.0.0.1', '--port', String(opts.port), '--persist-to', opts.persistTo, '--show-interactive-dev-session=false', '--inspector-port', '0',
    // A per-run signing key for edge → on-prem (the on-prem node started alongside gets the same one).
    '--var', `ONPREM_SIGNING_KEY:dev:${randomBytes(32).toString('hex')}`,
    ...Object.entries(opts.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`])];
  const spawnedAt = performance.now();
  // Its own process group, so stopping it also stops workerd (no orphan keeps the port).
  const child = spawn(WRANGLER, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  const forward = (b: Buffer) => {
    for (const line of b.toString().split('\n')) if (line.trim()) opts.onLog?.(line);
  };
  child.stdout!.on('data', forward);
  child.stderr!.on('data', forward);
  // However this process ends, take the Worker's process group with it.
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      killGroup();
    });
  try {
    await waitForHealth(url, child, opts.readyTimeoutMs ?? 60_000, opts.readyPollMs ?? 200);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, apiKey, spawnedAt, readyAt: performance.now(), pid: child.pid!, stop };
}
