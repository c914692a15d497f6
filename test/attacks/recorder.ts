// The recorder in front of the cloud tier: real HTTP listeners the edge is pointed at instead of each
// upstream that is not on-prem. Each one keeps what arrived (which listener, the request id, the body as
// received; in memory, for the assertions only) and either forwards it unchanged to the real upstream,
// streaming the answer back as it comes (Lambda Invoke on serverless-offline, the stream function's URL),
// or, for an upstream nothing runs behind locally (the default policy's `openai` target), answers 503 as
// an unavailable server would. Node only.
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Recorded } from './judge.ts';

export interface Listener {
  url: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The request id: the header the edge sends to every upstream, else the cloud event's trace.requestId. */
function requestIdOf(req: IncomingMessage, body: string): string | undefined {
  const header = req.headers['x-request-id'];
  if (typeof header === 'string') return header;
  try {
    const id = (JSON.parse(body) as { trace?: { requestId?: unknown } }).trace?.requestId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

function listen(server: Server): Promise<Listener> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Sends the request on to `upstream` as it came and the answer back as it comes (chunk by chunk for streams). */
function relay(req: IncomingMessage, body: Buffer, res: ServerResponse, upstream: URL): void {
  const out = forward(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', () => {
    if (!res.headersSent)
      res.writeHead(502, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          error: { message: 'The recorder could not reach the upstream.', type: 'server_error', param: null, code: 'recorder_upstream' },
        }),
      );
    else res.destroy();
  });
  res.on('close', () => {
    if (!res.writableFinished) out.destroy();
  });
  out.end(body);
}

const UNAVAILABLE = JSON.stringify({
  error: {
    message: 'Recorder stand-in: no server runs behind this target here.',
    type: 'service_unavailable',
    param: null,
    code: 'recorder_stand_in',
  },
});

export class Recorder {
  private readonly seen: Recorded[] = [];
  private readonly listeners: Listener[] = [];

  /** Everything that arrived, in order. */
  get recorded(): readonly Recorded[] {
    return this.seen;
  }

  requestIds(): Set<string> {
    return new Set(this.seen.map((r) => r.requestId).filter((id): id is string => id !== undefined));
  }

  /** A listener that records and forwards to `upstream` (an http:// origin, e.g. serverless-offline's). */
  async forwardTo(at: Recorded['at'], upstream: string): Promise<Listener> {
    const target = new URL(upstream);
    return this.listen(at, (req, body, res) => relay(req, body, res, target));
  }

  /** A listener that records and answers 503: it stands in for an upstream that runs nowhere here. */
  async standIn(at: Recorded['at']): Promise<Listener> {
    return this.listen(at, (_req, _body, res) => void res.writeHead(503, { 'content-type': 'application/json' }).end(UNAVAILABLE));
  }

  async close(): Promise<void> {
    await Promise.all(this.listeners.splice(0).map((l) => l.close()));
  }

  private async listen(at: Recorded['at'], answer: (req: IncomingMessage, body: Buffer, res: ServerResponse) => void): Promise<Listener> {
    const server = createServer((req, res) => {
      readBody(req).then(
        (body) => {
          const text = body.toString('utf8');
          this.seen.push({ at, requestId: requestIdOf(req, text), body: text });
          answer(req, body, res);
        },
        () => res.destroy(),
      );
    });
    const l = await listen(server);
    this.listeners.push(l);
    return l;
  }
}
