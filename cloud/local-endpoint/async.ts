// The local endpoint's asynchronous inference (InvokeEndpointAsync), as a SageMaker async endpoint does it:
// the call is accepted at once (202, InferenceId, OutputLocation, FailureLocation); then, in the background,
// the input object is read from S3, the model runs (the same engine as the real-time calls, engine.ts), and the
// completion is written to the output location — or, if the job fails, an error document to the failure
// location. S3 is reached with the real @aws-sdk/client-s3 (a local S3 such as s3rver in development).
//
// Object names: `<outputPath><uuid>.out` and `<failurePath><uuid>-error.out`, one fresh uuid per job — SageMaker
// picks the names, not the caller, so clients must use the locations the call answered.
// Failure document (JSON): {"ErrorCode", "Message", "OriginalStatusCode"?, "OriginalMessage"?} — ModelError with
// the container's status 400 for a payload it refuses, 500 for a model that fails; ClientError when the input
// cannot be read; "RequestExpired" / "InvocationTimeout" when RequestTTLSeconds / InvocationTimeoutSeconds pass.
import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Runner } from '../../shared/models/runner.ts';
import { BadPayload, completionBody, parseChat, runChat } from './engine.ts';

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

const INFERENCE_ID = /^\S[\x20-\x7e]{0,63}$/;

function parseS3Uri(uri: string): { bucket: string; key: string } | null {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(uri);
  return m ? { bucket: m[1]!, key: m[2]! } : null;
}

function s3Path(name: string, uri: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.*)$/.exec(uri);
  if (!m) throw new Error(`local endpoint: async.${name} must be an s3://bucket/prefix/ URI, not '${uri}'`);
  const prefix = m[2]!;
  return { bucket: m[1]!, prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/` };
}

class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly original?: number,
  ) {
    super(message);
  }
}

export function startAsyncRunner(opts: LocalAsyncOptions, runner: Runner): AsyncRunner {
  const output = s3Path('outputPath', opts.outputPath);
  const failure = s3Path('failurePath', opts.failurePath);
  const s3 = new S3Client({
    region: opts.s3.region ?? 'us-east-1',
    endpoint: opts.s3.endpoint,
    forcePathStyle: true,
    credentials: opts.s3.credentials ?? { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
    requestHandler: { requestTimeout: 30_000, throwOnRequestTimeout: true },
  });
  const jobs: AsyncInvocation[] = [];
  const settledById = new Map<string, Promise<AsyncInvocation>>();
  const stop = new AbortController();

  async function run(job: AsyncInvocation, req: AsyncRequest, acceptedAt: number): Promise<void> {
    try {
      if (opts.gate) await opts.gate(job);
      if (stop.signal.aborted) return;
      if (job.requestTtlSeconds !== undefined && Date.now() - acceptedAt > job.requestTtlSeconds * 1000)
        throw new JobFailure('RequestExpired', `The request expired in the queue (RequestTTLSeconds ${job.requestTtlSeconds}).`);
      job.state = 'running';
      const input = parseS3Uri(job.inputLocation)!;
      let payload: Uint8Array;
      try {
        const got = await s3.send(new GetObjectCommand({ Bucket: input.bucket, Key: input.key }), { abortSignal: stop.signal });
        payload = got.Body ? await got.Body.transformToByteArray() : new Uint8Array();
      } catch (e) {
        throw new JobFailure('ClientError', `Failed to download the input from ${job.inputLocation}: ${(e as Error).name}`);
      }
      if (req.fault) throw new JobFailure('ModelError', req.fault.message, req.fault.original);
      let chat: ReturnType<typeof parseChat>;
      try {
        chat = parseChat(payload);
      } catch (e) {
        if (e instanceof BadPayload)
          throw new JobFailure('ModelError', `Received client error (400) from primary with message "${e.message}".`, 400);
        throw e;
      }
      const signals = [
        stop.signal,
        ...(job.invocationTimeoutSeconds !== undefined ? [AbortSignal.timeout(job.invocationTimeoutSeconds * 1000)] : []),
      ];
      const signal = AbortSignal.any(signals);
      let result: Awaited<ReturnType<typeof runChat>>;
      try {
        result = await runChat(runner, req.modelId!, chat, undefined, signal);
      } catch (e) {
        if (stop.signal.aborted) return;
        if (signal.aborted)
          throw new JobFailure('InvocationTimeout', `The invocation exceeded InvocationTimeoutSeconds (${job.invocationTimeoutSeconds}).`);
        throw new JobFailure(
          'ModelError',
          `Received server error (500) from primary with message "${(e as Error).message.slice(0, 200)}".`,
          500,
        );
      }
      const id = `chatcmpl-local-async-${job.inferenceId}`;
      const out = parseS3Uri(job.outputLocation)!;
      await s3.send(
        new PutObjectCommand({
          Bucket: out.bucket,
          Key: out.key,
          Body: JSON.stringify(completionBody(id, Math.floor(Date.now() / 1000), chat, result)),
          ContentType: 'application/json',
        }),
        { abortSignal: stop.signal },
      );
      job.state = 'completed';
    } catch (e) {
      if (stop.signal.aborted) return;
      const f = e instanceof JobFailure ? e : new JobFailure('InternalFailure', `The local endpoint failed: ${(e as Error).message}`);
      job.state = 'failed';
      job.errorCode = f.code;
      const doc = {
        ErrorCode: f.code,
        Message: f.message,
        ...(f.original !== undefined ? { OriginalStatusCode: f.original, OriginalMessage: f.message } : {}),
      };
      const loc = parseS3Uri(job.failureLocation)!;
      try {
        await s3.send(
          new PutObjectCommand({ Bucket: loc.bucket, Key: loc.key, Body: JSON.stringify(doc), ContentType: 'application/json' }),
          { abortSignal: stop.signal },
        );
      } catch (err) {
        if (!stop.signal.aborted)
          console.error(`local endpoint: async job ${job.inferenceId}: could not write the failure document: ${(err as Error).message}`);
      }
    }
  }

  return {
    jobs,
    accept(req) {
      if (!parseS3Uri(req.inputLocation))
        return { error: `InputLocation must be an s3://bucket/key URI, not '${req.inputLocation.slice(0, 100)}'.` };
      if (req.inferenceId !== undefined && !INFERENCE_ID.test(req.inferenceId))
        return { error: 'InferenceId must be 1–64 printable ASCII characters.' };
      const name = randomUUID();
      const job: AsyncInvocation = {
        inferenceId: req.inferenceId ?? randomUUID(),
        endpoint: req.endpoint,
        inputLocation: req.inputLocation,
        outputLocation: `s3://${output.bucket}/${output.prefix}${name}.out`,
        failureLocation: `s3://${failure.bucket}/${failure.prefix}${name}-error.out`,
        ...(req.requestTtlSeconds !== undefined ? { requestTtlSeconds: req.requestTtlSeconds } : {}),
        ...(req.invocationTimeoutSeconds !== undefined ? { invocationTimeoutSeconds: req.invocationTimeoutSeconds } : {}),
        state: 'queued',
      };
      jobs.push(job);
      // Started after the 202 is on its way (the caller writes it synchronously after accept returns).
      settledById.set(
        job.inferenceId,
        new Promise<void>((r) => setImmediate(r)).then(() => run(job, req, Date.now())).then(() => job),
      );
      return { job };
    },
    settled(id) {
      return settledById.get(id) ?? Promise.reject(new Error(`no async job ${id}`));
    },
    close() {
      stop.abort();
      s3.destroy();
    },
  };
}
