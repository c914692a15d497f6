// Text → model inputs for Triage's small default models. Pure (runs in workerd and Node), deterministic.
//
// featurize(): the "hashing trick" over lower-cased words, word bigrams and character 3/4-grams, each
// hashed with FNV-1a 32-bit into `dim` buckets with a hash-derived sign (signed feature hashing keeps inner
// products unbiased under collisions), then L2-normalised. No vocabulary to ship, works for any language and
// tolerates typos; the classifier and the embedding model read this vector.
//
// tokenizeWords()/detokenize(): the word-level tokenizer of the tiny generative model (triage-small).

/** FNV-1a 32-bit over the UTF-16 code units of `s`, continuing from `h` (default: the offset basis). */
export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Unicode-normalised, lower-cased text; longer texts are cut at `maxChars` (features of the head only). */
export function normalizeText(text: string, maxChars = 8192): string {
  const t = text.length > maxChars ? text.slice(0, maxChars) : text;
  return t.normalize('NFKC').toLowerCase();
}

/** Words: runs of letters/digits (any script). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface FeatureOptions {
  /** Vector size (number of hash buckets). */
  dim: number;
  /** Characters considered (the head of longer texts). Default 8192. */
  maxChars?: number;
}

const CHAR_WEIGHT = 0.5;
const BIGRAM_WEIGHT = 0.7;

function add(v: Float32Array, key: string, seed: number, w: number): void {
  const h = fnv1a(key, seed);
  const idx = h % v.length;
  v[idx] = (v[idx] ?? 0) + ((h & 0x80000000) !== 0 ? -w : w);
}

// Different feature families start from different offsets, so "ab" the word and "ab" the n-gram differ.
const SEED_WORD = fnv1a('w');
const SEED_BIGRAM = fnv1a('b');
const SEED_CHAR = fnv1a('c');

/** Hashed word + word-bigram + char 3/4-gram features, L2-normalised (all zeros for text without words). */
export function featurize(text: string, opts: FeatureOptions): Float32Array {
  const v = new Float32Array(opts.dim);
  featurizeInto(v, text, opts.maxChars);
  return v;
}

/** As featurize(), into (a zeroed) `v`; returns `v`. */
export function featurizeInto(v: Float32Array, text: string, maxChars = 8192): Float32Array {
  const ws = words(normalizeText(text, maxChars));
  let prev = '';
  for (const w of ws) {
    add(v, w, SEED_WORD, 1);
    if (prev) add(v, prev + ' ' + w, SEED_BIGRAM, BIGRAM_WEIGHT);
    prev = w;
    const padded = ' ' + w + ' ';
    for (let n = 3; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(v, padded.slice(i, i + n), SEED_CHAR, CHAR_WEIGHT);
    }
  }
  l2normalize(v);
  return v;
}

/** Featurize many texts into one row-major [texts.length, dim] buffer (what a batched ONNX input wants). */
export function featurizeBatch(texts: readonly string[], opts: FeatureOptions): Float32Array {
  const out = new Float32Array(texts.length * opts.dim);
  texts.forEach((t, i) => featurizeInto(out.subarray(i * opts.dim, (i + 1) * opts.dim), t, opts.maxChars));
  return out;
}

export function l2normalize(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  if (s > 0) {
    const k = 1 / Math.sqrt(s);
    for (let i = 0; i < v.length; i++) v[i]! *= k;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Word-level tokenizer of the tiny LM.

/** Special tokens of the LM vocabulary (ids 0..3). */
export const BOS = '<s>';
export const EOS = '</s>';
export const UNK = '<unk>';
export const PAD = '<pad>';
export const SPECIAL_TOKENS = [PAD, BOS, EOS, UNK] as const;

/** Lower-cased word tokens; sentence punctuation as tokens of its own ("it's" stays one token). */
export function tokenizeWords(text: string, maxChars = 8192): string[] {
  return normalizeText(text, maxChars).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[.,!?;:]/gu) ?? [];
}

/** Text for one generated token, given the previous one: a leading space except before punctuation,
 * sentence-initial capitals and "I". */
export function detokenizePiece(token: string, prev: string | undefined): string {
  if (token === BOS || token === EOS || token === PAD) return '';
  const isPunct = /^[.,!?;:]$/.test(token);
  if (isPunct) return token;
  let w = token === 'i' || token.startsWith("i'") ? 'I' + token.slice(1) : token;
  const sentenceStart = prev === undefined || prev === BOS || /^[.!?]$/.test(prev);
  if (sentenceStart) w = w.charAt(0).toUpperCase() + w.slice(1);
  return prev === undefined || prev === BOS ? w : ' ' + w;
}

export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let prev: string | undefined;
  for (const t of tokens) {
    out += detokenizePiece(t, prev);
    prev = t;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The tiny LM's input row (layout documented in manifest.ts `LmFeatures`).

export interface LmLayout {
  vocabSize: number;
  pairBuckets: number;
  promptBuckets: number;
}

/**
 * The prompt as the LM sees it: its tail's hashed word + char n-gram features (featurize(), signed,
 * L2-normalised) in `buckets` dims. Char n-grams let it generalise to words it never saw ("crashed" ~ "crash").
 */
export function lmPromptBag(prompt: string, buckets: number, maxChars = 2048): Float32Array {
  const tail = prompt.length > maxChars ? prompt.slice(prompt.length - maxChars) : prompt;
  return featurize(tail, { dim: buckets, maxChars });
}

/** Input positions of the one-hot context features (prev1, prev2, hashed pair) for the LM. */
export function lmContextIndices(layout: LmLayout, prev2: number, prev1: number): [number, number, number] {
  const { vocabSize: V, pairBuckets: P } = layout;
  return [prev1, V + prev2, 2 * V + (fnv1a(prev2 + ':' + prev1, SEED_BIGRAM) % P)];
}

/** Fill `row` (length 2V+P+Q, zeroed here) for predicting the token after (prev2, prev1). */
export function lmContextInto(row: Float32Array, layout: LmLayout, prev2: number, prev1: number, promptBag: Float32Array): Float32Array {
  row.fill(0);
  for (const i of lmContextIndices(layout, prev2, prev1)) row[i] = 1;
  row.set(promptBag, 2 * layout.vocabSize + layout.pairBuckets);
  return row;
}
