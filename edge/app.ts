// The Triage edge: an OpenAI-compatible API that decides per request where inference runs, and runs it
// there. Read top to bottom, this is the pipeline:
//
//   telemetry        request id, traceparent, config (bindings checked), log line + metrics at the end
//   decisionHeaders  x-triage-* on every response that follows a routing decision, errors included
//   auth             Authorization: Bearer tri_<keyid>_<secret> → caller (tenant, limits)      401
//   body             Content-Type, size, UTF-8, JSON, request schema                  415 413 400
//   inspect          PII types (names only), token estimate, task — once
//   rateLimit        requests/min and tokens/min per key and per tenant (Durable Object)        429
//   decide           policy (KV, last-good) → model alias → Decision                    404 403 503
//   cache            identical non-PII, non-streaming requests per tenant (Cache API)
//   run              execute() on the decided target, falling back in the decision's order
//
// Every step is one folder in middleware/ with its options at the top; errors are ApiErrors, answered in
// OpenAI's shape by onError.
import { Hono, type Handler } from 'hono';
import { ApiError, errors } from '../shared/protocol/openai/errors.ts';
import { API_ROUTES } from '../shared/protocol/openai/routes.ts';
import { mayReceive, type CompiledPolicy, type RouteDecision } from '../shared/core/policy/index.ts';
import { UNSCANNED_KINDS } from '../shared/core/inspect/unscanned.ts';
import { PII_TYPES } from '../shared/core/pii/types.ts';
import {
  childSpan,
  consoleSink,
  formatLog,
  formatTraceparent,
  PROMETHEUS_CONTENT_TYPE,
  type LogSink,
} from '../shared/protocol/telemetry/index.ts';
import { timed, type AppEnv } from './context.ts';
import type { Env } from './env.ts';
import { errorResponse } from './errors.ts';
import { execute as realExecute, type ExecuteRequest } from './execute.ts';
import { auth, modelAllowed } from './middleware/auth/index.ts';
import { body } from './middleware/body/index.ts';
import { cache } from './middleware/cache/index.ts';
import { decide, decisionHeaders, policyFor } from './middleware/decide/index.ts';
import { inspect } from './middleware/inspect/index.ts';
import { rateLimit } from './middleware/rate-limit/index.ts';
import { createMetrics, telemetry, type Metrics } from './middleware/telemetry/index.ts';
import { PolicyStore, type PolicyProvider } from './policy-store.ts';
import { createTargets as realCreateTargets } from './targets/index.ts';
import type { Target } from './targets/target.ts';

export interface AppOptions {
  /** Seams for tests; the defaults are the real executor and target clients. */
  execute?: typeof realExecute;
  createTargets?: typeof realCreateTargets;
  policyStore?: PolicyProvider;
  metrics?: Metrics;
  log?: LogSink;
}

export const ROUTES = { ...API_ROUTES, healthz: '/healthz', metrics: '/metrics' } as const;

