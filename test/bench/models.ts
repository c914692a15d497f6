// Models in Node, on onnxruntime-node and onnxruntime-web (one thread each; model-runtimes.ts):
//   M1. per model and runtime   the fixture folders through hf/encoder.ts and hf/decoder.ts (fp32 and q8) and
//                               the default demo models through runner.ts (model-cases.ts): load time, peak
//                               memory, ONNX size raw/gzip; latency per request, per token and tokens/s, with
//                               the two runtimes' requests interleaved and ort-node as the baseline
//   M2. runner overhead         classify of 256 tokens vs session.run on the same feeds (model-overhead.ts)
//   M3. KV cache                per-token cost as the sequence grows, with the cache and without (model-kv-cache.ts)
//   M4. Worker bundle           gzip size of the built Worker with the default models vs 10 MB (worker-bundle.ts)
import { performance } from 'node:perf_hooks';
import { GENERATE_TOKENS, SHORT_TEXT, modelCases, type LoadedModel, type ModelCase } from './model-cases.ts';
import { kvCache, KV_PROMPT, type KvResult } from './model-kv-cache.ts';
import { runnerOverhead, SEQUENCE_TOKENS, type OverheadRow } from './model-overhead.ts';
import { ORT_NODE, ORT_WEB, RUNTIMES, rssWatch, sizesKb, type Runtime } from './model-runtimes.ts';
import { interleaved, progress, summarize, table, type Summary } from './stats.ts';
import { BUNDLE_BUDGET_GZIP_KB, workerBundle, type Bundle } from './worker-bundle.ts';

/** Loads per model and runtime: the first also measures memory; the load times are their median. */
const LOADS = 5;
/** The model that starts each runtime before M1 (the smallest demo model), so no row carries the start-up. */
const STARTUP_MODEL = 'triage-classifier-int8';

interface RuntimeFigures {
  readVerifyMs: number;
  createMs: number;
  rssMb: number;
  latency: Summary;
  /** ms per generated token, per request (prompt read included). */
  perToken: Summary | undefined;
  tokensPerRequest: number;
}

interface ModelFigures {
  model: ModelCase;
  size: { raw: number; gzip: number };
  byRuntime: Record<Runtime['name'], RuntimeFigures>;
}

const median = (xs: number[]) => summarize(xs).p50;

/** The first load of a model on a runtime, with the RSS growth over it and a warm-up of `warmup` requests. */
async function firstLoad(model: ModelCase, runtime: Runtime, warmup: number): Promise<{ loaded: LoadedModel; rssMb: number }> {
  const rss = rssWatch();
  const loaded = await model.load(runtime);
  rss.poll();
  for (let i = 0; i < warmup; i++) {
    await loaded.request();
    rss.poll();
  }
  return { loaded, rssMb: rss.peakDeltaMb() };
}

/** One request: its time (ms) and the tokens it generated (0 for encoders). */
async function timedRequest(loaded: LoadedModel): Promise<{ ms: number; tokens: number }> {
  const t0 = performance.now();
  const tokens = await loaded.request();
  return { ms: performance.now() - t0, tokens };
}

/** A model loaded `LOADS` times on one runtime: the first load (with its memory) serves the requests. */
interface Loads {
  loaded: LoadedModel;
  rssMb: number;
  all: LoadedModel[];
}

async function loadsOn(model: ModelCase, runtime: Runtime, warmup: number): Promise<Loads> {
  const { loaded, rssMb } = await firstLoad(model, runtime, warmup);
  const all = [loaded];
  for (let i = 1; i < LOADS; i++) all.push(await model.load(runtime));
  return { loaded, rssMb, all };
}

function figuresOf(model: ModelCase, loads: Loads, requests: { ms: number; tokens: number }[]): RuntimeFigures {
  const tokens = requests.reduce((sum, r) => sum + r.tokens, 0);
  return {
    readVerifyMs: median(loads.all.map((l) => l.readVerifyMs)),
    createMs: median(loads.all.map((l) => l.createMs)),
    rssMb: loads.rssMb,
    latency: summarize(requests.map((r) => r.ms)),
    perToken: model.task === 'generate' ? summarize(requests.map((r) => r.ms / Math.max(1, r.tokens))) : undefined,
    tokensPerRequest: tokens / Math.max(1, requests.length),
  };
}

