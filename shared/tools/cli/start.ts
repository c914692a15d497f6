// `triage start` (what `npm start` runs): the whole stack on this machine — the on-prem node, the cloud tier
// (serverless-offline + streaming harness + local SageMaker endpoint) and the edge Worker, wired to each
// other — as one instance per checkout (a lock names the running one; busy ports refuse the start), configured
// by triage.config.json and the environment (stack/start-config.ts), with the dev key kept across restarts,
// the live policy named, and a ready-to-paste curl for each route the default policy can take.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { defaultPolicyVersion } from './policy-versions.ts';
import { acquireInstanceLock, busyPorts, InstanceRunningError } from '../stack/instance.ts';
import { kvNamespace, LOCAL_STATE } from '../stack/kv.ts';
import { describeLive, policyState, type LivePolicy } from '../stack/policy-versions.ts';
import { REPO_ROOT } from '../stack/process-group.ts';
import { spawnStack, type SpawnedStack } from '../stack/stack.ts';
import { loadStartConfig, StartConfigError, type StartConfig } from '../stack/start-config.ts';

/** The running instance of this checkout (pid, ports), beside wrangler's state. */
export const LOCK_FILE = join(REPO_ROOT, '.wrangler', 'triage-start.lock');

export interface StartOptions {
  /** Overrides for tests: where the lock and the local state are. */
  lockFile?: string;
  persistTo?: string;
  env?: NodeJS.ProcessEnv;
}

export async function startCommand(args: string[], io: CliIo, opts: StartOptions = {}): Promise<number> {
  const config = readConfig(io, opts.env ?? process.env);
  if (!config) return EXIT.input;
  const { edge: edgePort, onprem: onpremPort, lambda: lambdaPort } = config.ports;
  if (args.length)
    throw new UsageError(`start takes no arguments (ports: PORT=${edgePort} edge, ONPREM_PORT=${onpremPort}, LAMBDA_PORT=${lambdaPort})`);
  const lock = takeLock(opts.lockFile ?? LOCK_FILE, config, io);
  if (!lock) return EXIT.findings;
  const busy = await busyPorts(config.ports);
  if (busy.length) {
    lock.release();
    io.stderr(
      `triage start: port${busy.length > 1 ? 's' : ''} ${busy.join(', ')} already in use (another checkout's stack, or another program). ` +
        `Stop it, or choose other ports: PORT, ONPREM_PORT, LAMBDA_PORT or "ports" in triage.config.json.\n`,
    );
    return EXIT.findings;
  }
  const persistTo = opts.persistTo ?? LOCAL_STATE;
  Object.assign(process.env, config.env); // the tiers' processes inherit the file's settings
  const live = policyState(kvNamespace('POLICY', { kind: 'local', persistTo })).then(
    (s) => s.live,
    () => undefined,
  );
  const stack = await startStack(config, persistTo, io);
  if (!stack) {
    lock.release();
    return EXIT.findings;
  }
  io.stdout(upMessage(stack, config, await live, persistTo));
  const code = await untilSignalledOrATierDies(stack, io);
  lock.release();
  return code;
}

function readConfig(io: CliIo, env: NodeJS.ProcessEnv): StartConfig | undefined {
  try {
    return loadStartConfig(env);
  } catch (err) {
    if (!(err instanceof StartConfigError)) throw err;
    io.stderr(`triage start: ${err.message}\n`);
    return undefined;
  }
}

function takeLock(file: string, config: StartConfig, io: CliIo): { release(): void } | undefined {
  try {
    const lock = acquireInstanceLock(file, config.ports);
    process.once('exit', () => lock.release());
    return lock;
  } catch (err) {
    if (!(err instanceof InstanceRunningError)) throw err;
    io.stderr(`triage start: ${err.message}\n`);
    return undefined;
  }
}

/** The stack, or undefined after saying loudly which tier failed (what had started is stopped again). */
async function startStack(config: StartConfig, persistTo: string, io: CliIo): Promise<SpawnedStack | undefined> {
  let step = 0;
  try {
    return await spawnStack({
      edgePort: config.ports.edge,
      onpremPort: config.ports.onprem,
      lambdaPort: config.ports.lambda,
      persistTo,
      edgeVars: config.edgeVars,
      onLog: (tier, line) => io.stderr(`  [${tier}] ${line}\n`),
      onProgress: (message) => io.stderr(`[${++step}/2] ${message} …\n`),
    });
  } catch (err) {
    io.stderr(`\ntriage start FAILED: ${err instanceof Error ? err.message : String(err)}\nNothing is left running.\n`);
    return undefined;
  }
}

