// A local SageMaker-runtime-compatible endpoint (../../shared/notes/serverless-local.md has the wire protocol):
// the real `@aws-sdk/client-sagemaker-runtime` talks to it through an `endpoint` override. Backed by a real
// engine — the shared ONNX runner with the built `triage-small` model (engine.ts).
//
//   InvokeEndpoint                    POST /endpoints/{name}/invocations                  → JSON completion
//   InvokeEndpointWithResponseStream  POST /endpoints/{name}/invocations-response-stream  → event-stream frames,
//       one PayloadPart per OpenAI SSE event (`data: {chunk}\n\n` … `data: [DONE]\n\n`)
//   Errors: status + `x-amzn-errortype` + JSON {"message"} (ModelError also OriginalStatusCode/OriginalMessage)
//
// Endpoint names map to model ids (`endpoints` option; default `triage-small-endpoint` → `triage-small`). An
// unknown name answers ValidationError, as SageMaker does. Names starting with `fault-` produce SageMaker's
// failures deterministically, for tests and local fault drills (FAULT_ENDPOINTS below).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import type { Runner } from '../../shared/models/runner.ts';
import { listenLocal } from '../local-server.ts';
import { BadPayload, chunkBody, completionBody, loadRunner, parseChat, runChat } from './engine.ts';

export const DEFAULT_ENDPOINTS: Readonly<Record<string, string>> = { 'triage-small-endpoint': 'triage-small' };

/** Endpoint names that fail the way SageMaker does. `fault-mid-stream` runs the real model, then breaks. */
export const FAULT_ENDPOINTS = {
  'fault-model-error': { status: 424, type: 'ModelError', message: 'Received server error (500) from primary with message "CUDA out of memory". See the log stream for details.', original: 500 },
  'fault-model-rejects': { status: 424, type: 'ModelError', message: 'Received client error (400) from primary with message "input too long".', original: 400 },
  'fault-validation': { status: 400, type: 'ValidationError', message: 'Inference Component Name header is required for endpoints to which you plan to deploy inference components.' },
  'fault-not-ready': { status: 429, type: 'ModelNotReadyException', message: 'Model is not ready: the inference component has 0 copies; scaling out.' },
  'fault-unavailable': { status: 503, type: 'ServiceUnavailable', message: 'The service is unavailable. Try your request again.' },
  'fault-dependency': { status: 530, type: 'InternalDependencyException', message: 'Your request caused an exception with an internal dependency. Contact customer support.' },
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
}

/** One request the endpoint received (what tests assert on; never the payload itself). */
export interface ReceivedInvocation {
  endpoint: string;
  operation: 'InvokeEndpoint' | 'InvokeEndpointWithResponseStream';
  status: number;
  contentType: string | undefined;
  bytes: number;
  startedAt: number;
  endedAt?: number;
}

export interface LocalEndpoint {
  url: string;
  received: ReceivedInvocation[];
  close(): Promise<void>;
}