export function createApp(options: AppOptions = {}) {
  const execute = options.execute ?? realExecute;
  const createTargets = options.createTargets ?? realCreateTargets;
  const metrics = options.metrics ?? createMetrics();
  const log = options.log ?? consoleSink;
  const store = options.policyStore ?? new PolicyStore({ log });

  // One instance of each step per app (= per isolate): their caches live here.
  const authenticate = auth();
  const inspection = inspect({
    onInspect: (i) => {
      for (const type of i.piiTypes) metrics.pii.inc({ type });
      for (const kind of i.unscanned) metrics.unscanned.inc({ kind });
    },
  });
  const limits = rateLimit({ onReject: (r) => metrics.rateLimited.inc(r) });
  const decision = decide({
    store,
    onDecision: (d) => metrics.decisions.inc({ rule: d.rule, outcome: d.kind === 'route' ? d.targetKind : d.code }),
  });
  const caching = cache({ onResult: (result) => metrics.cache.inc({ result }) });

  // Target clients are built once per policy version (and bindings object).
  const targetsByPolicy = new WeakMap<CompiledPolicy, { env: Env; targets: Map<string, Target> }>();
  const targetsFor = (policy: CompiledPolicy, env: Env) => {
    let t = targetsByPolicy.get(policy);
    if (!t || t.env !== env) targetsByPolicy.set(policy, (t = { env, targets: createTargets(policy.spec, env) }));
    return t.targets;
  };

  /** The last step: run the decided request on its target (with fallbacks) and answer with its Response. */
  const run: Handler<AppEnv> = async (c) => {
    const decided = c.get('decision') as RouteDecision; // decide() answered every refusal already
    const policy = c.get('policy');
    const { task, body: sent } = c.get('request');
    const { piiTypes, unscanned, stream } = c.get('inspection');
    const trace = c.get('trace');
    const targets = new Map<string, Target>();
    for (const [name, t] of targetsFor(policy, c.env)) {
      // Defence in depth for the hard rule: the executor is only handed targets that may receive this request.
      if (t.kind !== t.spec.kind || !mayReceive(t.spec, { piiTypes, unscanned })) continue;
      // Each call to a target (every attempt, every fallback) is its own child span of this request's.
      targets.set(name, {
        name: t.name,
        kind: t.kind,
        spec: t.spec,
        call: (req) => t.call({ ...req, traceparent: formatTraceparent(childSpan(trace)) }),
      });
    }
    const request: ExecuteRequest = {
      task,
      body: sent,
      stream,
      requestId: c.get('requestId'),
      tenant: c.get('caller').tenant,
      piiTypes,
      unscanned,
      traceparent: formatTraceparent(trace), // each target call replaces it with its own child span (above)
    };
    try {
      const { response, target, tried } = await timed(c, 'execute', () =>
        execute({ decision: decided, request, targets, signal: c.req.raw.signal }),
      );
      c.set('outcome', { target: target.name, kind: target.kind, fallbacks: tried.filter((t) => t !== target.name) });
      return response;
    } catch (err) {
      const tried = (err as { tried?: unknown }).tried;
      if (Array.isArray(tried) && tried.length > 0) {
        const last = String(tried[tried.length - 1]);
        const kind = policy.targets.get(last)?.kind;
        if (kind) c.set('outcome', { target: last, kind, fallbacks: tried.slice(0, -1).map(String) });
      }
      throw err;
    }
  };

  /** GET /v1/models: the policy's model aliases this key may use, in OpenAI's list shape. */
  const listModels: Handler<AppEnv> = async (c) => {
    const policy = await policyFor(c, store);
    const caller = c.get('caller');
    const aliases = policy.spec.models
      ? Object.keys(policy.spec.models)
      : [...new Set(Object.values(policy.spec.targets).flatMap((t) => Object.keys(t.models ?? {})))];
    const data = aliases.filter((id) => modelAllowed(caller, id)).map((id) => ({ id, object: 'model', created: 0, owned_by: 'triage' }));
    return c.json({ object: 'list', data });
  };

  const app = new Hono<AppEnv>();

  app.onError((err, c) => {
    if (!(err instanceof ApiError)) {
      // A bug: log where (the stack's frames), not the message (which could quote input).
      const frames = (err.stack ?? '')
        .split('\n')
        .slice(1, 6)
        .map((l) => l.trim());
      log(
        formatLog({
          ts: new Date().toISOString(),
          level: 'error',
          msg: 'unhandled_error',
          request_id: c.get('requestId'),
          error_name: err.name,
          frames,
        }),
      );
    }
    return errorResponse(err);
  });
  app.notFound(() =>
    errorResponse(errors.notFound('Unknown route. See /v1/chat/completions, /v1/embeddings, /v1/classify, /v1/models.', 'unknown_route')),
  );

  app.use('*', telemetry({ metrics, log, routes: Object.values(ROUTES) }));
  app.use('*', decisionHeaders());

  app.post(ROUTES.chat, authenticate, body({ task: 'chat' }), inspection, limits, decision, caching, run);
  app.post(ROUTES.embeddings, authenticate, body({ task: 'embeddings' }), inspection, limits, decision, caching, run);
  app.post(ROUTES.classify, authenticate, body({ task: 'classify' }), inspection, limits, decision, caching, run);
  app.get(ROUTES.models, authenticate, listModels);

  app.get(ROUTES.healthz, (c) => c.json({ status: 'ok' }));
  app.get(ROUTES.metrics, (c) => {
    const token = c.get('config').metricsToken;
    if (token && c.req.header('authorization') !== `Bearer ${token}`) throw errors.unauthorized('GET /metrics needs the metrics token.');
    return c.body(metrics.registry.render(), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE });
  });

  // A known route with the wrong method: 405 with Allow (registered after the real handlers).
  const allowed: Record<string, string> = {
    [ROUTES.chat]: 'POST',
    [ROUTES.embeddings]: 'POST',
    [ROUTES.classify]: 'POST',
    [ROUTES.models]: 'GET, HEAD',
    [ROUTES.healthz]: 'GET, HEAD',
    [ROUTES.metrics]: 'GET, HEAD',
  };
  for (const [path, allow] of Object.entries(allowed)) {
    app.all(path, () => {
      throw new ApiError(405, 'invalid_request_error', `Method not allowed. This route accepts ${allow}.`, 'method_not_allowed', null, {
        allow,
      });
    });
  }

  // Every type and kind shows in /metrics from the start (0), making dashboards stable.
  for (const type of PII_TYPES) metrics.pii.inc({ type }, 0);
  for (const kind of UNSCANNED_KINDS) metrics.unscanned.inc({ kind }, 0);
  return app;
}

export const app = createApp();
