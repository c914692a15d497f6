// Two parts (EDGE_BENCH=workerd | wrangler; default both):
//
// workerd — the Worker as production runs it: the `wrangler deploy --dry-run` bundle in workerd on a direct
//   socket (edge-workerd.ts), beside a bare proxy Worker started the same way, the same proxied chat to each in
//   interleaved blocks: added latency (p50/p99 against the upstream called directly) and workerd CPU per request
//   (/proc, whole blocks); the same with RECEIPT_LOG unbound (what receipts cost); cold starts (spawn → socket,
//   → first proxied answer, → first edge-local chat), a fresh workerd per sample.
//
// wrangler — the edge Worker under `wrangler dev --local` (workerd), as `npm start` runs it, against a real local
// OpenAI-compatible upstream (test/bench/upstream.ts, its own Node process). Everything is on 127.0.0.1;
// every loop is bounded by a count or a deadline. The client is test/bench/client.ts (undici, keep-alive).
//
//   1. floor      GET /healthz through wrangler dev: what any request pays before the gateway does anything
//   2. added      the same small non-streaming chat, directly to the upstream vs through the edge (policy
//                 test/bench/edge-policy.yaml: `model: bench-upstream` → an `openai` target; cache off)
//   3. streaming  time to the first byte and the first `data:` event, directly vs through the edge
//   4. edge-local chat (max_tokens 16), embeddings, classify on the `edge` target (rule small-at-edge)
//   5. cold start spawn of `wrangler dev` → first edge-local chat answer; first request per task vs steady state
//   6. throughput req/s at concurrency 8 and 32, through the edge vs direct
// Requests 1–3 and 4's tasks are interleaved round-robin so drift on the shared machine hits each alike.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnEdge, type SpawnedEdge } from '../../shared/tools/stack/edge.ts';
import { freePort } from '../support/free-port.ts';
import { benchPolicy, call, ok, spawnUpstream, stream, type StreamTiming } from './client.ts';
import { cpuMs } from './proc-stat.ts';
import { buildBundle, startEdgeWorkerd, startWorkerdProxy, type WorkerdTarget } from './edge-workerd.ts';
import { interleaved, progress, summarize, table, type Summary } from './stats.ts';

const UPSTREAM_KEY = 'sk-bench-local';
/** Delay between the upstream's SSE chunks (the first one is sent at once). */
const STREAM_DELAY_MS = 20;

const cpuCount = availableParallelism();

const chatBody = (model: string, i: number, extra: object = {}) => ({
  model,
  max_tokens: 16,
  // A different prompt per request (the cache is off in the bench policy too), ~100 bytes, no PII.
  messages: [{ role: 'user', content: `How do I update the billing address on my account? (request ${i})` }],
  ...extra,
});
const EDGE_TASKS = {
  chat: { path: '/v1/chat/completions', body: (i: number) => chatBody('triage-small', i) },
  embeddings: {
    path: '/v1/embeddings',
    body: (i: number) => ({ model: 'triage-small', input: `reset my password please (request ${i})` }),
  },
  classify: {
    path: '/v1/classify',
    body: (i: number) => ({ model: 'triage-small', input: `my invoice shows the wrong amount (request ${i})` }),
  },
} as const;
type EdgeTask = keyof typeof EDGE_TASKS;
const TASK_NAMES = Object.keys(EDGE_TASKS) as EdgeTask[];

interface ColdStart {
  spawnToReady: number;
  spawnToFirstChat: number;
  first: Record<EdgeTask, number>;
}

