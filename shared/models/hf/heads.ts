// Encoder task heads: what an encoder's output tensors mean, as pure functions over Float32Array + dims (no
// ONNX Runtime here). Sequence classification (softmax, or sigmoid for `multi_label_classification`; labels
// from config.json's `id2label`), token classification (per-token softmax, then BIO/IOB2 span aggregation into
// entities with CHARACTER offsets taken from the tokenizer's Encoding), and sentence embeddings (mean over the
// attention mask, CLS or last token; L2-normalized). Semantics follow transformers' pipelines; pure.
import { z } from 'zod';
import type { Encoding } from './tokenizer.ts';
import { parseFile } from './tokenizer.ts';

/** An output tensor as ONNX Runtime returns it: row-major data and its dimensions. */
export interface Tensor {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

export class HeadShapeError extends Error {
  override readonly name = 'HeadShapeError';
}

// ---- config.json ----

const classifierConfigSchema = z.looseObject({
  id2label: z.record(z.string().regex(/^\d+$/, 'keys must be label indices'), z.string()).optional(),
  problem_type: z.string().nullish(),
});

export interface ClassifierHead {
  /** Label per output index. */
  readonly labels: readonly string[];
  /** `problem_type: multi_label_classification`: each label scored on its own (sigmoid), not as one choice. */
  readonly multiLabel: boolean;
}

/** Labels and scoring from config.json; without `id2label`, transformers' names `LABEL_0`, `LABEL_1`, …. */
export function classifierHead(configJson: unknown, outputs: number): ClassifierHead {
  const config = parseFile(classifierConfigSchema, configJson, 'config.json');
  const labels = Array.from({ length: outputs }, (_, i) => (config.id2label ? config.id2label[String(i)] : `LABEL_${i}`));
  const entries = Object.keys(config.id2label ?? {}).length;
  if (labels.some((label) => label === undefined) || (config.id2label && entries !== outputs)) {
    throw new HeadShapeError(`config.json: id2label has ${entries} labels, the model outputs ${outputs}`);
  }
  return { labels: labels.map(String), multiLabel: config.problem_type === 'multi_label_classification' };
}

// ---- sequence classification ----

export interface LabelScore {
  label: string;
  score: number;
}

/** `logits[batch, labels]` → per text, every label with its probability, highest first. */
export function classifySequences(logits: Tensor, head: ClassifierHead): LabelScore[][] {
  const [batch, width] = matrixShape(logits, 'logits');
  if (width !== head.labels.length) throw new HeadShapeError(`logits have ${width} columns for ${head.labels.length} labels`);
  const scoresOf = head.multiLabel ? sigmoid : softmax;
  return Array.from({ length: batch }, (_, row) => {
    const scores = scoresOf(logits.data.subarray(row * width, (row + 1) * width));
    return head.labels.map((label, i) => ({ label, score: scores[i] ?? 0 })).sort((a, b) => b.score - a.score);
  });
}

// ---- token classification ----

/**
 * How tokens become entities (transformers' `aggregation_strategy`):
 * - `none`: one entry per token, label as predicted (`B-PER`);
 * - `simple`: tokens grouped by their BIO tags, score = mean of the tokens' scores;
 * - `first` / `max` / `average`: first each WORD gets one label (its first token's, its most confident
 *   token's, or the argmax of its tokens' averaged probabilities), then words are grouped as in `simple`.
 * A word is a run of adjacent tokens joined without whitespace between letters or digits (`##ing`, the pieces
 * of a byte-level character); punctuation starts a new word.
 */
export type AggregationStrategy = 'none' | 'simple' | 'first' | 'max' | 'average';

export interface EntityOptions {
  aggregation?: AggregationStrategy;
  /** Labels that are not entities (default `['O']`). */
  ignoreLabels?: readonly string[];
  /**
   * Not in transformers: a token (or word) is an entity exactly when its probability of being *any* entity —
   * 1 − p(ignored labels) — reaches this, labelled with its most likely entity label (even where an ignored
   * label wins the argmax). A decision threshold for detection, e.g. set low where a miss costs more than a
   * false alarm (PII: unsure counts as found).
   */
  minEntityProbability?: number;
}

export interface Entity {
  /** The entity type: `PER` for `B-PER`/`I-PER` (with `none`: the token's own label). */
  label: string;
  score: number;
  /** UTF-16 offsets into the original text; `text === original.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/** A token (or word) with its predicted label, as grouping sees it. */
interface Labelled {
  label: string;
  score: number;
  start: number;
  end: number;
}

/**
 * `logits[1, tokens, labels]` (or `[tokens, labels]`) of one encoded text → its entities. Special tokens
 * (the Encoding's specialTokensMask) are skipped.
 */
export function extractEntities(
  logits: Tensor,
  encoding: Encoding,
  text: string,
  labels: readonly string[],
  opts: EntityOptions = {},
): Entity[] {
  const tokens = contentTokens(encoding, tokenProbabilities(logits, encoding, labels));
  const strategy = opts.aggregation ?? 'simple';
  const ignore = new Set(opts.ignoreLabels ?? ['O']);
  const pick = labelPicker(labels, ignore, opts.minEntityProbability);
  const perToken = () => tokens.map((token) => pick(token.probabilities, token.start, token.end));
  const entities: Labelled[] =
    strategy === 'none'
      ? perToken()
      : groupByTag(strategy === 'simple' ? perToken() : labelWords(tokens, text, pick, strategy)).map((group) => ({
          ...group,
          label: tagOf(group.label).type,
        }));
  return entities
    .filter((entity) => !ignore.has(entity.label))
    .map((entity) => ({ ...entity, text: text.slice(entity.start, entity.end) }));
}

interface ScoredToken {
  probabilities: Float32Array;
  start: number;
  end: number;
}

function tokenProbabilities(logits: Tensor, encoding: Encoding, labels: readonly string[]): Float32Array[] {
  const dims = logits.dims.length === 3 && logits.dims[0] === 1 ? logits.dims.slice(1) : logits.dims;
  const [count, width] = matrixShape({ data: logits.data, dims }, 'token logits');
  if (count !== encoding.ids.length) throw new HeadShapeError(`token logits have ${count} rows for ${encoding.ids.length} tokens`);
  if (width !== labels.length) throw new HeadShapeError(`token logits have ${width} columns for ${labels.length} labels`);
  return Array.from({ length: count }, (_, row) => softmax(logits.data.subarray(row * width, (row + 1) * width)));
}

function contentTokens(encoding: Encoding, probabilities: Float32Array[]): ScoredToken[] {
  const tokens: ScoredToken[] = [];
  encoding.offsets.forEach(([start, end], i) => {
    const row = probabilities[i];
    if (encoding.specialTokensMask[i] === 1 || row === undefined) return;
    tokens.push({ probabilities: row, start, end });
  });
  return tokens;
}

type LabelPicker = (probabilities: Float32Array, start: number, end: number) => Labelled;

/** The argmax label — or, with `minEntityProbability`, the best entity label exactly when entities together reach it. */
function labelPicker(labels: readonly string[], ignore: ReadonlySet<string>, minEntityProbability: number | undefined): LabelPicker {
  const isEntity = labels.map((label) => !ignore.has(label));
  const notEntity = [...ignore][0] ?? 'O';
  return (probabilities, start, end) => {
    const best = argmax(probabilities);
    if (minEntityProbability === undefined) return { label: labels[best] ?? 'O', score: probabilities[best] ?? 0, start, end };
    let entityMass = 0;
    let bestEntity = -1;
    probabilities.forEach((p, i) => {
      if (!isEntity[i]) return;
      entityMass += p;
      if (bestEntity < 0 || p > (probabilities[bestEntity] ?? 0)) bestEntity = i;
    });
    if (bestEntity < 0 || entityMass < minEntityProbability) return { label: notEntity, score: 1 - entityMass, start, end };
    return { label: labels[bestEntity] ?? 'O', score: entityMass, start, end };
  };
}

/** `first` / `max` / `average`: one label per word. */
function labelWords(tokens: readonly ScoredToken[], text: string, pick: LabelPicker, strategy: 'first' | 'max' | 'average'): Labelled[] {
  return splitWords(tokens, text).map((word) => {
    const start = word[0]?.start ?? 0;
    const end = word[word.length - 1]?.end ?? start;
    if (strategy === 'average') return pick(meanOf(word.map((token) => token.probabilities)), start, end);
    const chosen =
      strategy === 'first'
        ? word[0]
        : word.reduce((best, token) => (maxOf(token.probabilities) > maxOf(best.probabilities) ? token : best));
    return pick(chosen?.probabilities ?? new Float32Array(0), start, end);
  });
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;

function splitWords(tokens: readonly ScoredToken[], text: string): ScoredToken[][] {
  const words: ScoredToken[][] = [];
  let previous: ScoredToken | undefined;
  for (const token of tokens) {
    const joined = previous !== undefined && continuesWord(previous, token, text);
    const current = words[words.length - 1];
    if (joined && current) current.push(token);
    else words.push([token]);
    previous = token;
  }
  return words;
}

function continuesWord(previous: ScoredToken, token: ScoredToken, text: string): boolean {
  if (token.start < previous.end) return true; // pieces of one character (byte-level BPE)
  if (token.start !== previous.end || token.start === token.end) return false;
  return WORD_CHARACTER.test(text.charAt(token.start - 1)) && WORD_CHARACTER.test(text.charAt(token.start));
}

/** `B-X` begins an X, `I-X` continues one (or begins it after anything else), a plain `X` continues an X. */
function tagOf(label: string): { begins: boolean; type: string } {
  const match = /^([BI])-(.+)$/.exec(label);
  return match?.[2] === undefined ? { begins: false, type: label } : { begins: match[1] === 'B', type: match[2] };
}

/** transformers' `group_entities`: consecutive tokens of one type form an entity until a `B-` or another type. */
function groupByTag(items: readonly Labelled[]): Labelled[] {
  const groups: Labelled[][] = [];
  for (const item of items) {
    const tag = tagOf(item.label);
    const current = groups[groups.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && !tag.begins && tagOf(last.label).type === tag.type) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => ({
    label: group[0]?.label ?? 'O',
    score: group.reduce((sum, item) => sum + item.score, 0) / group.length,
    start: group[0]?.start ?? 0,
    end: group[group.length - 1]?.end ?? 0,
  }));
}

// ---- embeddings ----

/** `mean` over the attention mask (sentence-transformers' default), `cls` (the first token), `last` (the last
 *  unmasked token: decoder-style embedders). */
export type Pooling = 'mean' | 'cls' | 'last';

const poolingConfigSchema = z.looseObject({
  pooling_mode_cls_token: z.boolean().optional(),
  pooling_mode_mean_tokens: z.boolean().optional(),
  pooling_mode_lasttoken: z.boolean().optional(),
});

/** The pooling a sentence-transformers folder asks for in `1_Pooling/config.json`. */
export function poolingFromConfig(poolingConfig: unknown): Pooling {
  const config = parseFile(poolingConfigSchema, poolingConfig, '1_Pooling/config.json');
  const modes: Pooling[] = [];
  if (config.pooling_mode_mean_tokens) modes.push('mean');
  if (config.pooling_mode_cls_token) modes.push('cls');
  if (config.pooling_mode_lasttoken) modes.push('last');
  if (modes.length !== 1 || modes[0] === undefined) {
    throw new HeadShapeError('1_Pooling/config.json: exactly one of mean, cls or last-token pooling is supported');
  }
  return modes[0];
}

/**
 * `hidden[batch, tokens, width]` (e.g. `last_hidden_state`) and each row's attention mask → one vector per
 * row, L2-normalized unless `normalize: false`. A `[batch, width]` tensor (an export that pools itself,
 * `sentence_embedding`) is only normalized.
 */
export function poolEmbeddings(
  hidden: Tensor,
  attentionMasks: readonly (readonly number[])[],
  opts: { pooling?: Pooling; normalize?: boolean } = {},
): Float32Array[] {
  const vectors = hidden.dims.length === 2 ? pooledRows(hidden) : poolTokens(hidden, attentionMasks, opts.pooling ?? 'mean');
  return opts.normalize === false ? vectors : vectors.map(l2Normalize);
}

function pooledRows(pooled: Tensor): Float32Array[] {
  const [batch, width] = matrixShape(pooled, 'embeddings');
  return Array.from({ length: batch }, (_, row) => pooled.data.slice(row * width, (row + 1) * width));
}

function poolTokens(hidden: Tensor, attentionMasks: readonly (readonly number[])[], pooling: Pooling): Float32Array[] {
  const [batch, length, width] = hidden.dims;
  if (
    hidden.dims.length !== 3 ||
    batch === undefined ||
    length === undefined ||
    width === undefined ||
    hidden.data.length !== batch * length * width
  ) {
    throw new HeadShapeError('hidden states must be [batch, tokens, width]');
  }
  if (attentionMasks.length !== batch || attentionMasks.some((mask) => mask.length !== length)) {
    throw new HeadShapeError(`attention masks must be ${batch} rows of ${length}`);
  }
  return attentionMasks.map((mask, row) => {
    const tokenVector = (t: number) => hidden.data.subarray((row * length + t) * width, (row * length + t + 1) * width);
    if (pooling === 'cls') return tokenVector(0).slice();
    if (pooling === 'last') return tokenVector(Math.max(0, mask.lastIndexOf(1))).slice();
    return meanOf(
      mask.flatMap((on, t) => (on ? [tokenVector(t)] : [])),
      width,
    );
  });
}

// ---- arithmetic ----

function matrixShape(tensor: Tensor, name: string): [number, number] {
  const [rows, columns] = tensor.dims;
  if (tensor.dims.length !== 2 || rows === undefined || columns === undefined || tensor.data.length !== rows * columns) {
    throw new HeadShapeError(`${name} must be a [rows, columns] tensor`);
  }
  return [rows, columns];
}

export function softmax(logits: Float32Array): Float32Array {
  const max = maxOf(logits);
  const out = logits.map((x) => Math.exp(x - max));
  const sum = out.reduce((a, b) => a + b, 0);
  return out.map((x) => x / sum);
}

function sigmoid(logits: Float32Array): Float32Array {
  return logits.map((x) => 1 / (1 + Math.exp(-x)));
}

function argmax(values: Float32Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  return best;
}

function maxOf(values: Float32Array): number {
  return values.reduce((a, b) => Math.max(a, b), -Infinity);
}

/** The element-wise mean of equally long vectors (zeros of `width` when there are none). */
function meanOf(vectors: readonly Float32Array[], width = vectors[0]?.length ?? 0): Float32Array {
  const sum = new Float32Array(width);
  for (const vector of vectors) for (let i = 0; i < width; i++) sum[i] = (sum[i] ?? 0) + (vector[i] ?? 0);
  return vectors.length === 0 ? sum : sum.map((x) => x / vectors.length);
}

function l2Normalize(vector: Float32Array): Float32Array {
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
  return norm === 0 ? vector : vector.map((x) => x / norm);
}
