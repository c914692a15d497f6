// The built default models (shared/models/dist, `npm run build:models` — npm test builds them first), run
// through the shared runner with onnxruntime-web in Node: real labels, real similarities, real text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from './manifest.ts';
import { cosine, createRunner, type OrtLike, type Runner, RunnerError } from './runner.ts';

const dist = join(import.meta.dirname, 'dist');
let manifest: Manifest;
let runner: Runner;
let creates = 0;

beforeAll(() => {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error('shared/models/dist is missing: run `npm run build:models` (npm test does it first)');
  manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  ort.env.wasm.numThreads = 1;
  const counting: OrtLike = {
    Tensor: ort.Tensor,
    InferenceSession: {
      create: (b: Uint8Array) => {
        creates++;
        return ort.InferenceSession.create(b);
      },
    },
  };
  runner = createRunner(counting, manifest, async (file) => readFileSync(join(dist, file)));
});

const CLEAR: [string, string][] = [
  ['My Python function throws a TypeError when I call it', 'code'],
  ['Write a SQL query that joins two tables', 'code'],
  ["I can't log in, the password reset link doesn't work", 'support'],
  ['I was charged twice on my credit card this month', 'billing'],
  ['Ich habe meine Rechnung doppelt bezahlt', 'billing'],
  ['Can I terminate my apartment lease early?', 'legal'],
  ['Is this NDA clause enforceable?', 'legal'],
  ['I have had a fever and a sore throat for three days', 'medical'],
  ["J'ai mal à la tête depuis ce matin", 'medical'],
  ['hi! how was your weekend?', 'smalltalk'],
];

describe('manifest', () => {
  it('lists fp32 and INT8 variants of the three models, with measured figures', () => {
    expect(manifest.models.map((m) => m.id).sort()).toEqual([
      'triage-classifier',
      'triage-classifier-int8',
      'triage-embed',
      'triage-embed-int8',
      'triage-small',
      'triage-small-int8',
    ]);
    for (const m of manifest.models) {
      expect(readFileSync(join(dist, m.file)).length).toBe(m.bytes);
      expect(m.quantized).toBe(m.id.endsWith('-int8'));
    }
    const byId = (id: string) => manifest.models.find((m) => m.id === id)!;
    expect(byId('triage-classifier-int8').metrics.test_accuracy).toBeGreaterThan(0.9);
    expect(byId('triage-embed-int8').metrics.retrieval_top1).toBeGreaterThan(0.9);
    expect(byId('triage-small-int8').metrics.top1_agreement_with_fp32).toBeGreaterThan(0.98);
    expect(byId('triage-small-int8').bytes).toBeLessThan(byId('triage-small').bytes / 3); // int8 weights
  });
});

