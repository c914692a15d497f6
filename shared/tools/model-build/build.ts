// Builds Triage's default models from code and synthetic data, measures them in onnxruntime, and writes
//   shared/models/dist/<family>.onnx, <family>.int8.onnx, manifest.json
// and the test fixtures (fixtures/: tiny random-weight models in the Hugging Face folder layout) under
//   shared/models/dist/fixtures/<name>/ (config.json, tokenizer files, onnx/…, checksums.json)
// Usage: npx tsx shared/tools/model-build/build.ts [--force]      (npm run build:models)
// Skips the work when dist/manifest.json was built from the same builder sources (sourceHash); the fixtures
// likewise, by their own sources' hash (dist/fixtures/source-hash).
//
// Node-only (fs, process), like all of shared/tools/; the builders it calls (models.ts, data.ts, train.ts,
// onnx.ts) and the runner it measures with are pure.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-web';
import { lmContextInto } from '../../models/featurize.ts';
import type { Manifest, ModelEntry } from '../../models/manifest.ts';
import { cosine, createRunner, type OrtLike } from '../../models/runner.ts';
import { LABELS } from './data.ts';
import { FIXTURES } from './fixtures/index.ts';
import {
  type Built,
  type ClassifierEval,
  type EmbedEval,
  type LmEval,
  argmax,
  buildClassifier,
  buildEmbed,
  buildLm,
  lmExamples,
  retrievalTop1,
} from './models.ts';

const here = dirname(fileURLToPath(import.meta.url));
const modelsDir = join(here, '..', '..', 'models');
const dist = join(modelsDir, 'dist');
const force = process.argv.includes('--force');

