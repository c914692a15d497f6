// Starts the stack locally with the real components (docs/design.md "Local development"), each tier in its own
// process group: the edge Worker in workerd via `wrangler dev --local` (bundled default policy and models, a
// freshly seeded development API key); the cloud tier — the `infer` function under serverless-offline (Lambda
// Invoke API), the `stream` function in the project's response-streaming harness, the local SageMaker-runtime
// endpoint (cloud/local-stack.ts) — and the on-prem node. Tiers are started as programs, not imported:
// shared/ imports no tier. Node-only.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newApiKey } from '../../protocol/auth/api-keys.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler');
const SLS = join(ROOT, 'node_modules', 'osls', 'bin', 'serverless.js');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

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
    const child = spawn(WRANGLER, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
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
    await wrangler(
      ['kv', 'key', 'put', 'policy/current', '--path', file, '--binding', 'POLICY', '--local', '--persist-to', persistTo],
      onLog,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A child program in its own process group, so stopping it also stops what it started (no orphan keeps a port). */
interface Group {
  child: ChildProcess;
  pid: number;
  stop(): Promise<void>;
}

function spawnGroup(
  command: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; onLog?: (line: string) => void; stdin?: 'pipe' | 'ignore'; onStdoutLine?: (line: string) => void },
): Group {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, ...opts.env },
  });
  const lines = (sink?: (line: string) => void) => (b: Buffer) => {
    for (const line of b.toString().split('\n')) if (line.trim()) sink?.(line);
  };
  child.stdout!.on('data', lines(opts.onStdoutLine ?? opts.onLog));
  child.stderr!.on('data', lines(opts.onLog));
  // However this process ends, take the group with it.
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
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('close', () => resolve());
      killGroup();
    });
  return { child, pid: child.pid!, stop };
}

/** Polls `probe` until it answers true; fails if the program exits first or the time runs out. */
async function waitUntil(what: string, group: Group, probe: () => Promise<boolean>, timeoutMs: number, pollMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (group.child.exitCode !== null) throw new Error(`${what} exited with code ${group.child.exitCode} before it was ready`);
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`${what} was not ready within ${timeoutMs} ms`);
}

/** Starts a group and waits for it; stops it again if it does not get ready. */
async function startGroup(what: string, group: Group, probe: () => Promise<boolean>, timeoutMs: number, pollMs = 200): Promise<void> {
  try {
    await waitUntil(what, group, probe, timeoutMs, pollMs);
  } catch (err) {
    await group.stop();
    throw err;
  }
}

const answers = (url: string) => async () => (await fetch(url)).ok;

/** A fresh edge → on-prem signing key, `<key id>:<secret>` (the edge's ONPREM_SIGNING_KEY; one of the node's keys). */
export function newSigningKey(): string {
  return `dev:${randomBytes(32).toString('hex')}`;
}

/** Seeds a dev key (and the policy, if given), starts `wrangler dev --local` and waits until the Worker answers. */
export async function startEdge(opts: EdgeOptions): Promise<RunningEdge> {
  const apiKey = await seedDevKey(opts.persistTo, opts.onLog);
  if (opts.policyYaml !== undefined) await seedPolicy(opts.persistTo, opts.policyYaml, opts.onLog);
  const url = `http://127.0.0.1:${opts.port}`;
  // Without a key from the caller, a per-run one (nothing on-prem will accept it, but the edge starts).
  const vars = { ONPREM_SIGNING_KEY: newSigningKey(), ...opts.vars };
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
  const group = spawnGroup(WRANGLER, args, { env: { WRANGLER_SEND_METRICS: 'false' }, ...(opts.onLog ? { onLog: opts.onLog } : {}) });
  await startGroup('wrangler dev', group, answers(`${url}/healthz`), opts.readyTimeoutMs ?? 60_000, opts.readyPollMs ?? 200);
  return { url, apiKey, spawnedAt, readyAt: performance.now(), pid: group.pid, stop: group.stop };
}

export interface CloudOptions {
  /** serverless-offline's Lambda Invoke port (the edge's LAMBDA_ENDPOINT). */
  lambdaPort: number;
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
  /** Delay between generated pieces of streamed answers (emulates a GPU's token rate). */
  pieceDelayMs?: number;
}

