// The on-prem node's HTTP API: the OpenAI routes the edge calls (and internal clients), served by one
// engine behind admission control. Read top to bottom, this is a request's way through:
//
//   context       request id, trace span, the request's state (→ audit line + metrics when it is answered)
//   draining?     during a graceful shutdown new API requests get 503 at once
//   authenticate  mTLS client certificate (if configured); signature or internal API key; body read   401 413
//   parse         Content-Type, UTF-8, JSON, request schema (shared/protocol/http/body.ts)              415 400
//   model         the engine serves it (404) and serves this task (400)
//   inspect       the node's own PII scan (names only) next to the edge's x-triage-pii, for the audit
//   admission     a slot on the engine, or the queue, or 429 / 503                         429 503
//   engine        engine.handle() with a signal that fires if the client leaves, the request's time is up
//                 or the node stops; the answer is passed on as it arrives (SSE event by event; a stream
//                 that breaks off ends with an OpenAI error event, never with a cut or a silent close)
//
// /healthz, /readyz and /metrics need no credentials and carry no request content.
import { Hono, type Handler } from 'hono';
import type { Engine } from '../engines/engine.ts';
import { EngineError } from '../engines/engine.ts';
import { isJsonContentType, parseRequestBody } from '../../shared/protocol/http/body.ts';
import { inspectRequest } from '../../shared/core/inspect/index.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import { API_ROUTES } from '../../shared/protocol/openai/routes.ts';
import type { Task } from '../../shared/protocol/openai/schema.ts';
import { guardOpenAiStream, type SseEvent } from '../../shared/protocol/openai/sse.ts';
import type { NonceCache } from '../../shared/protocol/signing/index.ts';
import {
  childSpan,
  formatLog,
  formatTraceparent,
  newTrace,
  parseTraceparent,
  PROMETHEUS_CONTENT_TYPE,
  requestIdFrom,
} from '../../shared/protocol/telemetry/index.ts';
import { AdmissionRejected, type Admission } from '../admission.ts';
import type { AuditLog, AuditRecord } from '../audit.ts';
import { authenticate } from '../auth/index.ts';
import type { OnpremConfig } from '../config.ts';
import type { Metrics } from '../metrics.ts';
import type { OnpremContext, OnpremEnv, RequestState } from './context.ts';
import { headerLabel, piiHeader, timeoutHeader, TRIAGE_HEADERS, unscannedHeader } from './headers.ts';

/** The edge's API routes (shared/protocol/openai/routes.ts), and the node's probes and metrics. */
export const ROUTES = { ...API_ROUTES, healthz: '/healthz', readyz: '/readyz', metrics: '/metrics' } as const;

const KNOWN_ROUTES = new Set<string>(Object.values(ROUTES));
/** Probes and scrapes are counted but not audited: they are not API requests. */
const UNAUDITED = new Set<string>([ROUTES.healthz, ROUTES.readyz, ROUTES.metrics]);

export interface AppOptions {
  engine: Engine;
  config: Pick<OnpremConfig, 'signingKeys' | 'apiKeys' | 'signatureWindowSeconds' | 'maxBodyBytes' | 'requestTimeoutMs' | 'tls'>;
  admission: Admission;
  metrics: Metrics;
  audit: AuditLog;
  nonces: NonceCache;
  /** Operational log lines (JSON), e.g. unexpected errors. */
  log: (line: string) => void;
}

/** The client went away; nobody reads the answer, the audit line says 499. */
class ClientGone extends Error {
  constructor() {
    super('client closed the request');
    this.name = 'ClientGone';
  }
}

type StopCause = 'client' | 'timeout' | 'shutdown';