function sourceHash(): string {
  const h = createHash('sha256');
  const files = [
    ...readdirSync(modelsDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(modelsDir, f)),
    ...readdirSync(here)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(here, f)),
  ].sort();
  for (const f of files) h.update(relative(here, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The tagger folder's files the Worker bundles besides its INT8 ONNX file (edge/models/pii-tagger.ts). */
const TAGGER_BUNDLED_FILES = ['checksums.json', 'config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'];

const fixturesDir = join(here, 'fixtures');
const fixturesDist = join(dist, 'fixtures');

/** The fixtures' builders and what they import (the ONNX writer, the PRNG, the checksum manifest). */
function fixturesSourceHash(): string {
  const h = createHash('sha256');
  const files = [
    ...readdirSync(fixturesDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(fixturesDir, f)),
    join(here, 'onnx.ts'),
    join(modelsDir, 'runner.ts'),
    join(modelsDir, 'hf', 'folder.ts'),
  ].sort();
  for (const f of files) h.update(relative(here, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** Writes dist/fixtures/<name>/ for every fixture, unless they were built from the same sources. */
async function writeFixtures(): Promise<void> {
  const fixturesHash = fixturesSourceHash();
  const hashFile = join(fixturesDist, 'source-hash');
  const names = [...FIXTURES.keys()];
  const built = names.every((n) => existsSync(join(fixturesDist, n, 'checksums.json')));
  if (!force && built && existsSync(hashFile) && readFileSync(hashFile, 'utf8').trim() === fixturesHash) {
    console.log(`fixtures: up to date (${names.join(', ')}; source ${fixturesHash})`);
    return;
  }
  const started = performance.now();
  for (const [name, build] of FIXTURES) {
    const files = await build();
    const folder = join(fixturesDist, name);
    rmSync(folder, { recursive: true, force: true });
    for (const [path, bytes] of files) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), bytes);
    }
    const sizes = [...files].map(([path, bytes]) => `${path} ${(bytes.length / 1024).toFixed(1)} KB`).join(', ');
    console.log(`  fixture ${name}: ${sizes}`);
  }
  writeFileSync(hashFile, fixturesHash + '\n');
  console.log(`fixtures: wrote ${names.join(', ')} to ${fixturesDist} in ${(performance.now() - started).toFixed(0)} ms`);
}

await writeFixtures();
copyTaggerForBundle();

/**
 * The PII tagger's small files as `dist/pii-tagger/<file>.bin`: wrangler's `Data` rule for `*.bin` bundles them
 * byte for byte (a `.json` import would be parsed and re-serialized, and fail the folder's checksums). The
 * ONNX file is imported from the folder itself (the `*.onnx` rule). Copied every time: it is cheap.
 */
function copyTaggerForBundle(): void {
  const folder = join(modelsDir, 'pii-tagger');
  const out = join(dist, 'pii-tagger');
  mkdirSync(out, { recursive: true });
  for (const file of TAGGER_BUNDLED_FILES) writeFileSync(join(out, `${file}.bin`), readFileSync(join(folder, file)));
}

const hash = sourceHash();
const manifestPath = join(dist, 'manifest.json');
if (!force && existsSync(manifestPath)) {
  try {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (old.sourceHash === hash && old.models.every((m) => existsSync(join(dist, m.file)))) {
      console.log(`models: up to date (${old.models.map((m) => m.id).join(', ')}; source ${hash}) — --force rebuilds`);
      process.exit(0);
    }
  } catch {
    // unreadable manifest: rebuild
  }
}

ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';
const ortLike: OrtLike = ort;
const t0 = performance.now();
const log = (s: string) => console.log(s);
const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

console.log(`models: building (source ${hash})`);
let t = performance.now();
const clf = buildClassifier(log);
log(`  triage-classifier trained in ${ms(t)}`);
t = performance.now();
const emb = buildEmbed(log);
log(`  triage-embed trained in ${ms(t)}`);
t = performance.now();
const lm = buildLm(log);
log(`  triage-small trained in ${ms(t)}`);

const entries: ModelEntry[] = [];
const bytesById = new Map<string, Uint8Array>();
for (const b of [clf, emb, lm] as Built<unknown>[]) {
  for (const v of b.variants) {
    bytesById.set(v.entry.id, v.bytes);
    entries.push({ ...v.entry, bytes: v.bytes.length, sha256: createHash('sha256').update(v.bytes).digest('hex'), metrics: {} });
  }
}
const manifest: Manifest = { format: 1, sourceHash: hash, models: entries };
const runner = createRunner(ortLike, manifest, async (_file, e) => bytesById.get(e.id)!);
const entry = (id: string) => entries.find((e) => e.id === id)!;

async function perCall(n: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const s = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - s) / n;
}

// ---- classifier
{
  const ev = clf.eval as ClassifierEval;
  const texts = ev.test.map((s) => s.text);
  const want = ev.test.map((s) => s.label);
  const fp = await runner.model('triage-classifier').classify(texts);
  const q = await runner.model('triage-classifier-int8').classify(texts);
  for (const [id, out] of [
    ['triage-classifier', fp],
    ['triage-classifier-int8', q],
  ] as const) {
    const m = entry(id).metrics;
    Object.assign(m, clf.trainMetrics);
    m.test_accuracy = round(out.filter((o, i) => o.label === want[i]).length / out.length);
    m.agreement_with_fp32 = round(out.filter((o, i) => o.label === fp[i]!.label).length / out.length);
    m.max_score_diff_vs_fp32 = round(
      Math.max(...out.map((o, i) => Math.max(...LABELS.map((l) => Math.abs(o.scores[l]! - fp[i]!.scores[l]!))))),
    );
    m.ms_per_call = round(await perCall(200, () => runner.model(id).classify(['my invoice shows the wrong amount'])), 4);
  }
}

// ---- embeddings
{
  const ev = emb.eval as EmbedEval;
  const all = ev.test.flatMap((p) => [p.a, p.b]);
  const fpVecs = await runner.model('triage-embed').embed(all);
  for (const id of ['triage-embed', 'triage-embed-int8']) {
    const vecs = await runner.model(id).embed(all);
    const byText = new Map(all.map((t, i) => [t, vecs[i]!]));
    const m = entry(id).metrics;
    Object.assign(m, emb.trainMetrics);
    const para = ev.test.map((p) => cosine(byText.get(p.a)!, byText.get(p.b)!));
    const unrel = ev.test
      .map((p, i) => {
        const o = ev.test[(i * 7 + 13) % ev.test.length]!;
        return o.group.split('/')[0] === p.group.split('/')[0] ? NaN : cosine(byText.get(p.a)!, byText.get(o.b)!);
      })
      .filter((x) => !Number.isNaN(x));
    m.paraphrase_cosine_mean = round(mean(para));
    m.unrelated_cosine_mean = round(mean(unrel));
    m.retrieval_top1 = round(retrievalTop1(ev.test, (s) => byText.get(s)!));
    m.cosine_to_fp32_mean = round(mean(vecs.map((v, i) => cosine(v, fpVecs[i]!))), 6);
    m.ms_per_call = round(await perCall(200, () => runner.model(id).embed(['how do i reset my password'])), 4);
  }
}

// ---- LM: held-out perplexity and top-1 agreement, from the graph's own probabilities
{
  const ev = lm.eval as LmEval;
  const ex = lmExamples(ev.test, ev.vocab, ev.layout);
  const D = ev.layout.dim,
    V = ev.layout.vocabSize;
  const results = new Map<string, { nll: number; top1: number[] }>();
  for (const id of ['triage-small', 'triage-small-int8']) {
    const session = await ort.InferenceSession.create(bytesById.get(id)!);
    let nll = 0;
    const top1: number[] = [];
    const row = new Float32Array(D);
    for (let s = 0; s < ex.length; s += 512) {
      const chunk = ex.slice(s, s + 512);
      const x = new Float32Array(chunk.length * D);
      chunk.forEach((e, i) => x.set(lmContextInto(row, ev.layout, e.prev2, e.prev1, e.bag), i * D));
      const out = await session.run({ x: new ort.Tensor('float32', x, [chunk.length, D]) });
      const p = out.probs!.data as Float32Array;
      chunk.forEach((e, i) => {
        nll -= Math.log(Math.max(p[i * V + e.next]!, 1e-12));
        top1.push(argmax(p.subarray(i * V, (i + 1) * V)));
      });
    }
    results.set(id, { nll, top1 });
    const m = entry(id).metrics;
    Object.assign(m, lm.trainMetrics);
    m.test_tokens = ex.length;
    m.test_perplexity = round(Math.exp(nll / ex.length), 3);
    m.test_top1_accuracy = round(top1.filter((t, i) => t === ex[i]!.next).length / ex.length);
    const ref = results.get('triage-small')!.top1;
    m.top1_agreement_with_fp32 = round(top1.filter((t, i) => t === ref[i]).length / ex.length);
    const gen = runner.model(id);
    const tokens = 24;
    m.ms_per_token = round(
      (await perCall(10, async () => {
        for await (const _ of gen.generate('my invoice is wrong', { maxTokens: tokens, temperature: 0 })) void _;
      })) / tokens,
      4,
    );
  }
  for (const prompt of ['I was charged twice for my subscription', 'my python script crashes with a type error', 'hello, how are you']) {
    let text = '';
    for await (const piece of runner.model('triage-small-int8').generate(prompt, { maxTokens: 40, temperature: 0.7, seed: 1 }))
      text += piece;
    log(`  sample (triage-small-int8, seed 1) «${prompt}» → ${text}`);
  }
}

mkdirSync(dist, { recursive: true });
for (const e of entries) writeFileSync(join(dist, e.file), bytesById.get(e.id)!);
writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows = entries.map((e) => {
  const m = e.metrics;
  const quality =
    e.task === 'classify'
      ? `held-out acc ${m.test_accuracy}, agree fp32 ${m.agreement_with_fp32}`
      : e.task === 'embed'
        ? `para cos ${m.paraphrase_cosine_mean} vs unrel ${m.unrelated_cosine_mean}, top1 ${m.retrieval_top1}, cos→fp32 ${m.cosine_to_fp32_mean}`
        : `ppl ${m.test_perplexity}, top1 ${m.test_top1_accuracy}, agree fp32 ${m.top1_agreement_with_fp32}`;
  const speed = e.task === 'generate' ? `${m.ms_per_token} ms/token` : `${m.ms_per_call} ms/call`;
  return [e.id, e.file, kb(e.bytes), quality, speed];
});
const widths = [0, 1, 2, 3, 4].map((i) =>
  Math.max(...[['model', 'file', 'size', 'quality (held-out)', 'speed (Node, ORT-web)'], ...rows].map((r) => r[i]!.length)),
);
const line = (r: string[]) => '  ' + r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log('\n' + line(['model', 'file', 'size', 'quality (held-out)', 'speed (Node, ORT-web)']));
for (const r of rows) console.log(line(r));
console.log(`\nmodels: wrote ${entries.length} models + manifest.json to ${dist} in ${ms(t0)}`);

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}
