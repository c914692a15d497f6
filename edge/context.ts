// What the pipeline's steps leave on the Hono context for the later ones (c.get/c.set). Each step sets
// its own variable; a later step may rely on an earlier one only in the order edge/app.ts wires them.
import type { Context } from 'hono';
import type { Inspection } from '../shared/core/inspect/index.ts';
import type { ParsedRequest } from '../shared/protocol/openai/schema.ts';
import type { CompiledPolicy, Decision, TargetKind } from '../shared/core/policy/index.ts';
import type { TraceContext } from '../shared/protocol/telemetry/index.ts';
import type { Config, Limits } from './config.ts';
import type { Env } from './env.ts';
import type { KeyRecord } from '../shared/protocol/auth/api-keys.ts';

export interface Caller {
  keyId: string;
  tenant: string;
  record: KeyRecord;
  /** Limits of the key and of its tenant, defaults applied. */
  keyLimits: Limits;
  tenantLimits: Limits;
}

/** Which target's answer (or error) the response is, and which were tried before it. */
export interface Outcome {
  target: string;
  kind: TargetKind;
  /** Targets tried before `target` (failed). */
  fallbacks: string[];
}

export type CacheStatus = 'hit' | 'miss' | 'bypass';

export interface Variables {
  config: Config;
  requestId: string;
  /** The span of this request at the edge (child of the client's traceparent, if it sent one). */
  trace: TraceContext;
  /** Per-step durations in ms, for the request's log line. */
  timings: Record<string, number>;
  caller: Caller;
  request: ParsedRequest;
  inspection: Inspection;
  policy: CompiledPolicy;
  decision: Decision;
  outcome: Outcome;
  cache: CacheStatus;
}

export interface AppEnv {
  Bindings: Env;
  Variables: Variables;
}

export type AppContext = Context<AppEnv>;

/**
 * Sets headers on the response. After the handler, Hono's c.header() copies the whole Response for every
 * header it sets (it cannot know whether the headers are mutable); the responses this app builds (targets,
 * errors, cache hits) have mutable headers, so they are set in place. An immutable one (a fetch() Response)
 * throws on the first set, before anything changed, and goes through c.header() as before.
 */
export function setHeaders(c: AppContext, headers: Record<string, string>): void {
  if (c.finalized) {
    const target = c.res.headers;
    try {
      for (const k in headers) target.set(k, headers[k]!);
      return;
    } catch {
      // immutable headers: c.header() below copies the response
    }
  }
  for (const k in headers) c.header(k, headers[k]!);
}

/** Runs `fn` and records how long it took under `timings[step]`. */
export async function timed<T>(c: AppContext, step: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    const timings = c.get('timings');
    if (timings) timings[step] = Math.round((performance.now() - t0) * 1000) / 1000;
  }
}