async function measureModel(model: ModelCase, requests: number): Promise<ModelFigures> {
  const warmup = Math.min(requests, 20);
  const node = await loadsOn(model, ORT_NODE, warmup);
  const web = await loadsOn(model, ORT_WEB, warmup);
  const t = await interleaved(requests, { node: () => timedRequest(node.loaded), web: () => timedRequest(web.loaded) });
  return {
    model,
    size: sizesKb(node.loaded.onnx),
    byRuntime: { 'ort-node': figuresOf(model, node, t.node), 'ort-web': figuresOf(model, web, t.web) },
  };
}

interface StartUp {
  runtime: Runtime['name'];
  /** First load and first request of the start-up model (ms). */
  ms: number;
  rssMb: number;
}

/** Each runtime's own start-up (the native library, the WASM instance and its first heap), paid once per process. */
async function startRuntimes(cases: readonly ModelCase[]): Promise<StartUp[]> {
  const probe = cases.find((c) => c.name === STARTUP_MODEL);
  if (!probe) throw new Error(`no ${STARTUP_MODEL} in the manifest`);
  const out: StartUp[] = [];
  for (const runtime of RUNTIMES) {
    progress(`models: starting ${runtime.name} with ${probe.name}`);
    const t0 = performance.now();
    const { rssMb } = await firstLoad(probe, runtime, 1);
    out.push({ runtime: runtime.name, ms: performance.now() - t0, rssMb });
  }
  return out;
}

async function perModel(cases: readonly ModelCase[], samples: number): Promise<ModelFigures[]> {
  const out: ModelFigures[] = [];
  for (const model of cases) {
    const requests = model.task === 'generate' ? Math.max(10, Math.round(samples / 10)) : samples;
    progress(`models: ${model.name} (${model.via}), ${LOADS} loads and ${requests} requests per runtime`);
    out.push(await measureModel(model, requests));
  }
  return out;
}

function printStartUp(rows: StartUp[]): void {
  console.log(`\n### M1. Runtime start-up, paid once per process (first load + first request of ${STARTUP_MODEL})\n`);
  console.log(
    table(
      ['runtime', 'ms', 'RSS Δ MB'],
      rows.map((r) => [r.runtime, r.ms, r.rssMb]),
    ),
  );
}

function printPerModel(rows: ModelFigures[], samples: number): void {
  console.log(
    `\n### M1a. Per model, runtimes already started: size, load, memory (read+verify: files + sha256 (+ JSON for hf folders); ` +
      `create: ORT session (+ tokenizer for hf folders); median of ${LOADS} loads. RSS Δ: peak process RSS during the first load ` +
      `and 20 requests minus RSS before it; ORT-web's WASM heap only grows, so a model shows only what it grew beyond earlier models)\n`,
  );
  const runtimeRow = (m: ModelFigures, name: Runtime['name']) => {
    const f = m.byRuntime[name];
    return [
      `${m.model.name}`,
      m.model.via,
      name,
      m.size.raw,
      m.size.gzip,
      f.readVerifyMs,
      f.createMs,
      f.readVerifyMs + f.createMs,
      f.rssMb,
    ];
  };
  console.log(
    table(
      ['model', 'via', 'runtime', 'onnx KB', 'gzip KB', 'read+verify ms', 'create ms', 'load ms', 'RSS Δ MB'],
      rows.flatMap((m) => RUNTIMES.map((r) => runtimeRow(m, r.name))),
    ),
  );
  console.log(
    `\n### M1b. Per request, one short text (${SHORT_TEXT.length} chars; generate: ${GENERATE_TOKENS} tokens asked, ` +
      `${samples} requests per encoder, ${Math.max(10, Math.round(samples / 10))} per generator; runtimes interleaved; ms)\n`,
  );
  console.log(
    table(
      [
        'model',
        'task',
        'node p50',
        'node p99',
        'web p50',
        'web p99',
        'web/node p50',
        'tokens',
        'node ms/tok',
        'node tok/s',
        'web ms/tok',
        'web tok/s',
      ],
      rows.map(({ model, byRuntime: { 'ort-node': n, 'ort-web': w } }) => [
        model.name,
        model.task,
        n.latency.p50,
        n.latency.p99,
        w.latency.p50,
        w.latency.p99,
        w.latency.p50 / n.latency.p50,
        ...(n.perToken && w.perToken
          ? [n.tokensPerRequest, n.perToken.p50, 1000 / n.perToken.p50, w.perToken.p50, 1000 / w.perToken.p50]
          : ['', '', '', '', '']),
      ]),
    ),
  );
}

