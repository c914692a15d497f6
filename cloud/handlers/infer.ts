// The `infer` Lambda function: invoked (Lambda Invoke, RequestResponse) by the edge's `lambda` target with a
// CloudEvent (shared/protocol/cloud-contract.ts); calls SageMaker `InvokeEndpoint` on the endpoint the model alias maps
// to and returns a CloudResult whose body is the OpenAI response, or an OpenAI-style error.
//
// Defence in depth: the exact bytes sent to the endpoint are scanned with the scanner the edge runs
// (payload.ts) and refused if they carry PII or unscanned content, whatever the caller says — the endpoint
// never sees them.
//
// Results and the edge (edge/targets/lambda.ts): 4xx other than 408/429 = the request's fault, passed to the
// client; 408/429/5xx = the edge may fall back to another target. Every error result also carries the header
// `x-triage-retryable: true|false` saying which of the two it is (the edge passes `x-` headers through).
//
// Configuration (environment, read once per container):
//   TRIAGE_ENDPOINTS         JSON {"<model alias>": "<endpoint name>" | {"endpoint", "variant"?,
//                            "inferenceComponent"?, "asyncEndpoint"?}} (required; targets.ts has the rules)
//   SAGEMAKER_ENDPOINT_URL   endpoint override (the local endpoint in development); default: the regional one
//   SAGEMAKER_MAX_ATTEMPTS   SDK attempts per call (default 2: one retry of throttling/5xx/network errors)
//   SAGEMAKER_TIMEOUT_MS     per-attempt request timeout (default 60000; above the Lambda timeout it is moot)
//   TRIAGE_ALLOW_UNSCANNED   unscanned content kinds the endpoints may receive (payload.ts; default none)
//   AWS_REGION               (set by Lambda)
import { SageMakerRuntimeClient, InvokeEndpointCommand, SageMakerRuntimeServiceException } from '@aws-sdk/client-sagemaker-runtime';
import { z } from 'zod';
import { CLOUD_EVENT_VERSION, type CloudEvent, type CloudMode, type CloudResult } from '../../shared/protocol/cloud-contract.ts';
import type { UnscannedKind } from '../../shared/core/inspect/index.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import { REQUEST_SCHEMAS, TASKS } from '../../shared/protocol/openai/schema.ts';
import { intFromEnv } from './env.ts';
import { allowUnscannedFromEnv, checkedPayload } from './payload.ts';
import { parseTargets, syncTargetFor, targetsFromEnv, type SyncTarget, type TargetInput } from './targets.ts';

export interface InferConfig {
  /** model alias → SageMaker endpoint name, or {endpoint, variant?, inferenceComponent?, asyncEndpoint?} */
  endpoints: Record<string, TargetInput>;
  client: Pick<SageMakerRuntimeClient, 'send'>;
  /** Unscanned content kinds the endpoints may receive (payload.ts); default none. */
  allowUnscanned?: readonly UnscannedKind[];
}

export type InferHandler = (event: unknown) => Promise<CloudResult>;

const CloudEventSchema = z.object({
  version: z.literal(CLOUD_EVENT_VERSION),
  mode: z.enum(['buffered', 'stream', 'async']).optional(),
  task: z.enum(TASKS),
  body: z.looseObject({ model: z.string().min(1), stream: z.boolean().nullish() }),
  decision: z.object({ rule: z.string(), policyVersion: z.string(), target: z.string() }),
  trace: z.object({ traceparent: z.string(), requestId: z.string() }),
  tenant: z.string(),
});

/** Throws (an Error saying what is wrong) if `config.endpoints` is invalid. */
export function createInferHandler(config: InferConfig): InferHandler {
  const targets = parseTargets(config.endpoints, 'endpoints');
  return async (raw) => {
    try {
      const event = validateCloudEvent(raw, 'buffered');
      const payload = checkedPayload(event, 'buffered', config.allowUnscanned);
      const target = syncTargetFor(targets, event);
      const res = await invoke(config.client, target, event, payload);
      return { statusCode: 200, headers: { 'content-type': 'application/json', 'x-triage-endpoint': target.endpoint }, body: res };
    } catch (e) {
      return errorResult(e instanceof ApiError ? e : mapSageMakerError(e));
    }
  };
}

const FUNCTION_OF: Record<CloudMode, string> = { buffered: 'infer', stream: 'stream', async: 'submit' };

