// `onnx` engine: models on onnxruntime-node — CPU by default, the CUDA execution provider when configured and
// installed. The OpenAI serving is the code the edge and the cloud's local endpoint use too
// (shared/models/openai-serving.ts); this file loads the models and maps errors.
//
//   const engine = createOnnxEngine({ modelsDir: 'shared/models/dist', executionProvider: 'cpu',
//                                     folders: [{ id: 'triage-small', location: '/srv/models/SmolLM2-135M-Instruct', variant: 'q8' }] });
//   await engine.start(); // verifies every file's sha256, creates every session
//
// Models: the built-in demo models (`modelsDir/manifest.json`: chat → `triage-small[-int8]`, embeddings →
// `triage-embed[-int8]`, classify → `triage-classifier[-int8]`; the generative ids also answer embeddings and
// classify with their family's model, because the gateway sends its alias for all three tasks), and the
// Hugging Face folders of `folders` — a folder under a built-in id replaces that model (shared/models/served.ts).
// An unknown model → 404, a model of another task → 400 (OpenAI shape); inputs the models cannot take → 400.
// CUDA: sessions are created with `executionProviders: [{ name: 'cuda', deviceId }, 'cpu']` (CPU takes the
// operators CUDA lacks). The CUDA provider libraries are not in the npm package: install onnxruntime-node with
// `--onnxruntime-node-install=cuda12` on a host with CUDA 12 + cuDNN 9. Without them start() fails and says so.
// Aborting the request's signal stops generation before the next token; cancelling a stream's body does too.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as ort from 'onnxruntime-node';
import { demoModels } from '../../shared/models/demo.ts';
import type { FolderSetting } from '../../shared/models/folder-setting.ts';
import { directorySource } from '../../shared/models/hf/folder.ts';
import { loadFolderModel } from '../../shared/models/hf/served.ts';
import type { Manifest, ModelEntry } from '../../shared/models/manifest.ts';
import { serve } from '../../shared/models/openai-serving.ts';
import { createRunner, RunnerError, type OrtLike, type OrtSessionLike, type OrtSessionOptions } from '../../shared/models/runner.ts';
import { createRegistry, ServingInputError, type ModelRegistry, type RegisteredModel } from '../../shared/models/served.ts';
import { errors } from '../../shared/protocol/openai/errors.ts';
import { EngineError, type Engine, type EngineModel, type EngineRequest } from './engine.ts';

export interface OnnxEngineOptions {
  /** Folder with `manifest.json` and the `.onnx` files it names (the demo models `npm run build:models` writes). */
  modelsDir: string;
  /** Hugging Face model folders (local directories), each under the id clients use. */
  folders?: readonly FolderSetting[];
  executionProvider: 'cpu' | 'cuda';
  /** The GPU the CUDA provider uses. Default 0. */
  cudaDeviceId?: number;
  /** Threads per operator (ORT's intra-op pool). Default: ORT's choice (the number of cores). */
  intraOpNumThreads?: number;
}

/** The part of onnxruntime-node the engine uses (tests hand in a wrapper that observes the sessions). */
export interface OnnxRuntime extends OrtLike {
  InferenceSession: { create(model: Uint8Array, options?: OrtSessionOptions): Promise<OrtSessionLike & { release?(): Promise<void> }> };
  listSupportedBackends(): readonly { name: string }[];
}

/** Upper bound of max_tokens on the node (twice the edge's: the node has the compute). */
const MAX_TOKENS_LIMIT = 512;
const CUDA_HELP =
  'The CUDA execution provider is not part of the npm package: on a host with an NVIDIA GPU, CUDA 12 and cuDNN 9, reinstall with ' +
  '`ONNXRUNTIME_NODE_INSTALL=cuda12 npm ci` after allowing its install script (package.json allowScripts: "onnxruntime-node": true), ' +
  "check the GPU is visible (nvidia-smi; cudaDeviceId), or set executionProvider: 'cpu'.";

/** The onnx engine answers with Web Responses only (it produces its bodies itself). */
export type OnnxEngine = Omit<Engine, 'handle'> & { handle(req: EngineRequest): Promise<Response> };

export function sessionOptions(opts: OnnxEngineOptions): OrtSessionOptions {
  return {
    executionProviders: opts.executionProvider === 'cuda' ? [{ name: 'cuda', deviceId: opts.cudaDeviceId ?? 0 }, 'cpu'] : ['cpu'],
    graphOptimizationLevel: 'all',
    ...(opts.intraOpNumThreads !== undefined ? { intraOpNumThreads: opts.intraOpNumThreads } : {}),
  };
}

