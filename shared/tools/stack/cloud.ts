// The cloud tier as local processes: cloud/local-stack.ts (the local SageMaker endpoint and the streaming
// harness running the `stream` handler, through tier-programs.ts) and, pointed at that endpoint,
// `sls offline` serving the real `infer` handler (built by serverless-esbuild as for a deploy). Node-only.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, spawnGroup, waitUntil, type ProcessGroup } from './process-group.ts';
import { tierProgramArgs } from './tier-programs.ts';
import { CLOUD_EVENT_VERSION, type CloudEvent } from '../../protocol/cloud-contract.ts';
import { formatTraceparent, newTrace } from '../../protocol/telemetry/index.ts';

const SLS = join(REPO_ROOT, 'node_modules', 'osls', 'bin', 'serverless.js');

export interface SpawnCloudOptions {
  /** serverless-offline's Lambda Invoke port (the edge's LAMBDA_ENDPOINT). */
  lambdaPort: number;
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
  /** Delay between generated pieces of streamed answers (emulates a GPU's token rate). */
  pieceDelayMs?: number;
}

export interface SpawnedCloud {
  /** The Lambda Invoke API of serverless-offline: the edge's LAMBDA_ENDPOINT. */
  lambdaEndpoint: string;
  /** The dev stage's `infer` function name (serverless.yml). */
  inferFunction: string;
  /** The streaming harness running the `stream` handler: the edge's LAMBDA_STREAM_URL. */
  streamUrl: string;
  /** The local SageMaker-runtime endpoint. */
  sagemakerUrl: string;
  /** Settles when either of its processes has exited. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/** What cloud/local-stack.ts announces on stdout once both of its servers listen. */
interface LocalCloudUrls {
  endpointUrl: string;
  streamUrl: string;
}

export async function spawnCloud(opts: SpawnCloudOptions): Promise<SpawnedCloud> {
  const lambdaEndpoint = `http://127.0.0.1:${opts.lambdaPort}`;
  // The readiness probe below takes any answer on the port for serverless-offline's: a port another server holds
  // already would pass it, and the warm-up would fail with that server's 404. Say so instead.
  if (await answers(lambdaEndpoint)) throw new Error(`the cloud tier's Lambda port ${opts.lambdaPort} is taken by another server`);
  const { group: local, urls } = await spawnLocalCloud(opts);
  // Its own esbuild work dir (serverless.yml), so a concurrent `sls package` cannot delete its build.
  const workDir = `.esbuild-offline-${opts.lambdaPort}`;
  const offline = spawnOffline(opts.lambdaPort, urls.endpointUrl, workDir, opts.onLog);
  const stop = async () => {
    await Promise.all([offline.stop(), local.stop()]);
    rmSync(join(REPO_ROOT, workDir), { recursive: true, force: true });
  };
  try {
    // serverless-offline's Lambda API answers any request once it listens (404 for unknown routes).
    await waitUntil('sls offline', offline, async () => (await fetch(`${lambdaEndpoint}/`)).status > 0, opts.readyTimeoutMs ?? 90_000, 250);
    await warmUp(lambdaEndpoint, INFER_FUNCTION);
  } catch (err) {
    await stop();
    throw err;
  }
  const exited = Promise.race([offline.exited, local.exited]);
  return { lambdaEndpoint, inferFunction: INFER_FUNCTION, streamUrl: urls.streamUrl, sagemakerUrl: urls.endpointUrl, exited, stop };
}

/** Whether a server answers HTTP at `url` now. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** The dev stage's `infer` function (serverless.yml: service-stage-function). */
const INFER_FUNCTION = 'triage-cloud-dev-infer';

/**
 * One small chat through `infer` before the tier counts as up: the function's first invocation loads its bundle
 * and the endpoint's first one its model, which on a loaded machine takes long enough to time out the first
 * real request. Afterwards both are warm, as a deployed tier with provisioned capacity would be.
 */
async function warmUp(lambdaEndpoint: string, fn: string): Promise<void> {
  const event: CloudEvent = {
    version: CLOUD_EVENT_VERSION,
    mode: 'buffered',
    task: 'chat',
    body: { model: 'triage-small', messages: [{ role: 'user', content: 'Hello' }], max_tokens: 1 },
    decision: { rule: 'warm-up', policyVersion: 'warm-up', target: 'cloud-gpu' },
    trace: { traceparent: formatTraceparent(newTrace()), requestId: 'warm-up' },
    tenant: 'local',
  };
  const res = await fetch(`${lambdaEndpoint}/2015-03-31/functions/${fn}/invocations`, { method: 'POST', body: JSON.stringify(event) });
  const result = await res.text();
  if (!res.ok) throw new Error(`the cloud tier's warm-up invocation of ${fn} failed: HTTP ${res.status} ${result.slice(0, 200)}`);
}

/** cloud/local-stack.ts, until it announces its URLs; stopped again if it exits first. */
async function spawnLocalCloud(opts: SpawnCloudOptions): Promise<{ group: ProcessGroup; urls: LocalCloudUrls }> {
  const log = opts.onLog;
  let announce!: (line: string) => void;
  const announced = new Promise<string>((resolve) => (announce = resolve));
  const group = spawnGroup(process.execPath, tierProgramArgs('cloud', ['--piece-delay-ms', String(opts.pieceDelayMs ?? 0)]), {
    stdin: 'pipe', // it exits when this process does, even on SIGKILL
    ...(log ? { onLog: log } : {}),
    onStdoutLine: (line) => (line.startsWith('{"endpointUrl"') ? announce(line) : log?.(line)),
  });
  try {
    const exited = new Promise<never>((_, reject) =>
      group.child.once('exit', (code) => reject(new Error(`cloud/local-stack.ts exited (${code}) before listening`))),
    );
    return { group, urls: JSON.parse(await Promise.race([announced, exited])) as LocalCloudUrls };
  } catch (err) {
    await group.stop();
    throw err;
  }
}

/** `sls offline` on the dev stage, its `infer` handler pointed at the local SageMaker endpoint. */
function spawnOffline(lambdaPort: number, endpointUrl: string, workDir: string, onLog?: (line: string) => void): ProcessGroup {
  return spawnGroup(process.execPath, [SLS, 'offline', '--stage', 'dev', '--lambdaPort', String(lambdaPort), '--localEnvironment'], {
    // --localEnvironment hands these to the handler (serverless.yml's own environment still wins).
    env: {
      SAGEMAKER_ENDPOINT_URL: endpointUrl,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      TRIAGE_ESBUILD_WORK_DIR: workDir,
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
    },
    ...(onLog ? { onLog } : {}),
  });
}

/** The edge's vars that point its lambda targets at a local cloud tier (serverless-offline does not check SigV4). */
export function cloudVars(cloud: SpawnedCloud): Record<string, string> {
  return {
    LAMBDA_ENDPOINT: cloud.lambdaEndpoint,
    LAMBDA_STREAM_URL: cloud.streamUrl,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  };
}
