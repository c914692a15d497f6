// A local SageMaker-runtime-compatible endpoint (the wire protocol of AWS's SageMaker Runtime API, restJson1):
// the real `@aws-sdk/client-sagemaker-runtime` talks to it through an `endpoint` override. Backed by a real
// engine — the shared ONNX runner with the built `triage-small` model (engine.ts).
//
//   InvokeEndpoint                    POST /endpoints/{name}/invocations                  → JSON completion
//   InvokeEndpointWithResponseStream  POST /endpoints/{name}/invocations-response-stream  → event-stream frames,
//       one PayloadPart per OpenAI SSE event (`data: {chunk}\n\n` … `data: [DONE]\n\n`)
//   InvokeEndpointAsync               POST /endpoints/{name}/async-invocations            → 202 {"InferenceId"}
//       + X-Amzn-SageMaker-OutputLocation / -FailureLocation; then, in the background, the input is read from
//       S3 (X-Amzn-SageMaker-InputLocation, required), the model runs, and the completion is written to the
//       output location — or an error document to the failure location (async.ts)
//   Errors: status + `x-amzn-errortype` + JSON {"message"} (ModelError also OriginalStatusCode/OriginalMessage)
//
// Endpoint names map to model ids: real-time endpoints (`endpoints` option; default `triage-small-endpoint` →
// `triage-small`) and, when the `async` option gives the S3 configuration, asynchronous ones (`async.endpoints`;
// default `triage-small-async` → `triage-small`). An unknown name answers ValidationError, as SageMaker does, and
// so does the wrong kind of call (InvokeEndpoint on an async endpoint, InvokeEndpointAsync on a real-time one).
// Names starting with `fault-` produce SageMaker's failures deterministically, for tests and local fault drills
// (FAULT_ENDPOINTS below; on InvokeEndpointAsync a ModelError fault is accepted and then fails the job).
//
// Targeting: the `X-Amzn-SageMaker-Target-Variant` and `-Inference-Component` headers are recorded (`received`).
// With the `variants` / `inferenceComponents` options they are also checked (an unknown one → ValidationError);
// without, any name is accepted. The answer's `x-Amzn-Invoked-Production-Variant` is the target variant, the
// inference component's variant, or the endpoint's first variant (`AllTraffic`).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import type { Runner } from '../../shared/models/runner.ts';
import { listenLocal } from '../local-server.ts';
import { startAsyncRunner, type AsyncInvocation, type LocalAsyncOptions } from './async.ts';
import { BadPayload, chunkBody, completionBody, loadRunner, parseChat, runChat } from './engine.ts';

export type { AsyncInvocation, LocalAsyncOptions } from './async.ts';

export const DEFAULT_ENDPOINTS: Readonly<Record<string, string>> = { 'triage-small-endpoint': 'triage-small' };
export const DEFAULT_ASYNC_ENDPOINTS: Readonly<Record<string, string>> = { 'triage-small-async': 'triage-small' };
export const DEFAULT_VARIANT = 'AllTraffic';

/** Endpoint names that fail the way SageMaker does. `fault-mid-stream` runs the real model, then breaks. */
export const FAULT_ENDPOINTS = {
  'fault-model-error': {
    status: 424,
    type: 'ModelError',
    message: 'Received server error (500) from primary with message "CUDA out of memory". See the log stream for details.',
    original: 500,
  },
  'fault-model-rejects': {
    status: 424,
    type: 'ModelError',
    message: 'Received client error (400) from primary with message "input too long".',
    original: 400,
  },
  'fault-validation': {
    status: 400,
    type: 'ValidationError',
    message: 'Inference Component Name header is required for endpoints to which you plan to deploy inference components.',
  },
  'fault-not-ready': {
    status: 429,
    type: 'ModelNotReadyException',
    message: 'Model is not ready: the inference component has 0 copies; scaling out.',
  },
  'fault-unavailable': { status: 503, type: 'ServiceUnavailable', message: 'The service is unavailable. Try your request again.' },
  'fault-dependency': {
    status: 530,
    type: 'InternalDependencyException',
    message: 'Your request caused an exception with an internal dependency. Contact customer support.',
  },
  'fault-internal': { status: 500, type: 'InternalFailure', message: 'An internal failure occurred.' },
} as const satisfies Record<string, { status: number; type: string; message: string; original?: number }>;
/** Answers only after `slowMs` (default 5 s): for the caller's request timeout. */
export const SLOW_ENDPOINT = 'fault-slow';
/** Streams `midStreamAfter` real parts, then a ModelStreamError exception frame. */
export const MID_STREAM_ENDPOINT = 'fault-mid-stream';

