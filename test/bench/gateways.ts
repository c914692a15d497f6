// Every tier and Portkey side by side, in one run, against the same mock upstream (test/bench/upstream.ts,
// its own process) with the same 1 KB chat (a different prompt per request, no PII): the upstream called
// directly (the baseline), a bare node:http + undici proxy and a bare Hono + fetch proxy (bare-proxy.ts: the
// floors of a Node proxy), Portkey 1.15.2 on Node, the on-prem node (signed requests; signature
// verification, PII scan, admission and audit on) and the edge in workerd (edge-workerd.ts). The node and the edge run built, as their images run them.
//   c=32       closed loop with autocannon (closed-loop.ts); the gateway process's CPU per answered request
//   c=1        open loop at a constant rate — a quarter of the slowest target's c=32 capacity, at most 100 req/s,
//              so it measures latency rather than a queue — latency from each request's scheduled send time
//              (open-loop.ts)
//   stream     time to the first `data:` event of a streamed chat
//   cold start spawn → first answered chat: Portkey, the node as `npm start` runs it and as the image runs
//              the bundle, the edge if its starter reports it
// Targets take turns in rotating order, round after round, so drift on the shared machine hits all alike.
// Prints Markdown on stdout (gateway-report.ts), progress on stderr. `BENCH_ONLY=gateways npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { newSigningKey } from '../../shared/tools/stack/signing-key.ts';
import { agent, spawnUpstream } from './client.ts';
import { BARE_PROXY_MODES } from './bare-proxy.ts';
import { closedLoop, type PreparedRequest } from './closed-loop.ts';
import { chatBody } from './gateway-chat.ts';
import { coldStartTable, gatewayTable, goalsLine, type ColdStartFigures, type GatewayFigures } from './gateway-report.ts';
import type { GatewayTarget } from './gateway-target.ts';
import {
  ONPREM_NAME,
  PORTKEY_NAME,
  buildOnpremBundle,
  checkAnswersThroughUpstream,
  chatOnce,
  directTarget,
  onpremColdStart,
  portkeyColdStart,
  startBareProxy,
  startEdgeTargets,
  startOnpremNode,
  startPortkey,
  type OnpremSetup,
} from './gateway-targets.ts';
import { lightLoadRate, openLoop } from './open-loop.ts';
import { interleaved, progress, summarize } from './stats.ts';

/** Milliseconds between the upstream's streamed chunks (the first comes at once). */
const STREAM_DELAY_MS = 10;
const CONNECTIONS = 32;

export interface Plan {
  /** c=32: seconds per run, runs per target (after one warm-up run). */
  c32Seconds: number;
  c32Rounds: number;
  /** c=1: seconds of open-loop load per target, in `openRounds` short turns (a stall then hits every target alike), at most `maxOpenRate` req/s. */
  openSeconds: number;
  openRounds: number;
  maxOpenRate: number;
  streamRounds: number;
  coldStarts: number;
}

/** ~3 minutes at the default BENCH_SAMPLES (5000), less with fewer. */
export function planFor(samples: number): Plan {
  const scale = Math.min(1, samples / 5000);
  return {
    c32Seconds: Math.max(1, Math.round(3 * scale)),
    c32Rounds: scale < 0.5 ? 1 : 2,
    openSeconds: Math.max(2, Math.round(12 * scale)),
    openRounds: scale < 0.3 ? 3 : 12,
    maxOpenRate: 100,
    streamRounds: Math.max(10, Math.round(50 * scale)),
    coldStarts: Math.max(1, Math.round(3 * scale)),
  };
}

/** Every request of the run gets its own number, so its prompt is unlike any other. */
let seq = 1;

interface Prepared extends PreparedRequest {
  url: string;
}

function prepare(t: GatewayTarget, stream = false): Prepared {
  const body = chatBody(t.model, seq++, stream);
  return { url: `${t.url}${t.chatPath}`, body, headers: { 'content-type': 'application/json', ...t.headers(body) } };
}

async function send(p: Prepared): Promise<void> {
  const res = await request(p.url, { method: 'POST', headers: p.headers, body: p.body, dispatcher: agent });
  await res.body.text();
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
}

/**
 * c=1, open loop at `rate`: each target's share of a round in turn, its requests prepared (and signed)
 * beforehand.
 */
async function measureOpenLoop(
  targets: GatewayTarget[],
  plan: Plan,
  rate: number,
): Promise<Map<GatewayTarget, { lat: number[]; errors: number }>> {
  const perRound = Math.max(10, Math.round((rate * plan.openSeconds) / plan.openRounds));
  const out = new Map(targets.map((t) => [t, { lat: [] as number[], errors: 0 }]));
  for (let r = 0; r < plan.openRounds; r++) {
    progress(`gateways: c=1 open loop, round ${r + 1}/${plan.openRounds} (${perRound} requests per target at ${rate} req/s)`);
    for (let k = 0; k < targets.length; k++) {
      const t = targets[(r + k) % targets.length]!;
      const reqs = Array.from({ length: perRound }, () => prepare(t));
      const res = await openLoop((i) => send(reqs[i]!), rate, perRound);
      out.get(t)!.lat.push(...res.latencies);
      out.get(t)!.errors += res.errors;
    }
  }
  return out;
}