/** One engine's state: its settings, the sessions it created, and the models once loaded. */
interface OnnxState {
  opts: OnnxEngineOptions;
  runtime: OnnxRuntime;
  /** The models folder, resolved. */
  dir: string;
  /** The execution provider as the messages name it. */
  ep: string;
  loaded: { registry: ModelRegistry; models: EngineModel[] } | undefined;
  starting: Promise<void> | undefined;
  closed: boolean;
  /** Every session the runner created, to be released by close(). */
  sessions: { release?(): Promise<void> }[];
}

export function createOnnxEngine(opts: OnnxEngineOptions, runtime: OnnxRuntime = ort): OnnxEngine {
  checkOptions(opts);
  const state: OnnxState = {
    opts,
    runtime,
    dir: resolve(opts.modelsDir),
    ep: opts.executionProvider === 'cuda' ? `cuda (device ${opts.cudaDeviceId ?? 0})` : 'cpu',
    loaded: undefined,
    starting: undefined,
    closed: false,
    sessions: [],
  };
  return {
    kind: 'onnx',
    start: () => start(state),
    ready: async () => state.loaded !== undefined && !state.closed,
    models: () => state.loaded?.models ?? [],
    handle: (req) => handle(state, req),
    // Call after in-flight requests have drained (the service does): released sessions cannot run.
    async close() {
      state.closed = true;
      state.loaded = undefined;
      await state.starting?.catch(() => {});
      await releaseAll(state);
    },
  };
}

function checkOptions(opts: OnnxEngineOptions): void {
  if (opts.executionProvider !== 'cpu' && opts.executionProvider !== 'cuda')
    throw new Error(`onnx engine: executionProvider must be 'cpu' or 'cuda' (got '${String(opts.executionProvider)}')`);
  if (opts.cudaDeviceId !== undefined && !(Number.isInteger(opts.cudaDeviceId) && opts.cudaDeviceId >= 0))
    throw new Error(`onnx engine: cudaDeviceId must be a GPU index (0, 1, …), got ${opts.cudaDeviceId}`);
  if (opts.intraOpNumThreads !== undefined && !(Number.isInteger(opts.intraOpNumThreads) && opts.intraOpNumThreads >= 1))
    throw new Error(`onnx engine: intraOpNumThreads must be a positive integer, got ${opts.intraOpNumThreads}`);
}

function start(state: OnnxState): Promise<void> {
  if (state.closed) return Promise.reject(new Error('onnx engine: closed'));
  state.starting ??= load(state).catch(async (err: unknown) => {
    state.starting = undefined; // a later start() may retry (e.g. after the files were fixed)
    await releaseAll(state);
    throw err;
  });
  return state.starting;
}

/** The runtime as the runner sees it, keeping every session it creates (for close()). */
function trackingRuntime(state: OnnxState): OrtLike {
  const { runtime } = state;
  return {
    InferenceSession: {
      create: async (bytes, o) => {
        const s = await runtime.InferenceSession.create(bytes, o);
        state.sessions.push(s);
        return s;
      },
    },
    Tensor: runtime.Tensor,
  };
}

/** Reads the manifest and creates every session; throws an Error an operator can act on. */
async function load(state: OnnxState): Promise<void> {
  const { opts, runtime, dir } = state;
  if (opts.executionProvider === 'cuda' && !runtime.listSupportedBackends().some((b) => b.name === 'cuda')) {
    throw new Error(
      `onnx engine: executionProvider 'cuda' requested, but this onnxruntime-node build for ${process.platform}-${process.arch} has no CUDA provider (it has: ${runtime
        .listSupportedBackends()
        .map((b) => b.name)
        .join(', ')}). CUDA builds exist for linux-x64. ${CUDA_HELP}`,
    );
  }
  const manifest = await readManifest(dir);
  const runner = createRunner(trackingRuntime(state), manifest, (file, entry) => readVerified(dir, file, entry), {
    sessionOptions: sessionOptions(opts),
  });
  const builtIn = demoModels(runner, `built-in demo (${dir})`);
  const configured: RegisteredModel[] = [];
  for (const folder of opts.folders ?? []) configured.push({ model: await loadModel(opts, () => openFolder(state, folder), folder.id) });
  const registry = createRegistry(builtIn, configured);
  // Only the demo models still in the registry are loaded: a folder under a built-in id replaced its model.
  for (const model of registry.models) await loadModel(opts, () => model.load(), model.id);
  state.loaded = { registry, models: registry.models.map((m) => ({ id: m.id, tasks: registry.tasksOf(m.id), info: m.info })) };
}

