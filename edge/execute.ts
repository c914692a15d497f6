// The executor behind the pipeline's run step: run a routed request on its target, falling back in the
// decision's order.
//
// - Order: decision.target, then decision.fallbacks (each name once).
// - Sensitive requests (third line of defence, after the policy loader and the evaluator): a target that may
//   not receive the request (policy/sensitivity.ts: PII, or unscanned content it does not accept) is skipped
//   and never called, whatever the decision says. If no target that may receive it answers, the request
//   fails closed: 503 `pii_no_onprem` (PII) or `unscanned_no_onprem` (content the edge could not scan).
// - Per target: up to `retries` extra attempts on retryable failures, each taken from the request's retry
//   budget; a circuit breaker per target name (per isolate) that skips a target after repeated failures
//   (timeouts included), lets one probe through after the cool-down, and closes again when it succeeds.
// - Per attempt, two budgets, combined with the client's signal:
//   - `first_byte_timeout_ms` (optional): the target must have started answering within it. "Started" is
//     its first SSE event for a stream (comments and headers do not count: a node that sends headers or
//     keep-alives but no token is hung), its Response for JSON (embeddings, classify, a target that answers
//     JSON). A non-streamed chat request to a target with this budget is sent to it as a stream
//     (`stream: true`, `stream_options.include_usage`) and assembled here into the `chat.completion` JSON
//     (shared/protocol/openai/assemble.ts), so that its first byte is the first token's, not the whole answer's.
//     Caveat: for a `lambda` target without a function URL the Invoke is buffered, so its first event is
//     its whole answer. Without the setting, nothing changes: a non-streamed chat is sent as JSON.
//   - `timeout_ms`: until the answer is in hand — a JSON body (or an assembled one) whole, a stream's
//     first event. A stream that has started is then bounded only by the client.
// - Streams (every target kind) are passed to the client whole event by whole event as they arrive; one that
//   breaks off after its first event (closed without `data: [DONE]`, or failed) ends with an OpenAI error
//   event, code `stream_interrupted`, naming the target — never with a close that looks complete
//   (shared/protocol/openai/sse.ts: guardOpenAiStream). A stream that breaks off, or opens with an error event, before
//   its first event is a failed attempt: retried or fallen back from like any other.
// - A Response is final: once a stream has started (or a JSON body is in), nothing is switched to another
//   target, even if the stream breaks later.
// - A non-retryable upstream 4xx (the client's fault) is the answer: it is returned as is.
// - If nothing answers: ExecuteError (an ApiError) with 502/503/504 from the last failure, carrying `tried`.
import { AssemblyError, ChatCompletionAssembler } from '../shared/protocol/openai/assemble.ts';
import { ApiError, type ErrorType, type OpenAiErrorBody } from '../shared/protocol/openai/errors.ts';
import { guardOpenAiStream, isErrorEvent, openAiChunk, type SseEvent, type StreamBreak } from '../shared/protocol/openai/sse.ts';
import type { RouteDecision } from '../shared/core/policy/types.ts';
import { isTimeout } from '../shared/protocol/http/abort.ts';
import { mayReceive } from '../shared/core/policy/sensitivity.ts';
import { TargetError, type TargetClient, type TargetRequest } from './targets/target.ts';

export type ExecuteRequest = Omit<TargetRequest, 'signal' | 'upstreamModel' | 'decision'>;

export interface RetryBudget {
  /** Extra attempts left for the whole request (all targets together); decremented as they are used. */
  retries: number;
}

export const DEFAULT_RETRY_BUDGET = 2;

export interface ExecuteOptions {
  decision: RouteDecision;
  request: ExecuteRequest;
  /** The targets' clients, by target name (only those that may receive the request are called). */
  targets: ReadonlyMap<string, TargetClient>;
  budget?: RetryBudget;
  /** The client's signal (its connection closed): stops everything. */
  signal?: AbortSignal;
  /** Defaults to the isolate's shared breakers. */
  breakers?: CircuitBreakers;
  /** Wait before retry number `attempt` (1-based) on the same target, in ms. */
  backoffMs?: (attempt: number) => number;
}

export interface ExecuteResult {
  response: Response;
  /** The target that answered. */
  target: TargetClient;
  /** Targets tried (or skipped by an open circuit) before the one that answered, in order. */
  tried: string[];
  /** Why each of them did not answer: `upstream_timeout`, `upstream_unavailable`, `upstream_error`, `circuit_open`. */
  failed?: Record<string, string>;
}

