// The `status` Lambda function: where an async job (submit.ts) stands. Invoked (Lambda Invoke, RequestResponse)
// with a CloudJobStatusEvent `{version: 1, job, tenant}` (shared/protocol/cloud-contract.ts); answers 200 with the
// CloudJob:
//   - the endpoint wrote the output object      → `completed`, `result` = the chat completion it produced
//   - it wrote the failure object               → `failed`, `error` in OpenAI's shape (the model rejected the
//                                                  input: invalid_request_error/model_rejected_input; else
//                                                  server_error/model_error)
//   - neither, before the job's `expires_at`    → `in_progress`
//   - neither, after it                         → `failed`, code `job_expired` (SageMaker dropped it: TTL)
// A malformed event → 400 `invalid_event`. A job id that is not one (JOB_ID_PATTERN), an unknown job, and
// another tenant's job all answer the same 404 `job_not_found`: the record is looked up under the caller's own
// tenant key (store.ts), so another tenant's job is simply not there — no existence leak. Reads only: the job
// record, then the output / failure object named in it (which must lie under the configured prefixes).
//
// Configuration (environment, read once per container): TRIAGE_ASYNC_BUCKET and the TRIAGE_ASYNC_*_PREFIX
// settings, S3_ENDPOINT_URL / S3_MAX_ATTEMPTS / S3_TIMEOUT_MS (cloud/jobs/store.ts).
import { z } from 'zod';
import {
  CLOUD_EVENT_VERSION,
  isJobId,
  type CloudJob,
  type CloudJobStatusEvent,
  type CloudResult,
} from '../../shared/protocol/cloud-contract.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import {
  asyncStoreFromEnv,
  getIfExists,
  JobRecordSchema,
  jobKey,
  keyUnder,
  mapS3Error,
  s3Call,
  s3ClientFromEnv,
  tenantKey,
  type AsyncStore,
  type JobRecord,
  type S3Like,
} from '../jobs/store.ts';
import { malformedEvent } from './event.ts';
import { isChatCompletion, parseJsonOrUndefined } from './json.ts';
import { entryPoint, errorResult } from './result.ts';
import { mapSageMakerError } from './sagemaker.ts';

export interface StatusConfig {
  s3: S3Like;
  store: AsyncStore;
  /** Unix milliseconds (tests). */
  now?: () => number;
}

export type StatusHandler = (event: unknown) => Promise<CloudResult>;

const StatusEventSchema = z.object({
  version: z.literal(CLOUD_EVENT_VERSION),
  job: z.string().max(200),
  tenant: z.string().min(1).max(256),
  trace: z.object({ traceparent: z.string(), requestId: z.string() }).optional(),
});

const notFound = () => errors.notFound('No such job.', 'job_not_found', 'job');

export function createStatusHandler(config: StatusConfig): StatusHandler {
  const now = config.now ?? Date.now;
  return async (raw) => {
    try {
      const parsed = StatusEventSchema.safeParse(raw);
      if (!parsed.success) throw malformedEvent('status event', parsed.error);
      const event: CloudJobStatusEvent = parsed.data;
      // Strict: only ids submit can have made; anything else is not looked up at all.
      if (!isJobId(event.job)) throw notFound();
      const record = await readRecord(config.s3, config.store, event);
      if (!record) throw notFound();
      return ok(await jobStatus(config, record, now));
    } catch (e) {
      return errorResult(e instanceof ApiError ? e : mapS3Error(e));
    }
  };
}

