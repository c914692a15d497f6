// The on-prem node (onprem/main.ts, through tier-programs.ts) as its own Node process. Node-only.
import { answersOk, awaitReady, spawnGroup } from './process-group.ts';
import { tierProgramArgs } from './tier-programs.ts';

export interface SpawnOnpremOptions {
  port: number;
  /** `<key id>:<secret>`: the node accepts it; give the edge the same as ONPREM_SIGNING_KEY. */
  signingKey: string;
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
  /** More TRIAGE_ONPREM_* settings (onprem/config.ts); they win over the caller's environment. */
  env?: Record<string, string>;
}

export interface SpawnedOnprem {
  /** The node's root URL (the edge's ONPREM_URL is this + `/v1`). */
  url: string;
  pid: number;
  /** Settles when the node's process has exited. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/**
 * What the node's process gets on top of the caller's environment (which it inherits): the defaults — the
 * `onnx` engine on the built models, audit to stdout — unless the caller set them, so
 * `TRIAGE_ONPREM_MODEL_FOLDERS=… npm start` runs a published model and
 * `TRIAGE_ONPREM_ENGINE=openai-upstream TRIAGE_ONPREM_UPSTREAM_URL=… npm start` a vLLM server; then what the
 * stack wires itself (the node listens where the edge looks, with the edge's key); then `opts.env`.
 */
export function onpremEnv(
  opts: Pick<SpawnOnpremOptions, 'port' | 'signingKey' | 'env'>,
  callerEnv: NodeJS.ProcessEnv,
): Record<string, string> {
  return {
    TRIAGE_ONPREM_ENGINE: callerEnv['TRIAGE_ONPREM_ENGINE'] || 'onnx',
    TRIAGE_ONPREM_AUDIT_LOG: callerEnv['TRIAGE_ONPREM_AUDIT_LOG'] || 'stdout',
    TRIAGE_ONPREM_HOST: '127.0.0.1',
    TRIAGE_ONPREM_PORT: String(opts.port),
    TRIAGE_ONPREM_SIGNING_KEYS: opts.signingKey,
    TRIAGE_ONPREM_SIGNING_KEYS_FILE: '', // empty = unset: the stack's key is the one the edge signs with
    ...opts.env,
  };
}

/** Spawns the node; ready when /readyz says the engine is loaded. */
export async function spawnOnprem(opts: SpawnOnpremOptions): Promise<SpawnedOnprem> {
  const url = `http://127.0.0.1:${opts.port}`;
  const group = spawnGroup(process.execPath, tierProgramArgs('onprem'), {
    env: onpremEnv(opts, process.env),
    ...(opts.onLog ? { onLog: opts.onLog } : {}),
  });
  await awaitReady('the on-prem node', group, answersOk(`${url}/readyz`), opts.readyTimeoutMs ?? 60_000);
  return { url, pid: group.pid, exited: group.exited, stop: group.stop };
}