/** Starts an edge (fresh persist dir), then the first chat, embeddings and classify request, in that order. */
async function coldStart(upstreamUrl: string, logs: string[], persistDirs: string[]): Promise<{ edge: SpawnedEdge; cold: ColdStart }> {
  const persistTo = mkdtempSync(join(tmpdir(), 'triage-bench-edge-'));
  persistDirs.push(persistTo);
  const edge = await spawnEdge({
    port: await freePort(),
    persistTo,
    readyPollMs: 20,
    readyTimeoutMs: 90_000,
    vars: { OPENAI_COMPAT_API_KEY: UPSTREAM_KEY },
    policyYaml: benchPolicy(upstreamUrl),
    onLog: (line) => {
      logs.push(line);
      if (logs.length > 200) logs.shift();
    },
  });
  const first = {} as Record<EdgeTask, number>;
  let spawnToFirstChat = NaN;
  try {
    for (const task of TASK_NAMES) {
      const a = await ok(`${edge.url}${EDGE_TASKS[task].path}`, EDGE_TASKS[task].body(0), edge.apiKey, 'small-at-edge');
      first[task] = a.ms;
      if (task === 'chat') spawnToFirstChat = performance.now() - edge.spawnedAt;
    }
  } catch (err) {
    await edge.stop();
    throw err;
  }
  return { edge, cold: { spawnToReady: edge.readyAt - edge.spawnedAt, spawnToFirstChat, first } };
}

/**
 * CPU time (ms) used so far, from /proc (Linux; USER_HZ 100): workerd and wrangler's Node process (the edge's
 * process group), the upstream process, and this process (client). Undefined where /proc is not there.
 */
interface Cpu {
  workerd: number;
  wrangler: number;
  upstream: number;
  client: number;
}
function cpuNow(edgeGroup: number, upstreamPid: number): Cpu | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const cpu: Cpu = { workerd: 0, wrangler: 0, upstream: 0, client: 0 };
  const u = process.cpuUsage();
  cpu.client = (u.user + u.system) / 1000;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] = state (field 3)
    const pgrp = Number(f[2]);
    const ms = (Number(f[11]) + Number(f[12])) * 10; // utime + stime (fields 14, 15), in 1/100 s
    if (Number(entry) === upstreamPid) cpu.upstream += ms;
    else if (pgrp === edgeGroup) cpu[comm.includes('workerd') ? 'workerd' : 'wrangler'] += ms;
  }
  return cpu;
}

/** `workers` loops sending the proxied chat until the deadline (or maxPerWorker each). */
interface LoadResult {
  rps: number;
  lat: Summary;
  errors: number;
  /** What the first failed request got (status and the start of the body, or the network error). */
  firstError?: string;
  /** CPU ms per completed request, by process. */
  cpu?: Cpu;
}
async function load(
  url: string,
  apiKey: string | undefined,
  workers: number,
  ms: number,
  cpu: () => Cpu | undefined,
  get = false,
): Promise<LoadResult> {
  const cpu0 = cpu();
  const deadline = performance.now() + ms;
  const maxPerWorker = 100_000;
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let i = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let k = 0; k < maxPerWorker && performance.now() < deadline; k++) {
        const a = await call(url, get ? undefined : chatBody('bench-upstream', i++), apiKey).catch((err: unknown) => String(err));
        if (typeof a !== 'string' && a.status === 200) times.push(a.ms);
        else {
          errors++;
          firstError ??= typeof a === 'string' ? a : `HTTP ${a.status} ${a.text.slice(0, 160)}`;
        }
      }
    }),
  );
  const elapsed = performance.now() - t0;
  const cpu1 = cpu();
  const per =
    cpu0 && cpu1 && times.length > 0
      ? (Object.fromEntries(
          Object.keys(cpu0).map((k) => [k, (cpu1[k as keyof Cpu] - cpu0[k as keyof Cpu]) / times.length]),
        ) as unknown as Cpu)
      : undefined;
  return {
    rps: (times.length / elapsed) * 1000,
    lat: summarize(times),
    errors,
    ...(per ? { cpu: per } : {}),
    ...(firstError ? { firstError } : {}),
  };
}

/** EDGE_BENCH: `workerd` (the bundle in workerd only), `wrangler` (wrangler dev only); default both. */
export async function run(samples: number): Promise<void> {
  const which = process.env.EDGE_BENCH ?? 'both';
  if (which !== 'wrangler') await runWorkerd(samples);
  if (which !== 'workerd') await runWranglerDev(samples);
}

