// Step 6 of the pipeline: run a routed request on its target, falling back in the decision's order.
//
// - Order: decision.target, then decision.fallbacks (each name once).
// - Sensitive requests (third line of defence, after the policy loader and the evaluator): a target that may
//   not receive the request (policy/sensitivity.ts: PII, or unscanned content it does not accept) is skipped
//   and never called, whatever the decision says. If no target that may receive it answers, the request
//   fails closed: 503 `pii_no_onprem` (PII) or `unscanned_no_onprem` (content the edge could not scan).
// - Per target: a deadline (`timeout_ms`) until the target returns a Response, combined with the client's
//   signal; up to `retries` extra attempts on retryable failures, each taken from the request's retry
//   budget; a circuit breaker per target name (per isolate) that skips a target after repeated failures.
// - A Response is final: once a target has answered (a JSON body, or the start of a stream), nothing is
//   switched to another target, even if the stream breaks later.
// - A non-retryable upstream 4xx (the client's fault) is the answer: it is returned as is.
// - If nothing answers: ExecuteError (an ApiError) with 502/503/504 from the last failure, carrying `tried`.
import { ApiError, type ErrorType } from '../shared/openai/errors.ts';
import type { RouteDecision } from '../shared/policy/types.ts';
import { isTimeout } from './targets/http.ts';
import { mayReceive } from '../shared/policy/sensitivity.ts';
import { TargetError, type Target, type TargetRequest } from './targets/target.ts';

export type ExecuteRequest = Omit<TargetRequest, 'signal' | 'upstreamModel' | 'decision'>;

export interface RetryBudget {
  /** Extra attempts left for the whole request (all targets together); decremented as they are used. */
  retries: number;
}

export const DEFAULT_RETRY_BUDGET = 2;

export interface ExecuteOptions {
  decision: RouteDecision;
  request: ExecuteRequest;
  targets: ReadonlyMap<string, Target>;
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
  target: Target;
  /** Targets tried (or skipped by an open circuit) before the one that answered, in order. */
  tried: string[];
}

/** The request could not be served; `tried` lists every target attempted (for `x-triage-fallbacks`). */
export class ExecuteError extends ApiError {
  constructor(
    status: number,
    type: ErrorType,
    message: string,
    code: string,
    readonly tried: string[],
  ) {
    super(status, type, message, code);
    this.name = 'ExecuteError';
  }
}

