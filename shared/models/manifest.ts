// The model manifest: what `shared/tools/model-build` writes to `shared/models/dist/manifest.json` and what the
// runner (runner.ts) needs to feed a model and read its output. One entry per model file; the fp32 and INT8
// variants of a model are separate entries (`<id>` and `<id>-int8`).

export type ModelTask = 'classify' | 'embed' | 'generate';

/** How text becomes the model's input vector (featurize.ts). */
export interface HashedFeatures {
  kind: 'hashed-ngrams';
  /** Vector size = number of hash buckets. */
  dim: number;
  /** Characters of the input considered. */
  maxChars: number;
}

/**
 * The tiny LM's input: one multi-hot row per step, laid out as
 *   [0, V)            previous token id            (one-hot)
 *   [V, 2V)           token before that            (one-hot)
 *   [2V, 2V+P)        hash of the (prev2, prev1) pair into P buckets (one-hot)
 *   [2V+P, 2V+P+Q)    the prompt's words, hashed into Q buckets (L2-normalised bag of words)
 * Output: next-token probabilities over the vocabulary (Softmax inside the graph).
 */
export interface LmFeatures {
  kind: 'lm-context';
  vocabSize: number;
  pairBuckets: number;
  promptBuckets: number;
  /** Total input width: 2V + P + Q. */
  dim: number;
  /** Prompt characters considered (its tail: the latest words matter most). */
  maxPromptChars: number;
}

export type Quantization = 'none' | 'dynamic-int8';

export interface ModelEntry {
  /** The id clients and policies use: `triage-classifier`, `triage-classifier-int8`, … */
  id: string;
  /** The model family (the fp32 id). */
  family: string;
  task: ModelTask;
  description: string;
  /** File name in dist/, in the Worker bundle and in the R2 store (`models/<file>`). */
  file: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** SHA-256 of the file (hex); loaders verify it when they can. */
  sha256: string;
  quantized: boolean;
  quantization: Quantization;
  /** Graph input and output names and widths. */
  input: { name: string; dim: number };
  output: { name: string; dim: number };
  features: HashedFeatures | LmFeatures;
  /** classify: class labels, in output order. */
  labels?: string[];
  /** generate: the vocabulary, in id order (special tokens first: <pad> <s> </s> <unk>). */
  vocabulary?: string[];
  /** Figures measured at build time by running this file in onnxruntime (see build/build.ts). */
  metrics: Record<string, number>;
}

export interface Manifest {
  format: 1;
  /** Hash of the builder's sources: the build is skipped when dist/ was made from the same sources. */
  sourceHash: string;
  models: ModelEntry[];
}

export function findModel(manifest: Manifest, id: string): ModelEntry | undefined {
  return manifest.models.find((m) => m.id === id);
}