async function runWranglerDev(samples: number): Promise<void> {
  const scale = samples / 5000;
  const n = (base: number, min: number) => Math.max(min, Math.round(base * scale));
  const nLatency = n(600, 30);
  const nStream = n(40, 5);
  const nLocal = n(80, 10);
  const loadMs = Math.min(2500, Math.max(500, Math.round(2500 * scale)));
  const logs: string[] = [];
  const persistDirs: string[] = [];
  let upstream: { url: string; child: ChildProcess } | undefined;
  let edge: SpawnedEdge | undefined;
  const t00 = performance.now();
  try {
    progress('edge: starting the bench upstream');
    upstream = await spawnUpstream(STREAM_DELAY_MS);
    const direct = `${upstream.url}/v1/chat/completions`;
    await ok(direct, chatBody('bench-upstream', 0));

    // 5 (first sample). Everything before this point is the upstream; wrangler's time starts at spawn.
    progress('edge: cold start 1 (seed KV, spawn wrangler dev, first chat / embeddings / classify)');
    const c1 = await coldStart(upstream.url, logs, persistDirs);
    edge = c1.edge;
    const colds = [c1.cold];
    const viaEdge = `${edge.url}/v1/chat/completions`;
    const key = edge.apiKey;
    const healthz = `${edge.url}/healthz`;

    // 1 + 2. Floor, direct, through the edge — interleaved, after a warm-up of each.
    progress(`edge: floor + added latency, ${nLatency} rounds of /healthz, direct, via edge`);
    for (let i = 0; i < 30; i++) {
      await ok(healthz);
      await ok(direct, chatBody('bench-upstream', i));
      await ok(viaEdge, chatBody('bench-upstream', i), key, 'bench-upstream');
    }
    const t = await interleaved(nLatency, {
      floor: async () => (await ok(healthz)).ms,
      direct: async (i) => (await ok(direct, chatBody('bench-upstream', i))).ms,
      edge: async (i) => (await ok(viaEdge, chatBody('bench-upstream', i), key, 'bench-upstream')).ms,
    });
    const [floor, dir, via] = [summarize(t.floor), summarize(t.direct), summarize(t.edge)];

    // 3. Streaming.
    progress(`edge: streaming first chunk, ${nStream} streams each way (${STREAM_DELAY_MS} ms between upstream chunks)`);
    const streamBody = (i: number) => chatBody('bench-upstream', i, { stream: true });
    await stream(direct, streamBody(0));
    await stream(viaEdge, streamBody(0), key);
    const { direct: sDirect, edge: sEdge } = await interleaved(nStream, {
      direct: (i) => stream(direct, streamBody(i)),
      edge: (i) => stream(viaEdge, streamBody(i), key),
    });
    const sum = (xs: StreamTiming[], k: keyof StreamTiming) => summarize(xs.map((x) => x[k]));

    // 4. Edge-local inference (warm: cold start already created every session).
    progress(`edge: edge-local chat / embeddings / classify, ${nLocal} each`);
    const localTask = (task: EdgeTask) => async (i: number) =>
      (await ok(`${edge!.url}${EDGE_TASKS[task].path}`, EDGE_TASKS[task].body(i + 1), key, 'small-at-edge')).ms;
    const local = await interleaved(nLocal, {
      chat: localTask('chat'),
      embeddings: localTask('embeddings'),
      classify: localTask('classify'),
    });
    const localSum = Object.fromEntries(TASK_NAMES.map((t) => [t, summarize(local[t])])) as Record<EdgeTask, Summary>;

    // 6. Throughput.
    const loads: { c: number; d: LoadResult; e: LoadResult }[] = [];
    const cpu = () => cpuNow(edge!.pid, upstream!.child.pid!);
    progress(`edge: GET /healthz at concurrency 8, ${loadMs} ms (the floor's throughput)`);
    const floorLoad = await load(healthz, undefined, 8, loadMs, cpu, true);
    for (const c of [8, 32]) {
      progress(`edge: concurrency ${c}, ${loadMs} ms direct, ${loadMs} ms via edge`);
      const d = await load(direct, undefined, c, loadMs, cpu);
      const e = await load(viaEdge, key, c, loadMs, cpu);
      loads.push({ c, d, e });
    }

    // 5 (second sample): a fresh wrangler dev.
    progress('edge: cold start 2');
    await edge.stop();
    edge = undefined;
    const c2 = await coldStart(upstream.url, logs, persistDirs);
    edge = c2.edge;
    colds.push(c2.cold);
    await edge.stop();
    edge = undefined;

    // ---- tables ----
    const d = (a: number, b: number) => a - b;
    console.log(
      `\n## Edge: wrangler dev --local (workerd) on 127.0.0.1, client undici request() over a keep-alive Agent; all times ms; this part took ${((performance.now() - t00) / 1000).toFixed(0)} s)`,
    );
    console.log(
      `\n### 1–2. wrangler dev floor and gateway added latency (${nLatency} sequential requests each, interleaved; ~70 B prompt; cache off in the policy and a different prompt each, so the cache never answers)\n`,
    );
    console.log(
      table(
        ['what', 'p50', 'p99', 'mean'],
        [
          ['GET /healthz via wrangler dev (floor)', floor.p50, floor.p99, floor.mean],
          ['chat direct → upstream', dir.p50, dir.p99, dir.mean],
          ['chat via edge → upstream (openai target)', via.p50, via.p99, via.mean],
          ['added: via edge − direct', d(via.p50, dir.p50), d(via.p99, dir.p99), d(via.mean, dir.mean)],
          [
            'added − floor (target p50 < 1)',
            d(d(via.p50, dir.p50), floor.p50),
            d(d(via.p99, dir.p99), floor.p99),
            d(d(via.mean, dir.mean), floor.mean),
          ],
          ['Portkey added (peers.md; another run)', '+37', '+110', ''],
        ],
      ),
    );
    const sd = { ttfb: sum(sDirect, 'ttfb'), first: sum(sDirect, 'firstData'), total: sum(sDirect, 'total') };
    const se = { ttfb: sum(sEdge, 'ttfb'), first: sum(sEdge, 'firstData'), total: sum(sEdge, 'total') };
    console.log(
      `\n### 3. Streaming (${nStream} streams each way; upstream: first chunk at once, then 4 more ${STREAM_DELAY_MS} ms apart)\n`,
    );
    console.log(
      table(
        ['what', 'direct p50', 'edge p50', 'added p50', 'added − floor p50', 'direct p99', 'edge p99', 'added p99'],
        [
          [
            'time to first byte (headers)',
            sd.ttfb.p50,
            se.ttfb.p50,
            d(se.ttfb.p50, sd.ttfb.p50),
            d(d(se.ttfb.p50, sd.ttfb.p50), floor.p50),
            sd.ttfb.p99,
            se.ttfb.p99,
            d(se.ttfb.p99, sd.ttfb.p99),
          ],
          [
            'time to first data: event',
            sd.first.p50,
            se.first.p50,
            d(se.first.p50, sd.first.p50),
            d(d(se.first.p50, sd.first.p50), floor.p50),
            sd.first.p99,
            se.first.p99,
            d(se.first.p99, sd.first.p99),
          ],
          [
            'whole stream ([DONE])',
            sd.total.p50,
            se.total.p50,
            d(se.total.p50, sd.total.p50),
            d(d(se.total.p50, sd.total.p50), floor.p50),
            sd.total.p99,
            se.total.p99,
            d(se.total.p99, sd.total.p99),
          ],
          ['Portkey first byte (peers.md)', '', '', '+29', '', '', '', ''],
        ],
      ),
    );
    console.log(`\n### 4. Edge-local inference in the Worker, rule small-at-edge → edge-small (${nLocal} requests per task, warm)\n`);
    console.log(
      table(
        ['task', 'p50', 'p99', 'p50 − floor', 'p99 − floor', '× floor p50'],
        TASK_NAMES.map((t) => [
          t === 'chat' ? 'chat (max_tokens 16)' : t,
          localSum[t].p50,
          localSum[t].p99,
          d(localSum[t].p50, floor.p50),
          d(localSum[t].p99, floor.p99),
          localSum[t].p50 / floor.p50,
        ]),
      ),
    );
    console.log('\n### 5. Cold start (fresh persist dir; KV seeding excluded; includes wrangler dev start-up: bundling, workerd launch)\n');
    console.log(
      table(
        [
          'sample',
          'spawn → /healthz',
          'spawn → 1st chat answer',
          '1st chat',
          '1st embeddings',
          '1st classify',
          '1st chat / warm p50',
          '1st emb / warm p50',
          '1st cls / warm p50',
        ],
        [
          ...colds.map((c, i) => [
            String(i + 1),
            c.spawnToReady,
            c.spawnToFirstChat,
            c.first.chat,
            c.first.embeddings,
            c.first.classify,
            c.first.chat / localSum.chat.p50,
            c.first.embeddings / localSum.embeddings.p50,
            c.first.classify / localSum.classify.p50,
          ]),
          ['Portkey to 1st answer (peers.md)', '', '~430', '', '', '', '', '', ''],
        ],
      ),
    );
    console.log(
      `\n### 6. Throughput, proxied chat (${loadMs} ms per cell; client, wrangler, workerd and upstream share the machine's cores)\n`,
    );
    console.log(
      table(
        ['concurrency', 'direct req/s', 'edge req/s', 'edge / direct', 'direct p50', 'edge p50', 'edge p99', 'errors d/e'],
        [
          ...loads.map(({ c, d: dd, e }) => [
            String(c),
            dd.rps,
            e.rps,
            e.rps / dd.rps,
            dd.lat.p50,
            e.lat.p50,
            e.lat.p99,
            `${dd.errors}/${e.errors}`,
          ]),
          [
            '8, GET /healthz via wrangler dev (floor)',
            '',
            floorLoad.rps,
            '',
            '',
            floorLoad.lat.p50,
            floorLoad.lat.p99,
            `-/${floorLoad.errors}`,
          ],
          ['32, Portkey (peers.md)', '', '800', '0.032', '', '+37', '', ''],
        ],
      ),
    );
    for (const [label, r] of [
      ...loads.flatMap(
        ({ c, d: dd, e }) =>
          [
            [`direct c=${c}`, dd],
            [`via edge c=${c}`, e],
          ] as const,
      ),
      ['/healthz c=8', floorLoad] as const,
    ]) {
      if (r.firstError) console.log(`(${label}: ${r.errors} failed; first: ${r.firstError})`);
    }
    if (loads.every((l) => l.d.cpu && l.e.cpu)) {
      console.log(`\n### 6b. CPU ms per completed request during those loops (/proc utime+stime, 10 ms ticks; ${cpuCount} cores)\n`);
      const row = (label: string, r: LoadResult) => [
        label,
        r.cpu!.client,
        r.cpu!.upstream,
        r.cpu!.wrangler,
        r.cpu!.workerd,
        r.cpu!.client + r.cpu!.upstream + r.cpu!.wrangler + r.cpu!.workerd,
      ];
      console.log(
        table(
          ['loop', 'client', 'upstream', 'wrangler (node)', 'workerd', 'total'],
          [
            ...loads.flatMap(({ c, d: dd, e }) => [row(`direct, c=${c}`, dd), row(`via edge, c=${c}`, e)]),
            ...(floorLoad.cpu ? [row('GET /healthz (floor), c=8', floorLoad)] : []),
          ],
        ),
      );
    }
  } catch (err) {
    process.stderr.write(`edge bench failed; last wrangler lines:\n${logs.slice(-40).join('\n')}\n`);
    throw err;
  } finally {
    await edge?.stop();
    upstream?.child.kill('SIGTERM');
    for (const p of persistDirs) rmSync(p, { recursive: true, force: true });
  }
}

