// A local implementation of Lambda's response-streaming contract (serverless-offline has none: it answers
// InvokeWithResponseStream with 404 and serves no function URLs), for local runs and tests of streaming
// handlers behind a function URL.
//
//   installAwsLambdaGlobals()  merges `streamifyResponse` and `HttpResponseStream` into `globalThis.awslambda`
//                              (the AWS SDK may already have created it: merged into, never replaced; members
//                              that exist — the real runtime's — are kept). Runs on import of this module.
//   streamifyResponse(h)       marks `h` as a response-streaming handler (the runtime's
//                              `Symbol.for('aws.lambda.runtime.handler.streaming') = 'response'`).
//   HttpResponseStream.from    as in the runtime: sets the content type
//                              `application/vnd.awslambda.http-integration-response` and, just before the
//                              first body byte, writes the JSON prelude ({statusCode, headers, cookies}) and
//                              8 NUL bytes.
//   startStreamHarness         an HTTP server in the function URL's place: each request becomes a function-URL
//                              event (payload format 2.0; body base64 unless textual); the handler's stream is
//                              parsed the way the function URL does (prelude → status + headers) and every
//                              chunk the handler writes is written to the HTTP response at once (chunked, no
//                              buffering; backpressure passed back to the handler's writes).
//   Errors like a function URL: the handler throws before writing → 502 {"errorType","errorMessage"} with
//   `x-amz-function-error: Unhandled`; after writing → the response is cut. A handler that returns without
//   ending its stream has it ended for it (logged), so a client never hangs on the harness.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { listenLocal } from '../local-server.ts';

export const HTTP_INTEGRATION_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';
const STREAMING_MARK = Symbol.for('aws.lambda.runtime.handler.streaming');
const DELIMITER = new Uint8Array(8);

/** The Lambda function-URL event (payload format version 2.0), as the harness builds it. */
export interface FunctionUrlEvent {
  version: '2.0';
  routeKey: '$default';
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  requestContext: {
    accountId: string;
    apiId: string;
    domainName: string;
    domainPrefix: string;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
    requestId: string;
    routeKey: '$default';
    stage: '$default';
    time: string;
    timeEpoch: number;
  };
  body?: string;
  isBase64Encoded: boolean;
}

type Hooked = LambdaResponseStream & { _onBeforeFirstWrite?: (write: (b: string | Uint8Array) => void) => void };

function streamifyResponse<T>(handler: LambdaStreamingHandler<T>): LambdaStreamingHandler<T> {
  (handler as unknown as Record<symbol, string>)[STREAMING_MARK] = 'response';
  return handler;
}

const HttpResponseStream = {
  from(responseStream: LambdaResponseStream, prelude: LambdaHttpResponsePrelude): LambdaResponseStream {
    responseStream.setContentType(HTTP_INTEGRATION_CONTENT_TYPE);
    const json = JSON.stringify(prelude);
    (responseStream as Hooked)._onBeforeFirstWrite = (write) => {
      write(json);
      write(DELIMITER);
    };
    return responseStream;
  },
};

/** Merges the contract into `globalThis.awslambda` (created if absent; existing members kept). */
export function installAwsLambdaGlobals(): void {
  const g = globalThis as { awslambda?: Partial<typeof awslambda> };
  const target = (g.awslambda ??= {});
  target.streamifyResponse ??= streamifyResponse;
  target.HttpResponseStream ??= HttpResponseStream;
}
installAwsLambdaGlobals();

export function isStreamingHandler(h: unknown): boolean {
  return typeof h === 'function' && (h as unknown as Record<symbol, unknown>)[STREAMING_MARK] === 'response';
}

/**
 * The stream handed to the handler. Bytes pass through `sink` (the "function URL" side) as they are written;
 * the prelude hook of HttpResponseStream.from runs before the first body write (or at the end if none).
 */
class HarnessResponseStream extends Writable {
  contentType: string | undefined;
  _onBeforeFirstWrite?: (write: (b: string | Uint8Array) => void) => void;
  private started = false;

  constructor(private readonly sink: { write(b: Uint8Array): Promise<void>; end(): void }) {
    super({ highWaterMark: 1024 });
  }

  setContentType(contentType: string): void {
    if (this.started) throw new Error('setContentType must be called before the first write');
    this.contentType = contentType;
  }

  private start(): Uint8Array[] {
    if (this.started) return [];
    this.started = true;
    const pre: Uint8Array[] = [];
    this._onBeforeFirstWrite?.((b) => pre.push(typeof b === 'string' ? Buffer.from(b) : b));
    return pre;
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    const parts = [...this.start(), chunk];
    (async () => {
      for (const p of parts) await this.sink.write(p);
    })().then(() => cb(), cb);
  }

  override _final(cb: (e?: Error | null) => void): void {
    const pre = this.start();
    (async () => {
      for (const p of pre) await this.sink.write(p);
      this.sink.end();
    })().then(() => cb(), cb);
  }
}

