// `openai-upstream` engine: forwards to an OpenAI-compatible server next to the node (vLLM, TGI, llama.cpp
// server, Ollama) — the usual GPU path. The node adds nothing to the request but the upstream's API key, the
// trace headers and the deadline; streams are passed through as they arrive.
//
//   const engine = createOpenAiUpstreamEngine({ baseUrl: 'http://127.0.0.1:8000/v1', timeoutMs: 30_000 });
//   await engine.start(); // lists the upstream's models unless `models` names them
//
// - `baseUrl` ends in the API version (`…/v1`): the engine calls `${baseUrl}/chat/completions`,
//   `${baseUrl}/embeddings` and `${baseUrl}/models`. Classify is not an OpenAI route: such requests get a 400.
// - `timeoutMs` bounds the wait for the upstream's answer: its headers, and for JSON the whole body. A stream
//   is bounded by the request's own signal (the node's deadline, the client going away) — that signal aborts
//   the upstream fetch at any point, which closes the connection, so the upstream stops generating.
// - Outcomes: 2xx → passed on (an SSE body piped as is, chunk by chunk); 4xx → passed on with its status, the
//   body in OpenAI's error shape (normalised if the server uses another); but 401/403/407 mean the node's own
//   credentials are wrong → EngineError 502 (the caller must not read them as its own auth failure);
//   408 / 504 / timeout → 504; 503 / unreachable → 503; other 5xx or a body that breaks off → 502.
// - HTTP client: node:http(s) over one keep-alive Agent per engine (upstream-http.ts says why not fetch or
//   undici); pooled connections save a TCP (and TLS) handshake per request. Every body is read to the end or
//   destroyed, so its connection goes back to the pool or is closed (which is what stops the upstream).
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { isTimeout } from '../../shared/protocol/http/abort.ts';
import { errors } from '../../shared/protocol/openai/errors.ts';
import { TASK_PATHS } from '../../shared/protocol/openai/routes.ts';
import { EngineError, TextAnswer, type Engine, type EngineAnswer, type EngineModel, type EngineRequest } from './engine.ts';
import { discard, readText, upstreamClient, type UpstreamClient } from './upstream-http.ts';

export interface OpenAiUpstreamOptions {
  /** The upstream's OpenAI base URL, including the version: `http://127.0.0.1:8000/v1`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` (vLLM `--api-key`, TGI/llama.cpp `--api-key`). */
  apiKey?: string;
  /** Wait for the upstream's answer (headers; whole body for JSON) before failing with 504. */
  timeoutMs: number;
  /** The models to serve; if absent, the upstream's `GET /models` at start(). */
  models?: string[];
  /** How long a readiness answer is reused, so /readyz polling does not hammer the upstream. Default 2000 ms. */
  readyCacheMs?: number;
  /** Most connections kept open to the upstream (default 256; above the node's admission limit). */
  maxConnections?: number;
}

/** Tasks an upstream model is assumed to answer (OpenAI's /models does not say). */
const UPSTREAM_TASKS = ['chat', 'embeddings'] as const;
/** Response headers worth passing on; the rest describe the upstream hop (length, encoding, connection). */
const PASS_HEADERS = ['content-type', 'cache-control', 'retry-after'];
const READY_PROBE_MAX_MS = 5000;

/** One engine's state: its settings, its connection pool, what it serves and its last readiness answer. */
interface Upstream {
  opts: OpenAiUpstreamOptions;
  /** The base URL without trailing slashes. */
  base: string;
  auth: Record<string, string>;
  readyCacheMs: number;
  client: UpstreamClient;
  models: readonly EngineModel[];
  readyAt: number;
  readyValue: boolean;
  /** The readiness probe in flight: concurrent /readyz polls share it. */
  probing: Promise<boolean> | undefined;
  closed: boolean;
}

/** One forwarded request: the engine's own deadline and the signal that aborts the upstream call. */
interface UpstreamCall {
  req: EngineRequest;
  deadline: AbortController;
  timer: ReturnType<typeof setTimeout>;
  /** Either the request's own signal (client gone, node deadline) or the engine's timeout. */
  signal: AbortSignal;
}

export function createOpenAiUpstreamEngine(opts: OpenAiUpstreamOptions): Engine {
  const up = upstream(opts);
  return {
    kind: 'openai-upstream',
    start: () => start(up),
    ready: () => ready(up),
    models: () => up.models,
    handle: (req) => handle(up, req),
    async close() {
      up.closed = true;
      up.client.close();
    },
  };
}

