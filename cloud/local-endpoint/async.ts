// The local endpoint's asynchronous inference (InvokeEndpointAsync), as a SageMaker async endpoint does it:
// the call is accepted at once (202, InferenceId, OutputLocation, FailureLocation); then, in the background,
// the input object is read from S3, the model runs (the same engine as the real-time calls, engine.ts), and the
// completion is written to the output location — or, if the job fails, an error document to the failure
// location. S3 is reached with the real @aws-sdk/client-s3 (a local S3 such as s3rver in development).
//
// The call: X-Amzn-SageMaker-InputLocation required (an `s3://bucket/key`), -RequestTTLSeconds (60–21600),
// -InvocationTimeoutSeconds (1–3600), -Inference-Id (else a UUID); anything else → ValidationError 400, and
// so does a real-time endpoint, an unknown one, or an endpoint without the `async` S3 configuration. A
// ModelError fault (faults.ts) accepts the call and fails the job; the other faults fail the call.
// Object names: `<outputPath><uuid>.out` and `<failurePath><uuid>-error.out`, one fresh uuid per job — SageMaker
// picks the names, not the caller, so clients must use the locations the call answered.
// Failure document (JSON): {"ErrorCode", "Message", "OriginalStatusCode"?, "OriginalMessage"?} — ModelError with
// the container's status 400 for a payload it refuses, 500 for a model that fails; ClientError when the input
// cannot be read; "RequestExpired" / "InvocationTimeout" when RequestTTLSeconds / InvocationTimeoutSeconds pass.
import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { ModelRegistry } from '../../shared/models/served.ts';
import { parseS3Prefix, parseS3Uri } from '../s3-uri.ts';
import { BadPayload, completionBody, parseChat, runChat, type ChatJob, type ChatResult } from './engine.ts';
import { containerErrorMessage, faultOf } from './faults.ts';
import { answerJson, fail, modelServedBy, type Invocation } from './invocation.ts';

export interface LocalAsyncOptions {
  /** The S3 the endpoint reads inputs from and writes results to (path-style; e.g. s3rver). */
  s3: { endpoint: string; region?: string; credentials?: { accessKeyId: string; secretAccessKey: string } };
  /** AsyncInferenceConfig.OutputConfig: `s3://bucket/prefix/` for results and for failures. */
  outputPath: string;
  failurePath: string;
  /** Async endpoint name → model id. Default: `triage-small-async` → `triage-small`. */
  endpoints?: Record<string, string>;
  /**
   * Called when a job is taken from the queue; the job runs once it resolves. Tests hold jobs with it to see
   * them in progress (an ordering control, not a delay).
   */
  gate?: (job: AsyncInvocation) => Promise<void> | void;
}

export interface AsyncInvocation {
  inferenceId: string;
  endpoint: string;
  inputLocation: string;
  outputLocation: string;
  failureLocation: string;
  requestTtlSeconds?: number;
  invocationTimeoutSeconds?: number;
  state: 'queued' | 'running' | 'completed' | 'failed';
  /** The failure document's ErrorCode, for a failed job. */
  errorCode?: string;
}

export interface AsyncRequest {
  endpoint: string;
  /** undefined for a fault endpoint. */
  modelId: string | undefined;
  /** A ModelError fault: the job fails with it after reading its input. */
  fault: { message: string; original: number | undefined } | undefined;
  inputLocation: string;
  inferenceId: string | undefined;
  requestTtlSeconds: number | undefined;
  invocationTimeoutSeconds: number | undefined;
}

export interface AsyncRunner {
  jobs: AsyncInvocation[];
  accept(req: AsyncRequest): { job: AsyncInvocation } | { error: string };
  settled(inferenceId: string): Promise<AsyncInvocation>;
  close(): void;
}

/** What the InvokeEndpointAsync call needs of the endpoint. */
export interface AsyncContext {
  /** undefined: the endpoint has no `async` configuration and refuses the call. */
  asyncRunner: AsyncRunner | undefined;
  /** Real-time endpoint names (they refuse async calls). */
  endpoints: Readonly<Record<string, string>>;
  /** Async endpoint name → model id. */
  asyncEndpoints: Readonly<Record<string, string>>;
}

const INFERENCE_ID = /^\S[\x20-\x7e]{0,63}$/;

// ---- the call ------------------------------------------------------------------------------------------------

export function invokeAsync(ctx: AsyncContext, inv: Invocation): void {
  const runner = ctx.asyncRunner;
  if (!runner)
    return refuse(
      inv,
      `Endpoint ${inv.name} is not configured for asynchronous inference (the local endpoint has no \`async\` S3 configuration).`,
    );
  const model = asyncModel(ctx, inv);
  if (!model) return;
  const inputLocation = inv.rec.inputLocation;
  if (!inputLocation)
    return refuse(
      inv,
      "1 validation error detected: Value null at 'inputLocation' failed to satisfy constraint: Member must not be null (the local endpoint does not take an inline Body)",
    );
  const limits = asyncLimits(inv);
  if (!limits) return;
  const accepted = runner.accept({ endpoint: inv.name, ...model, inputLocation, inferenceId: inv.rec.inferenceId, ...limits });
  if ('error' in accepted) return refuse(inv, accepted.error);
  const { job } = accepted;
  inv.rec.inferenceId = job.inferenceId;
  answerJson(
    inv,
    202,
    { 'x-amzn-sagemaker-outputlocation': job.outputLocation, 'x-amzn-sagemaker-failurelocation': job.failureLocation },
    { InferenceId: job.inferenceId },
  );
}

