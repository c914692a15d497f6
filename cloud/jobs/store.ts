// Where the async jobs live in S3, and how the `submit` / `status` handlers read and write them.
//
// One bucket (TRIAGE_ASYNC_BUCKET), four prefixes (each ends in `/`):
//   <input>/<tenant key>/<job id>.json     the request body, written by submit, read by SageMaker
//   <jobs>/<tenant key>/<job id>.json      the job record (JobRecord below), written by submit, read by status
//   <output>/…, <failure>/…                SageMaker's result / error document; the exact keys are the
//                                          OutputLocation / FailureLocation InvokeEndpointAsync answered, kept in
//                                          the job record (SageMaker names the objects, not the caller)
// The tenant key is a hash of the tenant name: a job id alone does not locate a job, so one tenant can neither
// read nor probe another's (status looks under the caller's own tenant key and answers 404 otherwise).
//
// Existence is checked with ListObjectsV2 (Prefix = the exact key), not by a GetObject that fails: without
// s3:ListBucket S3 answers a missing key with 403, not 404, and the role's ListBucket is limited to these
// prefixes (serverless.yml), so "absent" and "not allowed" stay distinguishable.
import { createHash, randomBytes } from 'node:crypto';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { CLOUD_EVENT_VERSION, JOB_ID_PATTERN } from '../../shared/protocol/cloud-contract.ts';
import { ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import { intFromEnv } from '../handlers/env.ts';
import { isTimeoutFailure, sdkFailure } from '../handlers/sdk-error.ts';
import { parseS3Uri, S3_BUCKET_NAME } from '../s3-uri.ts';

export interface AsyncStore {
  bucket: string;
  inputPrefix: string;
  outputPrefix: string;
  failurePrefix: string;
  jobsPrefix: string;
}

export type S3Like = Pick<S3Client, 'send'>;

const PREFIX = /^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*\/$/;

/** Validates a store configuration (prefixes normalised to end in `/`). Throws an Error saying what is wrong. */
export function asyncStore(cfg: {
  bucket: string | undefined;
  inputPrefix?: string | undefined;
  outputPrefix?: string | undefined;
  failurePrefix?: string | undefined;
  jobsPrefix?: string | undefined;
}): AsyncStore {
  if (!cfg.bucket) throw new Error('TRIAGE_ASYNC_BUCKET is not set (the S3 bucket of the async jobs)');
  if (!S3_BUCKET_NAME.test(cfg.bucket)) throw new Error(`TRIAGE_ASYNC_BUCKET is not a valid S3 bucket name: '${cfg.bucket.slice(0, 70)}'`);
  const prefix = (name: string, v: string | undefined, fallback: string) => {
    const p = v === undefined || v === '' ? fallback : v.endsWith('/') ? v : `${v}/`;
    if (!PREFIX.test(p))
      throw new Error(`${name} must be a key prefix like 'async/input/' (no leading slash, no empty segments), not '${p.slice(0, 70)}'`);
    return p;
  };
  const store = {
    bucket: cfg.bucket,
    inputPrefix: prefix('TRIAGE_ASYNC_INPUT_PREFIX', cfg.inputPrefix, 'async/input/'),
    outputPrefix: prefix('TRIAGE_ASYNC_OUTPUT_PREFIX', cfg.outputPrefix, 'async/output/'),
    failurePrefix: prefix('TRIAGE_ASYNC_FAILURE_PREFIX', cfg.failurePrefix, 'async/failure/'),
    jobsPrefix: prefix('TRIAGE_ASYNC_JOBS_PREFIX', cfg.jobsPrefix, 'async/jobs/'),
  };
  const all = [store.inputPrefix, store.outputPrefix, store.failurePrefix, store.jobsPrefix];
  for (const a of all)
    for (const b of all) if (a !== b && b.startsWith(a)) throw new Error(`The async prefixes must not nest: '${b}' is inside '${a}'`);
  if (new Set(all).size !== all.length)
    throw new Error('The async prefixes (input, output, failure, jobs) must be four different prefixes');
  return store;
}

export function asyncStoreFromEnv(env: Record<string, string | undefined>): AsyncStore {
  return asyncStore({
    bucket: env.TRIAGE_ASYNC_BUCKET,
    inputPrefix: env.TRIAGE_ASYNC_INPUT_PREFIX,
    outputPrefix: env.TRIAGE_ASYNC_OUTPUT_PREFIX,
    failurePrefix: env.TRIAGE_ASYNC_FAILURE_PREFIX,
    jobsPrefix: env.TRIAGE_ASYNC_JOBS_PREFIX,
  });
}

/**
 * One S3 client per container: S3_ENDPOINT_URL (local S3, path-style), S3_MAX_ATTEMPTS (default 3 — every call
 * the handlers make is idempotent: a PUT of the same bytes to the same key, GETs, LISTs), S3_TIMEOUT_MS per
 * attempt (default 10 s, with throwOnRequestTimeout: without it the SDK only warns).
 */
export function s3ClientFromEnv(env: Record<string, string | undefined>): S3Client {
  const timeout = intFromEnv(env, 'S3_TIMEOUT_MS', 10_000, 100, 120_000);
  return new S3Client({
    region: env.AWS_REGION ?? 'us-east-1',
    ...(env.S3_ENDPOINT_URL ? { endpoint: env.S3_ENDPOINT_URL, forcePathStyle: true } : {}),
    maxAttempts: intFromEnv(env, 'S3_MAX_ATTEMPTS', 3, 1, 10),
    requestHandler: { requestTimeout: timeout, throwOnRequestTimeout: true, connectionTimeout: Math.min(timeout, 5_000) },
  });
}

/** A new job id: `job-` + 128 random bits in hex (shared/protocol/cloud-contract.ts JOB_ID_PATTERN). */
export function newJobId(): string {
  return `job-${randomBytes(16).toString('hex')}`;
}

/** The tenant's segment in the keys: a hash, so any tenant name makes a safe, fixed-length key segment. */
export function tenantKey(tenant: string): string {
  return createHash('sha256').update(`triage-tenant\0${tenant}`).digest('hex').slice(0, 32);
}

export const inputKey = (s: AsyncStore, tenant: string, id: string) => `${s.inputPrefix}${tenantKey(tenant)}/${id}.json`;
export const jobKey = (s: AsyncStore, tenant: string, id: string) => `${s.jobsPrefix}${tenantKey(tenant)}/${id}.json`;

/** The S3 object key of `uri` if it is in the store's bucket under `prefix`, else null. */
export function keyUnder(store: AsyncStore, uri: string | undefined, prefix: string): string | null {
  const loc = uri ? parseS3Uri(uri) : null;
  return loc && loc.bucket === store.bucket && loc.key.startsWith(prefix) && !loc.key.includes('/../') ? loc.key : null;
}

/** What submit stores per job and status reads back. */
export const JobRecordSchema = z.object({
  version: z.literal(CLOUD_EVENT_VERSION),
  id: z.string().regex(JOB_ID_PATTERN),
  tenant_key: z.string(),
  model: z.string(),
  endpoint: z.string(),
  created: z.number().int(),
  expires_at: z.number().int(),
  input_location: z.string(),
  output_location: z.string(),
  failure_location: z.string(),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

export async function putJson(
  s3: S3Like,
  bucket: string,
  key: string,
  value: unknown,
  metadata: Record<string, string> = {},
): Promise<void> {
  await putObject(s3, bucket, key, JSON.stringify(value), metadata);
}

/** Stores exactly these bytes (a JSON document) at `key`. */
export async function putObject(
  s3: S3Like,
  bucket: string,
  key: string,
  body: string | Uint8Array,
  metadata: Record<string, string> = {},
): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json', Metadata: metadata }));
}

/** Largest result status reads (a Lambda response carries at most 6 MB, the job object wraps it). */
export const MAX_RESULT_BYTES = 5_000_000;

/** The object's text, or null if there is no object at exactly `key`. ApiError 502 if it is too large. */
export async function getIfExists(s3: S3Like, bucket: string, key: string): Promise<string | null> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 10 }));
  const entry = listed.Contents?.find((o) => o.Key === key);
  if (!entry) return null;
  if ((entry.Size ?? 0) > MAX_RESULT_BYTES)
    throw errors.badGateway(`The job's result is larger than ${MAX_RESULT_BYTES} bytes.`, 'result_too_large');
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return out.Body ? await out.Body.transformToString('utf-8') : '';
}

