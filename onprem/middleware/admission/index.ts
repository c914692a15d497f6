// Step: a slot on the engine (onprem/admission.ts) — at most `max_concurrent` requests run, the next ones
// wait in FIFO order — and the request's one time budget for queue wait and engine work together: the
// configured request timeout, or the caller's `x-triage-timeout-ms` if that is shorter (it also shortens the
// wait in the queue). A queued request whose client leaves leaves the queue and never runs.
//
//   app.post('/v1/chat/completions', ..., admission({ control, requestTimeoutMs, onReject, onAdmit }), infer(...))
//   // later: c.var.work → the engine's signal (client gone, time up, shutdown) and why it was stopped
//
//   queue full            429 `queue_full` + Retry-After
//   waited past deadline  503 `queue_timeout` + Retry-After
//   draining              503 `draining` + Retry-After
//
// The slot is held until the answer's last byte: released when the later steps return, or for a stream at
// its end (when the client leaves mid-stream, the work is stopped first).
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../../../shared/protocol/openai/errors.ts';
import { AdmissionRejected, type Admission, type RejectReason, type Slot } from '../../admission.ts';
import type { ContextVariables } from '../context/index.ts';
import { timeoutHeader, TRIAGE_HEADERS } from '../edge-headers.ts';
import { isEventStream, onStreamEnd } from '../stream-end.ts';
import { clientOf, type Client } from './client.ts';
import { ClientGone, EngineWork } from './work.ts';

export interface AdmissionStepOptions {
  control: Admission;
  /** The whole request's time limit, ms (queue wait and engine work). */
  requestTimeoutMs: number;
  /** Called for every request admission control refused (the rejections metric). */
  onReject?: (reason: RejectReason) => void;
  /** Called with the time an admitted request waited for its slot, ms (the queue-wait metric). */
  onAdmit?: (waitedMs: number) => void;
}

export interface AdmissionVariables {
  work: EngineWork;
}

/** Bindings are absent when the app is called with app.request() instead of through a server. */
type AdmissionEnv = { Bindings: Partial<HttpBindings>; Variables: ContextVariables & AdmissionVariables };
type AdmissionContext = Context<AdmissionEnv>;

export function admission(options: AdmissionStepOptions): MiddlewareHandler<AdmissionEnv> {
  return async function admission(c, next) {
    const budget = timeoutHeader(c.req.header(TRIAGE_HEADERS.timeout));
    const deadline = performance.now() + Math.min(options.requestTimeoutMs, budget ?? Infinity);
    const client = clientOf(c.env, c.req.raw);
    const slot = await waitForSlot(c, client, options, budget);
    const timings = c.get('record').timings;
    const work = new EngineWork(client, slot, deadline, (engineMs) => (timings.engine_ms = engineMs));
    c.set('work', work);
    try {
      await next();
    } finally {
      releaseAtEnd(c, work);
    }
  };
}

/**
 * A free slot at once, else a wait in the queue (only then is the client's signal made: it costs per request);
 * a refusal becomes its OpenAI error, a client that left becomes ClientGone.
 */
async function waitForSlot(c: AdmissionContext, client: Client, options: AdmissionStepOptions, budget: number | undefined): Promise<Slot> {
  const queuedAt = performance.now();
  const timings = c.get('record').timings;
  try {
    const slot =
      (client.gone ? undefined : options.control.tryAcquire()) ??
      (await options.control.acquire({ signal: client.signal(), ...(budget !== undefined ? { timeoutMs: budget } : {}) }));
    timings.queue_ms = slot.waitedMs;
    options.onAdmit?.(slot.waitedMs);
    return slot;
  } catch (err) {
    timings.queue_ms = Math.round(performance.now() - queuedAt);
    if (client.gone) throw new ClientGone();
    if (!(err instanceof AdmissionRejected)) throw err;
    options.onReject?.(err.reason);
    throw rejection(err);
  }
}

/** The slot goes back now, or — for a stream still being produced — after its last byte. */
function releaseAtEnd(c: AdmissionContext, work: EngineWork): void {
  if (!isEventStream(c.res)) return work.release();
  c.res = onStreamEnd(c.res, (how) => {
    if (how === 'cancelled') work.stop('client');
    work.release();
  });
}

function rejection(err: AdmissionRejected): ApiError {
  const headers = { 'retry-after': String(err.retryAfterSeconds) };
  if (err.reason === 'queue_full') return new ApiError(429, 'rate_limit_error', err.message, 'queue_full', null, headers);
  if (err.reason === 'deadline') return new ApiError(503, 'service_unavailable', err.message, 'queue_timeout', null, headers);
  return new ApiError(503, 'service_unavailable', err.message, 'draining', null, headers);
}
