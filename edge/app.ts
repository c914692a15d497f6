// The Triage edge: an OpenAI-compatible API that decides per request where inference runs, and runs it
// there. Read top to bottom, this is the pipeline:
//
//   telemetry        request id, traceparent, config (bindings checked), log line + metrics at the end
//   decisionHeaders  x-triage-* on every response that follows a routing decision, errors included
//   receipts         a hash-chained decision receipt per routing decision, written after the response (R2)
//   auth             Authorization: Bearer tri_<keyid>_<secret> → caller (tenant, limits)      401
//   body             Content-Type, size, UTF-8, JSON, request schema                  415 413 400
//                    (/v1/responses: responses — the same, then translated to chat; the answer back)
//   inspect          PII types (names only), token estimate, task — once
//   rateLimit        requests/min and tokens/min per key and per tenant (Durable Object)        429
//                    token budgets per day/month (429 insufficient_quota); usage counted after the answer
//   sticky           session in which PII was seen (policy `sticky:`; Durable Object) → on-prem only
//   shadow           a candidate policy (KV policy/shadow) decides beside the live one; decides nothing
//   decide           policy (KV, last-good) → model alias → Decision                    404 403 503
//   cache            identical non-PII, non-streaming requests per tenant (Cache API)
//   redact           where the decision allows it: PII replaced by placeholders, re-scanned, restored in the answer
//   run              execute() on the decided target, falling back in the decision's order
//
// Every step is one folder in middleware/: `index.ts`, the step with its options at the top, and `vars.ts`,
// types only: what the step leaves on the context. Each step declares the variables it sets and reads; the
// app's are their intersection (AppEnv). Steps take each other's variables from `vars.ts` and call only
// earlier steps' code, so the imports have no loops (telemetry reads every step's variables at the end
// without importing any step's code). Errors are ApiErrors, answered in OpenAI's shape by onError.
import { Hono, type ErrorHandler, type Handler } from 'hono';
import { ApiError, errors } from '../shared/protocol/openai/errors.ts';
import { timingSafeEqual } from '../shared/protocol/crypto.ts';
import { API_ROUTES } from '../shared/protocol/openai/routes.ts';
import { UNSCANNED_KINDS } from '../shared/core/inspect/unscanned.ts';
import type { Inspection } from '../shared/core/inspect/index.ts';
import type { EntityTagger } from '../shared/core/pii/tagger/tagger.ts';
import type { Decision } from '../shared/core/policy/index.ts';
import { PII_TYPES } from '../shared/core/pii/types.ts';
import { consoleSink, formatLog, PROMETHEUS_CONTENT_TYPE, type LogSink } from '../shared/protocol/telemetry/index.ts';
import type { Env } from './env.ts';
import { errorResponse } from './errors.ts';
import { auth, modelAllowed } from './middleware/auth/index.ts';
import type { AuthVars } from './middleware/auth/vars.ts';
import { body } from './middleware/body/index.ts';
import type { BodyVars } from './middleware/body/vars.ts';
import { cache } from './middleware/cache/index.ts';
import type { CacheVars } from './middleware/cache/vars.ts';
import { currentPolicy, decide, decisionHeaders } from './middleware/decide/index.ts';
import type { DecideVars } from './middleware/decide/vars.ts';
import { inspect } from './middleware/inspect/index.ts';
import type { InspectVars } from './middleware/inspect/vars.ts';
import { rateLimit } from './middleware/rate-limit/index.ts';
import { usageReport } from './middleware/rate-limit/admin.ts';
import { usageMetrics } from './middleware/rate-limit/metrics.ts';
import { receipts } from './middleware/receipts/index.ts';
import { notStored, responses } from './middleware/responses/index.ts';
import { shadow } from './middleware/shadow/index.ts';
import { ShadowPolicyStore } from './middleware/shadow/store.ts';
import type { ShadowVars } from './middleware/shadow/vars.ts';
import { redact } from './middleware/redact/index.ts';
import type { RedactVars } from './middleware/redact/vars.ts';
import { run, type RunOptions } from './middleware/run/index.ts';
import { sticky, type StickyOptions } from './middleware/sticky/index.ts';
import type { StickyVars } from './middleware/sticky/vars.ts';
import type { RunVars } from './middleware/run/vars.ts';
import { createMetrics, telemetry, type Metrics } from './middleware/telemetry/index.ts';
import type { TelemetryVars } from './middleware/telemetry/vars.ts';
import { PolicyStore, type PolicyProvider } from './policy-store.ts';

