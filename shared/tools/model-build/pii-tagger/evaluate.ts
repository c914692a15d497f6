// Held-out figures of a packaged tagger, measured the way the gateway runs it: windows (windows.ts) batched
// through one ONNX Runtime session of the folder loaded by loadHfFolder; per word (a run of tokens without
// whitespace between them, punctuation on its own, as BERT pre-tokenizes — scored at its first token)
// p(entity) = 1 − p(O) after softmax, PII when p(entity) ≥ threshold. Reported per threshold: word recall of
// PER and ADDR (the words inside an entity), entity recall (an entity is found when one of its words is),
// and per document (a document is flagged when any word of any of its windows is) recall and false-positive
// rate. Also the latency of one run on a batch of two full windows.
import type { HfFolder } from '../../../models/hf/folder.ts';
import { createSession, type NamedSession } from '../../../models/hf/session.ts';
import { createTokenizer, type Encoding, type HfTokenizer } from '../../../models/hf/tokenizer.ts';
import type { OrtLike } from '../../../models/runner.ts';
import type { HeldoutWindow } from './data.ts';
import type { EntityLabel } from './labels.ts';
import { WINDOW_TOKENS } from './windows.ts';

/** One scored word of a window: its p(entity), and the gold label of the entity it belongs to (if any). */
export interface WordScore {
  p: number;
  gold?: EntityLabel;
  /** Index of the gold entity (within its window) the word belongs to. */
  entity?: number;
  /** Letters or digits (not punctuation): the words recall counts. */
  alnum: boolean;
}

export interface Tagger {
  tokenizer: HfTokenizer;
  session: NamedSession;
  ort: OrtLike;
}

export async function loadTagger(ort: OrtLike, folder: HfFolder, sessionOptions?: Record<string, unknown>): Promise<Tagger> {
  return {
    tokenizer: createTokenizer(folder.tokenizerJson, folder.tokenizerConfig),
    session: await createSession(ort, folder, sessionOptions),
    ort,
  };
}

const PUNCT = /^[^\p{L}\p{M}\p{N}]$/u;

/** Index of the first token of every word of an encoding (special tokens skipped). */
export function wordStarts(e: Encoding, text: string): number[] {
  const starts: number[] = [];
  let prev = -1;
  e.ids.forEach((_, i) => {
    if (e.specialTokensMask[i]) return;
    const [s, end] = e.offsets[i]!;
    const punct = PUNCT.test(text.slice(s, end));
    const joined = prev >= 0 && e.offsets[prev]![1] === s && !punct && !PUNCT.test(text.slice(...e.offsets[prev]!));
    if (!joined) starts.push(i);
    prev = i;
  });
  return starts;
}

/** The int64 feeds of a batch of encodings, padded to the longest (or to `width`). */
function feeds(
  t: Tagger,
  encodings: readonly Encoding[],
  width = Math.max(...encodings.map((e) => e.ids.length)),
): Record<string, unknown> {
  const ids = new BigInt64Array(encodings.length * width);
  const mask = new BigInt64Array(encodings.length * width);
  encodings.forEach((e, r) =>
    e.ids.forEach((id, i) => {
      ids[r * width + i] = BigInt(id);
      mask[r * width + i] = 1n;
    }),
  );
  const dims = [encodings.length, width];
  return { input_ids: new t.ort.Tensor('int64', ids, dims), attention_mask: new t.ort.Tensor('int64', mask, dims) };
}

/** p(entity) of token `i` in row `r`: 1 − softmax(logits)[O]. */
function entityProbability(logits: Float32Array, width: number, labels: number, r: number, i: number): number {
  const row = logits.subarray((r * width + i) * labels, (r * width + i + 1) * labels);
  const max = Math.max(...row);
  let sum = 0;
  for (const v of row) sum += Math.exp(v - max);
  return 1 - Math.exp(row[0]! - max) / sum;
}

function scoreWords(window: HeldoutWindow, e: Encoding, p: (i: number) => number): WordScore[] {
  return wordStarts(e, window.text).map((i) => {
    const [s, end] = e.offsets[i]!;
    const entity = window.spans.findIndex((g) => g.start < end && s < g.end);
    const alnum = !PUNCT.test(window.text.slice(s, end));
    return entity >= 0 ? { p: p(i), gold: window.spans[entity]!.label, entity, alnum } : { p: p(i), alnum };
  });
}