/** Makes the closed loop's requests, each in autocannon's per-request hook: its own prompt and headers. */
function requestMaker(t: GatewayTarget): () => PreparedRequest {
  return () => {
    const body = chatBody(t.model, seq++);
    return { body, headers: t.headers(body) };
  };
}

async function measureClosedLoop(
  targets: GatewayTarget[],
  plan: Plan,
): Promise<Map<GatewayTarget, { rps: number[]; cpuUs: number[]; failures: number }>> {
  const out = new Map(targets.map((t) => [t, { rps: [] as number[], cpuUs: [] as number[], failures: 0 }]));
  const makers = new Map(targets.map((t) => [t, requestMaker(t)]));
  progress(`gateways: c=${CONNECTIONS} warm-up, 1 s per target`);
  for (const t of targets) await closedLoop(`${t.url}${t.chatPath}`, CONNECTIONS, 1, makers.get(t)!, t.pid);
  for (let r = 0; r < plan.c32Rounds; r++) {
    progress(`gateways: c=${CONNECTIONS} closed loop, round ${r + 1}/${plan.c32Rounds} (${plan.c32Seconds} s per target)`);
    for (let k = 0; k < targets.length; k++) {
      const t = targets[(r + k) % targets.length]!;
      const res = await closedLoop(`${t.url}${t.chatPath}`, CONNECTIONS, plan.c32Seconds, makers.get(t)!, t.pid);
      const o = out.get(t)!;
      o.rps.push(res.rps);
      o.cpuUs.push((res.cpuMs * 1000) / res.answered);
      o.failures += res.failures;
    }
  }
  return out;
}

/** Time to the first `data:` event of a streamed chat (ms); fails unless the stream ends with [DONE]. */
async function firstData(t: GatewayTarget): Promise<number> {
  const p = prepare(t, true);
  const t0 = performance.now();
  const res = await request(p.url, {
    method: 'POST',
    headers: { ...p.headers, accept: 'text/event-stream' },
    body: p.body,
    dispatcher: agent,
  });
  if (res.statusCode !== 200) throw new Error(`${t.name}: streamed chat: HTTP ${res.statusCode}`);
  let text = '';
  let first = NaN;
  for await (const chunk of res.body) {
    text += (chunk as Buffer).toString('utf8');
    if (Number.isNaN(first) && /(^|\n)data: [^\n]*\n\n/.test(text)) first = performance.now() - t0;
  }
  if (!text.includes('data: [DONE]')) throw new Error(`${t.name}: stream ended without [DONE]`);
  return first;
}

async function measureFirstByte(targets: GatewayTarget[], plan: Plan): Promise<Map<GatewayTarget, number[]>> {
  progress(`gateways: streamed chat, ${plan.streamRounds} rounds`);
  const steps = Object.fromEntries(targets.map((t) => [t.name, () => firstData(t)]));
  const byName = await interleaved(plan.streamRounds, steps);
  return new Map(targets.map((t) => [t, byName[t.name]!]));
}

async function measureColdStarts(plan: Plan, setup: OnpremSetup, bundle: string, edges: GatewayTarget[]): Promise<ColdStartFigures[]> {
  progress(`gateways: cold starts, ${plan.coldStarts} of each`);
  const runs = await interleaved(plan.coldStarts, {
    portkey: () => portkeyColdStart(setup.upstreamUrl, setup.onLog),
    npmStart: () => onpremColdStart('npm start', setup),
    bundle: () => onpremColdStart('bundle', setup, bundle),
  });
  return [
    { name: PORTKEY_NAME, runs: runs.portkey },
    { name: 'on-prem node as `npm start` runs it (tsx)', runs: runs.npmStart },
    { name: 'on-prem node as the image runs it (bundle, `node main.mjs`)', runs: runs.bundle },
    ...edges.flatMap((e) =>
      e.coldStart ? [{ name: `${e.name} (one start, as its starter measured it)`, runs: [e.coldStart.spawnToFirstAnswer] }] : [],
    ),
  ];
}

/** Warms a target up (JIT, connections) and checks that it answers through the bench upstream. */
async function warmUp(t: GatewayTarget): Promise<void> {
  await checkAnswersThroughUpstream(t);
  for (let i = 0; i < 10; i++) await Promise.all(Array.from({ length: 20 }, () => chatOnce(t, seq++)));
}

function figures(
  t: GatewayTarget,
  c1: Awaited<ReturnType<typeof measureOpenLoop>>,
  c32: Awaited<ReturnType<typeof measureClosedLoop>>,
  fb: Map<GatewayTarget, number[]>,
): GatewayFigures {
  const o = c1.get(t)!;
  const c = c32.get(t)!;
  return {
    name: t.name,
    c1: summarize(o.lat),
    c1Errors: o.errors,
    rps: c.rps,
    cpuUs: c.cpuUs,
    c32Failures: c.failures,
    firstData: summarize(fb.get(t)!),
  };
}