export interface RunningCloud {
  /** The Lambda Invoke API of serverless-offline: the edge's LAMBDA_ENDPOINT. */
  lambdaEndpoint: string;
  /** The dev stage's `infer` function name (serverless.yml). */
  inferFunction: string;
  /** The streaming harness running the `stream` handler: the edge's LAMBDA_STREAM_URL. */
  streamUrl: string;
  /** The local SageMaker-runtime endpoint. */
  sagemakerUrl: string;
  stop(): Promise<void>;
}

/**
 * The cloud tier: cloud/local-stack.ts (local SageMaker endpoint + streaming harness) and, pointed at that
 * endpoint, `sls offline` serving the real `infer` handler (built by serverless-esbuild as for a deploy).
 */
export async function startCloud(opts: CloudOptions): Promise<RunningCloud> {
  const log = opts.onLog;
  let announce!: (line: string) => void;
  const announced = new Promise<string>((resolve) => (announce = resolve));
  const local = spawnGroup(process.execPath, [TSX, 'cloud/local-stack.ts', '--piece-delay-ms', String(opts.pieceDelayMs ?? 0)], {
    stdin: 'pipe', // it exits when this process does, even on SIGKILL
    ...(log ? { onLog: log } : {}),
    onStdoutLine: (line) => (line.startsWith('{"endpointUrl"') ? announce(line) : log?.(line)),
  });
  let urls: { endpointUrl: string; streamUrl: string };
  try {
    urls = JSON.parse(
      await Promise.race([
        announced,
        new Promise<never>((_, reject) =>
          local.child.once('exit', (code) => reject(new Error(`cloud/local-stack.ts exited (${code}) before listening`))),
        ),
      ]),
    ) as typeof urls;
  } catch (err) {
    await local.stop();
    throw err;
  }
  const lambdaEndpoint = `http://127.0.0.1:${opts.lambdaPort}`;
  // Its own esbuild work dir (serverless.yml), so a concurrent `sls package` cannot delete its build.
  const workDir = `.esbuild-offline-${opts.lambdaPort}`;
  const offline = spawnGroup(
    process.execPath,
    [SLS, 'offline', '--stage', 'dev', '--lambdaPort', String(opts.lambdaPort), '--localEnvironment'],
    {
      // --localEnvironment hands these to the handler (serverless.yml's own environment still wins).
      env: {
        SAGEMAKER_ENDPOINT_URL: urls.endpointUrl,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        TRIAGE_ESBUILD_WORK_DIR: workDir,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
      },
      ...(log ? { onLog: log } : {}),
    },
  );
  const stop = async () => {
    await Promise.all([offline.stop(), local.stop()]);
    rmSync(join(ROOT, workDir), { recursive: true, force: true });
  };
  try {
    // serverless-offline's Lambda API answers any request once it listens (404 for unknown routes).
    await waitUntil('sls offline', offline, async () => (await fetch(`${lambdaEndpoint}/`)).status > 0, opts.readyTimeoutMs ?? 90_000, 250);
  } catch (err) {
    await stop();
    throw err;
  }
  return { lambdaEndpoint, inferFunction: 'triage-cloud-dev-infer', streamUrl: urls.streamUrl, sagemakerUrl: urls.endpointUrl, stop };
}

export interface OnpremOptions {
  port: number;
  /** `<key id>:<secret>`: the node accepts it; give the edge the same as ONPREM_SIGNING_KEY. */
  signingKey: string;
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
  /** More TRIAGE_ONPREM_* settings (onprem/config.ts); default: the `onnx` engine on the built models, audit to stdout. */
  env?: Record<string, string>;
}

