// The `submit` Lambda function: queues a chat completion as an asynchronous job on the GPU's async endpoint.
// Invoked (Lambda Invoke, RequestResponse) with the same CloudEvent as `infer` (shared/protocol/cloud-contract.ts;
// `mode` absent or 'async', `body.stream` not true), it
//   1. validates the event and checks the payload exactly as infer does (validateCloudEvent: 400;
//      checkedPayload: 403 `pii_not_allowed` / `unscanned_not_allowed`; nothing is written, nothing is queued),
//   2. finds the alias's async endpoint (endpoints.ts; none → 501 `async_not_enabled`: the default
//      gpuMode=inference-components deploys a real-time endpoint only),
//   3. writes the checked payload (those bytes, no others) to s3://<bucket>/<input prefix><tenant key>/<job id>.json (PutObject),
//   4. calls SageMaker `InvokeEndpointAsync` (InputLocation, InferenceId = the job id, JSON in and out,
//      RequestTTLSeconds / InvocationTimeoutSeconds set explicitly),
//   5. stores the job record (tenant key, model, the OutputLocation / FailureLocation SageMaker answered) under
//      the jobs prefix (cloud/jobs/store.ts), and answers 202 with the CloudJob, `status: "queued"`.
// `status` (status.ts) reads it back. Errors: infer's mapping for SageMaker (sagemaker.ts), mapS3Error for S3;
// every error result carries `x-triage-retryable` (result.ts).
//
// Configuration (environment, read once per container): TRIAGE_ENDPOINTS (aliases with `asyncEndpoint`),
// TRIAGE_ASYNC_BUCKET and the TRIAGE_ASYNC_*_PREFIX settings (store.ts), TRIAGE_ASYNC_REQUEST_TTL_SECONDS
// (default 21600, SageMaker's own default and maximum), TRIAGE_ASYNC_INVOCATION_TIMEOUT_SECONDS (default 900),
// the SAGEMAKER_* settings and TRIAGE_ALLOW_UNSCANNED of infer, S3_ENDPOINT_URL / S3_MAX_ATTEMPTS / S3_TIMEOUT_MS (store.ts).
import { InvokeEndpointAsyncCommand, type SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { z } from 'zod';
import { CLOUD_EVENT_VERSION, type CloudEvent, type CloudJob, type CloudResult } from '../../shared/protocol/cloud-contract.ts';
import type { UnscannedKind } from '../../shared/core/inspect/index.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import {
  asyncStoreFromEnv,
  inputKey,
  jobKey,
  keyUnder,
  newJobId,
  putJson,
  putObject,
  s3Call,
  s3ClientFromEnv,
  tenantKey,
  type AsyncStore,
  type JobRecord,
  type S3Like,
} from '../jobs/store.ts';
import { s3Uri } from '../s3-uri.ts';
import { endpointsFromEnv, parseEndpoints, resolveAsyncEndpoint, type AliasConfig, type AliasEndpoints } from './endpoints.ts';
import { intFromEnv } from './env.ts';
import { validateCloudEvent } from './event.ts';
import { allowUnscannedFromEnv, checkedPayload } from './payload.ts';
import { entryPoint, errorResult } from './result.ts';
import { mapSageMakerError, sageMakerClientFromEnv, sageMakerFailure } from './sagemaker.ts';

export interface SubmitConfig {
  endpoints: Record<string, AliasConfig>;
  sagemaker: Pick<SageMakerRuntimeClient, 'send'>;
  s3: S3Like;
  store: AsyncStore;
  /** Seconds a job may wait in the endpoint's queue (SageMaker: 60–21600, default 21600). */
  requestTtlSeconds?: number;
  /** Seconds the model may run on it (SageMaker: 1–3600, default 900). */
  invocationTimeoutSeconds?: number;
  /** Unix milliseconds (tests). */
  now?: () => number;
  newJobId?: () => string;
  /** Unscanned content kinds the endpoints may receive (payload.ts); default none. */
  allowUnscanned?: readonly UnscannedKind[];
}

export type SubmitHandler = (event: unknown) => Promise<CloudResult>;

/** How long after its last possible moment (TTL + run time) a job with no result is reported expired. */
export const EXPIRY_GRACE_SECONDS = 300;

/** A tenant: 1–256 printable characters (it is bound into the job's keys). */
const Tenant = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x20-\x7e]+$/);

/** The handler's settings with their defaults applied. */
interface Submitter {
  config: SubmitConfig;
  endpoints: Record<string, AliasEndpoints>;
  store: AsyncStore;
  ttl: number;
  runFor: number;
  now: () => number;
  makeId: () => string;
}

/** One job being submitted. */
interface Submission {
  event: CloudEvent;
  endpoint: string;
  id: string;
  created: number;
  /** The key of the input object. */
  input: string;
}

/** Where SageMaker will write the job's result or its error document. */
interface Locations {
  output: string;
  failure: string;
}