/** Checks the options; throws an Error an operator can act on. */
function upstream(opts: OpenAiUpstreamOptions): Upstream {
  const base = opts.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(base))
    throw new Error(`openai-upstream: baseUrl must be an http(s) URL such as http://127.0.0.1:8000/v1 (got '${opts.baseUrl}')`);
  if (!(opts.timeoutMs > 0))
    throw new Error(`openai-upstream: timeoutMs must be a positive number of milliseconds (got ${opts.timeoutMs})`);
  return {
    opts,
    base,
    auth: opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {},
    readyCacheMs: opts.readyCacheMs ?? 2000,
    client: upstreamClient(base, opts.maxConnections ?? 256),
    models: toModels(opts.models ?? []),
    readyAt: -Infinity,
    readyValue: false,
    probing: undefined,
    closed: false,
  };
}

function toModels(ids: readonly string[]): EngineModel[] {
  return ids.map((id) => ({ id, tasks: UPSTREAM_TASKS }));
}

function get(up: Upstream, path: string, signal: AbortSignal): Promise<IncomingMessage> {
  return up.client.exchange('GET', path, { accept: 'application/json', ...up.auth }, undefined, signal);
}

// ---- start and readiness -------------------------------------------------------------------------------------

async function start(up: Upstream): Promise<void> {
  if (up.opts.models) return; // named in the configuration: the node may start before its upstream
  let ids: string[];
  try {
    ids = await listModels(up, AbortSignal.timeout(up.opts.timeoutMs));
  } catch (err) {
    throw new Error(
      `openai-upstream: cannot list the models at ${up.base}/models (${describe(err)}). Start the upstream server first, or name its models in the engine configuration (models: [...]) so the node can start without it.`,
      { cause: err },
    );
  }
  if (ids.length === 0)
    throw new Error(`openai-upstream: ${up.base}/models lists no models; name them in the engine configuration (models: [...])`);
  up.models = toModels(ids);
  up.readyAt = performance.now();
  up.readyValue = true;
}

async function listModels(up: Upstream, signal: AbortSignal): Promise<string[]> {
  const res = await get(up, '/models', signal);
  const text = await readText(res);
  const status = res.statusCode ?? 0;
  if (status >= 300) throw new Error(`GET ${up.base}/models answered ${status}`);
  let ids: unknown;
  try {
    ids = (JSON.parse(text) as { data?: { id?: unknown }[] }).data?.map((m) => m.id);
  } catch {
    ids = undefined;
  }
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string'))
    throw new Error(`GET ${up.base}/models did not answer an OpenAI model list`);
  return ids;
}

async function ready(up: Upstream): Promise<boolean> {
  if (up.closed) return false;
  if (performance.now() - up.readyAt < up.readyCacheMs) return up.readyValue;
  // One probe at a time: concurrent /readyz polls share it.
  up.probing ??= probe(up).then((ok) => {
    up.readyAt = performance.now();
    up.readyValue = ok;
    up.probing = undefined;
    return ok;
  });
  return up.probing;
}

async function probe(up: Upstream): Promise<boolean> {
  try {
    const res = await get(up, '/models', AbortSignal.timeout(Math.min(up.opts.timeoutMs, READY_PROBE_MAX_MS)));
    await discard(res); // read to the end: the connection goes back to the pool
    const status = res.statusCode ?? 0;
    return status >= 200 && status < 300;
  } catch {
    return false;
  }
}

// ---- requests --------------------------------------------------------------------------------------------------

async function handle(up: Upstream, req: EngineRequest): Promise<EngineAnswer> {
  if (up.closed) throw new EngineError('the openai-upstream engine is shut down', 503);
  if (req.task === 'classify') {
    return errors
      .badRequest(
        'classify is not served by this node (its engine is an OpenAI-compatible server, which has no classify route)',
        'model',
        'unsupported_task',
      )
      .toResponse();
  }
  const call = startCall(up, req);
  try {
    let res: IncomingMessage;
    try {
      res = await send(up, call);
    } catch (err) {
      throw failure(up, call, err, 'connect');
    }
    return await answer(up, call, res);
  } finally {
    clearTimeout(call.timer);
  }
}