/** The request could not be served; `tried` lists every target attempted (for `x-triage-fallbacks`). */
export class ExecuteError extends ApiError {
  constructor(
    status: number,
    type: ErrorType,
    message: string,
    code: string,
    readonly tried: string[],
    /** Why each target tried did not answer (codes, as in ExecuteResult.failed). */
    readonly failed: Record<string, string> = {},
  ) {
    super(status, type, message, code);
    this.name = 'ExecuteError';
  }
}

export async function execute(opts: ExecuteOptions): Promise<ExecuteResult> {
  const exec = startExecution(opts);
  for (const name of new Set([opts.decision.target, ...opts.decision.fallbacks])) {
    if (opts.signal?.aborted) throw clientClosed(exec.tried);
    const target = opts.targets.get(name);
    if (!target) {
      exec.failures.push(`target ${name}: not configured`);
      continue;
    }
    if (target.kind !== target.spec.kind || !mayReceive(target.spec, exec.request)) continue; // never called, not "tried"
    exec.eligible++;
    const response = await tryTarget(exec, target);
    if (response) return { response, target, tried: exec.tried, failed: exec.failed };
    exec.tried.push(name);
  }
  throw noAnswer(exec);
}

/** One execute() call: its settings (defaults applied) and what has happened so far. */
interface Execution {
  readonly decision: RouteDecision;
  readonly request: ExecuteRequest;
  readonly signal: AbortSignal | undefined;
  readonly budget: RetryBudget;
  readonly breakers: CircuitBreakers;
  readonly backoff: (attempt: number) => number;
  /** Targets tried (or skipped by an open circuit) so far, in order. */
  readonly tried: string[];
  /** Why each target did not answer (for the final error's message), and as a code per target (receipts). */
  readonly failures: string[];
  readonly failed: Record<string, string>;
  /** The last failure, whose status the final error takes. */
  last: TargetError | undefined;
  /** Targets that may receive the request (called, or skipped by an open circuit). */
  eligible: number;
}

function startExecution(opts: ExecuteOptions): Execution {
  return {
    decision: opts.decision,
    request: opts.request,
    signal: opts.signal,
    budget: opts.budget ?? { retries: DEFAULT_RETRY_BUDGET },
    breakers: opts.breakers ?? defaultBreakers,
    backoff: opts.backoffMs ?? defaultBackoff,
    tried: [],
    failures: [],
    failed: {},
    last: undefined,
    eligible: 0,
  };
}

/**
 * One target: attempts (the first, then retries while the target's `retries`, the request's budget and its
 * breaker allow) until one answers. The answer, or undefined if the target did not answer (`exec` says why).
 */
async function tryTarget(exec: Execution, target: TargetClient): Promise<Response | undefined> {
  const name = target.name;
  const breaker = exec.breakers.get(name);
  if (!breaker.allow()) {
    exec.failures.push(`target ${name}: circuit open after repeated failures`);
    exec.failed[name] = 'circuit_open';
    exec.last = new TargetError(`target ${name}: circuit open`, 503, true);
    return undefined;
  }
  const { decision, request } = exec;
  const upstreamModel = target.spec.models?.[request.body.model] ?? request.body.model;
  const req = { ...request, upstreamModel, decision: { rule: decision.rule, policyVersion: decision.policyVersion } };
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOutcome(exec, target, req, breaker);
    if (outcome instanceof Response) {
      breaker.success();
      return outcome;
    }
    if (outcome.upstreamResponse) {
      // The upstream is healthy and says the request is wrong: that is the answer, passed on as is.
      breaker.success();
      return outcome.upstreamResponse;
    }
    breaker.failure();
    exec.last = outcome;
    const again = outcome.retryable && attempt < target.spec.retries && exec.budget.retries > 0 && breaker.allow();
    if (!again) {
      exec.failures.push(outcome.message);
      exec.failed[name] = FAILURE_CODES[outcome.status];
      return undefined;
    }
    exec.budget.retries--;
    await sleep(exec.backoff(attempt + 1), exec.signal);
  }
}

/** One attempt's Response or TargetError; the client going away ends the whole execution. */
async function attemptOutcome(
  exec: Execution,
  target: TargetClient,
  req: Omit<TargetRequest, 'signal'>,
  breaker: Breaker,
): Promise<Response | TargetError> {
  try {
    return await attemptCall(target, req, exec.signal);
  } catch (err) {
    if (exec.signal?.aborted) {
      breaker.release();
      throw clientClosed(exec.tried);
    }
    if (err instanceof TargetError) return err;
    // a bug in a target: its message could quote input, so only the error's name is kept
    return new TargetError(`target ${target.name}: failed unexpectedly (${err instanceof Error ? err.name : typeof err})`, 502, false);
  }
}