export interface AppOptions extends RunOptions {
  /** Seams for tests; the defaults are the KV policy store, a fresh metrics registry and the console. */
  policyStore?: PolicyProvider;
  /** The PII tagger PII_TAGGER=on runs (default: the one bundled with the Worker). */
  tagger?: EntityTagger;
  metrics?: Metrics;
  log?: LogSink;
  /** The sticky sessions' clock (tests drive TTL expiry with it). */
  stickyNow?: StickyOptions['now'];
}

/** What the app's steps leave on the context (each step's own type says what it sets and reads). */
export type AppEnv = {
  Bindings: Env;
  Variables: TelemetryVars & AuthVars & BodyVars & InspectVars & StickyVars & ShadowVars & DecideVars & CacheVars & RedactVars & RunVars;
};

export const ROUTES = { ...API_ROUTES, healthz: '/healthz', metrics: '/metrics', usage: '/admin/usage' } as const;

export function createApp(options: AppOptions = {}) {
  const metrics = options.metrics ?? createMetrics();
  const log = options.log ?? consoleSink;
  const store = options.policyStore ?? new PolicyStore({ log });
  const app = new Hono<AppEnv>();
  app.onError(answerError(log));
  app.notFound(() =>
    errorResponse(
      errors.notFound('Unknown route. See /v1/chat/completions, /v1/responses, /v1/embeddings, /v1/classify, /v1/models.', 'unknown_route'),
    ),
  );

  app.use('*', telemetry({ metrics, log, routes: Object.values(ROUTES) }));
  app.use('*', decisionHeaders());
  app.use('*', receipts({ log }));

  const steps = pipelineSteps(options, metrics, log, store);
  const { authenticate, inspection, limits, sessions, shadowing, decision, caching, redaction, execution } = steps;
  const afterBody = [inspection, limits, sessions, shadowing, decision, caching, redaction, execution] as const;
  for (const task of ['chat', 'embeddings', 'classify'] as const) app.post(ROUTES[task], authenticate, body({ task }), ...afterBody);
  // The Responses API: its own reader in the body step's place (the request translated to chat), then chat's steps.
  app.post(ROUTES.responses, authenticate, responses(), ...afterBody);
  app.on(['GET', 'POST', 'DELETE'], `${ROUTES.responses}/:id{.+}`, authenticate, notStored());
  app.get(ROUTES.models, authenticate, listModels(store));
  app.get(`${ROUTES.models}/:id{.+}`, authenticate, retrieveModel(store));

  app.get(ROUTES.healthz, (c) => c.json({ status: 'ok' }));
  app.get(ROUTES.metrics, serveMetrics(metrics));
  app.get(ROUTES.usage, usageReport());
  refuseOtherMethods(app);

  // Every type and kind shows in /metrics from the start (0), making dashboards stable.
  for (const type of PII_TYPES) metrics.pii.inc({ type }, 0);
  for (const kind of UNSCANNED_KINDS) metrics.unscanned.inc({ kind }, 0);
  return app;
}

export const app = createApp();

/** One instance of each step per app (= per isolate): their caches live here. */
function pipelineSteps(options: AppOptions, metrics: Metrics, log: LogSink, store: PolicyProvider) {
  return {
    authenticate: auth(),
    inspection: inspect({ onInspect: (i) => countInspection(metrics, i), ...(options.tagger ? { tagger: options.tagger } : {}) }),
    limits: rateLimit({ onReject: (r) => metrics.rateLimited.inc(r), onUsage: usageMetrics(metrics.registry), log }),
    sessions: sticky({ store, ...(options.stickyNow ? { now: options.stickyNow } : {}) }),
    shadowing: shadow({
      store: new ShadowPolicyStore(log),
      onShadow: (_, same) => metrics.shadow.inc({ agreement: same ? 'same' : 'different' }),
    }),
    decision: decide({ store, onDecision: (d) => countDecision(metrics, d) }),
    caching: cache({ onResult: (result) => metrics.cache.inc({ result }) }),
    redaction: redact(options.tagger ? { tagger: options.tagger } : {}),
    execution: run({ execute: options.execute, createTargetClients: options.createTargetClients }),
  };
}