export function createApp(options: AppOptions): Hono<OnpremEnv> {
  const { engine, config, admission, metrics, audit, nonces, log } = options;
  const app = new Hono<OnpremEnv>();

  // ---- context: one state per request, finished into an audit line and metrics ----------------------------
  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(c.req.header('x-request-id'));
    const span = childSpan(parseTraceparent(c.req.header('traceparent')) ?? newTrace());
    const route = KNOWN_ROUTES.has(c.req.path) ? c.req.path : 'other';
    let finished = false;
    const state: RequestState = {
      requestId,
      traceId: span.traceId,
      engineTraceparent: formatTraceparent(childSpan(span)),
      method: c.req.method,
      route,
      started,
      deferred: false,
      finish(status) {
        if (finished) return;
        finished = true;
        const totalMs = performance.now() - started;
        metrics.requests.inc({ route, status: String(status) });
        metrics.duration.observe({ route }, totalMs / 1000);
        const t = state.tokens;
        if (t?.prompt !== undefined) metrics.tokens.inc({ kind: 'prompt' }, t.prompt);
        if (t?.completion !== undefined) {
          metrics.tokens.inc({ kind: 'completion' }, t.completion);
          if (state.engineMs && state.engineMs > 0 && t.completion > 0)
            metrics.tokensPerSecond.observe(undefined, t.completion / (state.engineMs / 1000));
        }
        if (!UNAUDITED.has(route)) audit.record(auditRecord(state, status, totalMs));
      },
    };
    c.set('state', state);
    await next();
    c.header('x-request-id', requestId);
    if (!state.deferred) state.finish(c.res.status);
  });

  app.onError((err, c) => {
    const state = c.get('state');
    if (err instanceof ClientGone || (c.req.raw.signal.aborted && !(err instanceof ApiError))) {
      state.errorCode = 'client_closed';
      state.finish(499);
      return new Response(null, { status: 499 });
    }
    const e = toApiError(err);
    if (e.status === 500 && !(err instanceof ApiError)) {
      // The message of an unexpected error could quote input; only its name is logged.
      log(
        formatLog({
          ts: new Date().toISOString(),
          level: 'error',
          msg: 'unexpected error',
          request_id: state.requestId,
          error: err instanceof Error ? err.name : typeof err,
        }),
      );
    }
    state.errorCode = e.code ?? undefined;
    return e.toResponse();
  });

  app.notFound(() => {
    throw errors.notFound('Unknown route.', 'unknown_route');
  });

  // ---- probes and metrics (no credentials) ----------------------------------------------------------------
  app.get(ROUTES.healthz, (c) => c.json({ status: 'ok' }));
  app.get(ROUTES.readyz, async (c) => {
    if (admission.isDraining) return c.json({ status: 'draining' }, 503);
    const ready = await engine.ready().catch(() => false);
    return ready ? c.json({ status: 'ready' }) : c.json({ status: 'not_ready' }, 503);
  });
  app.get(ROUTES.metrics, (c) => c.body(metrics.registry.render(), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE }));

  // ---- the API -----------------------------------------------------------------------------------------------
  app.use('/v1/*', async (_c, next) => {
    if (admission.isDraining) {
      metrics.rejections.inc({ reason: 'draining' });
      throw errors.unavailable('The on-prem node is shutting down and takes no new requests.', 'draining');
    }
    await next();
  });
  app.use(
    '/v1/*',
    authenticate({
      signingKeys: config.signingKeys,
      apiKeys: config.apiKeys,
      nonces,
      windowSeconds: config.signatureWindowSeconds,
      maxBodyBytes: config.maxBodyBytes,
      requireClientCert: config.tls?.clientCa !== undefined,
      onFailure: (reason) => metrics.authFailures.inc({ reason }),
    }),
  );

  /** An API key with a `models` list sees and uses only those; signed (edge) requests may use all. */
  const allowed = (c: OnpremContext, id: string) => c.get('state').auth?.models?.includes(id) ?? true;

  app.get(ROUTES.models, (c) =>
    c.json({
      object: 'list',
      data: engine
        .models()
        .filter((m) => allowed(c, m.id))
        .map((m) => ({ id: m.id, object: 'model', created: 0, owned_by: 'triage-onprem' })),
    }),
  );

  const infer = (task: Task): Handler<OnpremEnv> =>
    async function infer(c) {
      const state = c.get('state');
      state.task = task;
      if (!isJsonContentType(c.req.header('content-type'))) throw errors.unsupportedMediaType();
      const request = parseRequestBody(c.get('rawBody'), task);
      const body = request.body;
      state.stream = request.task === 'chat' && request.body.stream === true;

      // Defence in depth: the node scans what it received itself and records it beside the edge's finding.
      const edgePii = piiHeader(c.req.header(TRIAGE_HEADERS.pii));
      const edgeUnscanned = unscannedHeader(c.req.header(TRIAGE_HEADERS.unscanned));
      const inspection = inspectRequest(request);
      state.pii = { node: inspection.piiTypes, ...(edgePii ? { edge: edgePii } : {}) };
      state.unscanned = { node: inspection.unscanned, ...(edgeUnscanned ? { edge: edgeUnscanned } : {}) };
      const rule = headerLabel(c.req.header(TRIAGE_HEADERS.rule));
      const policy = headerLabel(c.req.header(TRIAGE_HEADERS.policy));
      if (rule || policy) state.decision = { ...(rule ? { rule } : {}), ...(policy ? { policy } : {}) };

      const model = engine.models().find((m) => m.id === body.model);
      if (!model) throw errors.notFound('The model does not exist on this node; GET /v1/models lists them.', 'model_not_found', 'model');
      state.model = model.id;
      if (!allowed(c, model.id)) throw errors.forbidden(`This API key may not use the model '${model.id}'.`, 'model_not_allowed');
      if (!model.tasks.includes(task))
        throw errors.badRequest(`The model '${model.id}' does not serve ${task}.`, 'model', 'model_not_supported');

      // One budget for queue wait and engine work: the configured request timeout, or the caller's, if shorter.
      const clientSignal = c.req.raw.signal;
      const budget = timeoutHeader(c.req.header(TRIAGE_HEADERS.timeout));
      const deadline = performance.now() + Math.min(config.requestTimeoutMs, budget ?? Infinity);
      let slot;
      const queuedAt = performance.now();
      try {
        slot = await admission.acquire({ signal: clientSignal, ...(budget !== undefined ? { timeoutMs: budget } : {}) });
      } catch (err) {
        state.queueMs = Math.round(performance.now() - queuedAt);
        if (clientSignal.aborted) throw new ClientGone();
        if (err instanceof AdmissionRejected) metrics.rejections.inc({ reason: err.reason });
        throw err;
      }
      state.queueMs = slot.waitedMs;
      metrics.queueWait.observe(undefined, slot.waitedMs / 1000);

      // The engine's signal: the client left, the request's time is up, or the node stops for good.
      const work = new AbortController();
      let cause: StopCause | undefined;
      const stop = (why: StopCause) => {
        cause ??= why;
        work.abort(
          why === 'timeout' ? new DOMException('request timed out', 'TimeoutError') : new DOMException(`stopped: ${why}`, 'AbortError'),
        );
      };
      const onClient = () => stop('client');
      const onShutdown = () => stop('shutdown');
      clientSignal.addEventListener('abort', onClient, { once: true });
      slot.signal.addEventListener('abort', onShutdown, { once: true });
      const timer = setTimeout(() => stop('timeout'), Math.max(1, deadline - performance.now()));
      const engineStarted = performance.now();
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        clearTimeout(timer);
        clientSignal.removeEventListener('abort', onClient);
        slot.signal.removeEventListener('abort', onShutdown);
        slot.release();
        state.engineMs = Math.round(performance.now() - engineStarted);
      };
      if (clientSignal.aborted) stop('client');

      let res: Response;
      try {
        res = await engine.handle({
          task,
          body,
          stream: state.stream,
          requestId: state.requestId,
          traceparent: state.engineTraceparent,
          signal: work.signal,
        });
      } catch (err) {
        release();
        throw stoppedError(cause) ?? err;
      }

      const headers = new Headers({ 'x-request-id': state.requestId });
      for (const h of ['content-type', 'cache-control']) {
        const v = res.headers.get(h);
        if (v) headers.set(h, v);
      }
      if (!res.body) {
        release();
        return new Response(null, { status: res.status, headers });
      }

      if (!(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
        // A JSON answer is read whole: the engine's work ends with its body, and its usage is in it.
        let text: string;
        try {
          text = await res.text();
        } catch (err) {
          throw (
            stoppedError(cause) ?? (err instanceof EngineError ? err : errors.badGateway("The engine's answer broke off.", 'engine_error'))
          );
        } finally {
          release();
        }
        const json = safeJson(text);
        if (res.ok) state.tokens = usageOf(json);
        else state.errorCode = errorCodeOf(json) ?? `engine_${res.status}`;
        return new Response(text, { status: res.status, headers });
      }

      // A stream is passed on whole event by whole event as the engine produces it (pulled on demand: no
      // read-ahead). If the engine's stream breaks off (fails, or closes without [DONE]), the client gets an
      // OpenAI error event and a clean close instead of a cut connection or an end that looks complete
      // (shared/protocol/openai/sse.ts). Its end — complete, broken off, or cancelled because the client left —
      // finishes the request.
      state.deferred = true;
      const usage = new UsageTap();
      const status = res.status;
      let broken: ApiError | undefined;
      const guarded = guardOpenAiStream(res.body, {
        onEvent: (ev) => usage.push(ev),
        interrupted: () => {
          broken = streamBrokenError(cause);
          return broken.toBody().error;
        },
      });
      const reader = guarded.getReader();
      const stream = new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            const chunk = await reader.read();
            if (!chunk.done) return controller.enqueue(chunk.value);
            release();
            state.tokens = usage.tokens;
            if (broken) state.errorCode = broken.code ?? 'stream_interrupted';
            state.finish(cause === 'client' ? 499 : status);
            controller.close();
          },
          async cancel(reason) {
            // The adapter cancels the body when the client's connection closes: stop the engine's work.
            stop('client');
            release();
            state.errorCode = 'client_closed';
            state.tokens = usage.tokens;
            state.finish(499);
            await reader.cancel(reason).catch(() => {});
          },
        },
        { highWaterMark: 0 },
      );
      return new Response(stream, { status, headers });
    };

  app.post(ROUTES.chat, infer('chat'));
  app.post(ROUTES.embeddings, infer('embeddings'));
  app.post(ROUTES.classify, infer('classify'));
  return app;
}