/** How the c=1 figures were measured (the rate is chosen in the run, from the c=32 capacities). */
interface OpenLoopRun {
  rate: number;
  perTarget: number;
}

function printReport(rows: GatewayFigures[], cold: ColdStartFigures[], plan: Plan, open: OpenLoopRun, seconds: number): void {
  const baseline = rows[0]!;
  console.log(
    `\n## Gateways side by side (Node ${process.version}; all on 127.0.0.1; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end; this part took ${seconds.toFixed(0)} s)\n\n` +
      `1 KB chat, a different prompt per request, to the same mock upstream. c=1: open loop at ${open.rate} req/s ` +
      `(a quarter of the slowest target's c=${CONNECTIONS} capacity, at most ${plan.maxOpenRate}: light load, so latency, not queueing), ` +
      `${open.perTarget} requests per target, latency from each request's scheduled send time. c=${CONNECTIONS}: ` +
      `autocannon, ${plan.c32Rounds} × ${plan.c32Seconds} s per target. CPU per request: the gateway process's utime+stime ` +
      `(/proc, 10 ms ticks) over those runs ÷ requests answered, one figure per run (the baseline's is the upstream's own). ` +
      `Stream first byte: p50 of ${plan.streamRounds} streamed chats. Targets took turns in rotating order.\n`,
  );
  console.log(gatewayTable(rows, baseline));
  console.log(`\n### Cold start: spawn → first answered chat\n`);
  console.log(coldStartTable(cold));
  console.log(`\n${goalsLine(rows, baseline, ONPREM_NAME, PORTKEY_NAME)}`);
}

/** Starts every target in front of the upstream; each one's stop goes on `stops` as soon as it runs. */
async function startTargets(
  upstream: { url: string; pid: number },
  setup: OnpremSetup,
  bundleMain: string,
  stops: (() => Promise<void> | void)[],
): Promise<{ targets: GatewayTarget[]; edges: GatewayTarget[] }> {
  const targets: GatewayTarget[] = [directTarget(upstream.url, upstream.pid)];
  const started = (...ts: GatewayTarget[]) => {
    for (const t of ts) {
      stops.push(() => t.stop());
      targets.push(t);
    }
  };
  for (const mode of BARE_PROXY_MODES) started(await startBareProxy(mode, upstream.url, setup.onLog));
  started(await startPortkey(upstream.url, setup.onLog));
  started(await startOnpremNode(setup, bundleMain));
  const edges = await startEdgeTargets(upstream.url);
  started(...edges);
  return { targets, edges };
}

export async function run(samples: number): Promise<void> {
  const plan = planFor(samples);
  const t00 = performance.now();
  const logs: string[] = [];
  const onLog = (line: string) => {
    logs.push(line);
    if (logs.length > 200) logs.shift();
  };
  const tmp = mkdtempSync(join(tmpdir(), 'triage-bench-gateways-'));
  const stops: (() => Promise<void> | void)[] = [];
  const cleanUp = async () => {
    for (const stop of stops.splice(0).reverse()) await Promise.resolve(stop()).catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    progress(
      'gateways: starting the upstream, the bare proxies, Portkey, the on-prem node (its bundle) and the edge (its bundle in workerd)',
    );
    const upstream = await spawnUpstream(STREAM_DELAY_MS);
    stops.push(() => void upstream.child.kill('SIGTERM'));
    const setup: OnpremSetup = { upstreamUrl: upstream.url, signingKey: newSigningKey(), auditPath: join(tmp, 'audit.log'), onLog };
    progress('gateways: building the on-prem bundle (onprem/deploy/build.ts): the node runs as its image runs it');
    const bundleMain = await buildOnpremBundle(join(tmp, 'bundle'));
    const { targets, edges } = await startTargets({ url: upstream.url, pid: upstream.child.pid! }, setup, bundleMain, stops);
    for (const t of targets) await warmUp(t);

    const c32 = await measureClosedLoop(targets, plan);
    const rate = lightLoadRate(
      [...c32.values()].map((c) => c.rps.reduce((a, b) => a + b, 0) / c.rps.length),
      plan.maxOpenRate,
    );
    const c1 = await measureOpenLoop(targets, plan, rate);
    const fb = await measureFirstByte(targets, plan);
    const rows = targets.map((t) => figures(t, c1, c32, fb));
    // The measured targets are stopped before the cold starts, which then have the machine to themselves.
    for (const stop of stops.splice(1).reverse()) await stop();
    const cold = await measureColdStarts(plan, { ...setup, auditPath: join(tmp, 'audit-cold.log') }, bundleMain, edges);
    const open = { rate, perTarget: Math.max(...[...c1.values()].map((o) => o.lat.length + o.errors)) };
    printReport(rows, cold, plan, open, (performance.now() - t00) / 1000);
  } catch (err) {
    process.stderr.write(`gateways bench failed; last lines of the targets' output:\n${logs.slice(-40).join('\n')}\n`);
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}
