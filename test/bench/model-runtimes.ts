// What the model benchmarks share: the two ONNX Runtimes the tiers use, each on one thread (the Worker's
// onnxruntime-web has one; onnxruntime-node gets `intraOpNumThreads: 1` so the two compare like for like on
// a shared 2-core machine), a wrapper that notes when each `session.run` starts (per-token times of a
// generation loop), an async sampler, memory snapshots and raw/gzip sizes.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import type { OrtLike, OrtSessionLike, OrtSessionOptions } from '../../shared/models/runner.ts';
import { summarize, type Summary } from './stats.ts';

ortWeb.env.wasm.numThreads = 1;

/** An ORT session as the hf encoder and decoder use it: it names its inputs. */
export interface NamedSession extends OrtSessionLike {
  readonly inputNames: readonly string[];
}

/** The ORT module slice the bench uses: OrtLike whose sessions name their inputs (both ORT packages are). */
export interface BenchOrt extends OrtLike {
  InferenceSession: { create(model: Uint8Array, options?: OrtSessionOptions): Promise<NamedSession> };
}

export interface Runtime {
  name: 'ort-node' | 'ort-web';
  ort: BenchOrt;
  sessionOptions: OrtSessionOptions;
}

export const ORT_NODE: Runtime = { name: 'ort-node', ort: ortNode, sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } };
export const ORT_WEB: Runtime = { name: 'ort-web', ort: ortWeb, sessionOptions: { executionProviders: ['wasm'] } };
export const RUNTIMES: readonly Runtime[] = [ORT_NODE, ORT_WEB];

/**
 * `ort` whose sessions push `performance.now()` into `runStarts` as each run begins: the gap between two
 * starts is one whole step of a generation loop (the forward pass, sampling, decoding, feeding the cache).
 */
export function timedOrt(ort: BenchOrt, runStarts: number[]): BenchOrt {
  return {
    Tensor: ort.Tensor,
    InferenceSession: {
      create: async (model, options) => {
        const session = await ort.InferenceSession.create(model, options);
        return {
          inputNames: session.inputNames,
          run: (feeds) => {
            runStarts.push(performance.now());
            return session.run(feeds);
          },
        };
      },
    },
  };
}

/** Times `n` sequential calls (ms) after `warmup` untimed ones. */
export async function sampleAsync(fn: () => Promise<unknown>, n: number, warmup = Math.min(n, 20)): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}

/** ms one call takes. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/**
 * Peak resident set size growth over a phase: RSS is read before, then after every `poll()` the phase makes
 * (e.g. after each request); `peakDeltaMb` is the highest reading minus the first. ORT-node's native
 * allocations and ORT-web's WASM heap both land in RSS; the WASM heap only grows, so a later model on the same
 * runtime shows what it added beyond what earlier ones already grew.
 */
export function rssWatch(): { poll(): void; peakDeltaMb(): number } {
  const start = process.memoryUsage.rss();
  let peak = start;
  return {
    poll: () => void (peak = Math.max(peak, process.memoryUsage.rss())),
    peakDeltaMb: () => (Math.max(peak, process.memoryUsage.rss()) - start) / 2 ** 20,
  };
}

/** Raw and gzip (node:zlib, default level) sizes in KB. */
export function sizesKb(bytes: Uint8Array): { raw: number; gzip: number } {
  return { raw: bytes.length / 1024, gzip: gzipSync(bytes).length / 1024 };
}
