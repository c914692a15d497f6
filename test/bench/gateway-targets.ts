// The things the side-by-side gateway benchmark (gateways.ts) measures, each started in its own process in
// front of the same bench upstream and described as a GatewayTarget: the upstream itself (the baseline), the
// two bare proxies (bare-proxy.ts), Portkey, the on-prem node (its image's bundle) and the edge in workerd
// (edge-workerd.ts). And the cold starts: spawn → first successful chat answer.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { buildOnprem } from '../../onprem/deploy/build.ts';
import { parseSigningKey } from '../../shared/protocol/signing/index.ts';
import { onpremEnv } from '../../shared/tools/stack/onprem.ts';
import { REPO_ROOT, spawnGroup, type ProcessGroup } from '../../shared/tools/stack/process-group.ts';
import { tierProgramArgs } from '../../shared/tools/stack/tier-programs.ts';
import { freePort } from '../support/free-port.ts';
import type { BareProxyMode } from './bare-proxy.ts';
import { agent } from './client.ts';
import { startEdgeWorkerd, startWorkerdProxy } from './edge-workerd.ts';
import { UPSTREAM_ANSWER, chatBody } from './gateway-chat.ts';
import type { ColdStart, GatewayTarget } from './gateway-target.ts';
import { signRequestSync } from './sign-sync.ts';

export const CHAT_PATH = '/v1/chat/completions';
export const UPSTREAM_MODEL = 'bench-upstream';
export const PORTKEY_NAME = 'Portkey 1.15.2 on Node';
export const ONPREM_NAME = 'on-prem node (signature, PII scan, admission, audit)';
const PORTKEY_SERVER = join(REPO_ROOT, 'node_modules', '@portkey-ai', 'gateway', 'build', 'start-server.js');
const BARE_PROXY = join(import.meta.dirname, 'bare-proxy.ts');

export const BARE_PROXY_NAMES: Record<BareProxyMode, string> = {
  'node-http': 'bare node:http + undici request() proxy',
  'hono-fetch': 'bare Hono + fetch proxy on @hono/node-server',
};

/** Sends request `i` to a target; resolves with the answer's text, rejects unless it is a 200. */
export async function chatOnce(t: GatewayTarget, i: number): Promise<string> {
  const body = chatBody(t.model, i);
  const headers = { 'content-type': 'application/json', ...t.headers(body) };
  const res = await request(`${t.url}${t.chatPath}`, { method: 'POST', headers, body, dispatcher: agent });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`${t.name}: HTTP ${res.statusCode}`);
  return text;
}

/** Fails unless the target's answer is the bench upstream's: proof it proxies to it. */
export async function checkAnswersThroughUpstream(t: GatewayTarget): Promise<void> {
  const text = await chatOnce(t, 0);
  const content = (JSON.parse(text) as { choices?: { message?: { content?: string } }[] }).choices?.[0]?.message?.content;
  if (content !== UPSTREAM_ANSWER) throw new Error(`${t.name}: the answer did not come from the bench upstream`);
}

export function directTarget(upstreamUrl: string, upstreamPid: number): GatewayTarget {
  return {
    name: 'direct → upstream',
    url: upstreamUrl,
    chatPath: CHAT_PATH,
    pid: upstreamPid,
    headers: () => ({}),
    model: UPSTREAM_MODEL,
    stop: async () => {},
  };
}

/** A program that prints `{"port":N}` as its first stdout line (and exits when its stdin closes). */
async function spawnPrintingPort(
  what: string,
  args: string[],
  onLog: (line: string) => void,
): Promise<{ group: ProcessGroup; port: number }> {
  let announce!: (port: number) => void;
  const announced = new Promise<number>((resolve) => (announce = resolve));
  const group = spawnGroup(process.execPath, args, {
    stdin: 'pipe',
    onLog,
    onStdoutLine: (line) => {
      const m = /^\{"port":(\d+)\}$/.exec(line.trim());
      if (m) announce(Number(m[1]));
      else onLog(line);
    },
  });
  const failed = group.exited.then(() => Promise.reject(new Error(`${what} exited before listening`)));
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${what} did not listen within 20 s`)), 20_000).unref(),
  );
  try {
    return { group, port: await Promise.race([announced, failed, timeout]) };
  } catch (err) {
    await group.stop();
    throw err;
  }
}

export async function startBareProxy(mode: BareProxyMode, upstreamUrl: string, onLog: (line: string) => void): Promise<GatewayTarget> {
  const { group, port } = await spawnPrintingPort(`the ${mode} proxy`, ['--import', 'tsx', BARE_PROXY, mode, upstreamUrl], onLog);
  return {
    name: BARE_PROXY_NAMES[mode],
    url: `http://127.0.0.1:${port}`,
    chatPath: CHAT_PATH,
    pid: group.pid,
    headers: () => ({}),
    model: UPSTREAM_MODEL,
    stop: group.stop,
  };
}

