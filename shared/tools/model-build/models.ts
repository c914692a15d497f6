// The three default models, built from code and synthetic data (data.ts), trained in JS (train.ts) and
// written as ONNX (onnx.ts) in fp32 and dynamic-INT8 variants. Pure: every builder returns bytes + the
// manifest fields; build.ts (Node) measures them in onnxruntime and writes dist/.
import { BOS, EOS, SPECIAL_TOKENS, UNK, featurize, lmContextIndices, lmPromptBag, tokenizeWords } from '../../models/featurize.ts';
import type { HashedFeatures, LmFeatures, ModelEntry } from '../../models/manifest.ts';
import { LABELS, type LmPair, classifierData, lmPairs, paraphrasePairs, type Pair, type Sample } from './data.ts';
import { linearSoftmaxModel, projectionModel } from './onnx.ts';
import {
  type Linear,
  type LmSequence,
  type SparseRow,
  predictSparse,
  projectSparse,
  randomProjection,
  toSparse,
  trainContrastive,
  trainLm,
  trainSoftmax,
} from './train.ts';

/** Manifest fields a builder knows (build.ts adds bytes, sha256, metrics). */
export type EntryDraft = Omit<ModelEntry, 'bytes' | 'sha256' | 'metrics'>;

export interface Built<TEval> {
  family: string;
  variants: { entry: EntryDraft; bytes: Uint8Array }[];
  /** Held-out data for build.ts's measurements. */
  eval: TEval;
  /** Figures measured in JS during training (before export). */
  trainMetrics: Record<string, number>;
}

const variants = (base: Omit<EntryDraft, 'id' | 'file' | 'quantized' | 'quantization'>, make: (int8: boolean) => Uint8Array) => [
  { entry: { ...base, id: base.family, file: `${base.family}.onnx`, quantized: false, quantization: 'none' as const }, bytes: make(false) },
  {
    entry: { ...base, id: `${base.family}-int8`, file: `${base.family}.int8.onnx`, quantized: true, quantization: 'dynamic-int8' as const },
    bytes: make(true),
  },
];

export const HASH_DIM = 1024;
export const MAX_CHARS = 8192;
const HASHED: HashedFeatures = { kind: 'hashed-ngrams', dim: HASH_DIM, maxChars: MAX_CHARS };

const sparse = (text: string): SparseRow => toSparse(featurize(text, HASHED));

// ---------------------------------------------------------------------------------------------------------

export interface ClassifierEval {
  test: Sample[];
}

/** triage-classifier: request intent (code/support/billing/legal/medical/smalltalk), softmax regression. */
export function buildClassifier(log: (s: string) => void = () => {}): Built<ClassifierEval> {
  const { train, test } = classifierData();
  const X = train.map((s) => sparse(s.text));
  const y = train.map((s) => LABELS.indexOf(s.label));
  const m: Linear = trainSoftmax(X, y, HASH_DIM, LABELS.length, {
    epochs: 12,
    lr: 0.3,
    seed: 7,
    l2: 1e-4,
    onEpoch: (e, loss) => {
      if (e % 4 === 3) log(`  classifier epoch ${e + 1}: loss ${loss.toFixed(4)}`);
    },
  });
  const acc = (set: Sample[]) =>
    set.filter((s) => argmax(predictSparse(m, sparse(s.text))) === LABELS.indexOf(s.label)).length / set.length;
  const trainMetrics = {
    train_samples: train.length,
    test_samples: test.length,
    js_train_accuracy: acc(train),
    js_test_accuracy: acc(test),
  };
  return {
    family: 'triage-classifier',
    variants: variants(
      {
        family: 'triage-classifier',
        task: 'classify',
        description:
          'Request intent classifier (code, support, billing, legal, medical, smalltalk): hashed word/char n-grams → softmax regression.',
        input: { name: 'x', dim: HASH_DIM },
        output: { name: 'probs', dim: LABELS.length },
        features: HASHED,
        labels: [...LABELS],
      },
      (int8) => linearSoftmaxModel(spec('triage-classifier', int8, 'x', HASH_DIM, 'probs', LABELS.length), m.W, m.b, int8),
    ),
    eval: { test },
    trainMetrics,
  };
}

// ---------------------------------------------------------------------------------------------------------

export const EMBED_DIM = 128;

export interface EmbedEval {
  test: Pair[];
}

/** triage-embed: hashed features → linear projection trained contrastively on paraphrases → L2-normalised. */
export function buildEmbed(log: (s: string) => void = () => {}): Built<EmbedEval> {
  const { train, test } = paraphrasePairs();
  const pairs = train.map((p) => ({ a: sparse(p.a), b: sparse(p.b) }));
  const P = trainContrastive(pairs, HASH_DIM, {
    E: EMBED_DIM,
    steps: 150,
    batch: 32,
    lr: 0.1,
    temperature: 0.05,
    seed: 11,
    onStep: (s, loss) => {
      if (s % 50 === 49) log(`  embed step ${s + 1}: loss ${loss.toFixed(4)}`);
    },
  });
  const R = randomProjection(HASH_DIM, EMBED_DIM, 11);
  const top1 = (proj: Float32Array) => retrievalTop1(test, (t) => projectSparse(proj, EMBED_DIM, sparse(t)));
  const trainMetrics = {
    train_pairs: train.length,
    test_pairs: test.length,
    js_test_top1_random_projection: top1(R),
    js_test_top1_trained: top1(P),
  };
  return {
    family: 'triage-embed',
    variants: variants(
      {
        family: 'triage-embed',
        task: 'embed',
        description: `Sentence embeddings (${EMBED_DIM} dims): hashed word/char n-grams → linear projection trained on paraphrase pairs (InfoNCE) → L2-normalised in the graph.`,
        input: { name: 'x', dim: HASH_DIM },
        output: { name: 'embedding', dim: EMBED_DIM },
        features: HASHED,
      },
      (int8) => projectionModel(spec('triage-embed', int8, 'x', HASH_DIM, 'embedding', EMBED_DIM), P, int8),
    ),
    eval: { test },
    trainMetrics,
  };
}

