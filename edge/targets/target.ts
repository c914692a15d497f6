// The client that sends a request to one of the policy's targets (a `TargetSpec`, shared/core/policy). One
// interface for every place a request can run, one module per target kind (edge-local, lambda, onprem,
// openai) building it; the executor (../execute.ts) calls them in the order of the policy's decision.
import type { Task } from '../../shared/protocol/openai/schema.ts';
import type { UnscannedKind } from '../../shared/core/inspect/unscanned.ts';
import type { PiiType } from '../../shared/core/pii/types.ts';
import { mayReceive } from '../../shared/core/policy/sensitivity.ts';
import type { TargetKind, TargetSpec } from '../../shared/core/policy/types.ts';

/** The policy's target specs by kind. */
type TargetSpecs = { [K in TargetKind]: Extract<TargetSpec, { kind: K }> };

/** The policy's spec of a target of kind `K` (e.g. `TargetSpecOf<'lambda'>` has `function` and `region`). */
export type TargetSpecOf<K extends TargetKind> = TargetSpecs[K];

export interface TargetRequest {
  task: Task;
  /** The validated request body as the client sent it (OpenAI shape); `model` is replaced by `upstreamModel`. */
  body: Record<string, unknown> & { model: string };
  /** The model id this target knows the requested alias by (the target's `models` mapping, or the alias). */
  upstreamModel: string;
  stream: boolean;
  requestId: string;
  tenant: string;
  /** PII types found (names only). Non-empty ⇒ only an `onprem` target may receive this request. */
  piiTypes: readonly PiiType[];
  /** Content kinds the edge could not scan. Non-empty ⇒ only targets that `mayReceive` it (policy/sensitivity.ts). */
  unscanned: readonly UnscannedKind[];
  /** The request's session saw PII (sticky sensitivity): only an `onprem` target may receive it. */
  sticky?: boolean;
  /** W3C traceparent for the call to the target (a child span of the client's, if it sent one). */
  traceparent: string;
  /** Aborts the call: per-target timeout or the client went away. */
  signal: AbortSignal;
  /** Why the request was routed here (set by the executor; the cloud event carries it to the tier's logs). */
  decision?: { rule: string; policyVersion: string };
}

/** Sends one request to the target and answers with its Response (the contract of `TargetClient.call`). */
export type SendToTarget = (req: TargetRequest) => Promise<Response>;

/**
 * A target client answers with an OpenAI-compatible Response: JSON for non-streaming requests, an SSE stream
 * (`text/event-stream`, `data: {...}` chunks, `data: [DONE]`) for streaming ones, passed through as it
 * arrives. Failures are thrown as TargetError, so the executor can decide whether to fall back.
 */
export interface TargetClient<K extends TargetKind = TargetKind> {
  /** The target's name in the policy. */
  readonly name: string;
  readonly kind: K;
  readonly spec: TargetSpecOf<K>;
  call: SendToTarget;
}

/**
 * The client of target `name`: `send` behind the last line of defence, below the evaluator and the executor —
 * a target never sends a request it may not receive (PII, or content the edge could not scan that the
 * target does not accept), whoever calls it.
 */
export function targetClient<K extends TargetKind>(name: string, spec: TargetSpecOf<K> & { kind: K }, send: SendToTarget): TargetClient<K> {
  return {
    name,
    kind: spec.kind,
    spec,
    async call(req) {
      refuseSensitive(name, spec, req);
      return send(req);
    },
  };
}

/** Throws (503, not retryable) unless target `name` may receive the request (shared/core/policy/sensitivity.ts). */
export function refuseSensitive(name: string, spec: TargetSpec, req: Pick<TargetRequest, 'piiTypes' | 'unscanned' | 'sticky'>): void {
  if (!mayReceive(spec, req))
    throw new TargetError(
      `target ${name}: refused, the request carries PII or unscanned content (or its session is sticky) and this target is not on-prem`,
      503,
      false,
    );
}

export class TargetError extends Error {
  constructor(
    message: string,
    /** The status the client should see if no fallback answers (502, 503 or 504). */
    readonly status: 502 | 503 | 504,
    /** Whether another attempt (same or next target) may succeed. Client errors (4xx from upstream) are not. */
    readonly retryable: boolean,
    /** An upstream 4xx that should be passed to the client as it is (e.g. the model rejected the input). */
    readonly upstreamResponse?: Response,
  ) {
    super(message);
    this.name = 'TargetError';
  }
}