// ---- The edge as production runs it: the bundle in workerd (edge-workerd.ts), against a bare proxy Worker ----

/** One variant of the proxied chat: a target and the process whose CPU it costs (none: the upstream directly). */
interface Variant {
  label: string;
  url: string;
  apiKey?: string;
  pid?: number;
}

interface VariantResult {
  lat: Summary;
  /** µs of the variant's workerd CPU per request (/proc ticks over whole blocks). */
  cpuUs: number;
}

/**
 * `rounds` rounds; in each, every variant (rotating order) gets a block of `block` sequential proxied chats, its
 * workerd's CPU read before and after the block — /proc has 10 ms ticks, so CPU is summed over blocks, not requests.
 */
async function measureVariants(variants: Variant[], rounds: number, block: number): Promise<Map<string, VariantResult>> {
  const times = new Map<string, number[]>(variants.map((v) => [v.label, []]));
  const cpu = new Map<string, number>(variants.map((v) => [v.label, 0]));
  let i = 0;
  for (let r = 0; r < rounds; r++) {
    progress(`edge (workerd): round ${r + 1}/${rounds}, ${block} proxied chats per variant`);
    for (let s = 0; s < variants.length; s++) {
      const v = variants[(r + s) % variants.length]!;
      const c0 = v.pid === undefined ? 0 : cpuMs(v.pid);
      for (let k = 0; k < block; k++) times.get(v.label)!.push((await ok(v.url, chatBody('bench-upstream', i++), v.apiKey)).ms);
      if (v.pid !== undefined) cpu.set(v.label, cpu.get(v.label)! + cpuMs(v.pid) - c0);
    }
  }
  const n = rounds * block;
  return new Map(variants.map((v) => [v.label, { lat: summarize(times.get(v.label)!), cpuUs: (cpu.get(v.label)! * 1000) / n }]));
}