export async function execute(opts: ExecuteOptions): Promise<ExecuteResult> {
  const { decision, request, targets } = opts;
  const budget = opts.budget ?? { retries: DEFAULT_RETRY_BUDGET };
  const breakers = opts.breakers ?? defaultBreakers;
  const backoff = opts.backoffMs ?? defaultBackoff;
  const pii = request.piiTypes.length > 0;
  const sensitive = pii || request.unscanned.length > 0;
  const order = [...new Set([decision.target, ...decision.fallbacks])];

  const tried: string[] = [];
  const failures: string[] = [];
  let last: TargetError | undefined;
  let eligible = 0;

  for (const name of order) {
    if (opts.signal?.aborted) throw clientClosed(tried);
    const target = targets.get(name);
    if (!target) {
      failures.push(`target ${name}: not configured`);
      continue;
    }
    if (target.kind !== target.spec.kind || !mayReceive(target.spec, request)) continue; // never called, not "tried"
    eligible++;
    const breaker = breakers.get(name);
    if (!breaker.allow()) {
      tried.push(name);
      failures.push(`target ${name}: circuit open after repeated failures`);
      last = new TargetError(`target ${name}: circuit open`, 503, true);
      continue;
    }
    const upstreamModel = target.spec.models?.[request.body.model] ?? request.body.model;
    for (let attempt = 0; ; attempt++) {
      let outcome: Response | TargetError;
      try {
        outcome = await attemptCall(target, { ...request, upstreamModel, decision: { rule: decision.rule, policyVersion: decision.policyVersion } }, opts.signal);
      } catch (err) {
        if (opts.signal?.aborted) {
          breaker.release();
          throw clientClosed(tried);
        }
        // a bug in a target: its message could quote input, so only the error's name is kept
        outcome = err instanceof TargetError ? err : new TargetError(`target ${name}: failed unexpectedly (${err instanceof Error ? err.name : typeof err})`, 502, false);
      }
      if (outcome instanceof Response) {
        breaker.success();
        return { response: outcome, target, tried };
      }
      if (outcome.upstreamResponse) {
        // The upstream is healthy and says the request is wrong: that is the answer, passed on as is.
        breaker.success();
        return { response: outcome.upstreamResponse, target, tried };
      }
      breaker.failure();
      last = outcome;
      const again = outcome.retryable && attempt < target.spec.retries && budget.retries > 0 && breaker.allow();
      if (!again) {
        failures.push(outcome.message);
        break;
      }
      budget.retries--;
      await sleep(backoff(attempt + 1), opts.signal);
    }
    tried.push(name);
  }

  if (sensitive) {
    const why = eligible === 0 ? 'no on-prem target is configured for it' : `no on-prem target could answer (${failures.join('; ')})`;
    const what = pii ? `personal data (${request.piiTypes.join(', ')})` : `content the gateway cannot scan (${request.unscanned.join(', ')})`;
    throw new ExecuteError(
      503,
      'service_unavailable',
      `The request contains ${what} and may only run on-prem, but ${why}. It was not sent anywhere else.`,
      pii ? 'pii_no_onprem' : 'unscanned_no_onprem',
      tried,
    );
  }
  const summary = failures.length ? failures.join('; ') : 'no target';
  if (!last) throw new ExecuteError(503, 'service_unavailable', `No target could take the request (${summary}).`, 'no_target', tried);
  if (last.status === 504) throw new ExecuteError(504, 'server_error', `The upstream timed out (${summary}).`, 'upstream_timeout', tried);
  if (last.status === 503) throw new ExecuteError(503, 'service_unavailable', `No upstream is available (${summary}).`, 'upstream_unavailable', tried);
  throw new ExecuteError(502, 'server_error', `The upstream failed (${summary}).`, 'upstream_error', tried);
}

/**
 * One call with the target's deadline. The deadline covers the time until the target returns a Response
 * (for JSON, the whole body; for a stream, its start); after that only the client's signal applies. A
 * target that ignores its signal still loses the race against the deadline.
 */
async function attemptCall(target: Target, req: Omit<TargetRequest, 'signal'>, client: AbortSignal | undefined): Promise<Response> {
  const ms = target.spec.timeout_ms;
  const ac = new AbortController();
  const onClientAbort = () => ac.abort(client?.reason);
  if (client?.aborted) ac.abort(client.reason);
  client?.addEventListener('abort', onClientAbort, { once: true });
  const timer = setTimeout(() => ac.abort(new DOMException(`target ${target.name} timed out after ${ms} ms`, 'TimeoutError')), ms);
  const deadline = new Promise<never>((_, reject) => {
    if (ac.signal.aborted) reject(ac.signal.reason);
    ac.signal.addEventListener('abort', () => reject(ac.signal.reason), { once: true });
  });
  deadline.catch(() => {}); // after a Response, a later client abort must not be an unhandled rejection
  const call = target.call({ ...req, signal: ac.signal });
  try {
    return await Promise.race([call, deadline]);
  } catch (err) {
    client?.removeEventListener('abort', onClientAbort);
    // a late Response from a target that ignored its signal is dropped
    call.then((r) => r.body?.cancel().catch(() => {}), () => {});
    if (!client?.aborted && ac.signal.aborted && isTimeout(ac.signal) && !(err instanceof TargetError))
      throw new TargetError(`target ${target.name}: timed out after ${ms} ms`, 504, true);
    throw err;
  } finally {
    clearTimeout(timer);
  }
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