/** A target's failure as a code, by the status the client would have got from it. */
const FAILURE_CODES = { 502: 'upstream_error', 503: 'upstream_unavailable', 504: 'upstream_timeout' } as const;

/** Nothing answered: a sensitive request fails closed; otherwise the last failure's status. */
function noAnswer(exec: Execution): ExecuteError {
  const { request, tried, failures, last, failed } = exec;
  const pii = request.piiTypes.length > 0;
  if (pii || request.unscanned.length > 0) {
    const why = exec.eligible === 0 ? 'no on-prem target is configured for it' : `no on-prem target could answer (${failures.join('; ')})`;
    const what = pii
      ? `personal data (${request.piiTypes.join(', ')})`
      : `content the gateway cannot scan (${request.unscanned.join(', ')})`;
    return new ExecuteError(
      503,
      'service_unavailable',
      `The request contains ${what} and may only run on-prem, but ${why}. It was not sent anywhere else.`,
      pii ? 'pii_no_onprem' : 'unscanned_no_onprem',
      tried,
      failed,
    );
  }
  const summary = failures.length ? failures.join('; ') : 'no target';
  if (!last)
    return new ExecuteError(503, 'service_unavailable', `No target could take the request (${summary}).`, 'no_target', tried, failed);
  if (last.status === 504)
    return new ExecuteError(504, 'server_error', `The upstream timed out (${summary}).`, 'upstream_timeout', tried, failed);
  if (last.status === 503)
    return new ExecuteError(503, 'service_unavailable', `No upstream is available (${summary}).`, 'upstream_unavailable', tried, failed);
  return new ExecuteError(502, 'server_error', `The upstream failed (${summary}).`, 'upstream_error', tried, failed);
}

/** Why an attempt's signal fired on its own (the client's abort is the other reason). */
type Budget = 'first byte' | 'total';

/**
 * The two budgets of one attempt (see the header), as one AbortSignal for the target and one promise that
 * rejects when it fires — so that a target that ignores its signal still loses the race.
 */
class AttemptBudgets {
  private readonly ac = new AbortController();
  private readonly timers: ReturnType<typeof setTimeout>[] = [];
  private firstByteTimer: ReturnType<typeof setTimeout> | undefined;
  /** Which budget ran out, if one did. */
  expired: Budget | undefined;
  readonly signal = this.ac.signal;
  readonly deadline: Promise<never>;
  /** Rejects `deadline`; called wherever the signal is aborted (only this class aborts it), so no listener is needed. */
  private rejectDeadline!: (reason: unknown) => void;

  constructor(
    private readonly target: TargetClient,
    private readonly client: AbortSignal | undefined,
  ) {
    this.deadline = new Promise<never>((_, reject) => (this.rejectDeadline = reject));
    this.deadline.catch(() => {}); // after the answer, a later client abort must not be an unhandled rejection
    if (client?.aborted) this.abort(client.reason);
    client?.addEventListener('abort', this.onClientAbort, { once: true });
    const { timeout_ms: total, first_byte_timeout_ms: firstByte } = target.spec;
    this.timers.push(setTimeout(() => this.expire('total', total), total));
    if (firstByte !== undefined && firstByte < total)
      this.timers.push((this.firstByteTimer = setTimeout(() => this.expire('first byte', firstByte), firstByte)));
  }

  /** Settles with `p`, or rejects as soon as a budget runs out or the client goes away. */
  race<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.deadline]);
  }

  /** The target has started answering: only the total budget still applies. */
  firstByte(): void {
    if (this.firstByteTimer !== undefined) clearTimeout(this.firstByteTimer);
  }

  /** The answer is the client's: no budget applies any more (the client's abort still reaches the target). */
  stop(): void {
    for (const t of this.timers) clearTimeout(t);
  }

  /** The attempt failed: stop, and stop listening to the client. */
  release(): void {
    this.stop();
    this.client?.removeEventListener('abort', this.onClientAbort);
  }

  /** A TargetError for a budget that ran out (undefined if none did, or the client went away). */
  timeoutError(): TargetError | undefined {
    if (this.client?.aborted || !this.signal.aborted || !isTimeout(this.signal) || !this.expired) return undefined;
    const { timeout_ms, first_byte_timeout_ms } = this.target.spec;
    return this.expired === 'first byte'
      ? new TargetError(`target ${this.target.name}: no answer within its first-byte budget of ${first_byte_timeout_ms} ms`, 504, true)
      : new TargetError(`target ${this.target.name}: timed out after ${timeout_ms} ms`, 504, true);
  }

  private expire(budget: Budget, ms: number): void {
    if (this.signal.aborted) return;
    this.expired = budget;
    this.abort(
      new DOMException(
        `target ${this.target.name}: ${budget === 'first byte' ? 'no first byte' : 'no answer'} within ${ms} ms`,
        'TimeoutError',
      ),
    );
  }

  /** Aborts the target's signal and fails the deadline with the signal's reason (the first, if aborted before). */
  private abort(reason: unknown): void {
    this.ac.abort(reason);
    this.rejectDeadline(this.signal.reason);
  }

  private readonly onClientAbort = () => this.abort(this.client?.reason);
}