interface WorkerdCold {
  spawnToReady: number;
  spawnToFirstAnswer: number;
  /** The first request's own time (the isolate's lazy start: policy, key, model session…). */
  firstRequest: number;
}

/** A fresh workerd per sample; `first` is the first request it gets. */
async function workerdColdStarts(upstreamUrl: string, bundleDir: string, samples: number) {
  const out: Record<'bare' | 'proxied' | 'edgeLocal', WorkerdCold[]> = { bare: [], proxied: [], edgeLocal: [] };
  for (let s = 0; s < samples; s++) {
    progress(`edge (workerd): cold start sample ${s + 1}/${samples}`);
    for (const kind of ['bare', 'proxied', 'edgeLocal'] as const) {
      const t =
        kind === 'bare'
          ? await startWorkerdProxy(upstreamUrl)
          : await startEdgeWorkerd(upstreamUrl, { bundleDir, firstChat: kind === 'edgeLocal' ? 'edge-local' : 'proxied' });
      const c = t.coldStart;
      out[kind].push({
        spawnToReady: c.spawnToReady,
        spawnToFirstAnswer: c.spawnToFirstAnswer,
        firstRequest: c.spawnToFirstAnswer - c.spawnToReady,
      });
      await t.stop();
    }
  }
  return out;
}