/**
 * Validates a CloudEvent (the PII check follows on the payload built from it: payload.ts). Shared by the `infer` (mode 'buffered':
 * `body.stream` must not be true), `stream` (mode 'stream': `body.stream` must not be false) and `submit`
 * (mode 'async': buffered, `body.stream` must not be true) handlers. An event that names another mode is refused.
 * Throws ApiError: 400 malformed/unsupported.
 */
export function validateCloudEvent(raw: unknown, mode: CloudMode = 'buffered'): CloudEvent {
  const parsed = CloudEventSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw errors.badRequest(
      `Malformed cloud event: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}.`,
      null,
      'invalid_event',
    );
  }
  const event = parsed.data as CloudEvent;
  if (event.mode !== undefined && event.mode !== mode)
    throw errors.badRequest(
      `The event is for the ${FUNCTION_OF[event.mode]} function (mode '${event.mode}'), not ${FUNCTION_OF[mode]}.`,
      'mode',
      'invalid_event',
    );
  if (event.task !== 'chat')
    throw errors.badRequest(
      `The cloud tier's ${FUNCTION_OF[mode]} function serves chat completions only, not '${event.task}'.`,
      null,
      'unsupported_task',
    );
  if (mode === 'buffered' && event.body.stream === true)
    throw errors.badRequest(
      'infer is buffered: body.stream must be false (streaming goes through the stream function).',
      'stream',
      'invalid_event',
    );
  if (mode === 'async' && event.body.stream === true)
    throw errors.badRequest('submit queues buffered jobs: body.stream must be false.', 'stream', 'invalid_event');
  if (mode === 'stream' && event.body.stream === false)
    throw errors.badRequest(
      'stream streams: body.stream must be true (buffered requests go through the infer function).',
      'stream',
      'invalid_event',
    );
  const body = REQUEST_SCHEMAS.chat.safeParse(event.body);
  if (!body.success) {
    const issue = body.error.issues[0];
    throw errors.badRequest(
      `Invalid chat completion request: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}.`,
      issue?.path.join('.') ?? null,
    );
  }
  return event;
}

/** InvokeEndpoint / InvokeEndpointWithResponseStream's target fields for a SyncTarget. */
export function targetParams(target: SyncTarget): { EndpointName: string; TargetVariant?: string; InferenceComponentName?: string } {
  return {
    EndpointName: target.endpoint,
    ...(target.variant ? { TargetVariant: target.variant } : {}),
    ...(target.inferenceComponent ? { InferenceComponentName: target.inferenceComponent } : {}),
  };
}

async function invoke(client: InferConfig['client'], target: SyncTarget, event: CloudEvent, payload: Uint8Array): Promise<string> {
  const endpoint = target.endpoint;
  const out = await client.send(
    new InvokeEndpointCommand({
      ...targetParams(target),
      ContentType: 'application/json',
      Accept: 'application/json',
      Body: payload,
      CustomAttributes: `traceparent=${event.trace.traceparent}`,
    }),
  );
  const text = out.Body ? new TextDecoder().decode(out.Body) : '';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw errors.badGateway(`Endpoint ${endpoint} answered with a body that is not JSON.`, 'bad_model_output');
  }
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { choices?: unknown }).choices))
    throw errors.badGateway(`Endpoint ${endpoint} answered with something that is not a chat completion.`, 'bad_model_output');
  return text;
}