/** Every window's scored words, in batches. */
export async function scoreWindows(t: Tagger, windows: readonly HeldoutWindow[], batch = 32): Promise<WordScore[][]> {
  const out: WordScore[][] = [];
  for (let b = 0; b < windows.length; b += batch) {
    const chunk = windows.slice(b, b + batch);
    const encodings = chunk.map((w) => t.tokenizer.encode(w.text, { maxLength: WINDOW_TOKENS }));
    const result = await t.session.run(feeds(t, encodings) as never);
    const logits = result['logits']!;
    const [, width = 0, labels = 0] = logits.dims;
    const data = logits.data as Float32Array;
    chunk.forEach((w, r) => out.push(scoreWords(w, encodings[r]!, (i) => entityProbability(data, width, labels, r, i))));
  }
  return out;
}

export interface Latency {
  min: number;
  p50: number;
  p99: number;
}

export interface CurvePoint {
  threshold: number;
  /** Words inside PER and ADDR entities found (letters/digits only), together and per label. */
  wordRecall: number;
  perWordRecall: number;
  addrWordRecall: number;
  /** Entities with at least one word found. */
  entityRecall: number;
  docRecall: number;
  docFpr: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);

/** The figures at one threshold. */
export function pointAt(threshold: number, windows: readonly HeldoutWindow[], scores: readonly WordScore[][]): CurvePoint {
  const words = { PER: [0, 0], ADDR: [0, 0] } as Record<EntityLabel, [number, number]>;
  let entities = 0;
  let entitiesFound = 0;
  const flagged = new Map<number, boolean>();
  const sensitive = new Map<number, boolean>();
  scores.forEach((ws, k) => {
    const w = windows[k]!;
    sensitive.set(w.doc, (sensitive.get(w.doc) ?? false) || w.spans.length > 0);
    flagged.set(w.doc, (flagged.get(w.doc) ?? false) || ws.some((s) => s.p >= threshold));
    for (const s of ws) if (s.gold && s.alnum) words[s.gold][s.p >= threshold ? 0 : 1]++;
    w.spans.forEach((_, e) => {
      entities++;
      if (ws.some((s) => s.entity === e && s.p >= threshold)) entitiesFound++;
    });
  });
  const docs = [...sensitive.keys()];
  const positives = docs.filter((d) => sensitive.get(d));
  const negatives = docs.filter((d) => !sensitive.get(d));
  const recall = ([hit, miss]: [number, number]) => ratio(hit, hit + miss);
  return {
    threshold,
    wordRecall: recall([words.PER[0] + words.ADDR[0], words.PER[1] + words.ADDR[1]]),
    perWordRecall: recall(words.PER),
    addrWordRecall: recall(words.ADDR),
    entityRecall: ratio(entitiesFound, entities),
    docRecall: ratio(positives.filter((d) => flagged.get(d)).length, positives.length),
    docFpr: ratio(negatives.filter((d) => flagged.get(d)).length, negatives.length),
  };
}

/** The curve over thresholds 0.01 … 0.99. */
export function curve(windows: readonly HeldoutWindow[], scores: readonly WordScore[][]): CurvePoint[] {
  return Array.from({ length: 99 }, (_, i) => pointAt((i + 1) / 100, windows, scores));
}

/** min / p50 / p99 in ms of one session run on a batch of two windows padded to WINDOW_TOKENS, after a warm-up
 *  (the minimum says what the machine can do when other jobs leave it alone). */
export async function windowLatency(t: Tagger, windows: readonly HeldoutWindow[], runs = 200): Promise<Latency> {
  const encodings = windows.slice(0, 2).map((w) => t.tokenizer.encode(w.text, { maxLength: WINDOW_TOKENS }));
  const batch = feeds(t, encodings, WINDOW_TOKENS) as never;
  for (let i = 0; i < 20; i++) await t.session.run(batch);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await t.session.run(batch);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 1000) / 1000;
  return { min: at(0), p50: at(0.5), p99: at(0.99) };
}
