// Step: decide where the request runs. Loads the routing policy (PolicyStore: KV `policy/current`, cached,
// last-good kept), resolves the model alias (unknown → 404 `model_not_found`; not allowed for this key →
// 403), evaluates the policy and keeps the Decision on the context. A refusal (PII found and no on-prem
// target, or no usable target) is a 503 whose code says why (`pii_no_onprem`, `no_target`); no target is
// called. The decision headers are written by decisionHeaders() (./headers.ts), on every response that
// comes after a decision, errors included.
//
//   app.post('/v1/chat/completions', auth(), body({task}), inspect(), rateLimit(), decide({ store }), ...)
import type { MiddlewareHandler } from 'hono';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { Task } from '../../../shared/protocol/openai/schema.ts';
import {
  evaluatePolicy,
  type CompiledPolicy,
  type Decision,
  type RefuseDecision,
  type RequestFeatures,
} from '../../../shared/core/policy/index.ts';
import { timed, type AppContext, type AppEnv } from '../../context.ts';
import { PolicyStore, type PolicyProvider } from '../../policy-store.ts';
import { assertModelAllowed } from '../auth/index.ts';

export { decisionHeaders } from './headers.ts';

export interface DecideOptions {
  /** Where the policy comes from; one store per isolate (the app creates it). */
  store?: PolicyProvider;
  /** Called with each decision (metrics). */
  onDecision?: (decision: Decision) => void;
}

/** What the client is told for each refusal (never what was found: the decision headers name the types). */
const REFUSALS: Record<RefuseDecision['code'], string> = {
  pii_no_onprem: 'The request contains personal data and no on-premises target is available to process it; it was not sent anywhere.',
  unscanned_no_onprem:
    'The request contains content the gateway cannot scan for personal data (see x-triage-unscanned) and no on-premises target, nor one the policy allows it to go to, is available; it was not sent anywhere.',
  no_target: 'No usable target is configured for this request.',
};

/** Request headers the policy may route on: all but credentials. */
const PRIVATE_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

export function routingHeaders(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of h) if (!PRIVATE_HEADERS.has(k)) out[k] = v;
  return out;
}

/** 404 unless `model` is one of the policy's aliases (when it declares any); 400 if it does not serve `task`. */
export function resolveModel(policy: CompiledPolicy, model: string, task: Task): void {
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

/** Loads the policy for this request (shared with GET /v1/models). */
export async function policyFor(c: AppContext, store: PolicyProvider): Promise<CompiledPolicy> {
  const { policy } = await timed(c, 'policy', () => store.get(c.env.POLICY, c.get('config').policyCacheMs));
  c.set('policy', policy);
  return policy;
}

export function decide(options: DecideOptions = {}): MiddlewareHandler<AppEnv> {
  const store = options.store ?? new PolicyStore();
  const { onDecision } = options;
  return async function decide(c, next) {
    const policy = await policyFor(c, store);
    const { task, body } = c.get('request');
    const inspection = c.get('inspection');
    const caller = c.get('caller');
    resolveModel(policy, body.model, task);
    assertModelAllowed(caller, body.model);

    const metadata = task === 'chat' && body.metadata ? body.metadata : {};
    const features: RequestFeatures = {
      piiTypes: inspection.piiTypes,
      unscanned: inspection.unscanned,
      estimatedTokens: inspection.estimatedTokens,
      model: body.model,
      task,
      tenant: caller.tenant,
      stream: inspection.stream,
      metadata,
      headers: routingHeaders(c.req.raw.headers),
      requestId: c.get('requestId'),
    };
    const decision = await timed(c, 'decide', () => evaluatePolicy(policy, features));
    c.set('decision', decision);
    onDecision?.(decision);
    if (decision.kind === 'refuse') throw errors.unavailable(REFUSALS[decision.code], decision.code);
    await next();
  };
}
