// What one request carries through the node's pipeline (c.get('state')), filled in step by step and turned
// into the audit line and the metrics when the answer is complete — for a stream, after its last byte.
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { UnscannedKind } from '../../shared/core/inspect/unscanned.ts';
import type { PiiType } from '../../shared/core/pii/types.ts';
import type { AuditRecord } from '../audit.ts';

export interface AuthInfo {
  method: 'signature' | 'api_key';
  keyId: string;
  /** From the API key's record; for signed requests the edge's x-triage-tenant header. */
  tenant?: string;
  /** An API key limited to some models (its record's `models`); absent = all the engine serves. */
  models?: readonly string[];
}

export interface RequestState {
  requestId: string;
  traceId: string;
  /** The traceparent to hand to the engine: a child span of this request's span. */
  engineTraceparent: string;
  method: string;
  /** A fixed route name (metrics label): the matched API route, or "other". */
  route: string;
  /** performance.now() at arrival. */
  started: number;
  auth?: AuthInfo;
  authFailure?: string;
  decision?: { rule?: string; policy?: string };
  pii?: { edge?: PiiType[]; node: PiiType[] };
  unscanned?: { edge?: UnscannedKind[]; node: UnscannedKind[] };
  model?: string;
  task?: string;
  stream?: boolean;
  errorCode?: string;
  queueMs?: number;
  engineMs?: number;
  tokens?: AuditRecord['tokens'];
  /** Set when the response body is a stream still being produced: the stream finishes the record. */
  deferred: boolean;
  /** Writes the audit line and the metrics once (later calls do nothing). */
  finish(status: number): void;
}

export interface OnpremVariables {
  state: RequestState;
  /** The raw body as received (read once, for the signature's body hash and then for parsing). */
  rawBody: Uint8Array;
}

/** Bindings are absent when the app is called with app.request() (tests) instead of through a server. */
export interface OnpremEnv {
  Bindings: Partial<HttpBindings>;
  Variables: OnpremVariables;
}

export type OnpremContext = Context<OnpremEnv>;