/** Runs until Ctrl-C / SIGTERM (exit 0), or until a tier's process dies on its own: then loudly, exit 1. */
async function untilSignalledOrATierDies(stack: SpawnedStack, io: CliIo): Promise<number> {
  return new Promise<number>((resolve) => {
    // Every signal is handled, not only the first: a second Ctrl-C (or SIGTERM) while the tiers stop must not
    // kill this process with its children still running.
    let stopping: Promise<void> | undefined;
    const stopAll = (code: number) => void (stopping ??= stack.stop().then(() => resolve(code)));
    process.on('SIGINT', () => stopAll(EXIT.ok));
    process.on('SIGTERM', () => stopAll(EXIT.ok));
    void stack.tierExited.then((tier) => {
      if (stopping) return; // stopped on purpose
      io.stderr(`\ntriage start: the ${tier} tier exited on its own (see its log above); stopping the others.\n`);
      stopAll(EXIT.findings);
    });
  });
}

function upMessage({ edge, cloud, onprem }: SpawnedStack, config: StartConfig, live: LivePolicy | undefined, persistTo: string): string {
  const curl = (path: string, body: object | string) =>
    `curl -sS -D - ${edge.url}${path} \\\n  -H "Authorization: Bearer ${edge.apiKey}" \\\n  -H "Content-Type: application/json" \\\n  -d ${typeof body === 'string' ? body : `'${JSON.stringify(body)}'`}`;
  // ~3,300 estimated tokens: above the default policy's edge limit (2,048), so the cloud tier answers.
  const largeFile = join(persistTo, '..', 'large-request.json');
  const long = 'Summarise our refund policy for enterprise customers. '.repeat(300).trim();
  writeFileSync(largeFile, JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: long }], max_tokens: 32 }));
  return (
    `\nTriage is up: ${edge.url} (pid ${process.pid}; a second start in this checkout is refused)\n` +
    `  config   ${config.file ?? `none (defaults; ${'triage.config.json'} or TRIAGE_CONFIG sets ports, engine, model folders)`}\n` +
    `  policy   ${policyLine(live)}\n` +
    `  dev key  ${edge.apiKey} (tenant dev; ${edge.apiKeyKept ? 'kept from the last start' : 'new, kept for the next starts'}; triage keys create|list|revoke for more)\n` +
    `  edge     ${edge.url}\n` +
    `  cloud    Lambda Invoke ${cloud.lambdaEndpoint} (${cloud.inferFunction}), stream ${cloud.streamUrl}, SageMaker ${cloud.sagemakerUrl}\n` +
    `  on-prem  ${onprem.url} (signed requests only; /healthz /readyz /metrics)\n` +
    `  metrics  curl -sS ${edge.url}/metrics -H "Authorization: Bearer ${edge.metricsToken}"   (this run's METRICS_TOKEN)\n` +
    `  models   ${modelsLine(process.env)}\n\n` +
    `A small request, answered at the edge (x-triage-target: edge-small):\n\n` +
    curl('/v1/chat/completions', {
      model: 'triage-small',
      messages: [{ role: 'user', content: 'How do I reset my password?' }],
      max_tokens: 32,
    }) +
    `\n\nA request with PII, answered on-prem only (x-triage-pii: EMAIL, x-triage-target: onprem-gpu):\n\n` +
    curl('/v1/chat/completions', {
      model: 'triage-small',
      messages: [{ role: 'user', content: 'Write to jane.doe@example.com about her order' }],
      max_tokens: 32,
    }) +
    `\n\nA large request (> 2048 tokens), answered by the cloud tier (x-triage-target: cloud-gpu):\n\n` +
    curl('/v1/chat/completions', `@${largeFile}`) +
    `\n\n(decision headers: x-triage-target, -target-kind, -rule, -policy, -pii, -unscanned, -fallbacks). Ctrl-C stops.\n`
  );
}

/** Which policy the edge runs: a policy left in local KV overrides default.yaml, so say so and how to undo it. */
export function policyLine(live: LivePolicy | undefined): string {
  if (!live) return 'unknown (local KV could not be read); npx triage policy versions shows it';
  const text = describeLive(live, defaultPolicyVersion());
  return live.kind === 'default'
    ? text
    : `${text}\n           back to default.yaml: npx triage policy rollback default; all versions: npx triage policy versions`;
}

/** What the tiers run: the demo models unless the caller named folders (README "Models") or another engine. */
function modelsLine(env: NodeJS.ProcessEnv): string {
  const own = [
    env['TRIAGE_ONPREM_ENGINE'] === 'openai-upstream' ? `on-prem: upstream ${env['TRIAGE_ONPREM_UPSTREAM_URL'] ?? ''}` : undefined,
    env['TRIAGE_ONPREM_MODEL_FOLDERS'] ? `on-prem folders: ${env['TRIAGE_ONPREM_MODEL_FOLDERS']}` : undefined,
    env['TRIAGE_CLOUD_MODEL_FOLDERS'] ? `cloud folders: ${env['TRIAGE_CLOUD_MODEL_FOLDERS']}` : undefined,
  ].filter(Boolean);
  const demo = 'demo models built from code (shared/models/dist) — not useful models; README "Models" runs published ones';
  return own.length > 0 ? `${own.join('; ')}; elsewhere the ${demo}` : `the ${demo}`;
}