/** Share of pairs whose `a` has its own `b` as nearest neighbour among all test `b`s (cosine). */
export function retrievalTop1(test: readonly Pair[], embed: (t: string) => ArrayLike<number>): number {
  const A = test.map((p) => embed(p.a));
  const B = test.map((p) => embed(p.b));
  let hits = 0;
  A.forEach((a, i) => {
    let best = -1,
      bestSim = -Infinity;
    B.forEach((b, j) => {
      let s = 0;
      for (let e = 0; e < a.length; e++) s += a[e]! * b[e]!;
      if (s > bestSim) {
        bestSim = s;
        best = j;
      }
    });
    if (test[best]!.group === test[i]!.group) hits++; // same meaning and slot counts (duplicates within a group)
  });
  return hits / test.length;
}

// ---------------------------------------------------------------------------------------------------------

export const LM_PAIR_BUCKETS = 512;
export const LM_PROMPT_BUCKETS = 512;
export const LM_MAX_PROMPT_CHARS = 2048;

export interface LmEval {
  /** Held-out (context row, next token) examples, as token ids. */
  test: LmPair[];
  vocab: string[];
  layout: LmFeatures;
}

export interface LmExample {
  prev2: number;
  prev1: number;
  next: number;
  bag: Float32Array;
}

export function lmExamples(pairs: readonly LmPair[], vocab: readonly string[], layout: LmFeatures): LmExample[] {
  const id = new Map(vocab.map((w, i) => [w, i]));
  const unk = id.get(UNK)!,
    bos = id.get(BOS)!,
    eos = id.get(EOS)!;
  const out: LmExample[] = [];
  for (const p of pairs) {
    const bag = lmPromptBag(p.prompt, layout.promptBuckets, layout.maxPromptChars);
    const toks = [...tokenizeWords(p.answer).map((w) => id.get(w) ?? unk), eos];
    let prev2 = bos,
      prev1 = bos;
    for (const t of toks) {
      out.push({ prev2, prev1, next: t, bag });
      prev2 = prev1;
      prev1 = t;
    }
  }
  return out;
}

/** triage-small: a tiny word-level LM conditioned on the prompt's words (log-linear over context features). */
export function buildLm(log: (s: string) => void = () => {}): Built<LmEval> {
  const train = lmPairs(1200, 3);
  const test = lmPairs(200, 4);
  const counts = new Map<string, number>();
  for (const p of train) for (const w of tokenizeWords(p.answer)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...SPECIAL_TOKENS, ...[...counts.keys()].filter((w) => !(SPECIAL_TOKENS as readonly string[]).includes(w)).sort()];
  const V = vocab.length;
  const layout: LmFeatures = {
    kind: 'lm-context',
    vocabSize: V,
    pairBuckets: LM_PAIR_BUCKETS,
    promptBuckets: LM_PROMPT_BUCKETS,
    dim: 2 * V + LM_PAIR_BUCKETS + LM_PROMPT_BUCKETS,
    maxPromptChars: LM_MAX_PROMPT_CHARS,
  };
  const trainEx = lmExamples(train, vocab, layout);
  const promptOffset = 2 * V + layout.pairBuckets;
  const seqs: LmSequence[] = [];
  for (const e of trainEx) {
    const last = seqs[seqs.length - 1];
    const step = { ctx: lmContextIndices(layout, e.prev2, e.prev1), next: e.next };
    if (last && last.bag === e.bag) last.steps.push(step);
    else {
      const p = toSparse(e.bag);
      seqs.push({ bag: e.bag, prompt: { idx: p.idx.map((i) => i + promptOffset), val: p.val }, steps: [step] });
    }
  }
  const m = trainLm(seqs, layout.dim, V, {
    epochs: 3,
    lr: 0.3,
    seed: 5,
    onEpoch: (e, loss) => {
      log(`  lm epoch ${e + 1}: loss ${loss.toFixed(4)} (train perplexity ${Math.exp(loss).toFixed(2)})`);
    },
  });
  return {
    family: 'triage-small',
    variants: variants(
      {
        family: 'triage-small',
        task: 'generate',
        description: `Tiny word-level generative LM (${V} words) trained on synthetic helpful answers: previous two words + their hashed pair + the prompt's hashed words → next-word softmax.`,
        input: { name: 'x', dim: layout.dim },
        output: { name: 'probs', dim: V },
        features: layout,
        vocabulary: vocab,
      },
      (int8) => linearSoftmaxModel(spec('triage-small', int8, 'x', layout.dim, 'probs', V), m.W, m.b, int8),
    ),
    eval: { test, vocab, layout },
    trainMetrics: { vocab: V, train_tokens: trainEx.length, params: layout.dim * V + V },
  };
}

// ---------------------------------------------------------------------------------------------------------

function spec(family: string, int8: boolean, inName: string, inDim: number, outName: string, outDim: number) {
  const id = int8 ? `${family}-int8` : family;
  return {
    name: id.replaceAll('-', '_'),
    doc: `Triage default model ${id}, built by shared/tools/model-build (see its README).`,
    input: { name: inName, dim: inDim },
    output: { name: outName, dim: outDim },
    metadata: { 'triage.id': id, 'triage.quantization': int8 ? 'dynamic-int8' : 'none' },
  };
}

export function argmax(v: ArrayLike<number>): number {
  let b = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[b]!) b = i;
  return b;
}
