// The next token of a causal LM from its logits, as transformers' `generate` chooses it: the repetition
// penalty first (every token of the prompt and of the output so far, once each), then — when sampling —
// temperature, top-k and top-p in that order, then a draw from the softmax of what is left with a seeded
// generator (`mulberry32`, the same numbers in workerd and Node); greedy decoding takes the argmax of the
// penalized logits. Pure; one row of logits over the vocabulary as a Float32Array.
//
//   const rand = mulberry32(seed);
//   const id = nextToken(logits, seen, { doSample: true, temperature: 0.7, topK: 50, topP: 0.9, repetitionPenalty: 1.1 }, rand);

export interface SamplingParams {
  /** false: greedy (the argmax of the penalized logits); temperature, top-k and top-p then play no part. */
  doSample: boolean;
  /** > 0; the logits are divided by it before the softmax. */
  temperature: number;
  /** Keep only the k highest logits (and any tied with the k-th); 0 = off. */
  topK: number;
  /** Keep the most likely tokens whose probabilities add up to top_p; 1 = off. */
  topP: number;
  /** > 0; 1 = off. A seen token's logit is divided by it when positive, multiplied when negative. */
  repetitionPenalty: number;
}

/** The tokens a sample is drawn from, most likely first, with their probabilities (summing to 1). */
export interface Candidates {
  ids: number[];
  probs: number[];
}

/** transformers' RepetitionPenaltyLogitsProcessor, in place: each seen token once, whatever its count. */
export function applyRepetitionPenalty(logits: Float32Array, seen: Iterable<number>, penalty: number): void {
  if (penalty === 1) return;
  for (const id of new Set(seen)) {
    const logit = logits[id];
    if (logit === undefined) continue;
    logits[id] = logit < 0 ? logit * penalty : logit / penalty;
  }
}

/** The highest logit's token; the lowest id among equals (as torch.argmax answers). */
export function argmax(logits: Float32Array): number {
  let best = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i]! > logits[best]!) best = i;
  return best;
}

/** Temperature, top-k and top-p over one row of logits: what a sample may be drawn from, and how likely each is. */
export function warp(logits: Float32Array, params: Pick<SamplingParams, 'temperature' | 'topK' | 'topP'>): Candidates {
  // Dividing by a positive temperature keeps the order, so top-k can choose on the raw logits.
  const ids = highest(logits, params.topK);
  const probs = softmax(ids.map((id) => logits[id]! / params.temperature));
  const kept = nucleusSize(probs, params.topP);
  const mass = probs.slice(0, kept).reduce((sum, p) => sum + p, 0);
  return { ids: ids.slice(0, kept), probs: probs.slice(0, kept).map((p) => p / mass) };
}

/** One draw from the candidates with `rand()` in [0, 1). */
export function draw(candidates: Candidates, rand: () => number): number {
  let r = rand();
  for (let i = 0; i < candidates.ids.length; i++) {
    r -= candidates.probs[i]!;
    if (r < 0) return candidates.ids[i]!;
  }
  // Rounding can leave r a hair above 0 after the last candidate: it is the last one.
  return candidates.ids[candidates.ids.length - 1]!;
}

/** The next token: the repetition penalty applied to `logits` (in place), then argmax or a seeded draw. */
export function nextToken(logits: Float32Array, seen: Iterable<number>, params: SamplingParams, rand: () => number): number {
  applyRepetitionPenalty(logits, seen, params.repetitionPenalty);
  return params.doSample ? draw(warp(logits, params), rand) : argmax(logits);
}

/** Token ids by logit, highest first (ties: lower id first); with k > 0 only those at or above the k-th logit. */
function highest(logits: Float32Array, k: number): number[] {
  const byLogit = (a: number, b: number) => logits[b]! - logits[a]! || a - b;
  const ids: number[] = [];
  if (k > 0 && k < logits.length) {
    const threshold = kthLargest(logits, k);
    for (let i = 0; i < logits.length; i++) if (logits[i]! >= threshold) ids.push(i);
  } else {
    for (let i = 0; i < logits.length; i++) if (!Number.isNaN(logits[i])) ids.push(i);
  }
  return ids.sort(byLogit);
}

/** The k-th largest logit, in one pass with a sorted buffer of k (k is small next to the vocabulary). */
function kthLargest(logits: Float32Array, k: number): number {
  const top: number[] = [];
  for (const value of logits) {
    if (Number.isNaN(value) || (top.length === k && value <= top[k - 1]!)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]! < value) at--;
    top.splice(at, 0, value);
    if (top.length > k) top.pop();
  }
  return top[top.length - 1] ?? -Infinity;
}

/** Softmax of values sorted highest first (so the first is the maximum). */
function softmax(values: readonly number[]): number[] {
  const max = values[0] ?? 0;
  const exps = values.map((v) => Math.exp(v - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

/**
 * How many of the (descending) probabilities top-p keeps, as transformers' TopPLogitsWarper decides: walking
 * up from the least likely, a token goes while it and all less likely ones hold at most 1 - top_p of the
 * mass; at least one token stays.
 */
function nucleusSize(probs: readonly number[], topP: number): number {
  if (topP >= 1) return probs.length;
  let kept = probs.length;
  let tail = 0;
  while (kept > 1) {
    tail += probs[kept - 1]!;
    if (tail > 1 - topP) break;
    kept--;
  }
  return kept;
}
