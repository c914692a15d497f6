// The `submit` Lambda function: queues a chat completion as an asynchronous job on the GPU's async endpoint.
// Invoked (Lambda Invoke, RequestResponse) with the same CloudEvent as `infer` (shared/protocol/cloud-contract.ts;
// `mode` absent or 'async', `body.stream` not true), it
//   1. validates the event and checks the payload exactly as infer does (validateCloudEvent: 400;
//      checkedPayload: 403 `pii_not_allowed` / `unscanned_not_allowed`; nothing is written, nothing is queued),
//   2. finds the alias's async endpoint (targets.ts; none → 501 `async_not_enabled`: the default
//      gpuMode=inference-components deploys a real-time endpoint only),
//   3. writes the checked payload (those bytes, no others) to s3://<bucket>/<input prefix><tenant key>/<job id>.json (PutObject),
//   4. calls SageMaker `InvokeEndpointAsync` (InputLocation, InferenceId = the job id, JSON in and out,
//      RequestTTLSeconds / InvocationTimeoutSeconds set explicitly),
//   5. stores the job record (tenant key, model, the OutputLocation / FailureLocation SageMaker answered) under
//      the jobs prefix (cloud/jobs/store.ts), and answers 202 with the CloudJob, `status: "queued"`.
// `status` (status.ts) reads it back. Errors: infer's mapping for SageMaker, mapS3Error for S3; every error
// result carries `x-triage-retryable`.
//
// Configuration (environment, read once per container): TRIAGE_ENDPOINTS (aliases with `asyncEndpoint`),
// TRIAGE_ASYNC_BUCKET and the TRIAGE_ASYNC_*_PREFIX settings (store.ts), TRIAGE_ASYNC_REQUEST_TTL_SECONDS
// (default 21600, SageMaker's own default and maximum), TRIAGE_ASYNC_INVOCATION_TIMEOUT_SECONDS (default 900),
// the SAGEMAKER_* settings and TRIAGE_ALLOW_UNSCANNED of infer, S3_ENDPOINT_URL / S3_MAX_ATTEMPTS / S3_TIMEOUT_MS (store.ts).
import { InvokeEndpointAsyncCommand, type SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { z } from 'zod';
import { CLOUD_EVENT_VERSION, type CloudJob, type CloudResult } from '../../shared/protocol/cloud-contract.ts';
import type { UnscannedKind } from '../../shared/core/inspect/index.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import {
  asyncStoreFromEnv,
  inputKey,
  jobKey,
  keyUnder,
  mapS3Error,
  newJobId,
  putJson,
  putObject,
  s3ClientFromEnv,
  s3Uri,
  tenantKey,
  type AsyncStore,
  type JobRecord,
  type S3Like,
} from '../jobs/store.ts';
import { intFromEnv } from './env.ts';
import { allowUnscannedFromEnv, checkedPayload } from './payload.ts';
import { entryPoint, errorResult, mapSageMakerError, sageMakerClientFromEnv, validateCloudEvent } from './infer.ts';
import { asyncEndpointFor, parseTargets, targetsFromEnv, type TargetInput } from './targets.ts';

export interface SubmitConfig {
  endpoints: Record<string, TargetInput>;
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

/** Throws (an Error saying what is wrong) if `config.endpoints` is invalid. */
export function createSubmitHandler(config: SubmitConfig): SubmitHandler {
  const targets = parseTargets(config.endpoints, 'endpoints');
  const ttl = config.requestTtlSeconds ?? 21_600;
  const runFor = config.invocationTimeoutSeconds ?? 900;
  const now = config.now ?? Date.now;
  const makeId = config.newJobId ?? newJobId;
  const { store } = config;

  return async (raw) => {
    try {
      const event = validateCloudEvent(raw, 'async');
      const payload = checkedPayload(event, 'async', config.allowUnscanned);
      if (!Tenant.safeParse(event.tenant).success)
        throw errors.badRequest(
          'Malformed cloud event: tenant must be 1–256 printable ASCII characters (async jobs are bound to it).',
          'tenant',
          'invalid_event',
        );
      const endpoint = asyncEndpointFor(targets, event);
      const id = makeId();
      const created = Math.floor(now() / 1000);
      const input = inputKey(store, event.tenant, id);

      try {
        await putObject(config.s3, store.bucket, input, payload, { 'triage-job': id, 'triage-tenant-key': tenantKey(event.tenant) });
      } catch (e) {
        throw mapS3Error(e);
      }

      let queued: { OutputLocation?: string | undefined; FailureLocation?: string | undefined };
      try {
        queued = await config.sagemaker.send(
          new InvokeEndpointAsyncCommand({
            EndpointName: endpoint,
            InputLocation: s3Uri(store.bucket, input),
            InferenceId: id,
            ContentType: 'application/json',
            Accept: 'application/json',
            CustomAttributes: `traceparent=${event.trace.traceparent}`,
            RequestTTLSeconds: ttl,
            InvocationTimeoutSeconds: runFor,
          }),
        );
      } catch (e) {
        throw mapSageMakerError(e);
      }
      // The endpoint's AsyncInferenceConfig decides where results go; status can read only the configured
      // prefixes. A mismatch is the deployment's fault: say so now rather than report "in progress" forever.
      if (!keyUnder(store, queued.OutputLocation, store.outputPrefix) || !keyUnder(store, queued.FailureLocation, store.failurePrefix)) {
        console.error(
          `submit: ${endpoint} writes results outside s3://${store.bucket}/${store.outputPrefix} / ${store.failurePrefix} (job ${id})`,
        );
        throw new ApiError(
          502,
          'server_error',
          `The async endpoint ${endpoint} writes its results outside the configured output/failure prefixes.`,
          'upstream_misconfigured',
        );
      }

      const record: JobRecord = {
        version: CLOUD_EVENT_VERSION,
        id,
        tenant_key: tenantKey(event.tenant),
        model: event.body.model,
        endpoint,
        created,
        expires_at: created + ttl + runFor + EXPIRY_GRACE_SECONDS,
        input_location: s3Uri(store.bucket, input),
        output_location: queued.OutputLocation!,
        failure_location: queued.FailureLocation!,
      };
      try {
        await putJson(config.s3, store.bucket, jobKey(store, event.tenant, id), record);
      } catch (e) {
        throw mapS3Error(e);
      }
      const job: CloudJob = { id, object: 'triage.job', status: 'queued', created, model: record.model, expires_at: record.expires_at };
      return {
        statusCode: 202,
        headers: { 'content-type': 'application/json', 'x-triage-endpoint': endpoint, 'x-triage-job': id },
        body: JSON.stringify(job),
      };
    } catch (e) {
      return errorResult(e instanceof ApiError ? e : mapSageMakerError(e));
    }
  };
}

// ---- configuration and the Lambda entry point --------------------------------------------------------------

export function submitConfigFromEnv(env: Record<string, string | undefined> = process.env): SubmitConfig {
  return {
    endpoints: targetsFromEnv(env),
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