/** Throws (an Error saying what is wrong) if `config.endpoints` is invalid. */
export function createSubmitHandler(config: SubmitConfig): SubmitHandler {
  const submitter: Submitter = {
    config,
    endpoints: parseEndpoints(config.endpoints, 'endpoints'),
    store: config.store,
    ttl: config.requestTtlSeconds ?? 21_600,
    runFor: config.invocationTimeoutSeconds ?? 900,
    now: config.now ?? Date.now,
    makeId: config.newJobId ?? newJobId,
  };
  return async (raw) => {
    try {
      return await submit(submitter, raw);
    } catch (e) {
      return errorResult(sageMakerFailure(e));
    }
  };
}

async function submit(submitter: Submitter, raw: unknown): Promise<CloudResult> {
  const { config, store } = submitter;
  const event = validateCloudEvent(raw, 'async');
  const payload = checkedPayload(event, 'async', config.allowUnscanned);
  if (!Tenant.safeParse(event.tenant).success)
    throw errors.badRequest(
      'Malformed cloud event: tenant must be 1–256 printable ASCII characters (async jobs are bound to it).',
      'tenant',
      'invalid_event',
    );
  const endpoint = resolveAsyncEndpoint(submitter.endpoints, event);
  const id = submitter.makeId();
  const job: Submission = { event, endpoint, id, created: Math.floor(submitter.now() / 1000), input: inputKey(store, event.tenant, id) };
  await s3Call(() =>
    putObject(config.s3, store.bucket, job.input, payload, { 'triage-job': id, 'triage-tenant-key': tenantKey(event.tenant) }),
  );
  const record = jobRecord(submitter, job, await queue(submitter, job));
  await s3Call(() => putJson(config.s3, store.bucket, jobKey(store, event.tenant, id), record));
  const answer: CloudJob = {
    id,
    object: 'triage.job',
    status: 'queued',
    created: record.created,
    model: record.model,
    expires_at: record.expires_at,
  };
  return {
    statusCode: 202,
    headers: { 'content-type': 'application/json', 'x-triage-endpoint': endpoint, 'x-triage-job': id },
    body: JSON.stringify(answer),
  };
}

/** InvokeEndpointAsync on the stored input; the locations SageMaker will write (checked against the store). */
async function queue(submitter: Submitter, job: Submission): Promise<Locations> {
  const { store } = submitter;
  let queued: { OutputLocation?: string | undefined; FailureLocation?: string | undefined };
  try {
    queued = await submitter.config.sagemaker.send(
      new InvokeEndpointAsyncCommand({
        EndpointName: job.endpoint,
        InputLocation: s3Uri(store.bucket, job.input),
        InferenceId: job.id,
        ContentType: 'application/json',
        Accept: 'application/json',
        CustomAttributes: `traceparent=${job.event.trace.traceparent}`,
        RequestTTLSeconds: submitter.ttl,
        InvocationTimeoutSeconds: submitter.runFor,
      }),
    );
  } catch (e) {
    throw mapSageMakerError(e);
  }
  // The endpoint's AsyncInferenceConfig decides where results go; status can read only the configured
  // prefixes. A mismatch is the deployment's fault: say so now rather than report "in progress" forever.
  const { OutputLocation: output, FailureLocation: failure } = queued;
  if (!output || !failure || !keyUnder(store, output, store.outputPrefix) || !keyUnder(store, failure, store.failurePrefix)) {
    console.error(
      `submit: ${job.endpoint} writes results outside s3://${store.bucket}/${store.outputPrefix} / ${store.failurePrefix} (job ${job.id})`,
    );
    throw new ApiError(
      502,
      'server_error',
      `The async endpoint ${job.endpoint} writes its results outside the configured output/failure prefixes.`,
      'upstream_misconfigured',
    );
  }
  return { output, failure };
}

function jobRecord(submitter: Submitter, job: Submission, locations: Locations): JobRecord {
  return {
    version: CLOUD_EVENT_VERSION,
    id: job.id,
    tenant_key: tenantKey(job.event.tenant),
    model: job.event.body.model,
    endpoint: job.endpoint,
    created: job.created,
    expires_at: job.created + submitter.ttl + submitter.runFor + EXPIRY_GRACE_SECONDS,
    input_location: s3Uri(submitter.store.bucket, job.input),
    output_location: locations.output,
    failure_location: locations.failure,
  };
}

// ---- configuration and the Lambda entry point --------------------------------------------------------------

export function submitConfigFromEnv(env: Record<string, string | undefined> = process.env): SubmitConfig {
  return {
    endpoints: endpointsFromEnv(env),
    store: asyncStoreFromEnv(env),
    requestTtlSeconds: intFromEnv(env, 'TRIAGE_ASYNC_REQUEST_TTL_SECONDS', 21_600, 60, 21_600),
    invocationTimeoutSeconds: intFromEnv(env, 'TRIAGE_ASYNC_INVOCATION_TIMEOUT_SECONDS', 900, 1, 3_600),
    sagemaker: sageMakerClientFromEnv(env),
    s3: s3ClientFromEnv(env),
    allowUnscanned: allowUnscannedFromEnv(env),
  };
}

/** The Lambda entry point: configuration and the SDK clients are created once per container. */
export const handler: SubmitHandler = entryPoint('submit', () => createSubmitHandler(submitConfigFromEnv()));
