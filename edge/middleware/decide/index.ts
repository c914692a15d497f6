// Step: decide where the request runs. Loads the routing policy (PolicyStore: KV `policy/current`, cached,
// last-good kept), checks the model alias (one the policy does not declare → 404 `model_not_found`; not
// allowed for this key → 403), evaluates the policy and keeps the Decision on the context. A refusal (PII
// found and no on-prem target, or no usable target) is a 503 whose code says why (`pii_no_onprem`,
// `sticky_no_onprem`, `no_target`); one where no target left can serve the request (tools, response_format,
// images, task, context: shared/core/policy/capabilities.ts) a 400 `no_capable_target`; no target is called. The decision headers are written by decisionHeaders() (./headers.ts),
// on every response that comes after a decision, errors included.
//
//   app.post('/v1/chat/completions', auth(), body({task}), inspect(), rateLimit(), decide({ store }), ...)
//
// Sets `policy`, `features` (what the policy routed on; the shadow step re-evaluates them), `decision`
// (refusals included, for the headers and the log) and `routeDecision` (the same decision, set only when it
// routes: what the later steps run by) — DecideVars. Reads `caller` (auth),
// `request` (body), `inspection` (inspect), `sticky` (sticky, when the app runs it: a sticky session is
// routed as if it carried PII) and `config`, `requestId`, `timings` (telemetry).
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../../config.ts';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { Task } from '../../../shared/protocol/openai/schema.ts';
import {
  evaluatePolicy,
  type CompiledPolicy,
  type Decision,
  type RefuseDecision,
  type RequestFeatures,
} from '../../../shared/core/policy/index.ts';
import type { Env } from '../../env.ts';
import { PolicyStore, type PolicyProvider } from '../../policy-store.ts';
import { assertModelAllowed } from '../auth/index.ts';
import type { AuthVars } from '../auth/vars.ts';
import type { BodyVars } from '../body/vars.ts';
import type { InspectVars } from '../inspect/vars.ts';
import type { StickyVars } from '../sticky/vars.ts';
import { timed, type Timings } from '../telemetry/timings.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import type { DecideVars } from './vars.ts';

export { decisionHeaders } from './headers.ts';

type DecideEnv = { Bindings: Env; Variables: DecideVars & AuthVars & BodyVars & InspectVars & TelemetryVars & Partial<StickyVars> };

export interface DecideOptions {
  /** Where the policy comes from; one store per isolate (the app creates it). */
  store?: PolicyProvider;
  /** Called with each decision (metrics). */
  onDecision?: (decision: Decision) => void;
}

/** What the client is told for each refusal (never what was found: the decision headers name the types). */
const REFUSALS: Record<RefuseDecision['code'], string> = {
  pii_no_onprem: 'The request contains personal data and no on-premises target is available to process it; it was not sent anywhere.',
  sticky_no_onprem:
    'Personal data was seen earlier in this session, so its requests may only run on premises, and no on-premises target is available; it was not sent anywhere.',
  unscanned_no_onprem:
    'The request contains content the gateway cannot scan for personal data (see x-triage-unscanned) and no on-premises target, nor one the policy allows it to go to, is available; it was not sent anywhere.',
  no_target: 'No usable target is configured for this request.',
  no_capable_target:
    'No target this request may go to can serve it (its task, model, tools, response_format, images or context length); it was not sent anywhere.',
};

/** Request headers the policy may route on: all but credentials. */
const PRIVATE_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

export function routingHeaders(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of h) if (!PRIVATE_HEADERS.has(k)) out[k] = v;
  return out;
}

/** 404 unless `model` is one of the policy's aliases (when it declares any); 400 if it does not serve `task`. */
export function assertModelDeclared(policy: CompiledPolicy, model: string, task: Task): void {
  const models = policy.spec.models;
  if (!models) return;
  const alias = Object.hasOwn(models, model) ? models[model] : undefined;
  // The model value is request content: the messages name the parameter, never quote it.
  if (!alias)
    throw errors.notFound(
      'The requested model does not exist or you do not have access to it. GET /v1/models lists the models.',
      'model_not_found',
      'model',
    );
  if (!alias.tasks.includes(task))
    throw errors.badRequest(`The requested model does not serve ${task} requests.`, 'model', 'model_not_supported');
}

/** The policy to route by now (shared with GET /v1/models). */
export async function currentPolicy(store: PolicyProvider, env: Env, config: Config, timings: Timings): Promise<CompiledPolicy> {
  const { policy } = await timed(timings, 'policy', () => store.get(env.POLICY, config.policyCacheMs));
  return policy;
}

export function decide(options: DecideOptions = {}): MiddlewareHandler<DecideEnv> {
  const store = options.store ?? new PolicyStore();
  const { onDecision } = options;
  return async function decide(c, next) {
    const policy = await currentPolicy(store, c.env, c.get('config'), c.get('timings'));
    c.set('policy', policy);
    const { body, task } = c.get('request');
    assertModelDeclared(policy, body.model, task);
    assertModelAllowed(c.get('caller'), body.model);
    const features = requestFeatures(c);
    c.set('features', features);
    const decision = await timed(c.get('timings'), 'decide', () => evaluatePolicy(policy, features));
    if (c.get('sticky')?.cause === 'unreachable')
      decision.reasons.unshift('sticky: the sessions store could not be asked; the session is treated as sticky (fail closed)');
    c.set('decision', decision);
    onDecision?.(decision);
    if (decision.kind === 'refuse') throw refusalError(decision);
    c.set('routeDecision', decision);
    await next();
  };
}

/** The error a refusal answers with: 400 when no target can serve the request, else 503 (both not retried). */
function refusalError(decision: RefuseDecision) {
  if (decision.code === 'no_capable_target') return errors.incapable(REFUSALS[decision.code]);
  return errors.refused(REFUSALS[decision.code], decision.code);
}

/** What the policy may route on: the inspection, the request's model, task, tenant, metadata and headers. */
function requestFeatures(c: Context<DecideEnv>): RequestFeatures {
  const { task, body } = c.get('request');
  const inspection = c.get('inspection');
  const raw = c.req.raw.headers;
  let headers: Record<string, string> | undefined;
  return {
    piiTypes: inspection.piiTypes,
    unscanned: inspection.unscanned,
    estimatedTokens: inspection.estimatedTokens,
    model: body.model,
    task,
    tenant: c.get('caller').tenant,
    stream: inspection.stream,
    metadata: task === 'chat' && body.metadata ? body.metadata : {},
    // Read only where a rule (live or shadow) routes on a header: copied out of the request on first use.
    get headers() {
      return (headers ??= routingHeaders(raw));
    },
    requestId: c.get('requestId'),
    ...(c.get('sticky')?.sticky ? { sticky: true } : {}),
    // The tagger runs only on what the rules found clean: PII it found is its alone, too uncertain to redact.
    ...(inspection.tagger?.ran && inspection.piiTypes.length > 0 ? { piiUncertain: true } : {}),
    ...(inspection.needs ? { needs: inspection.needs } : {}),
  };
}