/**
 * One attempt on a target, within its budgets. Resolves with the Response for the client once the target has
 * answered: a JSON body in hand, a stream's first event, or a whole stream assembled into JSON.
 */
async function attemptCall(target: TargetClient, req: Omit<TargetRequest, 'signal'>, client: AbortSignal | undefined): Promise<Response> {
  const budgets = new AttemptBudgets(target, client);
  const assemble = req.task === 'chat' && !req.stream && target.spec.first_byte_timeout_ms !== undefined;
  const call = target.call({ ...(assemble ? asStreamRequest(req) : req), signal: budgets.signal });
  let stream: TargetStream | undefined;
  try {
    const res = await budgets.race(call);
    if (!isEventStream(res) || !res.body) {
      budgets.stop();
      return res;
    }
    stream = new TargetStream(target, res, assemble ? new ChatCompletionAssembler() : undefined);
    await budgets.race(stream.started);
    budgets.firstByte();
    if (!stream.assembling) {
      budgets.stop();
      return stream.response();
    }
    const json = await budgets.race(stream.assembled());
    budgets.stop();
    return json;
  } catch (err) {
    budgets.release();
    // a late Response from a target that ignored its signal is dropped; an opened stream is cancelled
    if (stream) void stream.cancel();
    else
      call.then(
        (r) => r.body?.cancel().catch(() => {}),
        () => {},
      );
    throw budgets.timeoutError() ?? err;
  }
}

/** The request as a stream with usage: what a target with a first-byte budget is sent for a non-streamed chat. */
function asStreamRequest(req: Omit<TargetRequest, 'signal'>): Omit<TargetRequest, 'signal'> {
  const options = typeof req.body.stream_options === 'object' && req.body.stream_options !== null ? req.body.stream_options : {};
  return { ...req, stream: true, body: { ...req.body, stream: true, stream_options: { ...options, include_usage: true } } };
}

function isEventStream(res: Response): boolean {
  return (res.headers.get('content-type') ?? '').toLowerCase().startsWith('text/event-stream');
}

/**
 * A target's SSE answer, read through the stream guard (shared/protocol/openai/sse.ts). `started` settles once the
 * guard has handed out the bytes of the first event: nothing has reached the client before that, so a stream
 * that breaks off or opens with an error event until then is a failed attempt, retryable. Then either
 * `response()` (the client's stream: what was read so far, then the rest as it arrives) or `assembled()`
 * (the whole stream as the `chat.completion` JSON, for a non-streamed request sent as a stream).
 */
class TargetStream {
  readonly started: Promise<void>;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  /** Bytes read before the first event was complete: the client gets them first. */
  private readonly head: Uint8Array[] = [];
  private first: SseEvent | undefined;
  private broke: StreamBreak | undefined;
  private upstreamError = false;
  /** Why the stream cannot be assembled (shape only), if it cannot. */
  private badChunk: string | undefined;

  constructor(
    private readonly target: TargetClient,
    private readonly res: Response,
    private readonly assembler: ChatCompletionAssembler | undefined,
  ) {
    const guarded = guardOpenAiStream(res.body!, {
      onEvent: (ev) => this.onEvent(ev),
      interrupted: (how) => {
        this.broke = how;
        return streamInterrupted(target.name, how);
      },
    });
    this.reader = guarded.getReader();
    this.started = this.readFirst();
  }

  get assembling(): boolean {
    return this.assembler !== undefined;
  }

