// Model alias → SageMaker endpoints: which real-time endpoint `infer`/`stream` call (and, on it, which
// production variant or inference component), and which asynchronous endpoint `submit` queues jobs on.
//
// TRIAGE_ENDPOINTS (JSON) maps each alias to either
//   "<endpoint name>"                                   the short form: a real-time endpoint, nothing else
//   { "endpoint"?: "<real-time endpoint>",              InvokeEndpoint / InvokeEndpointWithResponseStream
//     "variant"?: "<production variant>",               → TargetVariant (endpoints with several variants)
//     "inferenceComponent"?: "<inference component>",   → InferenceComponentName (endpoints hosting components)
//     "asyncEndpoint"?: "<async endpoint>" }            InvokeEndpointAsync (submit/status)
// At least one of endpoint/asyncEndpoint; variant and inferenceComponent are exclusive (a component already
// lives on one variant) and need `endpoint` (InvokeEndpointAsync takes neither). Names follow SageMaker's rule
// (1–63 letters, digits, hyphens; no leading/trailing hyphen), so a typo fails at start-up, not per request.
import { z } from 'zod';
import type { CloudEvent } from '../../shared/protocol/cloud-contract.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';

/** The endpoints one model alias is served by. */
export interface AliasEndpoints {
  endpoint?: string;
  variant?: string;
  inferenceComponent?: string;
  asyncEndpoint?: string;
}

/** What the configuration may say for one alias: an endpoint name (the short form) or AliasEndpoints. */
export type AliasConfig = string | AliasEndpoints;

/** The real-time endpoint an invocation calls, and where on it. */
export interface RealtimeEndpoint {
  endpoint: string;
  variant?: string;
  inferenceComponent?: string;
}

const SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/;
const sageMakerName = (what: string) =>
  z
    .string()
    .max(63, `${what} is longer than SageMaker's 63 characters`)
    .regex(SAGEMAKER_NAME, `${what} must be a SageMaker name: letters, digits and hyphens, not starting or ending with a hyphen`);

const AliasEndpointsSchema = z
  .strictObject({
    endpoint: sageMakerName('endpoint').optional(),
    variant: sageMakerName('variant').optional(),
    inferenceComponent: sageMakerName('inferenceComponent').optional(),
    asyncEndpoint: sageMakerName('asyncEndpoint').optional(),
  })
  .refine((t) => t.endpoint !== undefined || t.asyncEndpoint !== undefined, {
    message: 'needs "endpoint" (real-time) and/or "asyncEndpoint"',
  })
  .refine((t) => !(t.variant && t.inferenceComponent), {
    message: '"variant" and "inferenceComponent" are exclusive (an inference component already lives on one variant)',
  })
  .refine((t) => t.endpoint !== undefined || (!t.variant && !t.inferenceComponent), {
    message: '"variant"/"inferenceComponent" target the real-time "endpoint", which is missing',
  });

const EndpointsSchema = z.record(
  z.string().min(1, 'a model alias must not be empty'),
  z.preprocess((v) => (typeof v === 'string' ? { endpoint: v } : v), AliasEndpointsSchema),
);

const SHAPE = 'a JSON object of model alias → endpoint name or {"endpoint"?, "variant"?, "inferenceComponent"?, "asyncEndpoint"?}';

/** Validates and normalises the alias configuration. Throws an Error saying what is wrong, and where. */
export function parseEndpoints(config: unknown, source = 'TRIAGE_ENDPOINTS'): Record<string, AliasEndpoints> {
  const parsed = EndpointsSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue && issue.path.length > 0 ? ` — ${issue.path.map(String).join('.')}: ${issue.message}` : issue ? ` — ${issue.message}` : '';
    throw new Error(`${source} must be ${SHAPE}${where}`);
  }
  const out: Record<string, AliasEndpoints> = {};
  for (const [alias, t] of Object.entries(parsed.data)) {
    // Drop absent keys so that `{endpoint}` from a string and from an object compare equal.
    out[alias] = Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as AliasEndpoints;
  }
  return out;
}

/** TRIAGE_ENDPOINTS (the JSON text) → the endpoints per alias. Throws a clear Error when it is missing or invalid. */
export function endpointsFromEnv(env: Record<string, string | undefined>): Record<string, AliasEndpoints> {
  const raw = env.TRIAGE_ENDPOINTS;
  if (!raw) throw new Error(`TRIAGE_ENDPOINTS is not set (${SHAPE})`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('TRIAGE_ENDPOINTS is not valid JSON');
  }
  return parseEndpoints(json);
}

function aliasEndpoints(endpoints: Record<string, AliasEndpoints>, event: CloudEvent): AliasEndpoints {
  const t = Object.hasOwn(endpoints, event.body.model) ? endpoints[event.body.model] : undefined;
  if (!t)
    throw errors.notFound(
      'The requested model is not served by the cloud tier (no endpoint is configured for it).',
      'model_not_found',
      'model',
    );
  return t;
}

/**
 * The real-time endpoint of the event's model alias (infer, stream). 404 `model_not_found` for an unknown alias;
 * 501 `async_only_model` for an alias deployed only for async jobs (5xx: the edge falls back to another target).
 */
export function resolveRealtimeEndpoint(endpoints: Record<string, AliasEndpoints>, event: CloudEvent): RealtimeEndpoint {
  const t = aliasEndpoints(endpoints, event);
  if (!t.endpoint)
    throw new ApiError(
      501,
      'server_error',
      'The requested model is deployed for async jobs only (gpuMode=async): use the submit function.',
      'async_only_model',
    );
  return {
    endpoint: t.endpoint,
    ...(t.variant ? { variant: t.variant } : {}),
    ...(t.inferenceComponent ? { inferenceComponent: t.inferenceComponent } : {}),
  };
}

/**
 * The asynchronous endpoint of the event's model alias (submit). 404 `model_not_found` for an unknown alias;
 * 501 `async_not_enabled` when the alias has no async endpoint (the default gpuMode=inference-components
 * deploys none).
 */
export function resolveAsyncEndpoint(endpoints: Record<string, AliasEndpoints>, event: CloudEvent): string {
  const t = aliasEndpoints(endpoints, event);
  if (!t.asyncEndpoint)
    throw new ApiError(
      501,
      'server_error',
      'Async jobs are not enabled for the requested model: it has no async endpoint (deploy the cloud tier with gpuMode=async).',
      'async_not_enabled',
    );
  return t.asyncEndpoint;
}

/** InvokeEndpoint / InvokeEndpointWithResponseStream's fields that say where the call goes. */
export function endpointParams(e: RealtimeEndpoint): { EndpointName: string; TargetVariant?: string; InferenceComponentName?: string } {
  return {
    EndpointName: e.endpoint,
    ...(e.variant ? { TargetVariant: e.variant } : {}),
    ...(e.inferenceComponent ? { InferenceComponentName: e.inferenceComponent } : {}),
  };
}
