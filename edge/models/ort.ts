// onnxruntime-web inside workerd — the one place that knows how ORT's WebAssembly gets instantiated.
//
// Why this is needed: workerd refuses to compile WebAssembly from bytes at run time (no
// `WebAssembly.compile`/`instantiate(bytes)` in a request), but wrangler turns
// `import m from '….wasm'` into a WebAssembly.Module precompiled at upload. ORT has no public hook that
// accepts a Module, so while ORT initialises its runtime (on the first session) we:
//   1. hand ORT a placeholder `wasmBinary` (a valid 8-byte wasm header) so it neither fetches nor compiles,
//   2. wrap WebAssembly.instantiate: called with exactly that placeholder, it instantiates the precompiled
//      Module instead and returns the { instance, module } pair Emscripten expects,
//   3. restore the original WebAssembly.instantiate as soon as the first session exists.
// Single thread (Workers have no threads) and no proxy worker. Do NOT enable nodejs_compat for this Worker:
// ORT would take its Node code path and fail.
// workerd has no WebGPU, so the WASM build (ort.wasm.bundle) is the one imported: 14 MB raw, ~3.7 MB gzip.
import * as ort from 'onnxruntime-web/wasm';
import wasmModule from 'onnxruntime-web/ort-wasm-simd-threaded.wasm';
import type { OrtLike, OrtSessionLike } from '../../shared/models/runner.ts';

const PLACEHOLDER = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]); // "\0asm" version 1

function isPlaceholder(src: unknown): boolean {
  if (!(src instanceof ArrayBuffer) && !ArrayBuffer.isView(src)) return false;
  const u8 = src instanceof ArrayBuffer ? new Uint8Array(src) : new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  return u8.length === PLACEHOLDER.length && u8.every((v, i) => v === PLACEHOLDER[i]);
}

const OPTIONS: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };

/** Settles when ORT's runtime is initialised (by the first session). Reset if that failed, to retry. */
let runtimeReady: Promise<unknown> | undefined;

async function createFirst(model: Uint8Array): Promise<ort.InferenceSession> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmBinary = PLACEHOLDER;
  ort.env.logLevel = 'error';
  const original = WebAssembly.instantiate;
  // The wrapper's parameters mirror WebAssembly.instantiate's overloads (bytes or Module); `source` is
  // `unknown` and passed through untouched when it is not the placeholder.
  WebAssembly.instantiate = ((source: unknown, imports?: WebAssembly.Imports) =>
    isPlaceholder(source)
      ? original(wasmModule, imports).then((instance) => ({ instance, module: wasmModule }))
      : original(source as WebAssembly.Module, imports)) as typeof WebAssembly.instantiate;
  try {
    return await ort.InferenceSession.create(model, OPTIONS);
  } finally {
    WebAssembly.instantiate = original;
  }
}

/** Creates an InferenceSession in workerd (the first call also initialises ORT's WASM runtime). */
export function createSession(model: Uint8Array): Promise<ort.InferenceSession> {
  if (!runtimeReady) {
    const first = createFirst(model);
    runtimeReady = first.catch(() => {
      runtimeReady = undefined;
    });
    return first;
  }
  return runtimeReady.then(() => (runtimeReady ? ort.InferenceSession.create(model, OPTIONS) : createSession(model)));
}

/** ORT for the shared model runner (shared/models/runner.ts): same Tensor, session creation as above. */
export const edgeOrt: OrtLike = {
  InferenceSession: { create: (model: Uint8Array): Promise<OrtSessionLike> => createSession(model) },
  Tensor: ort.Tensor,
};

export { ort };