/** What the error event says when the engine's stream broke off: why we stopped it, or that it broke. */
function streamBrokenError(cause: StopCause | undefined): ApiError {
  const stopped = stoppedError(cause);
  if (stopped instanceof ApiError) return stopped;
  return new ApiError(
    502,
    'server_error',
    "The on-prem node's engine stream broke off before it was complete; the answer is incomplete.",
    'stream_interrupted',
  );
}

/** The error an engine's failure becomes when we stopped it ourselves. */
function stoppedError(cause: StopCause | undefined): Error | undefined {
  if (cause === 'client') return new ClientGone();
  if (cause === 'timeout')
    return new ApiError(504, 'server_error', 'The request did not finish within its time limit on the on-prem node.', 'request_timeout');
  if (cause === 'shutdown') return errors.unavailable('The on-prem node shut down before the request finished.', 'shutting_down');
  return undefined;
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof AdmissionRejected) {
    const headers = { 'retry-after': String(err.retryAfterSeconds) };
    if (err.reason === 'queue_full') return new ApiError(429, 'rate_limit_error', err.message, 'queue_full', null, headers);
    if (err.reason === 'deadline') return new ApiError(503, 'service_unavailable', err.message, 'queue_timeout', null, headers);
    return new ApiError(503, 'service_unavailable', err.message, 'draining', null, headers);
  }
  if (err instanceof EngineError) {
    const code = err.status === 502 ? 'engine_error' : err.status === 503 ? 'engine_unavailable' : 'engine_timeout';
    // Engine messages are written for operators and never quote request content (engine.ts).
    return new ApiError(err.status, err.status === 503 ? 'service_unavailable' : 'server_error', err.message, code);
  }
  return new ApiError(500, 'server_error', 'The on-prem node failed to process the request.', 'internal_error');
}