describe('classify', () => {
  it.each(['triage-classifier', 'triage-classifier-int8'])('%s labels clear requests correctly (several languages)', async (id) => {
    const out = await runner.model(id).classify(CLEAR.map(([t]) => t));
    expect(out.map((o) => o.label)).toEqual(CLEAR.map(([, l]) => l));
    for (const o of out) {
      expect(Object.values(o.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      expect(o.score).toBe(Math.max(...Object.values(o.scores)));
    }
  });

  it('INT8 agrees with fp32 (same labels, probabilities within 0.03)', async () => {
    const texts = CLEAR.map(([t]) => t);
    const [fp, q] = [await runner.model('triage-classifier').classify(texts), await runner.model('triage-classifier-int8').classify(texts)];
    q.forEach((o, i) => {
      expect(o.label).toBe(fp[i]!.label);
      for (const [l, p] of Object.entries(o.scores)) expect(Math.abs(p - fp[i]!.scores[l]!)).toBeLessThan(0.03);
    });
  });
});

describe('embed', () => {
  it.each(['triage-embed', 'triage-embed-int8'])('%s: unit vectors; paraphrases closer than unrelated texts', async (id) => {
    const [a, para, para2, other, other2] = await runner
      .model(id)
      .embed([
        'how do I reset my password',
        'I forgot my password, how can I change it',
        'password reset is not working',
        'what is the price of the pro plan',
        'can I sue my landlord',
      ]);
    for (const v of [a, para, other]) expect(Math.hypot(...v!)).toBeCloseTo(1, 4);
    expect(a!.length).toBe(128);
    const near = Math.min(cosine(a!, para!), cosine(a!, para2!));
    const far = Math.max(cosine(a!, other!), cosine(a!, other2!));
    expect(near).toBeGreaterThan(0.7);
    expect(near - far).toBeGreaterThan(0.25);
  });

  it('INT8 embeddings match fp32 (cosine > 0.99)', async () => {
    const texts = CLEAR.map(([t]) => t);
    const fp = await runner.model('triage-embed').embed(texts);
    const q = await runner.model('triage-embed-int8').embed(texts);
    q.forEach((v, i) => expect(cosine(v, fp[i]!)).toBeGreaterThan(0.99));
  });
});

describe('generate', () => {
  const run = async (id: string, prompt: string, opts: Parameters<ReturnType<Runner['model']>['generate']>[1]) => {
    const gen = runner.model(id).generate(prompt, opts);
    const pieces: string[] = [];
    for await (const p of gen) pieces.push(p);
    return { text: pieces.join(''), pieces, gen };
  };

  it('answers on topic, token by token, and ends itself (greedy)', async () => {
    const billing = await run('triage-small-int8', 'I was charged twice on my credit card', { maxTokens: 60, temperature: 0 });
    expect(billing.text).toMatch(/^[A-Z]/);
    expect(billing.text).toMatch(/refund|invoice|charged|plan|billing|payment|credit card/i);
    expect(billing.gen.finishReason).toBe('stop');
    expect(billing.pieces.length).toBe(billing.gen.completionTokens);
    expect(billing.gen.promptTokens).toBe(8);
    const medical = await run('triage-small-int8', 'I have a fever since yesterday', { maxTokens: 60, temperature: 0 });
    expect(medical.text).toMatch(/doctor|fever|rest|water|help/i);
  });

  it('stops at maxTokens with finishReason "length"', async () => {
    const r = await run('triage-small-int8', 'tell me a joke', { maxTokens: 3, temperature: 0 });
    expect(r.pieces.length).toBe(3);
    expect(r.gen.finishReason).toBe('length');
  });

  it('is deterministic for a seed; different seeds may differ', async () => {
    const a = await run('triage-small-int8', 'my python script crashes', { maxTokens: 30, temperature: 1, seed: 42 });
    const b = await run('triage-small-int8', 'my python script crashes', { maxTokens: 30, temperature: 1, seed: 42 });
    expect(b.text).toBe(a.text);
    const others = await Promise.all(
      [1, 2, 3, 4].map((seed) => run('triage-small-int8', 'my python script crashes', { maxTokens: 30, temperature: 1, seed })),
    );
    expect(new Set([a.text, ...others.map((o) => o.text)]).size).toBeGreaterThan(1);
  });

  it('INT8 and fp32 generate the same greedy text', async () => {
    for (const prompt of ['I was charged twice on my credit card', 'Can I terminate my lease early?', 'hello there!']) {
      const fp = await run('triage-small', prompt, { maxTokens: 40, temperature: 0 });
      const q = await run('triage-small-int8', prompt, { maxTokens: 40, temperature: 0 });
      expect(q.text).toBe(fp.text);
    }
  });

  it('stops when the signal aborts', async () => {
    const ac = new AbortController();
    const gen = runner.model('triage-small-int8').generate('hello', { maxTokens: 50, temperature: 0, signal: ac.signal });
    const got: string[] = [];
    await expect(
      (async () => {
        for await (const p of gen) {
          got.push(p);
          ac.abort();
        }
      })(),
    ).rejects.toMatchObject({ code: 'aborted' });
    expect(got.length).toBe(1);
  });
});

describe('runner', () => {
  it('creates one session per model and reuses it', async () => {
    const before = creates;
    await runner.model('triage-classifier-int8').classify(['a']);
    await runner.model('triage-classifier-int8').classify(['b']);
    await runner.model('triage-classifier-int8').load();
    expect(creates).toBe(before); // created by the tests above already
    expect(creates).toBeLessThanOrEqual(manifest.models.length);
  });

  it('refuses unknown models and the wrong task', async () => {
    expect(() => runner.model('gpt-4o')).toThrow(RunnerError);
    await expect(runner.model('triage-embed').classify(['x'])).rejects.toMatchObject({ code: 'wrong_task' });
    expect(() => runner.model('triage-classifier').generate('x', { maxTokens: 1 })).toThrow(/classify model, not generate/);
  });

  it('reports a model that fails to load, and retries on the next call', async () => {
    let calls = 0;
    const r = createRunner(ort as unknown as OrtLike, manifest, async (file) =>
      ++calls === 1 ? new Uint8Array([1, 2, 3]) : readFileSync(join(dist, file)),
    );
    await expect(r.model('triage-classifier').classify(['x'])).rejects.toMatchObject({ code: 'load_failed' });
    expect((await r.model('triage-classifier').classify(['refund my invoice']))[0]!.label).toBe('billing');
  });
});