export interface LocalEndpointOptions {
  port?: number;
  host?: string;
  /** endpoint name → model id in the runner's manifest. */
  endpoints?: Record<string, string>;
  /** Defaults to the built models in shared/models/dist. */
  runner?: Runner;
  /** Delay between generated pieces when streaming (emulates a GPU's token rate; 0 = as fast as the CPU). */
  pieceDelayMs?: number;
  slowMs?: number;
  midStreamAfter?: number;
  /** Production variants per endpoint name. Unset: any target variant is accepted. */
  variants?: Record<string, string[]>;
  /** Inference component name → { endpoint, variant? } it is deployed on. Unset: any component is accepted. */
  inferenceComponents?: Record<string, { endpoint: string; variant?: string }>;
  /** InvokeEndpointAsync: S3 access, output/failure paths, async endpoint names. Unset: async calls are refused. */
  async?: LocalAsyncOptions;
  /**
   * Called before each generated piece is streamed (InvokeEndpointWithResponseStream); the piece waits for it.
   * For tests that need the model to be mid-generation at a known point (never for pacing: see pieceDelayMs).
   */
  beforePiece?: (rec: ReceivedInvocation, piece: number) => Promise<void> | void;
}

/** One request the endpoint received (what tests assert on; never the payload itself). */
export interface ReceivedInvocation {
  endpoint: string;
  operation: 'InvokeEndpoint' | 'InvokeEndpointWithResponseStream' | 'InvokeEndpointAsync';
  status: number;
  contentType: string | undefined;
  bytes: number;
  /** X-Amzn-SageMaker-Target-Variant, as received. */
  targetVariant?: string;
  /** X-Amzn-SageMaker-Inference-Component, as received. */
  inferenceComponent?: string;
  /** What x-Amzn-Invoked-Production-Variant answered. */
  invokedVariant?: string;
  /** InvokeEndpointAsync: X-Amzn-SageMaker-Inference-Id / -InputLocation, as received. */
  inferenceId?: string;
  inputLocation?: string;
  /** Streaming: payload parts written; how the response ended ('aborted' = the client went away first). */
  parts?: number;
  outcome?: 'completed' | 'failed' | 'aborted';
  startedAt: number;
  endedAt?: number;
}

export interface LocalEndpoint {
  url: string;
  received: ReceivedInvocation[];
  /** InvokeEndpointAsync jobs accepted, in order. */
  asyncJobs: AsyncInvocation[];
  /** Resolves when the response of `rec` has closed (ended, failed or cut by the client). */
  whenEnded(rec: ReceivedInvocation): Promise<ReceivedInvocation>;
  /** Resolves when the async job has written its output or failure object. */
  whenSettled(inferenceId: string): Promise<AsyncInvocation>;
  close(): Promise<void>;
}