function auditRecord(s: RequestState, status: number, totalMs: number): AuditRecord {
  const r: AuditRecord = {
    ts: new Date().toISOString(),
    request_id: s.requestId,
    trace_id: s.traceId,
    method: s.method,
    route: s.route,
    status,
    timings: { total_ms: Math.round(totalMs) },
  };
  if (s.auth?.tenant) r.tenant = s.auth.tenant;
  if (s.auth) r.auth = { method: s.auth.method, key_id: s.auth.keyId };
  if (s.authFailure) r.auth_failure = s.authFailure;
  if (s.decision) r.decision = s.decision;
  if (s.pii) r.pii_types = s.pii;
  if (s.unscanned) r.unscanned = s.unscanned;
  if (s.task) r.task = s.task;
  if (s.task) r.model = s.model ?? 'unknown';
  if (s.stream !== undefined) r.stream = s.stream;
  if (s.errorCode) r.error_code = s.errorCode;
  if (s.queueMs !== undefined) r.timings.queue_ms = s.queueMs;
  if (s.engineMs !== undefined) r.timings.engine_ms = s.engineMs;
  if (s.tokens) r.tokens = s.tokens;
  return r;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/** OpenAI `usage` → the audit's token counts (only numbers; absent if the engine reported none). */
function usageOf(json: unknown): AuditRecord['tokens'] {
  if (typeof json !== 'object' || json === null) return undefined;
  const u = (json as { usage?: unknown }).usage;
  if (typeof u !== 'object' || u === null) return undefined;
  const { prompt_tokens, completion_tokens, total_tokens } = u as Record<string, unknown>;
  const t: NonNullable<AuditRecord['tokens']> = {};
  if (count(prompt_tokens) !== undefined) t.prompt = count(prompt_tokens);
  if (count(completion_tokens) !== undefined) t.completion = count(completion_tokens);
  if (count(total_tokens) !== undefined) t.total = count(total_tokens);
  return Object.keys(t).length > 0 ? t : undefined;
}

/** An OpenAI error body's code, if it is a plain identifier (it goes into the audit log). */
function errorCodeOf(json: unknown): string | undefined {
  const code = (json as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' && /^[a-z0-9_.-]{1,64}$/i.test(code) ? code : undefined;
}

/** Watches a passing stream's events for OpenAI's usage chunk (sent with stream_options.include_usage). */
class UsageTap {
  tokens: AuditRecord['tokens'];

  push(ev: SseEvent): void {
    // Only events that can carry usage are parsed; content chunks pass untouched.
    if (!ev.data.includes('"usage"') || ev.data === '[DONE]') return;
    const t = usageOf(safeJson(ev.data));
    if (t) this.tokens = t;
  }
}