/** The workerd part of the edge bench: CPU per proxied request and added latency, bare vs edge; cold starts. */
export async function runWorkerd(samples: number): Promise<void> {
  const scale = samples / 5000;
  const rounds = Math.max(2, Math.round(8 * scale));
  const block = Math.max(50, Math.round(250 * scale));
  const bundleDir = mkdtempSync(join(tmpdir(), 'triage-bench-bundle-'));
  const started: { stop(): Promise<void> }[] = [];
  let upstream: { url: string; child: ChildProcess } | undefined;
  const t00 = performance.now();
  try {
    progress('edge (workerd): wrangler deploy --dry-run (the bundle), the bench upstream');
    await buildBundle(bundleDir);
    upstream = await spawnUpstream(STREAM_DELAY_MS);
    const bare = await startWorkerdProxy(upstream.url);
    started.push(bare);
    const edge = await startEdgeWorkerd(upstream.url, { bundleDir });
    started.push(edge);
    const noReceipts = await startEdgeWorkerd(upstream.url, { bundleDir, unbind: ['RECEIPT_LOG'] });
    started.push(noReceipts);
    // EDGE_COMPARE_BUNDLE=DIR[,DIR…]: other builds' bundles (e.g. an earlier commit's dry run, a step stubbed out) as
    // more variants, for before/after in one run.
    const compares: [string, WorkerdTarget][] = [];
    for (const dir of (process.env.EDGE_COMPARE_BUNDLE ?? '').split(',').filter(Boolean)) {
      const compare = await startEdgeWorkerd(upstream.url, { bundleDir: dir });
      started.push(compare);
      compares.push([dir, compare]);
    }
    const key = (t: WorkerdTarget) => (t.headers('') as Record<string, string>).authorization!.slice('Bearer '.length);
    const variants: Variant[] = [
      { label: 'direct → upstream', url: `${upstream.url}/v1/chat/completions` },
      { label: 'bare proxy Worker (workerd)', url: `${bare.url}${bare.chatPath}`, pid: bare.pid },
      { label: 'edge bundle (workerd)', url: `${edge.url}${edge.chatPath}`, apiKey: key(edge), pid: edge.pid },
      {
        label: 'edge bundle, receipts unbound',
        url: `${noReceipts.url}${noReceipts.chatPath}`,
        apiKey: key(noReceipts),
        pid: noReceipts.pid,
      },
      ...compares.map(([dir, t]) => ({ label: `edge bundle from ${dir}`, url: `${t.url}${t.chatPath}`, apiKey: key(t), pid: t.pid })),
    ];
    progress('edge (workerd): warm-up');
    for (const v of variants) for (let k = 0; k < 200; k++) await ok(v.url, chatBody('bench-upstream', k), v.apiKey);
    const results = await measureVariants(variants, rounds, block);
    const local: number[] = [];
    for (let k = 0; k < 40; k++)
      local.push((await ok(`${edge.url}/v1/chat/completions`, chatBody('triage-small', k), key(edge), 'small-at-edge')).ms);
    const localWarm = summarize(local.slice(10));
    for (const t of started.splice(0)) await t.stop();
    const colds = await workerdColdStarts(upstream.url, bundleDir, Math.max(2, Math.round(3 * scale)));
    printWorkerd(results, colds, localWarm, { rounds, block, seconds: (performance.now() - t00) / 1000 });
  } finally {
    for (const t of started) await t.stop();
    upstream?.child.kill('SIGTERM');
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

function printWorkerd(
  results: Map<string, VariantResult>,
  colds: Awaited<ReturnType<typeof workerdColdStarts>>,
  localWarm: Summary,
  run: { rounds: number; block: number; seconds: number },
): void {
  const get = (label: string) => results.get(label)!;
  const direct = get('direct → upstream');
  const bare = get('bare proxy Worker (workerd)');
  console.log(
    `\n## Edge as deployed: the wrangler deploy --dry-run bundle in workerd (Miniflare 4 API, direct socket, no relay); this part took ${run.seconds.toFixed(0)} s`,
  );
  console.log(
    `\n### Proxied chat (bench-upstream → openai target), c=1: ${run.rounds} rounds × ${run.block} requests per variant, interleaved; CPU = the variant's workerd process (/proc, KV/R2/Durable Objects included: they run in it locally)\n`,
  );
  console.log(
    table(
      ['variant', 'p50 ms', 'p99 ms', 'added p50 (− direct)', 'added p99', 'workerd CPU µs/req', 'CPU − bare µs/req'],
      [...results].map(([label, r]) => [
        label,
        r.lat.p50,
        r.lat.p99,
        r.lat.p50 - direct.lat.p50,
        r.lat.p99 - direct.lat.p99,
        label === 'direct → upstream' ? '' : r.cpuUs,
        label === 'direct → upstream' ? '' : r.cpuUs - bare.cpuUs,
      ]),
    ),
  );
  console.log('\n### Cold start in workerd (a fresh workerd per sample; KV seeded before spawn; bundle built before)\n');
  const rows = (['bare', 'proxied', 'edgeLocal'] as const).flatMap((kind) =>
    colds[kind].map((c, i) => [
      `${{ bare: 'bare proxy Worker, 1st proxied chat', proxied: 'edge, 1st = proxied chat', edgeLocal: 'edge, 1st = edge-local chat (small-at-edge)' }[kind]} #${i + 1}`,
      c.spawnToReady,
      c.spawnToFirstAnswer,
      c.firstRequest,
    ]),
  );
  console.log(table(['sample', 'spawn → socket ready', 'spawn → 1st answer', '1st request itself'], rows));
  console.log(
    `\nwarm edge-local chat (max_tokens 16, 30 requests): p50 ${localWarm.p50.toFixed(2)} ms, p99 ${localWarm.p99.toFixed(2)} ms`,
  );
}
