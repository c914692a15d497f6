// The handlers' SageMaker runtime client and what its failures mean for the edge: one SDK client per
// container from the environment, and SageMaker's errors (and the SDK's own) mapped to OpenAI-style errors
// with the status the edge acts on (4xx other than 408/429: the request's fault; 408/429/5xx: fall back).
//
// Configuration: SAGEMAKER_ENDPOINT_URL (endpoint override: the local endpoint in development),
// SAGEMAKER_MAX_ATTEMPTS (default 2: one retry of throttling/5xx/network errors), SAGEMAKER_TIMEOUT_MS
// (per-attempt request timeout, default 60000), AWS_REGION (set by Lambda).
import { SageMakerRuntimeClient, SageMakerRuntimeServiceException } from '@aws-sdk/client-sagemaker-runtime';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import { intFromEnv } from './env.ts';
import { isTimeoutFailure, sdkFailure, type SdkError } from './sdk-error.ts';

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

/** A handler's failure as the error it answers: an ApiError as it is, anything else read as SageMaker's. */
export function sageMakerFailure(e: unknown): ApiError {
  return e instanceof ApiError ? e : mapSageMakerError(e);
}

/** SageMaker runtime errors (and the SDK's own) → OpenAI-style errors with the status the edge acts on. */
export function mapSageMakerError(e: unknown): ApiError {
  const failure = sdkFailure(e);
  const { err, name, msg } = failure;
  if (err && (e instanceof SageMakerRuntimeServiceException || err.$metadata?.httpStatusCode)) {
    if (name === 'ModelError') return modelError(err, msg);
    return knownServiceError(name, msg) ?? otherServiceError(err, name, msg);
  }
  if (isTimeoutFailure(failure)) return errors.timeout(`SageMaker did not answer in time: ${msg}`);
  return errors.badGateway(`SageMaker could not be reached (${name}): ${msg}`, 'upstream_unreachable');
}

/** The model container rejected the input (4xx): the request's fault. Otherwise the model failed. */
function modelError(err: SdkError, msg: string): ApiError {
  const original = err.OriginalStatusCode;
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

function knownServiceError(name: string, msg: string): ApiError | undefined {
  switch (name) {
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
  return undefined;
}

function otherServiceError(err: SdkError, name: string, msg: string): ApiError {
  const status = err.$metadata?.httpStatusCode ?? 502;
  if (status === 429) return new ApiError(429, 'rate_limit_error', `SageMaker throttled the call (${name}): ${msg}`, 'upstream_throttled');
  return new ApiError(502, 'server_error', `SageMaker call failed (${name}, HTTP ${status}): ${msg}`, 'upstream_error');
}
