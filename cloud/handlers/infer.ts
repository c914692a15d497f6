// The `infer` Lambda function: invoked (Lambda Invoke, RequestResponse) by the edge's `lambda` target with a
// CloudEvent (shared/protocol/cloud-contract.ts; validated by event.ts); calls SageMaker `InvokeEndpoint` on the
// endpoint the model alias maps to (endpoints.ts) and returns a CloudResult whose body is the OpenAI response,
// or an OpenAI-style error.
//
// Defence in depth: the exact bytes sent to the endpoint are scanned with the scanner the edge runs
// (payload.ts) and refused if they carry PII or unscanned content, whatever the caller says — the endpoint
// never sees them.
//
// Results and the edge (edge/targets/lambda.ts): 4xx other than 408/429 = the request's fault, passed to the
// client; 408/429/5xx = the edge may fall back to another target. Every error result also carries the header
// `x-triage-retryable: true|false` saying which of the two it is (result.ts; SageMaker's errors: sagemaker.ts).
//
// Configuration (environment, read once per container):
//   TRIAGE_ENDPOINTS         JSON {"<model alias>": "<endpoint name>" | {"endpoint", "variant"?,
//                            "inferenceComponent"?, "asyncEndpoint"?}} (required; endpoints.ts has the rules)
//   SAGEMAKER_ENDPOINT_URL   endpoint override (the local endpoint in development); default: the regional one
//   SAGEMAKER_MAX_ATTEMPTS   SDK attempts per call (default 2: one retry of throttling/5xx/network errors)
//   SAGEMAKER_TIMEOUT_MS     per-attempt request timeout (default 60000; above the Lambda timeout it is moot)
//   TRIAGE_ALLOW_UNSCANNED   unscanned content kinds the endpoints may receive (payload.ts; default none)
//   AWS_REGION               (set by Lambda)
//   OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, …   OpenTelemetry spans over OTLP/HTTP (tracing.ts); off when unset
import { InvokeEndpointCommand, type SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { CloudEvent, CloudResult } from '../../shared/protocol/cloud-contract.ts';
import type { UnscannedKind } from '../../shared/core/inspect/index.ts';
import { errors } from '../../shared/protocol/openai/errors.ts';
import {
  endpointParams,
  endpointsFromEnv,
  parseEndpoints,
  resolveRealtimeEndpoint,
  type AliasConfig,
  type RealtimeEndpoint,
} from './endpoints.ts';
import { validateCloudEvent } from './event.ts';
import { isChatCompletion, parseJsonOrUndefined } from './json.ts';
import { allowUnscannedFromEnv, checkedPayload } from './payload.ts';
import { entryPoint, errorResult } from './result.ts';
import { sageMakerClientFromEnv, sageMakerFailure } from './sagemaker.ts';
import { tracedInfer } from './tracing.ts';
import { tracingFromEnv } from '../../shared/protocol/telemetry/tracing.ts';

export interface InferConfig {
  /** model alias → SageMaker endpoint name, or {endpoint, variant?, inferenceComponent?, asyncEndpoint?} */
  endpoints: Record<string, AliasConfig>;
  client: Pick<SageMakerRuntimeClient, 'send'>;
  /** Unscanned content kinds the endpoints may receive (payload.ts); default none. */
  allowUnscanned?: readonly UnscannedKind[];
}

export type InferHandler = (event: unknown) => Promise<CloudResult>;

/** Throws (an Error saying what is wrong) if `config.endpoints` is invalid. */
export function createInferHandler(config: InferConfig): InferHandler {
  const endpoints = parseEndpoints(config.endpoints, 'endpoints');
  return async (raw) => {
    try {
      const event = validateCloudEvent(raw, 'buffered');
      const payload = checkedPayload(event, 'buffered', config.allowUnscanned);
      const endpoint = resolveRealtimeEndpoint(endpoints, event);
      const res = await invoke(config.client, endpoint, event, payload);
      return { statusCode: 200, headers: { 'content-type': 'application/json', 'x-triage-endpoint': endpoint.endpoint }, body: res };
    } catch (e) {
      return errorResult(sageMakerFailure(e));
    }
  };
}

/** InvokeEndpoint with the checked payload; the answer's text, which must be a chat completion (else 502). */
async function invoke(client: InferConfig['client'], endpoint: RealtimeEndpoint, event: CloudEvent, payload: Uint8Array): Promise<string> {
  const out = await client.send(
    new InvokeEndpointCommand({
      ...endpointParams(endpoint),
      ContentType: 'application/json',
      Accept: 'application/json',
      Body: payload,
      CustomAttributes: `traceparent=${event.trace.traceparent}`,
    }),
  );
  const text = out.Body ? new TextDecoder().decode(out.Body) : '';
  const json = parseJsonOrUndefined(text);
  if (json === undefined)
    throw errors.badGateway(`Endpoint ${endpoint.endpoint} answered with a body that is not JSON.`, 'bad_model_output');
  if (!isChatCompletion(json))
    throw errors.badGateway(`Endpoint ${endpoint.endpoint} answered with something that is not a chat completion.`, 'bad_model_output');
  return text;
}

// ---- configuration and the Lambda entry point --------------------------------------------------------------

export function configFromEnv(env: Record<string, string | undefined> = process.env): InferConfig {
  return { endpoints: endpointsFromEnv(env), client: sageMakerClientFromEnv(env), allowUnscanned: allowUnscannedFromEnv(env) };
}

/** The Lambda entry point. */
export const handler: InferHandler = entryPoint('infer', () =>
  tracedInfer(createInferHandler(configFromEnv()), tracingFromEnv(process.env, 'triage-cloud')),
);
