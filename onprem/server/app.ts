// The on-prem node's HTTP API: the OpenAI routes the edge calls (and internal clients), served by one
// engine behind admission control. Read top to bottom, this is a request's way through; every step is one
// folder in onprem/middleware/ (its options at the top, its test beside it):
//
//   context    request id, trace span, the request's audit record (each step below adds what it learned)
//   (tracing)  with OTLP configured: an API request's OpenTelemetry span (onprem/telemetry/tracing.ts)
//   audit      wraps the answer: when its last byte is out (or the client left) → audit line + metrics
//   drain      during a graceful shutdown new API requests get 503 at once                           503
//   auth       mTLS client certificate (if configured); signature or internal API key; body read  401 413 503
//   body       Content-Type, UTF-8, JSON, request schema (shared/protocol/http/body.ts)               415 400
//   inspect    the node's own PII scan (names only) next to the edge's x-triage-pii, for the audit
//   model      the engine serves it, the API key may use it, it serves this task              404 403 400
//   admission  a slot on the engine, or the queue; one time budget; held until the last byte      429 503
//   infer      engine.handle() with a signal that fires if the client leaves, the request's time is up or
//              the node stops; the answer passed on as it arrives (a broken stream ends with an error event)
//
// Steps read each other's variables with c.get(name): c.var copies them all into a new object on every access.
//
// /healthz, /readyz and /metrics need no credentials and carry no request content. Errors thrown by any step
// are answered in OpenAI's shape by answerError (server/errors.ts).
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { errors } from '../../shared/protocol/openai/errors.ts';
import { API_ROUTES } from '../../shared/protocol/openai/routes.ts';
import type { NonceCache } from '../../shared/protocol/signing/index.ts';
import { PROMETHEUS_CONTENT_TYPE } from '../../shared/protocol/telemetry/index.ts';
import type { Admission } from '../admission.ts';
import type { AuditLog } from '../audit.ts';
import type { OnpremConfig } from '../config.ts';
import type { Engine } from '../engines/engine.ts';
import type { Metrics } from '../metrics.ts';
import { admission, type AdmissionVariables } from '../middleware/admission/index.ts';
import { audit } from '../middleware/audit/index.ts';
import { auth, type AuthVariables } from '../middleware/auth/index.ts';
import { body, type BodyVariables } from '../middleware/body/index.ts';
import { context, type ContextVariables } from '../middleware/context/index.ts';
import { drain } from '../middleware/drain/index.ts';
import { infer } from '../middleware/infer/index.ts';
import { inspect } from '../middleware/inspect/index.ts';
import { listModels, model } from '../middleware/model/index.ts';
import type { Tracing } from '../../shared/protocol/telemetry/tracing.ts';
import { renderProcessMetrics } from '../telemetry/process-metrics.ts';
import { traceEngine, traceRequest, type TracingVariables } from '../telemetry/tracing.ts';
import { answerError } from './errors.ts';

/** The edge's API routes (shared/protocol/openai/routes.ts), and the node's probes and metrics. */
export const ROUTES = { ...API_ROUTES, healthz: '/healthz', readyz: '/readyz', metrics: '/metrics' } as const;

export interface AppOptions {
  engine: Engine;
  config: Pick<OnpremConfig, 'signingKeys' | 'apiKeys' | 'signatureWindowSeconds' | 'maxBodyBytes' | 'requestTimeoutMs' | 'tls'>;
  admission: Admission;
  metrics: Metrics;
  audit: AuditLog;
  nonces: NonceCache;
  /** Operational log lines (JSON), e.g. unexpected errors. */
  log: (line: string) => void;
  /** OpenTelemetry spans (onprem/telemetry/tracing.ts); absent = none. */
  tracing?: Tracing | undefined;
}

/** The steps' variables together; bindings are absent when the app is called with app.request(). */
export type OnpremEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: ContextVariables & AuthVariables & BodyVariables & AdmissionVariables & TracingVariables;
};

export function createApp(options: AppOptions): Hono<OnpremEnv> {
  const { engine, config, metrics } = options;
  const app = new Hono<OnpremEnv>();
  app.onError(answerError(options.log));
  app.notFound(() => {
    throw errors.notFound('Unknown route.', 'unknown_route');
  });

  app.use('*', context({ routes: Object.values(ROUTES) }));
  if (options.tracing) app.use('/v1/*', traceRequest({ tracing: options.tracing })); // API requests; probes and scrapes are not traced
  app.use('*', audit({ log: options.audit, metrics, unaudited: [ROUTES.healthz, ROUTES.readyz, ROUTES.metrics] }));

  app.get(ROUTES.healthz, (c) => c.json({ status: 'ok' }));
  app.get(ROUTES.readyz, async (c) => {
    if (options.admission.isDraining) return c.json({ status: 'draining' }, 503);
    const ready = await engine.ready().catch(() => false);
    return ready ? c.json({ status: 'ready' }) : c.json({ status: 'not_ready' }, 503);
  });
  app.get(ROUTES.metrics, async (c) =>
    c.body(metrics.registry.render() + (await renderProcessMetrics()), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE }),
  );

  app.use('/v1/*', drain({ control: options.admission, onRefuse: () => metrics.rejections.inc({ reason: 'draining' }) }));
  app.use(
    '/v1/*',
    auth({
      signingKeys: config.signingKeys,
      apiKeys: config.apiKeys,
      nonces: options.nonces,
      windowSeconds: config.signatureWindowSeconds,
      maxBodyBytes: config.maxBodyBytes,
      requireClientCert: config.tls?.clientCa !== undefined,
      onFailure: (reason) => metrics.authFailures.inc({ reason }),
    }),
  );

  app.get(ROUTES.models, listModels({ engine }));
  const admit = admission({
    control: options.admission,
    requestTimeoutMs: config.requestTimeoutMs,
    onReject: (reason) => metrics.rejections.inc({ reason }),
    onAdmit: (waitedMs) => metrics.queueWait.observe(undefined, waitedMs / 1000),
  });
  const traced = options.tracing ? traceEngine({ tracing: options.tracing }) : undefined;
  for (const task of ['chat', 'embeddings', 'classify'] as const) {
    // Without OTLP the engine-span step is left out rather than passed through (each step costs per request).
    if (traced) app.post(ROUTES[task], body({ task }), inspect(), model({ engine }), admit, traced, infer({ engine }));
    else app.post(ROUTES[task], body({ task }), inspect(), model({ engine }), admit, infer({ engine }));
  }
  return app;
}