/** Runs an S3 call; its failure is thrown as the OpenAI-style error mapS3Error makes of it. */
export async function s3Call<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw mapS3Error(e);
  }
}

/** S3 failures → OpenAI-style errors (all retryable: the request was fine, the storage was not). */
export function mapS3Error(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const failure = sdkFailure(e);
  const { err, name, msg } = failure;
  if (err && (e instanceof S3ServiceException || err.$metadata?.httpStatusCode)) {
    const status = err.$metadata?.httpStatusCode ?? 502;
    if (name === 'SlowDown' || status === 503)
      return new ApiError(503, 'service_unavailable', `S3 asked to slow down (${name}): ${msg}`, 'storage_unavailable', null, {
        'retry-after': '1',
      });
    if (status === 403 || name === 'AccessDenied' || name === 'NoSuchBucket')
      return new ApiError(
        502,
        'server_error',
        `The async job storage refused the call (${name}): the deployment's bucket or permissions are wrong.`,
        'storage_misconfigured',
      );
    return new ApiError(502, 'server_error', `The async job storage failed (${name}, HTTP ${status}): ${msg}`, 'storage_error');
  }
  if (isTimeoutFailure(failure)) return errors.timeout(`S3 did not answer in time: ${msg}`);
  return errors.badGateway(`S3 could not be reached (${name}): ${msg}`, 'storage_unreachable');
}