/** Any exception → OpenAI's error shape. One that is not an ApiError is a bug: logged by where, not what. */
function answerError(log: LogSink): ErrorHandler<AppEnv> {
  return (err, c) => {
    if (!(err instanceof ApiError)) {
      // The stack's frames, not the message (which could quote input).
      const frames = (err.stack ?? '')
        .split('\n')
        .slice(1, 6)
        .map((l) => l.trim());
      const requestId = c.get('requestId');
      log(
        formatLog({
          ts: new Date().toISOString(),
          level: 'error',
          msg: 'unhandled_error',
          request_id: requestId,
          error_name: err.name,
          frames,
        }),
      );
    }
    return errorResponse(err);
  };
}

function countInspection(metrics: Metrics, inspection: Inspection): void {
  for (const type of inspection.piiTypes) metrics.pii.inc({ type });
  for (const kind of inspection.unscanned) metrics.unscanned.inc({ kind });
}

function countDecision(metrics: Metrics, d: Decision): void {
  metrics.decisions.inc({ rule: d.rule, outcome: d.kind === 'route' ? d.targetKind : d.code });
}

type ModelsHandler = Handler<{ Bindings: Env; Variables: AuthVars & TelemetryVars }>;

/** GET /v1/models: the policy's model aliases this key may use, in OpenAI's list shape. */
function listModels(store: PolicyProvider): ModelsHandler {
  return async (c) => c.json({ object: 'list', data: await modelsFor(c, store) });
}

/** GET /v1/models/{id}: one of them, or 404 model_not_found (also for an alias this key may not use). */
function retrieveModel(store: PolicyProvider): ModelsHandler {
  return async (c) => {
    const model = (await modelsFor(c, store)).find((m) => m.id === c.req.param('id'));
    if (!model) throw errors.notFound('The model does not exist or this key may not use it.', 'model_not_found', 'model');
    return c.json(model);
  };
}

async function modelsFor(c: Parameters<ModelsHandler>[0], store: PolicyProvider) {
  const policy = await currentPolicy(store, c.env, c.get('config'), c.get('timings'));
  const caller = c.get('caller');
  const aliases = policy.spec.models
    ? Object.keys(policy.spec.models)
    : [...new Set(Object.values(policy.spec.targets).flatMap((t) => Object.keys(t.models ?? {})))];
  return aliases.filter((id) => modelAllowed(caller, id)).map((id) => ({ id, object: 'model', created: 0, owned_by: 'triage' }));
}

/**
 * GET /metrics: Prometheus text, only for the metrics token. Without METRICS_TOKEN the route does not exist (the
 * unknown-route 404): what the edge counts (tenants' traffic, PII types seen) is not for anyone who asks.
 */
function serveMetrics(metrics: Metrics): Handler<{ Variables: TelemetryVars }> {
  return (c) => {
    const token = c.get('config').metricsToken;
    if (!token) return c.notFound();
    if (!timingSafeEqual(c.req.header('authorization') ?? '', `Bearer ${token}`))
      throw errors.unauthorized('GET /metrics needs the metrics token.');
    return c.body(metrics.registry.render(), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE });
  };
}

/** A known route with the wrong method: 405 with Allow (registered after the real handlers). */
function refuseOtherMethods(app: Hono<AppEnv>): void {
  const allowed: Record<string, string> = {
    [ROUTES.chat]: 'POST',
    [ROUTES.embeddings]: 'POST',
    [ROUTES.classify]: 'POST',
    [ROUTES.responses]: 'POST',
    [ROUTES.models]: 'GET, HEAD',
    [ROUTES.healthz]: 'GET, HEAD',
    [ROUTES.metrics]: 'GET, HEAD',
    [ROUTES.usage]: 'GET, HEAD',
  };
  for (const [path, allow] of Object.entries(allowed)) {
    app.all(path, () => {
      throw new ApiError(405, 'invalid_request_error', `Method not allowed. This route accepts ${allow}.`, 'method_not_allowed', null, {
        allow,
      });
    });
  }
}