function refuse(inv: Invocation, message: string): undefined {
  fail(inv, 400, 'ValidationError', message);
  return undefined;
}

/** The model an async endpoint serves, or its ModelError fault; undefined once a refusal has been answered. */
function asyncModel(ctx: AsyncContext, inv: Invocation): Pick<AsyncRequest, 'modelId' | 'fault'> | undefined {
  const { name } = inv;
  const fault = faultOf(name);
  if (fault) {
    // A ModelError happens while the job runs: the call itself is accepted. Other faults answer at once.
    if (fault.type !== 'ModelError') {
      fail(inv, fault.status, fault.type, fault.message);
      return undefined;
    }
    return { modelId: undefined, fault: { message: fault.message, original: fault.original } };
  }
  const modelId = modelServedBy(ctx.asyncEndpoints, name);
  if (modelId) return { modelId, fault: undefined };
  if (modelServedBy(ctx.endpoints, name)) refuse(inv, `Endpoint ${name} is a real-time endpoint: it does not accept InvokeEndpointAsync.`);
  else refuse(inv, `Endpoint ${name} of account 000000000000 not found.`);
  return undefined;
}

/** RequestTTLSeconds / InvocationTimeoutSeconds from the headers; undefined once a refusal has been answered. */
function asyncLimits(inv: Invocation): Pick<AsyncRequest, 'requestTtlSeconds' | 'invocationTimeoutSeconds'> | undefined {
  const requestTtlSeconds = secondsHeader(inv, 'x-amzn-sagemaker-requestttlseconds', 60, 21_600);
  const invocationTimeoutSeconds = secondsHeader(inv, 'x-amzn-sagemaker-invocationtimeoutseconds', 1, 3_600);
  if (requestTtlSeconds === null) return refuse(inv, 'RequestTTLSeconds must be between 60 and 21600.');
  if (invocationTimeoutSeconds === null) return refuse(inv, 'InvocationTimeoutSeconds must be between 1 and 3600.');
  return { requestTtlSeconds, invocationTimeoutSeconds };
}

/** A whole number of seconds in range; undefined when absent, null when out of range or not a number. */
function secondsHeader(inv: Invocation, name: string, min: number, max: number): number | undefined | null {
  const v = inv.header(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

// ---- the jobs, in the background -------------------------------------------------------------------------------

class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly original?: number,
  ) {
    super(message);
  }
}

interface RunnerState {
  opts: LocalAsyncOptions;
  models: ModelRegistry;
  s3: S3Client;
  output: { bucket: string; prefix: string };
  failure: { bucket: string; prefix: string };
  jobs: AsyncInvocation[];
  settledById: Map<string, Promise<AsyncInvocation>>;
  /** Aborted by close(): running jobs stop and write nothing more. */
  stop: AbortController;
}

