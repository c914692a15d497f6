// Generation with the KV cache versus without, on the bench llama (model-folders.ts: hidden 128, 2 layers,
// max_position 1024, no stop token, greedy): the cost of each generated token as the sequence grows. With the
// cache each step feeds one token and the past; without it (`useCache: false`) each step feeds the whole
// sequence again, so its cost grows with the length. A token's cost is the time from one `session.run` start
// to the next (timedOrt): the forward pass and everything the loop does around it. Token 1's step also reads
// the prompt; the buckets report medians, which a single step does not move.
import { performance } from 'node:perf_hooks';
import { createDecoderModel, type DecoderModel } from '../../shared/models/hf/decoder.ts';
import { loadHfFolder, type HfFolder } from '../../shared/models/hf/folder.ts';
import { benchLlama } from './model-folders.ts';
import { timedOrt, type Runtime } from './model-runtimes.ts';
import { interleaved, progress, summarize, type Summary } from './stats.ts';

export const KV_PROMPT = 'Tell me about the weather';
/** Generated-token ranges, 1-based and inclusive. */
const BUCKETS: readonly (readonly [number, number])[] = [
  [1, 16],
  [17, 64],
  [65, 128],
  [129, 256],
  [257, 512],
  [513, 1000],
];

export interface KvBucket {
  from: number;
  to: number;
  cached: Summary;
  uncached: Summary;
}

export interface KvResult {
  runtime: Runtime['name'];
  promptTokens: number;
  maxTokens: number;
  rounds: number;
  buckets: KvBucket[];
}

/** A decoder whose session notes each run's start in `runStarts`. */
interface TimedDecoder {
  model: DecoderModel;
  runStarts: number[];
}

async function timedDecoder(runtime: Runtime, folder: HfFolder, useCache: boolean): Promise<TimedDecoder> {
  const runStarts: number[] = [];
  const model = await createDecoderModel(timedOrt(runtime.ort, runStarts), folder, { sessionOptions: runtime.sessionOptions, useCache });
  return { model, runStarts };
}

/** One generation of `maxTokens`: each token's cost in ms, index 0 = token 1. */
async function tokenCosts({ model, runStarts }: TimedDecoder, maxTokens: number): Promise<number[]> {
  runStarts.length = 0;
  const generation = model.generate(KV_PROMPT, { maxTokens, temperature: 0 });
  for await (const piece of generation) void piece;
  const end = performance.now();
  if (generation.completionTokens !== maxTokens)
    throw new Error(`generation stopped after ${generation.completionTokens} of ${maxTokens} tokens (${generation.finishReason})`);
  return runStarts.map((start, i) => (runStarts[i + 1] ?? end) - start);
}

/** Every round's costs for tokens from..to, together. */
function bucketOf(rounds: number[][], from: number, to: number): Summary {
  return summarize(rounds.flatMap((costs) => costs.slice(from - 1, to)));
}

export async function kvCache(runtime: Runtime, maxTokens: number, rounds: number): Promise<KvResult> {
  const { source, checksums } = await benchLlama();
  const folder = await loadHfFolder(source, { checksums });
  const cached = await timedDecoder(runtime, folder, true);
  const uncached = await timedDecoder(runtime, folder, false);
  if (!cached.model.cached || uncached.model.cached) throw new Error('bench llama: the cache switch did not take');
  await tokenCosts(cached, 16);
  await tokenCosts(uncached, 16);
  progress(`models: KV cache on ${runtime.name}, ${rounds} rounds of ${maxTokens} tokens with and without the cache`);
  const t = await interleaved(rounds, {
    cached: () => tokenCosts(cached, maxTokens),
    uncached: () => tokenCosts(uncached, maxTokens),
  });
  const buckets = BUCKETS.filter(([from]) => from <= maxTokens).map(([from, to]) => {
    const last = Math.min(to, maxTokens);
    return { from, to: last, cached: bucketOf(t.cached, from, last), uncached: bucketOf(t.uncached, from, last) };
  });
  return { runtime: runtime.name, promptTokens: cached.model.promptIds(KV_PROMPT).length, maxTokens, rounds, buckets };
}