/** Where the job stands: its result, its failure, in progress, or expired (no result by `expires_at`). */
async function jobStatus({ s3, store }: StatusConfig, record: JobRecord, now: () => number): Promise<CloudJob> {
  const job: CloudJob = {
    id: record.id,
    object: 'triage.job',
    status: 'in_progress',
    created: record.created,
    model: record.model,
    expires_at: record.expires_at,
  };
  const outputKey = keyUnder(store, record.output_location, store.outputPrefix);
  const failureKey = keyUnder(store, record.failure_location, store.failurePrefix);
  if (!outputKey || !failureKey)
    throw new ApiError(
      502,
      'server_error',
      'The job record points outside the configured output/failure prefixes.',
      'storage_misconfigured',
    );

  const output = await read(s3, store.bucket, outputKey);
  if (output !== null) return completed(job, output);
  const failure = await read(s3, store.bucket, failureKey);
  if (failure !== null) return failed(job, failureError(failure));
  if (Math.floor(now() / 1000) > record.expires_at)
    return failed(
      job,
      new ApiError(
        504,
        'server_error',
        'The job expired before the model produced a result (request TTL or invocation timeout).',
        'job_expired',
      ),
    );
  return job;
}

function ok(job: CloudJob): CloudResult {
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(job) };
}

function failed(job: CloudJob, e: ApiError): CloudJob {
  return { ...job, status: 'failed', error: e.toBody().error };
}

/** The caller's own job record (looked up under its tenant key), or null. */
async function readRecord(s3: S3Like, store: AsyncStore, event: CloudJobStatusEvent): Promise<JobRecord | null> {
  const text = await read(s3, store.bucket, jobKey(store, event.tenant, event.job));
  if (text === null) return null;
  const json = parseJsonOrUndefined(text);
  if (json === undefined) throw new ApiError(502, 'server_error', 'The job record is not JSON.', 'storage_error');
  const rec = JobRecordSchema.safeParse(json);
  if (!rec.success) throw new ApiError(502, 'server_error', 'The job record is malformed.', 'storage_error');
  // Defence in depth: the key already says whose job it is; the record must agree.
  if (rec.data.id !== event.job || rec.data.tenant_key !== tenantKey(event.tenant)) return null;
  return rec.data;
}

function read(s3: S3Like, bucket: string, key: string): Promise<string | null> {
  return s3Call(() => getIfExists(s3, bucket, key));
}

/** The output object → `completed` with the chat completion, or `failed` if it is not one. */
function completed(job: CloudJob, text: string): CloudJob {
  const json = parseJsonOrUndefined(text);
  if (!isChatCompletion(json))
    return failed(job, errors.badGateway('The endpoint wrote a result that is not a chat completion.', 'bad_model_output'));
  return { ...job, status: 'completed', result: json };
}

const FailureDocument = z.looseObject({
  ErrorCode: z.string().optional(),
  Message: z.string().optional(),
  message: z.string().optional(),
  OriginalStatusCode: z.number().int().optional(),
  OriginalMessage: z.string().optional(),
});

/**
 * The failure object → the OpenAI error. SageMaker writes the model container's error there; a JSON document
 * with ModelError's fields (as the local endpoint writes) is read as infer reads a ModelError, anything else
 * (plain text) is the message of a model error.
 */
function failureError(text: string): ApiError {
  const parsed = FailureDocument.safeParse(parseJsonOrUndefined(text));
  const doc = parsed.success ? parsed.data : undefined;
  const message = (doc?.Message ?? doc?.message ?? text).trim().slice(0, 300) || 'no details';
  // Read it as infer reads a ModelError exception (same statuses, codes and wording).
  return mapSageMakerError({
    name: doc?.ErrorCode && doc.ErrorCode !== 'ModelError' ? doc.ErrorCode : 'ModelError',
    message,
    OriginalStatusCode: doc?.OriginalStatusCode,
    OriginalMessage: doc?.OriginalMessage,
    $metadata: { httpStatusCode: 424 },
  });
}

// ---- configuration and the Lambda entry point --------------------------------------------------------------

export function statusConfigFromEnv(env: Record<string, string | undefined> = process.env): StatusConfig {
  return { store: asyncStoreFromEnv(env), s3: s3ClientFromEnv(env) };
}

/** The Lambda entry point: configuration and the SDK clients are created once per container. */
export const handler: StatusHandler = entryPoint('status', () => createStatusHandler(statusConfigFromEnv()));