function printOverhead(rows: OverheadRow[], rounds: number): void {
  console.log(
    `\n### M2. Runner overhead: encoder.classify([text]) vs session.run(feeds), ${SEQUENCE_TOKENS}-token text, bench BERT ` +
      `(hidden 128, 4 layers, max_position 512, fp32), ${rounds} rounds interleaved; ms (target: overhead < 10 %). ` +
      `Paired: the median of classify − run within each round\n`,
  );
  const percent = (added: number, base: number) => `${((added / base) * 100).toFixed(1)} %`;
  console.log(
    table(
      [
        'runtime',
        'direct p50',
        'classify p50',
        'added p50',
        'overhead p50',
        'paired added',
        'paired overhead',
        'tokenize p50',
        'direct p99',
        'classify p99',
      ],
      rows.map((r) => [
        r.runtime,
        r.direct.p50,
        r.runner.p50,
        r.runner.p50 - r.direct.p50,
        percent(r.runner.p50 - r.direct.p50, r.direct.p50),
        r.pairedAdded.p50,
        percent(r.pairedAdded.p50, r.direct.p50),
        r.tokenize.p50,
        r.direct.p99,
        r.runner.p99,
      ]),
    ),
  );
}

function printKvCache(results: KvResult[]): void {
  for (const r of results) {
    console.log(
      `\n### M3. KV cache on ${r.runtime}: ms per generated token (p50), bench llama (hidden 128, 2 layers, fp32, greedy, ` +
        `no stop token), prompt "${KV_PROMPT}" (${r.promptTokens} tokens), ${r.maxTokens} tokens, ${r.rounds} rounds interleaved. ` +
        `Cached: one token per step, its cost rises only with attention over the past (linear in length; a large share at hidden 128). ` +
        `Uncached: the whole sequence every step\n`,
    );
    const [first] = r.buckets;
    console.log(
      table(
        ['tokens', 'cached', 'uncached', 'uncached/cached', 'cached / 1st bucket', 'uncached / 1st bucket'],
        r.buckets.map((b) => [
          `${b.from}–${b.to}`,
          b.cached.p50,
          b.uncached.p50,
          b.uncached.p50 / b.cached.p50,
          b.cached.p50 / first!.cached.p50,
          b.uncached.p50 / first!.uncached.p50,
        ]),
      ),
    );
  }
}

function printBundle(bundle: Bundle): void {
  console.log(`\n### M4. Worker bundle with the default models (wrangler deploy --dry-run; gzip: node:zlib per file)\n`);
  const raw = bundle.files.reduce((a, f) => a + f.raw, 0);
  const gzip = bundle.files.reduce((a, f) => a + f.gzip, 0);
  console.log(
    table(
      ['file', 'raw KB', 'gzip KB', 'share of gzip'],
      [
        ...bundle.files.map((f) => [f.name, f.raw, f.gzip, `${((f.gzip / gzip) * 100).toFixed(1)} %`]),
        ['total', raw, gzip, ''],
        ['budget (paid plan, gzip)', '', BUNDLE_BUDGET_GZIP_KB, `${((gzip / BUNDLE_BUDGET_GZIP_KB) * 100).toFixed(0)} % used`],
      ],
    ),
  );
  if (bundle.wranglerTotal) console.log(`\n(wrangler: ${bundle.wranglerTotal})`);
}

export async function run(samples: number): Promise<void> {
  const t0 = performance.now();
  const cases = await modelCases();
  const startUp = await startRuntimes(cases);
  const perModelRows = await perModel(cases, samples);
  const overheadRounds = Math.max(30, Math.min(1000, samples));
  const overhead = await runnerOverhead(overheadRounds);
  const kvTokens = samples >= 100 ? 512 : 256;
  const kvRounds = Math.max(1, Math.min(5, Math.round(samples / 100)));
  const kv: KvResult[] = [];
  for (const runtime of RUNTIMES) kv.push(await kvCache(runtime, kvTokens, kvRounds));
  progress('models: building the Worker bundle (wrangler deploy --dry-run)');
  const bundle = await workerBundle();
  console.log(
    `\n## Models in Node ${process.version}: onnxruntime-node (intraOpNumThreads 1) and onnxruntime-web (wasm, numThreads 1); ` +
      `this part took ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  printStartUp(startUp);
  printPerModel(perModelRows, samples);
  printOverhead(overhead, overheadRounds);
  printKvCache(kv);
  printBundle(bundle);
}