export interface RunningOnprem {
  /** The node's root URL (the edge's ONPREM_URL is this + `/v1`). */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The on-prem node (onprem/main.ts) as its own Node process; ready when /readyz says the engine is loaded. */
export async function startOnprem(opts: OnpremOptions): Promise<RunningOnprem> {
  const url = `http://127.0.0.1:${opts.port}`;
  const group = spawnGroup(process.execPath, [TSX, 'onprem/main.ts'], {
    env: {
      TRIAGE_ONPREM_HOST: '127.0.0.1',
      TRIAGE_ONPREM_PORT: String(opts.port),
      TRIAGE_ONPREM_SIGNING_KEYS: opts.signingKey,
      TRIAGE_ONPREM_ENGINE: 'onnx',
      TRIAGE_ONPREM_AUDIT_LOG: 'stdout',
      ...opts.env,
    },
    ...(opts.onLog ? { onLog: opts.onLog } : {}),
  });
  await startGroup('the on-prem node', group, answers(`${url}/readyz`), opts.readyTimeoutMs ?? 60_000);
  return { url, pid: group.pid, stop: group.stop };
}

/** The edge's vars that point its lambda targets at a local cloud tier (serverless-offline does not check SigV4). */
export function cloudVars(cloud: RunningCloud): Record<string, string> {
  return {
    LAMBDA_ENDPOINT: cloud.lambdaEndpoint,
    LAMBDA_STREAM_URL: cloud.streamUrl,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  };
}

export interface StackOptions {
  edgePort: number;
  onpremPort: number;
  lambdaPort: number;
  /** wrangler's local state (KV, R2, Durable Objects). */
  persistTo: string;
  /** Output lines of each tier's processes. */
  onLog?: (tier: 'edge' | 'cloud' | 'onprem', line: string) => void;
  /** Says what is being started. */
  onProgress?: (message: string) => void;
  /** More TRIAGE_ONPREM_* settings for the node (e.g. where its audit log goes). */
  onpremEnv?: Record<string, string>;
  /**
   * Something to put between the edge and the other tiers (test/attacks/: a recorder in front of the cloud
   * tier). Called once the node and the cloud tier run, before the edge starts; the vars it returns are laid
   * over the edge's wiring (e.g. LAMBDA_ENDPOINT pointing at the recorder), its policy is seeded as the
   * edge's. `npm start` passes none.
   */
  interpose?: (tiers: { cloud: RunningCloud; onprem: RunningOnprem }) => Promise<EdgeWiring>;
}

/** What `interpose` changes in the edge's wiring. */
export interface EdgeWiring {
  vars?: Record<string, string>;
  policyYaml?: string;
}

export interface RunningStack {
  edge: RunningEdge;
  cloud: RunningCloud;
  onprem: RunningOnprem;
  stop(): Promise<void>;
}

/**
 * The whole stack, wired: the on-prem node and the cloud tier (in parallel), then the edge with a per-run
 * signing key the node accepts, ONPREM_URL, and the cloud tier's Invoke and stream URLs. What `npm start` runs.
 */
export async function startStack(opts: StackOptions): Promise<RunningStack> {
  const log = (tier: 'edge' | 'cloud' | 'onprem') => (opts.onLog ? { onLog: (line: string) => opts.onLog!(tier, line) } : {});
  const signingKey = newSigningKey();
  const running: { stop(): Promise<void> }[] = [];
  const started = <T extends { stop(): Promise<void> }>(r: T): T => (running.push(r), r);
  const stop = async () => {
    await Promise.all(running.map((r) => r.stop()));
  };
  try {
    opts.onProgress?.(
      `starting the on-prem node (onnx engine, CPU) on port ${opts.onpremPort} and the cloud tier (serverless-offline on ${opts.lambdaPort}, streaming harness, local SageMaker endpoint)`,
    );
    const [onprem, cloud] = await Promise.all([
      startOnprem({ port: opts.onpremPort, signingKey, ...log('onprem'), ...(opts.onpremEnv ? { env: opts.onpremEnv } : {}) }).then(
        started,
      ),
      startCloud({ lambdaPort: opts.lambdaPort, ...log('cloud') }).then(started),
    ]);
    const wiring = opts.interpose ? await opts.interpose({ cloud, onprem }) : {};
    opts.onProgress?.(
      `seeding a development API key into local KV and starting the edge Worker (wrangler dev --local, workerd) on port ${opts.edgePort}`,
    );
    const edge = started(
      await startEdge({
        port: opts.edgePort,
        persistTo: opts.persistTo,
        readyTimeoutMs: 90_000,
        ...log('edge'),
        vars: { ONPREM_SIGNING_KEY: signingKey, ONPREM_URL: `${onprem.url}/v1`, ...cloudVars(cloud), ...wiring.vars },
        ...(wiring.policyYaml !== undefined ? { policyYaml: wiring.policyYaml } : {}),
      }),
    );
    return { edge, cloud, onprem, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