function startCall(up: Upstream, req: EngineRequest): UpstreamCall {
  const { timeoutMs } = up.opts;
  // One controller that follows the request's signal, rather than AbortSignal.any(): that costs more per
  // request on Node 20 (it shows in the profile), and the request's signal lives no longer than the request.
  const deadline = new AbortController();
  if (req.signal.aborted) deadline.abort(req.signal.reason);
  else req.signal.addEventListener('abort', () => deadline.abort(req.signal.reason), { once: true });
  const timer = setTimeout(
    () => deadline.abort(new DOMException(`the upstream did not answer within ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  return { req, deadline, timer, signal: deadline.signal };
}

/** The request as the upstream gets it: the client's body (chat's stream flags set for how it is served). */
function send(up: Upstream, { req, signal }: UpstreamCall): Promise<IncomingMessage> {
  const body: Record<string, unknown> = { ...req.body };
  if (req.task === 'chat') {
    if (req.stream) body.stream = true;
    else {
      delete body.stream;
      delete body.stream_options;
    }
  }
  const headers = {
    'content-type': 'application/json',
    accept: req.stream ? 'text/event-stream' : 'application/json',
    traceparent: req.traceparent,
    'x-request-id': req.requestId,
    ...up.auth,
  };
  return up.client.exchange('POST', TASK_PATHS[req.task], headers, JSON.stringify(body), signal);
}

/** The upstream's answer → the node's: a stream piped, JSON passed on, errors mapped (see the top of the file). */
async function answer(up: Upstream, call: UpstreamCall, res: IncomingMessage): Promise<EngineAnswer> {
  const s = res.statusCode ?? 0;
  const ok = s >= 200 && s < 300;
  const headers = passHeaders(res.headers);
  if (ok && (headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    // Piped, not buffered: each chunk goes on as the upstream sends it. The timeout stops here; the
    // request's signal still aborts the body (and so the upstream connection) until it ends, and a
    // reader that cancels destroys it.
    clearTimeout(call.timer);
    return new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, { status: s, headers });
  }
  let text: string;
  try {
    text = await readText(res);
  } catch (err) {
    throw failure(up, call, err, 'read');
  }
  if (ok) return new TextAnswer(s, headers, text);
  if (s === 401 || s === 403 || s === 407)
    throw new EngineError(`the upstream refused the node's credentials (${s}); check the engine's apiKey`, 502);
  if (s === 408 || s === 504) throw new EngineError(`the upstream timed out (${s})`, 504);
  if (s === 503) throw new EngineError('the upstream is unavailable (503)', 503);
  if (s >= 500) throw new EngineError(`the upstream failed (${s})`, 502);
  // A 4xx about the request (bad parameters, unknown model, context too long): the client's to see.
  headers.set('content-type', 'application/json');
  return new TextAnswer(s, headers, openAiErrorBody(text, s));
}

/** What a failed call throws: the request's own abort, our deadline (504), unreachable (503) or broken off (502). */
function failure(up: Upstream, { req, deadline }: UpstreamCall, err: unknown, phase: 'connect' | 'read'): unknown {
  if (req.signal.aborted)
    return isTimeout(req.signal) ? new EngineError('the request deadline passed while waiting for the upstream', 504) : req.signal.reason;
  if (deadline.signal.aborted) return new EngineError(`the upstream did not answer within ${up.opts.timeoutMs} ms`, 504);
  return phase === 'connect'
    ? new EngineError(`the upstream ${up.base} is unreachable (${describe(err)})`, 503)
    : new EngineError(`the upstream's response broke off (${describe(err)})`, 502);
}

function passHeaders(from: Record<string, string | string[] | undefined>): Headers {
  const h = new Headers();
  for (const k of PASS_HEADERS) {
    const v = from[k];
    if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  return h;
}

/** The upstream's 4xx body in OpenAI's error shape (vLLM already uses it; Ollama and TGI send `{"error":"…"}`). */
export function openAiErrorBody(text: string, status: number): string {
  let message: string | undefined;
  try {
    const j = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const e = j.error;
    if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') return text;
    message = typeof e === 'string' ? e : typeof j.message === 'string' ? j.message : typeof j.detail === 'string' ? j.detail : undefined;
  } catch {
    message = undefined;
  }
  const type = status === 404 ? 'not_found_error' : status === 429 ? 'rate_limit_error' : 'invalid_request_error';
  return JSON.stringify({ error: { message: message ?? `the upstream model server answered ${status}`, type, param: null, code: null } });
}

/** A short description of a request failure (Node's errors carry a `code`; fetch-style ones a `cause`). */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err).slice(0, 200);
  const own = (err as { code?: unknown }).code;
  const cause = err.cause as { code?: unknown; message?: unknown } | undefined;
  const detail =
    typeof own === 'string'
      ? own
      : typeof cause?.code === 'string'
        ? cause.code
        : typeof cause?.message === 'string'
          ? cause.message
          : undefined;
  return (detail ? `${err.message}: ${detail}` : `${err.name}: ${err.message}`).slice(0, 200);
}