export function startAsyncRunner(opts: LocalAsyncOptions, models: ModelRegistry): AsyncRunner {
  const state: RunnerState = {
    opts,
    models,
    output: s3Path('outputPath', opts.outputPath),
    failure: s3Path('failurePath', opts.failurePath),
    s3: new S3Client({
      region: opts.s3.region ?? 'us-east-1',
      endpoint: opts.s3.endpoint,
      forcePathStyle: true,
      credentials: opts.s3.credentials ?? { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 2,
      requestHandler: { requestTimeout: 30_000, throwOnRequestTimeout: true },
    }),
    jobs: [],
    settledById: new Map(),
    stop: new AbortController(),
  };
  return {
    jobs: state.jobs,
    accept: (req) => acceptJob(state, req),
    settled: (id) => state.settledById.get(id) ?? Promise.reject(new Error(`no async job ${id}`)),
    close() {
      state.stop.abort();
      state.s3.destroy();
    },
  };
}

function s3Path(name: string, uri: string): { bucket: string; prefix: string } {
  const path = parseS3Prefix(uri);
  if (!path) throw new Error(`local endpoint: async.${name} must be an s3://bucket/prefix/ URI, not '${uri}'`);
  return path;
}

function acceptJob(state: RunnerState, req: AsyncRequest): { job: AsyncInvocation } | { error: string } {
  if (!parseS3Uri(req.inputLocation))
    return { error: `InputLocation must be an s3://bucket/key URI, not '${req.inputLocation.slice(0, 100)}'.` };
  if (req.inferenceId !== undefined && !INFERENCE_ID.test(req.inferenceId))
    return { error: 'InferenceId must be 1–64 printable ASCII characters.' };
  const name = randomUUID();
  const job: AsyncInvocation = {
    inferenceId: req.inferenceId ?? randomUUID(),
    endpoint: req.endpoint,
    inputLocation: req.inputLocation,
    outputLocation: `s3://${state.output.bucket}/${state.output.prefix}${name}.out`,
    failureLocation: `s3://${state.failure.bucket}/${state.failure.prefix}${name}-error.out`,
    ...(req.requestTtlSeconds !== undefined ? { requestTtlSeconds: req.requestTtlSeconds } : {}),
    ...(req.invocationTimeoutSeconds !== undefined ? { invocationTimeoutSeconds: req.invocationTimeoutSeconds } : {}),
    state: 'queued',
  };
  state.jobs.push(job);
  // Started after the 202 is on its way (the caller writes it synchronously after accept returns).
  state.settledById.set(
    job.inferenceId,
    new Promise<void>((r) => setImmediate(r)).then(() => runJob(state, job, req, Date.now())).then(() => job),
  );
  return { job };
}

async function runJob(state: RunnerState, job: AsyncInvocation, req: AsyncRequest, acceptedAt: number): Promise<void> {
  const { stop } = state;
  try {
    if (state.opts.gate) await state.opts.gate(job);
    if (stop.signal.aborted) return;
    if (job.requestTtlSeconds !== undefined && Date.now() - acceptedAt > job.requestTtlSeconds * 1000)
      throw new JobFailure('RequestExpired', `The request expired in the queue (RequestTTLSeconds ${job.requestTtlSeconds}).`);
    job.state = 'running';
    const payload = await readInput(state, job);
    if (req.fault) throw new JobFailure('ModelError', req.fault.message, req.fault.original);
    const chat = parseJobPayload(payload);
    const result = await runModel(state, job, req.modelId!, chat);
    if (!result) return;
    const id = `chatcmpl-local-async-${job.inferenceId}`;
    await putJson(state, job.outputLocation, completionBody(id, Math.floor(Date.now() / 1000), chat, result));
    job.state = 'completed';
  } catch (e) {
    if (stop.signal.aborted) return;
    await writeFailure(state, job, e);
  }
}

async function readInput(state: RunnerState, job: AsyncInvocation): Promise<Uint8Array> {
  const input = parseS3Uri(job.inputLocation)!;
  try {
    const got = await state.s3.send(new GetObjectCommand({ Bucket: input.bucket, Key: input.key }), { abortSignal: state.stop.signal });
    return got.Body ? await got.Body.transformToByteArray() : new Uint8Array();
  } catch (e) {
    throw new JobFailure('ClientError', `Failed to download the input from ${job.inputLocation}: ${(e as Error).name}`);
  }
}

function parseJobPayload(payload: Uint8Array): ChatJob {
  try {
    return parseChat(payload);
  } catch (e) {
    if (e instanceof BadPayload) throw new JobFailure('ModelError', containerErrorMessage(400, e.message), 400);
    throw e;
  }
}

/** Runs the model within InvocationTimeoutSeconds; undefined if the runner was closed meanwhile. */
async function runModel(state: RunnerState, job: AsyncInvocation, modelId: string, chat: ChatJob): Promise<ChatResult | undefined> {
  const { stop } = state;
  const timeout = job.invocationTimeoutSeconds !== undefined ? [AbortSignal.timeout(job.invocationTimeoutSeconds * 1000)] : [];
  const signal = AbortSignal.any([stop.signal, ...timeout]);
  try {
    return await runChat(state.models, modelId, chat, undefined, signal);
  } catch (e) {
    if (stop.signal.aborted) return undefined;
    if (signal.aborted)
      throw new JobFailure('InvocationTimeout', `The invocation exceeded InvocationTimeoutSeconds (${job.invocationTimeoutSeconds}).`);
    throw new JobFailure('ModelError', containerErrorMessage(500, (e as Error).message.slice(0, 200)), 500);
  }
}

async function writeFailure(state: RunnerState, job: AsyncInvocation, e: unknown): Promise<void> {
  const f = e instanceof JobFailure ? e : new JobFailure('InternalFailure', `The local endpoint failed: ${(e as Error).message}`);
  job.state = 'failed';
  job.errorCode = f.code;
  const doc = {
    ErrorCode: f.code,
    Message: f.message,
    ...(f.original !== undefined ? { OriginalStatusCode: f.original, OriginalMessage: f.message } : {}),
  };
  try {
    await putJson(state, job.failureLocation, doc);
  } catch (err) {
    if (!state.stop.signal.aborted)
      console.error(`local endpoint: async job ${job.inferenceId}: could not write the failure document: ${(err as Error).message}`);
  }
}

async function putJson(state: RunnerState, location: string, doc: unknown): Promise<void> {
  const loc = parseS3Uri(location)!;
  await state.s3.send(
    new PutObjectCommand({ Bucket: loc.bucket, Key: loc.key, Body: JSON.stringify(doc), ContentType: 'application/json' }),
    { abortSignal: state.stop.signal },
  );
}