/** SageMaker runtime errors (and the SDK's own) → OpenAI-style errors with the status the edge acts on. */
export function mapSageMakerError(e: unknown): ApiError {
  const err = e as {
    name?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
    OriginalStatusCode?: number;
    OriginalMessage?: string;
    code?: string;
  };
  const name = err?.name ?? 'Error';
  const msg = (err?.message ?? String(e)).slice(0, 300);
  if (e instanceof SageMakerRuntimeServiceException || err?.$metadata?.httpStatusCode) {
    switch (name) {
      case 'ModelError': {
        const original = err.OriginalStatusCode;
        // The model container rejected the input (4xx): the request's fault. Otherwise the model failed.
        if (original && original >= 400 && original < 500 && original !== 408 && original !== 429)
          return new ApiError(
            400,
            'invalid_request_error',
            `The model rejected the request: ${err.OriginalMessage ?? msg}`,
            'model_rejected_input',
          );
        return new ApiError(
          502,
          'server_error',
          `The model failed (ModelError${original ? `, container status ${original}` : ''}): ${msg}`,
          'model_error',
        );
      }
      case 'ModelNotReadyException':
        return new ApiError(
          503,
          'service_unavailable',
          `The model is not ready (scaling from zero or loading): ${msg}`,
          'model_not_ready',
          null,
          { 'retry-after': '10' },
        );
      case 'ServiceUnavailable':
        return new ApiError(503, 'service_unavailable', `SageMaker is unavailable: ${msg}`, 'upstream_unavailable', null, {
          'retry-after': '2',
        });
      case 'ValidationError':
        // The handler built this call from a validated request, so SageMaker refusing it means the deployment
        // (endpoint name, inference component, …) is wrong — not the client's fault; another target may serve it.
        return new ApiError(502, 'server_error', `SageMaker rejected the call (ValidationError): ${msg}`, 'upstream_misconfigured');
      case 'ThrottlingException':
        return new ApiError(429, 'rate_limit_error', `SageMaker throttled the call: ${msg}`, 'upstream_throttled', null, {
          'retry-after': '1',
        });
      case 'InternalDependencyException':
      case 'InternalFailure':
        return new ApiError(502, 'server_error', `SageMaker failed (${name}): ${msg}`, 'upstream_error');
    }
    const status = err.$metadata?.httpStatusCode ?? 502;
    if (status === 429)
      return new ApiError(429, 'rate_limit_error', `SageMaker throttled the call (${name}): ${msg}`, 'upstream_throttled');
    return new ApiError(502, 'server_error', `SageMaker call failed (${name}, HTTP ${status}): ${msg}`, 'upstream_error');
  }
  if (name === 'TimeoutError' || name === 'AbortError' || err?.code === 'ETIMEDOUT' || /timed? ?out/i.test(msg))
    return errors.timeout(`SageMaker did not answer in time: ${msg}`);
  return errors.badGateway(`SageMaker could not be reached (${name}): ${msg}`, 'upstream_unreachable');
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function errorResult(e: ApiError): CloudResult {
  return {
    statusCode: e.status,
    headers: { 'content-type': 'application/json', 'x-triage-retryable': String(isRetryableStatus(e.status)), ...e.headers },
    body: JSON.stringify(e.toBody()),
  };
}

// ---- configuration and the Lambda entry point --------------------------------------------------------------

export function configFromEnv(env: Record<string, string | undefined> = process.env): InferConfig {
  return { endpoints: targetsFromEnv(env), client: sageMakerClientFromEnv(env), allowUnscanned: allowUnscannedFromEnv(env) };
}

export function sageMakerClientFromEnv(env: Record<string, string | undefined> = process.env): SageMakerRuntimeClient {
  const timeout = intFromEnv(env, 'SAGEMAKER_TIMEOUT_MS', 60_000, 100, 900_000);
  return new SageMakerRuntimeClient({
    region: env.AWS_REGION ?? 'us-east-1',
    ...(env.SAGEMAKER_ENDPOINT_URL ? { endpoint: env.SAGEMAKER_ENDPOINT_URL } : {}),
    maxAttempts: intFromEnv(env, 'SAGEMAKER_MAX_ATTEMPTS', 2, 1, 10),
    // throwOnRequestTimeout: without it the SDK only logs a warning when requestTimeout is exceeded.
    requestHandler: { requestTimeout: timeout, throwOnRequestTimeout: true, connectionTimeout: Math.min(timeout, 5_000) },
  });
}

/**
 * A Lambda entry point whose handler is built once per container (configuration, SDK clients). A
 * configuration error is the deployment's fault: 500 `misconfigured`, so the edge falls back, and the log
 * says why; the next invocation tries again.
 */
export function entryPoint(name: string, create: () => (event: unknown) => Promise<CloudResult>): (event: unknown) => Promise<CloudResult> {
  let containerHandler: ((event: unknown) => Promise<CloudResult>) | undefined;
  return async (event) => {
    if (!containerHandler) {
      try {
        containerHandler = create();
      } catch (e) {
        console.error(`${name}: ${(e as Error).message}`);
        return errorResult(new ApiError(500, 'server_error', `The cloud tier is misconfigured: ${(e as Error).message}`, 'misconfigured'));
      }
    }
    return containerHandler(event);
  };
}

/** The Lambda entry point. */
export const handler: InferHandler = entryPoint('infer', () => createInferHandler(configFromEnv()));
