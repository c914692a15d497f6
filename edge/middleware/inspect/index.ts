// Step: inspect the validated request once — PII types and unscanned content kinds (names only; the scanner
// reads every string and key of the body, shared/core/inspect/scan.ts), token estimate, task — and keep the result
// on the context for rate limiting, routing, caching and the logs.
//
//   app.post('/v1/chat/completions', body({ task: 'chat' }), inspect(), ...)
//   // later: c.get('inspection') → { piiTypes, estimatedTokens, task, model, stream, promptTokens }
//
// Sets `inspection` (InspectVars); reads `request` (body) and `requestId`, `trace`, `timings` (telemetry).
import type { MiddlewareHandler } from 'hono';
import { inspectRequest, type Inspection } from '../../../shared/core/inspect/index.ts';
import type { Env } from '../../env.ts';
import type { BodyVars } from '../body/vars.ts';
import { timed } from '../telemetry/timings.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import type { InspectVars } from './vars.ts';

export interface InspectOptions {
  /** Called with each inspection (metrics: PII detections by type). */
  onInspect?: (inspection: Inspection) => void;
}

type InspectEnv = { Bindings: Env; Variables: InspectVars & BodyVars & TelemetryVars };

export function inspect(options: InspectOptions = {}): MiddlewareHandler<InspectEnv> {
  const { onInspect } = options;
  return async function inspect(c, next) {
    // The request id and the trace id may be the client's own, and both go to the target with the request.
    const alsoSent = [c.get('requestId'), c.get('trace').traceId];
    const inspection = await timed(c.get('timings'), 'inspect', () => inspectRequest(c.get('request'), alsoSent));
    c.set('inspection', inspection);
    onInspect?.(inspection);
    await next();
  };
}
