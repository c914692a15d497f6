// What the HTTP-calling targets (openai, onprem, lambda) share: the body sent upstream, and the mapping of
// upstream outcomes to a Response or a TargetError. Messages name the target and the status, never the
// request or response body (which may hold prompt text).
import { isTimeout } from '../../shared/protocol/http/abort.ts';
import { responseFromBytes } from '../response-bytes.ts';
import { TargetError, type TargetRequest } from './target.ts';

export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/** The body as the target should see it: the target's model id; `stream` as the client asked (chat only). */
export function upstreamBody(req: TargetRequest, stream = req.stream): Record<string, unknown> & { model: string } {
  const body: Record<string, unknown> & { model: string } = { ...req.body, model: req.upstreamModel };
  if (req.task === 'chat') {
    if (stream) body.stream = true;
    else {
      delete body.stream;
      delete body.stream_options;
    }
  }
  return body;
}

/** Trace and request id headers for every upstream call. */
export function traceHeaders(req: TargetRequest): Record<string, string> {
  return { traceparent: req.traceparent, 'x-request-id': req.requestId };
}

/** The headers of a JSON request to an OpenAI-compatible upstream: what it is, what is wanted back, the trace. */
export function jsonHeaders(req: TargetRequest): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: req.stream ? 'text/event-stream' : 'application/json',
    ...traceHeaders(req),
  };
}

/** What fetches for a target: the global fetch, or a binding's (e.g. the on-prem mTLS certificate's). */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** POSTs to target `name`'s upstream; a failure to connect becomes a TargetError (networkError). */
export async function postUpstream(
  name: string,
  send: Fetch,
  url: string | URL | Request,
  init: Omit<RequestInit, 'method'> & { signal: AbortSignal },
): Promise<Response> {
  try {
    return await send(url, { method: 'POST', ...init });
  } catch (err) {
    throw networkError(name, err, init.signal);
  }
}

/** Headers that describe a connection or an encoding of the upstream hop, not the content. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'content-encoding',
  'set-cookie',
  'alt-svc',
  'server',
  'date',
]);

/**
 * The upstream's headers that describe the content, as name/value pairs: the Response is built from them in one
 * call, not a Headers.set() call each (each a call into the runtime).
 */
export function responseHeaders(from: Headers): [string, string][] {
  const kept: [string, string][] = [];
  for (const [k, v] of from) if (!HOP_HEADERS.has(k) && !k.startsWith('cf-') && !k.startsWith('x-amz')) kept.push([k, v]);
  return kept;
}

/**
 * Turns a thrown fetch/read error into a TargetError. A client abort is rethrown as is (the executor stops);
 * a timeout is 504 retryable; anything else (connection refused/reset, DNS) 502 retryable.
 */
export function networkError(name: string, err: unknown, signal: AbortSignal, phase: 'connect' | 'read' = 'connect'): TargetError {
  if (signal.aborted) {
    if (isTimeout(signal)) return new TargetError(`target ${name}: timed out`, 504, true);
    throw signal.reason;
  }
  if (err instanceof TargetError) return err;
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new TargetError(
    `target ${name}: ${phase === 'connect' ? 'request failed' : 'response broke off'} (${what.slice(0, 200)})`,
    502,
    true,
  );
}

/** Status of a failed upstream answer → what the client should see if nothing else answers. */
export function gatewayStatus(upstream: number): 502 | 503 | 504 {
  if (upstream === 503 || upstream === 429) return 503;
  if (upstream === 504 || upstream === 408) return 504;
  return 502;
}

/**
 * Maps an upstream answer. 2xx: JSON is read whole within the deadline (so a body that breaks off can still
 * fall back); an SSE stream is passed on untouched (byte-exact, as it arrives) — the executor reads it up to
 * its first event and ends it with an error event if it breaks off later (../execute.ts). 4xx that are the
 * client's doing: non-retryable, carrying the response for the client. 401/403/407: the gateway's own
 * credentials are wrong → non-retryable for this target, not shown to the client. 408/429/5xx: retryable.
 */
export async function mapUpstream(name: string, res: Response, req: TargetRequest): Promise<Response> {
  const headers = responseHeaders(res.headers);
  const status = res.status;
  if (status >= 200 && status < 300) {
    const type = headers.find(([k]) => k === 'content-type')?.[1] ?? '';
    if (type.startsWith('text/event-stream')) return new Response(res.body, { status, headers });
    return responseFromBytes(await readBody(name, res, req), { status, headers });
  }
  if (res.status === 401 || res.status === 403 || res.status === 407) {
    await res.body?.cancel().catch(() => {});
    throw new TargetError(`target ${name}: upstream refused the gateway's credentials (HTTP ${res.status})`, 502, false);
  }
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
    const buf = await readBody(name, res, req);
    if (!headers.some(([k]) => k === 'content-type')) headers.push(['content-type', 'application/json']);
    throw new TargetError(
      `target ${name}: upstream rejected the request (HTTP ${res.status})`,
      502,
      false,
      new Response(buf, { status: res.status, headers }),
    );
  }
  await res.body?.cancel().catch(() => {});
  throw new TargetError(`target ${name}: upstream answered HTTP ${res.status}`, gatewayStatus(res.status), true);
}

/** The upstream's body whole; one that breaks off while read is a TargetError (networkError, phase `read`). */
export async function readBody(name: string, res: Response, req: TargetRequest): Promise<ArrayBuffer> {
  try {
    return await res.arrayBuffer();
  } catch (err) {
    throw networkError(name, err, req.signal, 'read');
  }
}