/** The function URL's side: reads the prelude (if any), then writes every chunk to the HTTP response at once. */
function httpSink(res: ServerResponse, contentType: () => string | undefined) {
  let head: Buffer | null = null; // bytes before the prelude's delimiter, while it is incomplete
  let opened = false;
  const writeRes = (b: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      if (res.destroyed) return reject(new Error('the client closed the connection'));
      if (b.length === 0) return resolve();
      if (res.write(b)) return resolve();
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        if (res.destroyed && !res.writableFinished) reject(new Error('the client closed the connection'));
        else resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  const open = (status: number, headers: Record<string, string | string[]>) => {
    opened = true;
    res.writeHead(status, headers);
    res.flushHeaders();
  };
  return {
    get opened() {
      return opened;
    },
    async write(b: Uint8Array): Promise<void> {
      if (opened) return writeRes(b);
      if (contentType() !== HTTP_INTEGRATION_CONTENT_TYPE) {
        open(200, { 'content-type': contentType() ?? 'application/octet-stream' });
        return writeRes(b);
      }
      head = head ? Buffer.concat([head, b]) : Buffer.from(b);
      const at = head.indexOf(Buffer.from(DELIMITER));
      if (at < 0) return;
      const prelude = JSON.parse(head.subarray(0, at).toString('utf8')) as LambdaHttpResponsePrelude;
      const headers: Record<string, string | string[]> = { ...(prelude.headers ?? {}) };
      if (prelude.cookies?.length) headers['set-cookie'] = prelude.cookies;
      open(prelude.statusCode ?? 200, headers);
      const rest = head.subarray(at + DELIMITER.length);
      head = null;
      return writeRes(rest);
    },
    end(): void {
      if (!opened) open(200, { 'content-type': contentType() ?? 'application/octet-stream' });
      res.end();
    },
  };
}

export interface StreamHarnessOptions {
  /** A handler wrapped in `awslambda.streamifyResponse`. */
  handler: LambdaStreamingHandler<FunctionUrlEvent>;
  port?: number;
  host?: string;
  functionName?: string;
  /** Lambda's timeout for the context's getRemainingTimeInMillis (default 60 s). */
  timeoutMs?: number;
  /** Send every body base64-encoded (`isBase64Encoded: true`), as a function URL does for binary types. */
  base64Bodies?: boolean;
}

export interface StreamHarness {
  url: string;
  close(): Promise<void>;
}

const TEXTUAL = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

export function toFunctionUrlEvent(req: IncomingMessage, body: Buffer, host: string, base64 = false): FunctionUrlEvent {
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && k !== 'cookie') headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const asBase64 = base64 || !TEXTUAL.test(req.headers['content-type'] ?? '');
  const now = new Date();
  const event: FunctionUrlEvent = {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local-harness',
      domainName: host,
      domainPrefix: 'local-harness',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: body.length > 0 && asBase64,
  };
  if (req.headers.cookie) event.cookies = req.headers.cookie.split(/;\s*/);
  if (url.search) event.queryStringParameters = query;
  if (body.length > 0) event.body = asBase64 ? body.toString('base64') : body.toString('utf8');
  return event;
}

export async function startStreamHarness(opts: StreamHarnessOptions): Promise<StreamHarness> {
  if (!isStreamingHandler(opts.handler)) throw new Error('startStreamHarness: the handler is not wrapped in awslambda.streamifyResponse');
  const functionName = opts.functionName ?? 'local-stream';
  const timeoutMs = opts.timeoutMs ?? 60_000;

  const server = createServer((req, res) => {
    serve(req, res).catch((err: unknown) => {
      console.error(`stream harness: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) fail(res, err);
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const addr = server.address() as AddressInfo;
    const event = toFunctionUrlEvent(req, Buffer.concat(chunks), `${addr.address}:${addr.port}`, opts.base64Bodies);
    const stream: HarnessResponseStream = new HarnessResponseStream(httpSink(res, (): string | undefined => stream.contentType));
    stream.on('error', () => {}); // the handler sees failed writes; an unheard 'error' must not crash the harness
    // The client went away: the handler's stream errors (its pending and later writes fail), as in Lambda.
    res.on('close', () => {
      if (!res.writableFinished) stream.destroy(new Error('the client closed the connection'));
    });
    const started = Date.now();
    const context: LambdaStreamingContext = {
      awsRequestId: event.requestContext.requestId,
      functionName,
      functionVersion: '$LATEST',
      getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    };
    try {
      await opts.handler(event, stream as unknown as LambdaResponseStream, context);
    } catch (err) {
      if (!stream.writableFinished && !res.headersSent) {
        stream.destroy();
        return fail(res, err);
      }
      res.destroy();
      return;
    }
    if (!stream.writableEnded && !stream.destroyed) {
      console.warn('stream harness: the handler returned without ending its response stream; ending it');
      stream.end();
    }
  }

  const { url, close } = await listenLocal(server, opts);
  return { url, close };
}

function fail(res: ServerResponse, err: unknown): void {
  const e = err as Error;
  const body = JSON.stringify({ errorType: e?.name ?? 'Error', errorMessage: e?.message ?? String(err) });
  res.writeHead(502, {
    'content-type': 'application/json',
    'x-amz-function-error': 'Unhandled',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