const PATH = /^\/endpoints\/([^/]+)\/(invocations|invocations-response-stream)$/;
const codec = new EventStreamCodec((b) => new TextDecoder().decode(b), (s) => new TextEncoder().encode(s));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startLocalEndpoint(opts: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const endpoints = opts.endpoints ?? DEFAULT_ENDPOINTS;
  const runner = opts.runner ?? loadRunner();
  const received: ReceivedInvocation[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'InternalFailure', `local endpoint: ${(err as Error).message}`);
      else res.destroy(err as Error);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const m = PATH.exec(url.pathname);
    if (req.method !== 'POST' || !m) return sendError(res, 404, 'UnknownOperationException', `No operation at ${req.method} ${url.pathname}`);
    // SigV4 is not verified here, but a request without it would not reach a real endpoint either.
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('AWS4-HMAC-SHA256 ') || !auth.includes('/sagemaker/aws4_request'))
      return sendError(res, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token (SigV4, service sagemaker)');

    const name = decodeURIComponent(m[1]!);
    const stream = m[2] === 'invocations-response-stream';
    const body = await readBody(req);
    const rec: ReceivedInvocation = {
      endpoint: name,
      operation: stream ? 'InvokeEndpointWithResponseStream' : 'InvokeEndpoint',
      status: 0,
      contentType: req.headers['content-type'],
      bytes: body.length,
      startedAt: performance.now(),
    };
    received.push(rec);
    res.on('close', () => { rec.endedAt = performance.now(); });
    const fail = (status: number, type: string, message: string, extra: Record<string, unknown> = {}) => {
      rec.status = status;
      sendError(res, status, type, message, extra);
    };

    const fault = (FAULT_ENDPOINTS as Record<string, { status: number; type: string; message: string; original?: number }>)[name];
    if (fault) {
      const extra = fault.original ? { OriginalStatusCode: fault.original, OriginalMessage: fault.message, LogStreamArn: `arn:aws:logs:local:000000000000:log-group:/aws/sagemaker/Endpoints/${name}` } : {};
      return fail(fault.status, fault.type, fault.message, extra);
    }
    if (name === SLOW_ENDPOINT) {
      await sleep(opts.slowMs ?? 5000);
      if (res.destroyed) return;
    }
    const midStream = name === MID_STREAM_ENDPOINT;
    const modelId = midStream || name === SLOW_ENDPOINT ? Object.values(endpoints)[0] ?? 'triage-small' : endpoints[name];
    if (!modelId) return fail(400, 'ValidationError', `Endpoint ${name} of account 000000000000 not found.`);
    if (body.length === 0) return fail(400, 'ValidationError', "1 validation error detected: Value at 'body' failed to satisfy constraint: Member must not be null");

    let job: ReturnType<typeof parseChat>;
    try {
      job = parseChat(body);
    } catch (e) {
      if (!(e instanceof BadPayload)) throw e;
      // The container answered 400; SageMaker passes that on as a ModelError (424) with the original status.
      return fail(424, 'ModelError', `Received client error (400) from primary with message "${e.message}".`, { OriginalStatusCode: 400, OriginalMessage: e.message });
    }
    const id = `chatcmpl-local-${received.length}-${Date.now().toString(36)}`;
    const created = Math.floor(Date.now() / 1000);
    const variant = 'AllTraffic';

    if (!stream) {
      const r = await runChat(runner, modelId, job);
      rec.status = 200;
      const out = JSON.stringify(completionBody(id, created, job, r));
      res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-invoked-production-variant': variant, 'content-length': Buffer.byteLength(out) });
      res.end(out);
      return;
    }

    // Streaming: the status line goes out now, then one frame per SSE event as the model produces it.
    rec.status = 200;
    res.writeHead(200, {
      'content-type': 'application/vnd.amazon.eventstream',
      'x-amzn-sagemaker-content-type': 'text/event-stream',
      'x-amzn-invoked-production-variant': variant,
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
      if (!res.write(frame)) await new Promise((r) => res.once('drain', r));
    };
    const data = (obj: unknown) => `data: ${JSON.stringify(obj)}\n\n`;
    let parts = 0;
    await part(data(chunkBody(id, created, job.model, { role: 'assistant', content: '' }, null)));
    try {
      const r = await runChat(runner, modelId, job, async (piece) => {
        if (midStream && ++parts > (opts.midStreamAfter ?? 3)) throw new MidStreamFault();
        await part(data(chunkBody(id, created, job.model, { content: piece }, null)));
        if (opts.pieceDelayMs) await sleep(opts.pieceDelayMs);
      }, ac.signal);
      await part(data(chunkBody(id, created, job.model, {}, r.finishReason)));
      if (job.includeUsage)
        await part(data({ id, object: 'chat.completion.chunk', created, model: job.model, choices: [], usage: { prompt_tokens: r.promptTokens, completion_tokens: r.completionTokens, total_tokens: r.promptTokens + r.completionTokens } }));
      await part('data: [DONE]\n\n');
      res.end();
    } catch (e) {
      if (res.destroyed) return;
      const message = e instanceof MidStreamFault ? 'Model container failed while streaming: worker died' : `Model error while streaming: ${(e as Error).message}`;
      res.end(codec.encode({
        headers: {
          ':message-type': { type: 'string', value: 'exception' },
          ':exception-type': { type: 'string', value: 'ModelStreamError' },
          ':content-type': { type: 'string', value: 'application/json' },
        },
        body: new TextEncoder().encode(JSON.stringify({ Message: message, ErrorCode: 'ModelStreamError' })),
      }));
    }
  }

  const { url, close } = await listenLocal(server, opts);
  return { url, received, close };
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
