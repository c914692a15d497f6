// The openai-upstream engine's HTTP client: node:http(s) over one keep-alive Agent per engine.
//
// Not the global fetch (WHATWG streams, Request/Response objects: about twice the CPU per call), and not
// undici's request() either: undici 7 holds every request to a kept-alive connection that went idle for a
// timer tick (setTimeout 0, ≥ 1 ms) to check the server did not close it meanwhile — at light load that is
// every request: +1.3 ms each on loopback against node:http (one 1 KB chat every few ms, p50 2.2 vs 0.86 ms),
// at the same CPU per request under load. node:http sends at once; the race it guards against (the upstream closes an idle
// connection as a request goes out) is handled the way Node documents: idle connections are closed before
// the upstream's own keep-alive timeout (IDLE_MS, or its `Keep-Alive: timeout=` hint less a second if shorter), and a request that
// fails on a reused connection before any answer is sent once more on a fresh one.
//
//   const client = upstreamClient('http://127.0.0.1:8000/v1', 256);
//   const res = await client.exchange('POST', '/chat/completions', headers, body, signal);  // headers in
//   const text = await readText(res);      // or Readable.toWeb(res) for a stream, or discard(res)
//   client.close();
import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';

/** Idle keep-alive connections are closed after this, below common servers' timeouts (Node 5 s, uvicorn 5 s). */
const IDLE_MS = 4000;

export interface UpstreamClient {
  /** Sends a request under the base URL's path; resolves with the response once its headers are in. */
  exchange(
    method: 'GET' | 'POST',
    path: string,
    headers: OutgoingHttpHeaders,
    body: string | undefined,
    signal: AbortSignal,
  ): Promise<IncomingMessage>;
  /** Closes every connection. */
  close(): void;
}

export function upstreamClient(baseUrl: string, maxConnections: number): UpstreamClient {
  const url = new URL(baseUrl);
  const secure = url.protocol === 'https:';
  const options = { keepAlive: true, maxSockets: maxConnections, scheduling: 'lifo' as const, timeout: IDLE_MS };
  const agent = secure ? new https.Agent(options) : new http.Agent(options);
  const send = secure ? https.request : http.request;
  const target = { protocol: url.protocol, hostname: url.hostname, port: url.port, agent };
  const basePath = url.pathname.replace(/\/+$/, '');
  return {
    exchange(method, path, headers, body, signal) {
      const withLength = body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) };
      const attempt = (mayRetry: boolean): Promise<IncomingMessage> =>
        new Promise<IncomingMessage>((resolve, reject) => {
          const req = send({ ...target, method, path: basePath + path, headers: withLength });
          abortOnSignal(req, signal);
          req.once('response', resolve);
          req.once('error', (err) => {
            if (mayRetry && req.reusedSocket && !signal.aborted && isReset(err)) attempt(false).then(resolve, reject);
            else reject(err);
          });
          req.end(body);
        });
      return attempt(true);
    },
    close: () => agent.destroy(),
  };
}

/**
 * What http.request's `signal` option does — the request (and so its response) destroyed with an AbortError
 * when the signal fires, until the request closes — with one listener instead of its end-of-stream watcher
 * (addAbortSignal: several listeners per request, which showed in the node's profile).
 */
function abortOnSignal(req: http.ClientRequest, signal: AbortSignal): void {
  const abort = () => void req.destroy(abortError(signal));
  if (signal.aborted) return abort();
  signal.addEventListener('abort', abort, { once: true });
  req.once('close', () => signal.removeEventListener('abort', abort));
}

/** The error Node's own signal handling destroys a request with (name AbortError, code ABORT_ERR). */
function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error('The operation was aborted', { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
}

/** The connection was reset or closed under the request (the idle-close race), not refused or timed out. */
function isReset(err: Error): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

/** A response's whole body as text; rejects if it breaks off (reset, aborted) before its end. */
export function readText(res: IncomingMessage): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.once('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    res.once('error', reject);
    res.once('close', () => {
      if (!res.complete) reject(new Error('the response broke off before its end'));
    });
  });
}

/** Reads a body to its end without keeping it, so the connection goes back to the pool. */
export function discard(res: IncomingMessage): Promise<void> {
  return new Promise<void>((resolve) => {
    res
      .once('end', resolve)
      .once('close', resolve)
      .once('error', () => resolve());
    res.resume();
  });
}
