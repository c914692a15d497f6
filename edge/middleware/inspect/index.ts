// Step: inspect the validated request once — PII types and unscanned content kinds (names only; the scanner
// reads every string and key of the body, shared/core/inspect/scan.ts), token estimate, task — and keep the result
// on the context for rate limiting, routing, caching and the logs.
//
//   app.post('/v1/chat/completions', body({ task: 'chat' }), inspect(), ...)
//   // later: c.get('inspection') → { piiTypes, estimatedTokens, task, model, stream, promptTokens }
//
// With the PII tagger on (PII_TAGGER, default), a body the rules find clean is also read by the learned tagger
// (shared/core/inspect/tagged.ts); a tagger that cannot load or run makes the request sensitive (tagged.ts).
//
// Sets `inspection` (InspectVars); reads `request` (body), `config` and `requestId`, `trace`, `timings` (telemetry).
import type { Context, MiddlewareHandler } from 'hono';
import { inspectRequest, type Inspection } from '../../../shared/core/inspect/index.ts';
import { inspectWithTagger } from '../../../shared/core/inspect/tagged.ts';
import type { EntityTagger } from '../../../shared/core/pii/tagger/tagger.ts';
import { parseTraceparent } from '../../../shared/protocol/telemetry/index.ts';
import type { Env } from '../../env.ts';
import { bundledTagger } from '../../models/pii-tagger.ts';
import type { BodyVars } from '../body/vars.ts';
import { timed } from '../telemetry/timings.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import type { InspectVars } from './vars.ts';

export interface InspectOptions {
  /** Called with each inspection (metrics: PII detections by type). */
  onInspect?: (inspection: Inspection) => void;
  /** The PII tagger (default: the one bundled with the Worker, its model loaded once per isolate on first use). */
  tagger?: EntityTagger;
}

type InspectEnv = { Bindings: Env; Variables: InspectVars & BodyVars & TelemetryVars };

export function inspect(options: InspectOptions = {}): MiddlewareHandler<InspectEnv> {
  const { onInspect, tagger = bundledTagger } = options;
  return async function inspect(c, next) {
    const request = c.get('request');
    const ids = clientChosenIds(c);
    const inspection = await timed(c.get('timings'), 'inspect', () =>
      c.get('config').piiTagger ? inspectWithTagger(request, ids, tagger) : inspectRequest(request, ids),
    );
    c.set('inspection', inspection);
    onInspect?.(inspection);
    await next();
  };
}

/**
 * The request id and trace id the client chose (both go to the target with the request, so they are scanned
 * with the body). Ids the edge generated itself are random and carry nothing of the client's: scanning them
 * would only let chance digit runs look like PII.
 */
function clientChosenIds(c: Context<InspectEnv>): string[] {
  const ids: string[] = [];
  if (c.req.header('x-request-id')?.trim() === c.get('requestId')) ids.push(c.get('requestId'));
  if (parseTraceparent(c.req.header('traceparent'))) ids.push(c.get('trace').traceId);
  return ids;
}