/** Polls with chat requests until one is answered 200; returns the ms since `t0`. */
async function firstAnswer(t: GatewayTarget, group: ProcessGroup, t0: number, timeoutMs = 60_000): Promise<number> {
  for (let i = 0; performance.now() - t0 < timeoutMs; i++) {
    if (group.child.exitCode !== null) throw new Error(`${t.name} exited (code ${group.child.exitCode}) before answering`);
    try {
      await chatOnce(t, i);
      return performance.now() - t0;
    } catch {
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  throw new Error(`${t.name} did not answer within ${timeoutMs} ms`);
}

/** Portkey's OSS gateway as its README runs it on Node, pointed at the upstream as a custom OpenAI host. */
export async function startPortkey(upstreamUrl: string, onLog: (line: string) => void): Promise<GatewayTarget & { coldStart: ColdStart }> {
  const port = await freePort();
  const t0 = performance.now();
  const group = spawnGroup(process.execPath, [PORTKEY_SERVER, `--port=${port}`, '--headless'], { env: { NODE_ENV: 'production' }, onLog });
  const target: GatewayTarget = {
    name: PORTKEY_NAME,
    url: `http://127.0.0.1:${port}`,
    chatPath: CHAT_PATH,
    pid: group.pid,
    headers: () => ({
      'x-portkey-provider': 'openai',
      'x-portkey-custom-host': `${upstreamUrl}/v1`,
      authorization: 'Bearer sk-bench',
    }),
    model: UPSTREAM_MODEL,
    stop: group.stop,
  };
  try {
    return { ...target, coldStart: { name: PORTKEY_NAME, spawnToFirstAnswer: await firstAnswer(target, group, t0) } };
  } catch (err) {
    await group.stop();
    throw err;
  }
}

export interface OnpremSetup {
  upstreamUrl: string;
  /** `<key id>:<secret>`. */
  signingKey: string;
  auditPath: string;
  onLog: (line: string) => void;
}

/** The node's settings for the bench: the openai-upstream engine, audit to a file, room for c=32. */
function onpremSettings(s: OnpremSetup): Record<string, string> {
  return {
    TRIAGE_ONPREM_ENGINE: 'openai-upstream',
    TRIAGE_ONPREM_UPSTREAM_URL: `${s.upstreamUrl}/v1`,
    TRIAGE_ONPREM_AUDIT_LOG: s.auditPath,
    TRIAGE_ONPREM_MAX_CONCURRENT: '64',
    TRIAGE_ONPREM_MAX_QUEUE: '1024',
  };
}

function onpremTarget(url: string, pid: number, signingKey: string, stop: () => Promise<void>): GatewayTarget {
  const key = parseSigningKey(signingKey);
  return {
    name: ONPREM_NAME,
    url,
    chatPath: CHAT_PATH,
    pid,
    // Signed as the edge signs (a fresh nonce each time: the node takes each signature once).
    headers: (body) => signRequestSync({ method: 'POST', path: CHAT_PATH, body, ...key }),
    model: UPSTREAM_MODEL,
    stop,
  };
}

/** The node as its image runs it (the bundle, `NODE_ENV=production`), as Portkey and the edge run built. */
export async function startOnpremNode(s: OnpremSetup, bundleMain: string): Promise<GatewayTarget> {
  const port = await freePort();
  const group = spawnOnpremBundle(port, s, bundleMain);
  const target = onpremTarget(`http://127.0.0.1:${port}`, group.pid, s.signingKey, group.stop);
  try {
    await firstAnswer(target, group, performance.now());
    return target;
  } catch (err) {
    await group.stop();
    throw err;
  }
}

function spawnOnpremBundle(port: number, s: OnpremSetup, bundleMain: string): ProcessGroup {
  const env = onpremEnv({ port, signingKey: s.signingKey, env: onpremSettings(s) }, process.env);
  return spawnGroup(process.execPath, ['--enable-source-maps', bundleMain], { env: { ...env, NODE_ENV: 'production' }, onLog: s.onLog });
}

export type OnpremLaunch = 'npm start' | 'bundle';

/** Builds the image's bundle (onprem/deploy/build.ts) into `outdir`; returns its main.mjs. */
export async function buildOnpremBundle(outdir: string): Promise<string> {
  return (await buildOnprem({ outdir })).main;
}

/** Spawn → first answered chat of a fresh node, launched as `npm start` does or as the image runs the bundle. */
export async function onpremColdStart(launch: OnpremLaunch, s: OnpremSetup, bundleMain?: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const group =
    launch === 'npm start'
      ? spawnGroup(process.execPath, tierProgramArgs('onprem'), {
          env: onpremEnv({ port, signingKey: s.signingKey, env: onpremSettings(s) }, process.env),
          onLog: s.onLog,
        })
      : spawnOnpremBundle(port, s, bundleMain!);
  try {
    return await firstAnswer(onpremTarget(`http://127.0.0.1:${port}`, group.pid, s.signingKey, group.stop), group, t0);
  } finally {
    await group.stop();
  }
}

export async function portkeyColdStart(upstreamUrl: string, onLog: (line: string) => void): Promise<number> {
  const p = await startPortkey(upstreamUrl, onLog);
  await p.stop();
  return p.coldStart.spawnToFirstAnswer;
}

/** The workerd rows: a bare proxy Worker (the floor of a Worker) and the edge's bundle, both in workerd. */
export async function startEdgeTargets(upstreamUrl: string): Promise<GatewayTarget[]> {
  const bare = await startWorkerdProxy(upstreamUrl);
  try {
    return [bare, await startEdgeWorkerd(upstreamUrl)];
  } catch (err) {
    await bare.stop();
    throw err;
  }
}