const PATH = /^\/endpoints\/([^/]+)\/(invocations|invocations-response-stream|async-invocations)$/;
const OPERATION = {
  invocations: 'InvokeEndpoint',
  'invocations-response-stream': 'InvokeEndpointWithResponseStream',
  'async-invocations': 'InvokeEndpointAsync',
} as const;
const codec = new EventStreamCodec(
  (b) => new TextDecoder().decode(b),
  (s) => new TextEncoder().encode(s),
);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startLocalEndpoint(opts: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const endpoints = opts.endpoints ?? DEFAULT_ENDPOINTS;
  const runner = opts.runner ?? loadRunner();
  const received: ReceivedInvocation[] = [];
  const ended = new WeakMap<ReceivedInvocation, Promise<ReceivedInvocation>>();
  const asyncRunner = opts.async ? startAsyncRunner(opts.async, runner) : undefined;
  const asyncEndpoints = opts.async ? (opts.async.endpoints ?? DEFAULT_ASYNC_ENDPOINTS) : {};

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'InternalFailure', `local endpoint: ${(err as Error).message}`);
      else res.destroy(err as Error);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const m = PATH.exec(url.pathname);
    if (req.method !== 'POST' || !m)
      return sendError(res, 404, 'UnknownOperationException', `No operation at ${req.method} ${url.pathname}`);
    // SigV4 is not verified here, but a request without it would not reach a real endpoint either.
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('AWS4-HMAC-SHA256 ') || !auth.includes('/sagemaker/aws4_request'))
      return sendError(res, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token (SigV4, service sagemaker)');

    const name = decodeURIComponent(m[1]!);
    const operation = OPERATION[m[2] as keyof typeof OPERATION];
    const stream = operation === 'InvokeEndpointWithResponseStream';
    const body = await readBody(req);
    const header = (h: string) => {
      const v = req.headers[h];
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const rec: ReceivedInvocation = {
      endpoint: name,
      operation,
      status: 0,
      contentType: req.headers['content-type'],
      bytes: body.length,
      ...(header('x-amzn-sagemaker-target-variant') ? { targetVariant: header('x-amzn-sagemaker-target-variant')! } : {}),
      ...(header('x-amzn-sagemaker-inference-component') ? { inferenceComponent: header('x-amzn-sagemaker-inference-component')! } : {}),
      ...(header('x-amzn-sagemaker-inference-id') ? { inferenceId: header('x-amzn-sagemaker-inference-id')! } : {}),
      ...(header('x-amzn-sagemaker-inputlocation') ? { inputLocation: header('x-amzn-sagemaker-inputlocation')! } : {}),
      startedAt: performance.now(),
    };
    received.push(rec);
    ended.set(
      rec,
      new Promise((resolve) =>
        res.on('close', () => {
          rec.endedAt = performance.now();
          if (stream && rec.status === 200 && rec.outcome === undefined) rec.outcome = 'aborted';
          resolve(rec);
        }),
      ),
    );
    const fail = (status: number, type: string, message: string, extra: Record<string, unknown> = {}) => {
      rec.status = status;
      sendError(res, status, type, message, extra);
    };

    const fault = (FAULT_ENDPOINTS as Record<string, { status: number; type: string; message: string; original?: number }>)[name];
    if (operation === 'InvokeEndpointAsync') {
      if (!asyncRunner)
        return fail(
          400,
          'ValidationError',
          `Endpoint ${name} is not configured for asynchronous inference (the local endpoint has no \`async\` S3 configuration).`,
        );
      // A ModelError happens while the job runs: the call itself is accepted. Other faults answer at once.
      if (fault && fault.type !== 'ModelError') return fail(fault.status, fault.type, fault.message);
      const modelId = fault ? undefined : asyncEndpoints[name];
      if (!fault && !modelId) {
        return endpoints[name]
          ? fail(400, 'ValidationError', `Endpoint ${name} is a real-time endpoint: it does not accept InvokeEndpointAsync.`)
          : fail(400, 'ValidationError', `Endpoint ${name} of account 000000000000 not found.`);
      }
      const input = rec.inputLocation;
      if (!input)
        return fail(
          400,
          'ValidationError',
          "1 validation error detected: Value null at 'inputLocation' failed to satisfy constraint: Member must not be null (the local endpoint does not take an inline Body)",
        );
      const num = (h: string, min: number, max: number): number | undefined | null => {
        const v = header(h);
        if (v === undefined) return undefined;
        const n = Number(v);
        return Number.isInteger(n) && n >= min && n <= max ? n : null;
      };
      const ttl = num('x-amzn-sagemaker-requestttlseconds', 60, 21_600);
      const timeout = num('x-amzn-sagemaker-invocationtimeoutseconds', 1, 3_600);
      if (ttl === null) return fail(400, 'ValidationError', 'RequestTTLSeconds must be between 60 and 21600.');
      if (timeout === null) return fail(400, 'ValidationError', 'InvocationTimeoutSeconds must be between 1 and 3600.');
      const accepted = asyncRunner.accept({
        endpoint: name,
        modelId,
        fault: fault ? { message: fault.message, original: 'original' in fault ? fault.original : undefined } : undefined,
        inputLocation: input,
        inferenceId: rec.inferenceId,
        requestTtlSeconds: ttl,
        invocationTimeoutSeconds: timeout,
      });
      if ('error' in accepted) return fail(400, 'ValidationError', accepted.error);
      const job = accepted.job;
      rec.status = 202;
      rec.inferenceId = job.inferenceId;
      const out = JSON.stringify({ InferenceId: job.inferenceId });
      res.writeHead(202, {
        'content-type': 'application/json',
        'x-amzn-sagemaker-outputlocation': job.outputLocation,
        'x-amzn-sagemaker-failurelocation': job.failureLocation,
        'content-length': Buffer.byteLength(out),
      });
      res.end(out);
      return;
    }
    if (asyncEndpoints[name]) return fail(400, 'ValidationError', `Endpoint ${name} is an asynchronous endpoint: use InvokeEndpointAsync.`);
    if (fault) {
      const extra = fault.original
        ? {
            OriginalStatusCode: fault.original,
            OriginalMessage: fault.message,
            LogStreamArn: `arn:aws:logs:local:000000000000:log-group:/aws/sagemaker/Endpoints/${name}`,
          }
        : {};
      return fail(fault.status, fault.type, fault.message, extra);
    }
    if (name === SLOW_ENDPOINT) {
      await sleep(opts.slowMs ?? 5000);
      if (res.destroyed) return;
    }
    const midStream = name === MID_STREAM_ENDPOINT;
    const modelId = midStream || name === SLOW_ENDPOINT ? (Object.values(endpoints)[0] ?? 'triage-small') : endpoints[name];
    if (!modelId) return fail(400, 'ValidationError', `Endpoint ${name} of account 000000000000 not found.`);
    if (body.length === 0)
      return fail(
        400,
        'ValidationError',
        "1 validation error detected: Value at 'body' failed to satisfy constraint: Member must not be null",
      );

    let job: ReturnType<typeof parseChat>;
    try {
      job = parseChat(body);
    } catch (e) {
      if (!(e instanceof BadPayload)) throw e;
      // The container answered 400; SageMaker passes that on as a ModelError (424) with the original status.
      return fail(424, 'ModelError', `Received client error (400) from primary with message "${e.message}".`, {
        OriginalStatusCode: 400,
        OriginalMessage: e.message,
      });
    }
    const variant = invokedVariant(name, rec);
    if ('error' in variant) return fail(400, 'ValidationError', variant.error);
    rec.invokedVariant = variant.variant;
    const id = `chatcmpl-local-${received.length}-${Date.now().toString(36)}`;
    const created = Math.floor(Date.now() / 1000);

    if (!stream) {
      const r = await runChat(runner, modelId, job);
      rec.status = 200;
      const out = JSON.stringify(completionBody(id, created, job, r));
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-amzn-invoked-production-variant': variant.variant,
        'content-length': Buffer.byteLength(out),
      });
      res.end(out);
      return;
    }

    // Streaming: the status line goes out now, then one frame per SSE event as the model produces it.
    rec.status = 200;
    res.writeHead(200, {
      'content-type': 'application/vnd.amazon.eventstream',
      'x-amzn-sagemaker-content-type': 'text/event-stream',
      'x-amzn-invoked-production-variant': variant.variant,
      'transfer-encoding': 'chunked',
    });
    res.flushHeaders();
    const ac = new AbortController();
    res.on('close', () => ac.abort());
    const part = async (sse: string) => {
      if (res.destroyed) throw new Error('client went away');
      const frame = codec.encode({
        headers: {
          ':message-type': { type: 'string', value: 'event' },
          ':event-type': { type: 'string', value: 'PayloadPart' },
          ':content-type': { type: 'string', value: 'application/octet-stream' },
        },
        body: new TextEncoder().encode(sse),
      });
      rec.parts = (rec.parts ?? 0) + 1;
      if (!res.write(frame)) await new Promise((r) => res.once('drain', r));
    };
    const data = (obj: unknown) => `data: ${JSON.stringify(obj)}\n\n`;
    let parts = 0;
    let pieces = 0;
    await part(data(chunkBody(id, created, job.model, { role: 'assistant', content: '' }, null)));
    try {
      const r = await runChat(
        runner,
        modelId,
        job,
        async (piece) => {
          if (midStream && ++parts > (opts.midStreamAfter ?? 3)) throw new MidStreamFault();
          if (opts.beforePiece) await opts.beforePiece(rec, ++pieces);
          await part(data(chunkBody(id, created, job.model, { content: piece }, null)));
          if (opts.pieceDelayMs) await sleep(opts.pieceDelayMs);
        },
        ac.signal,
      );
      await part(data(chunkBody(id, created, job.model, {}, r.finishReason)));
      if (job.includeUsage)
        await part(
          data({
            id,
            object: 'chat.completion.chunk',
            created,
            model: job.model,
            choices: [],
            usage: {
              prompt_tokens: r.promptTokens,
              completion_tokens: r.completionTokens,
              total_tokens: r.promptTokens + r.completionTokens,
            },
          }),
        );
      await part('data: [DONE]\n\n');
      rec.outcome = 'completed';
      res.end();
    } catch (e) {
      if (res.destroyed) return;
      rec.outcome = 'failed';
      const message =
        e instanceof MidStreamFault
          ? 'Model container failed while streaming: worker died'
          : `Model error while streaming: ${(e as Error).message}`;
      res.end(
        codec.encode({
          headers: {
            ':message-type': { type: 'string', value: 'exception' },
            ':exception-type': { type: 'string', value: 'ModelStreamError' },
            ':content-type': { type: 'string', value: 'application/json' },
          },
          body: new TextEncoder().encode(JSON.stringify({ Message: message, ErrorCode: 'ModelStreamError' })),
        }),
      );
    }
  }

  /** The variant an invocation runs on, checking the target variant / inference component if configured. */
  function invokedVariant(endpoint: string, rec: ReceivedInvocation): { variant: string } | { error: string } {
    const known = opts.variants?.[endpoint];
    if (rec.inferenceComponent) {
      const ic = opts.inferenceComponents?.[rec.inferenceComponent];
      if (opts.inferenceComponents && (!ic || ic.endpoint !== endpoint))
        return { error: `Inference component ${rec.inferenceComponent} not found on endpoint ${endpoint}.` };
      if (rec.targetVariant && ic?.variant && rec.targetVariant !== ic.variant)
        return { error: `Inference component ${rec.inferenceComponent} is not deployed on variant ${rec.targetVariant}.` };
      return { variant: ic?.variant ?? rec.targetVariant ?? known?.[0] ?? DEFAULT_VARIANT };
    }
    if (rec.targetVariant) {
      if (known && !known.includes(rec.targetVariant))
        return { error: `The variant(s) "[${rec.targetVariant}]" is/are not valid for endpoint ${endpoint}.` };
      return { variant: rec.targetVariant };
    }
    return { variant: known?.[0] ?? DEFAULT_VARIANT };
  }

  const { url, close } = await listenLocal(server, opts);
  return {
    url,
    received,
    asyncJobs: asyncRunner?.jobs ?? [],
    whenEnded: (rec) => ended.get(rec) ?? Promise.reject(new Error('not an invocation this endpoint received')),
    whenSettled: (id) => asyncRunner?.settled(id) ?? Promise.reject(new Error('the local endpoint has no async configuration')),
    close: async () => {
      await close();
      asyncRunner?.close();
    },
  };
}

class MidStreamFault extends Error {}

function sendError(res: ServerResponse, status: number, type: string, message: string, extra: Record<string, unknown> = {}): void {
  const body = JSON.stringify({ message, ...extra });
  res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