function openFolder(state: OnnxState, { location, ...folder }: FolderSetting) {
  const spec = { ...folder, source: directorySource(location, readFile) };
  return loadFolderModel(trackingRuntime(state), spec, { sessionOptions: sessionOptions(state.opts) });
}

/** Runs one model's load; a failure becomes an Error naming the model that an operator can act on. */
async function loadModel<T>(opts: OnnxEngineOptions, load: () => Promise<T>, id: string): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    // load_failed = InferenceSession.create failed; with CUDA configured that is (nearly always) the provider.
    if (opts.executionProvider === 'cuda' && err instanceof RunnerError && err.code === 'load_failed')
      throw new Error(`onnx engine: the CUDA execution provider could not be started for '${id}' (${msg}). ${CUDA_HELP}`, { cause: err });
    throw new Error(`onnx engine: model '${id}': ${msg}`, { cause: err });
  }
}

async function releaseAll(state: OnnxState): Promise<void> {
  const all = state.sessions.splice(0);
  await Promise.all(all.map((s) => s.release?.().catch(() => {})));
}

async function handle(state: OnnxState, req: EngineRequest): Promise<Response> {
  const { loaded, closed, opts, ep } = state;
  if (!loaded || closed)
    throw new EngineError(closed ? 'the onnx engine is shut down' : 'the onnx engine has not loaded its models yet', 503);
  const { registry } = loaded;
  const id = req.body.model;
  const model = registry.resolve(req.task, id);
  if (!model) {
    const known = registry.has(id);
    // The model id is the client's text: named by parameter, never quoted.
    const error = known
      ? errors.badRequest(`The requested model does not serve ${req.task}.`, 'model', 'model_not_supported')
      : errors.notFound('The requested model does not exist on this node. GET /v1/models lists them.', 'model_not_found', 'model');
    return error.toResponse();
  }
  try {
    return await serve(model, req.task, req.body, req.stream, {
      requestId: req.requestId,
      signal: req.signal,
      tier: `triage-onprem-${opts.executionProvider}`,
      maxTokensLimit: MAX_TOKENS_LIMIT,
      streamError: (err) => toEngineError(err, req.signal, ep),
    });
  } catch (err) {
    if (err instanceof ServingInputError) return err.toResponse();
    throw toEngineError(err, req.signal, ep);
  }
}

/**
 * A failure while serving → EngineError; a request aborted by the client is rethrown with the signal's reason,
 * a deadline becomes a 504.
 */
function toEngineError(err: unknown, signal: AbortSignal, ep: string): unknown {
  if (err instanceof EngineError) return err;
  if (signal.aborted) {
    const r: unknown = signal.reason;
    const timeout = typeof r === 'object' && r !== null && (r as { name?: unknown }).name === 'TimeoutError';
    return timeout ? new EngineError('the request deadline passed during inference', 504) : r;
  }
  if (err instanceof RunnerError)
    return new EngineError(`onnx engine (${ep}): ${err.message}`, err.code === 'load_failed' || err.code === 'unknown_model' ? 503 : 502);
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new EngineError(`onnx engine (${ep}): inference failed (${what.slice(0, 200)})`, 502);
}

async function readManifest(dir: string): Promise<Manifest> {
  const file = join(dir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new Error(
      `onnx engine: cannot read ${file} (${String(code ?? err)}). Point modelsDir at a folder with manifest.json and the .onnx files it names — \`npm run build:models\` writes one to shared/models/dist.`,
      { cause: err },
    );
  }
  let m: Partial<Manifest>;
  try {
    m = JSON.parse(text) as Partial<Manifest>;
  } catch {
    throw new Error(`onnx engine: ${file} is not JSON`);
  }
  if (m.format !== 1 || !Array.isArray(m.models) || m.models.length === 0)
    throw new Error(`onnx engine: ${file} is not a Triage model manifest (format 1 with a non-empty "models" list)`);
  return m as Manifest;
}

/** The model file, checked against the manifest's sha256 (a truncated or swapped file fails at start). */
async function readVerified(dir: string, file: string, entry: ModelEntry): Promise<Uint8Array> {
  const path = join(dir, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new Error(`cannot read model file ${path} for '${entry.id}' (${String((err as { code?: unknown }).code ?? err)})`, {
      cause: err,
    });
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== entry.sha256)
    throw new Error(`model file ${path} does not match the manifest's sha256 for '${entry.id}' (rebuild or re-copy the models)`);
  return bytes;
}