  response(): Response {
    const { head, reader } = this;
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const next = head.shift();
          if (next) return controller.enqueue(next);
          const r = await reader.read();
          if (r.done) controller.close();
          else controller.enqueue(r.value);
        },
        cancel: (reason) => reader.cancel(reason),
      },
      { highWaterMark: 0 },
    );
    return new Response(body, { status: this.res.status, headers: this.res.headers });
  }

  async assembled(): Promise<Response> {
    while (!(await this.reader.read()).done); // every event goes to the assembler (onEvent)
    const name = this.target.name;
    if (this.broke)
      throw new TargetError(`target ${name}: the stream ${this.broke === 'failed' ? 'failed' : 'ended'} before it was complete`, 502, true);
    if (this.upstreamError) throw new TargetError(`target ${name}: the stream ended with an error event`, 502, true);
    let completion: Record<string, unknown>;
    try {
      if (this.badChunk !== undefined) throw new AssemblyError(this.badChunk);
      completion = this.assembler!.result();
    } catch (err) {
      throw new TargetError(
        `target ${name}: the stream cannot be assembled (${err instanceof AssemblyError ? err.message : 'unexpected error'})`,
        502,
        true,
      );
    }
    const headers = new Headers(this.res.headers);
    headers.set('content-type', 'application/json');
    for (const h of ['cache-control', 'x-accel-buffering']) headers.delete(h); // said of the stream, not of the JSON
    return new Response(JSON.stringify(completion), { status: this.res.status, headers });
  }

  cancel(): Promise<void> {
    return this.reader.cancel().catch(() => {});
  }

  private onEvent(ev: SseEvent): void {
    this.first ??= ev;
    if (isErrorEvent(ev)) this.upstreamError = true;
    if (!this.assembler || this.upstreamError || this.badChunk !== undefined) return;
    try {
      const parsed = openAiChunk(ev);
      if (!parsed.done) this.assembler.push(parsed.chunk);
    } catch (err) {
      this.badChunk = err instanceof AssemblyError ? err.message : 'an event is not JSON';
    }
  }

  private async readFirst(): Promise<void> {
    while (this.first === undefined) {
      const r = await this.reader.read();
      if (r.done) break;
      this.head.push(r.value);
    }
    const name = this.target.name;
    if (this.first === undefined)
      throw new TargetError(`target ${name}: the stream ${this.broke === 'failed' ? 'failed' : 'ended'} before its first event`, 502, true);
    if (this.upstreamError) throw new TargetError(`target ${name}: the stream opened with an error event`, 502, true);
  }
}

/** The error event a stream that broke off after it started ends with. Names the target, never content. */
export function streamInterrupted(target: string, how: StreamBreak): OpenAiErrorBody['error'] {
  const what = how === 'failed' ? 'failed' : 'ended without [DONE]';
  return {
    message: `The stream from target ${target} broke off before it was complete (the upstream ${what}); the answer is incomplete.`,
    type: 'server_error',
    param: null,
    code: 'stream_interrupted',
  };
}

function clientClosed(tried: string[]): ExecuteError {
  return new ExecuteError(499, 'invalid_request_error', 'The client closed the request.', 'client_closed_request', tried);
}

function defaultBackoff(attempt: number): number {
  const base = Math.min(1000, 50 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

// ---- circuit breakers ------------------------------------------------------------------------------------

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold?: number;
  /** How long an open circuit skips the target before one probe request is let through (half-open). */
  cooldownMs?: number;
  now?: () => number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export class Breaker {
  private failures = 0;
  private openedAt: number | undefined;
  private probeSince: number | undefined;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half-open' : 'open';
  }

  /** May a request go to the target now? In half-open state, one probe at a time. */
  allow(): boolean {
    const now = this.now();
    if (this.openedAt === undefined) return true;
    if (now - this.openedAt < this.cooldownMs) return false;
    // one probe in flight; if it never reports back (lost), another is allowed after a further cool-down
    if (this.probeSince !== undefined && now - this.probeSince < this.cooldownMs) return false;
    this.probeSince = now;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = this.probeSince = undefined;
  }

  failure(): void {
    this.failures++;
    if (this.probeSince !== undefined || this.failures >= this.threshold) {
      this.openedAt = this.now();
      this.probeSince = undefined;
    }
  }

  /** The attempt ended without a verdict (the client went away): free the probe slot. */
  release(): void {
    this.probeSince = undefined;
  }
}

/** Breakers by target name, one set per isolate (module state); tests make their own. */
export class CircuitBreakers {
  private readonly byName = new Map<string, Breaker>();
  readonly failureThreshold: number;
  readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(opts: BreakerOptions = {}) {
    this.failureThreshold = opts.failureThreshold ?? 5;
    this.cooldownMs = opts.cooldownMs ?? 30_000;
    this.now = opts.now ?? Date.now;
  }

  get(name: string): Breaker {
    let b = this.byName.get(name);
    if (!b) this.byName.set(name, (b = new Breaker(this.failureThreshold, this.cooldownMs, this.now)));
    return b;
  }

  state(name: string): BreakerState {
    return this.byName.get(name)?.state ?? 'closed';
  }
}

export const defaultBreakers = new CircuitBreakers();
