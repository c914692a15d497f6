// A real OpenAI-compatible HTTP server with the `echo` behaviour (echo-upstream.ts) for whole-stack tests: it
// keeps every chat body it receives, by the x-request-id the edge sends, for the test to read in-process (what
// left the edge: a redacted body must hold no original value), and answers with the last user message — as
// content, or as a tool call's arguments when the request offers tools; streamed ECHO_PIECE (or setPiece)
// characters per event. Node only.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ECHO_PIECE, echoAnswer } from './echo-upstream.ts';

export interface EchoServer {
  /** The server's origin; an `openai` target's base_url is `${url}/v1`. */
  url: string;
  /** The bodies received (as sent, text) for a request id, in order. */
  received(requestId: string): string[];
  /** Every body received, as sent. */
  all(): string[];
  /** Streams from now on go out `n` characters per event (default ECHO_PIECE): where the chunks split the text. */
  setPiece(n: number): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const NOT_FOUND = JSON.stringify({
  error: { message: 'Only chat completions here.', type: 'invalid_request_error', param: null, code: null },
});

export async function startEchoServer(): Promise<EchoServer> {
  const seen: { requestId: string | undefined; body: string }[] = [];
  let piece = ECHO_PIECE;
  const server = createServer((req, res) => {
    readBody(req).then(
      (text) => {
        if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions'))
          return void res.writeHead(404, { 'content-type': 'application/json' }).end(NOT_FOUND);
        const id = req.headers['x-request-id'];
        seen.push({ requestId: typeof id === 'string' ? id : undefined, body: text });
        // echoAnswer takes the piece size from an `echo-N` model id.
        echoAnswer('openai', { ...(JSON.parse(text) as Parameters<typeof echoAnswer>[1]), model: `echo-${piece}` }, res);
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: (requestId) => seen.filter((s) => s.requestId === requestId).map((s) => s.body),
    all: () => seen.map((s) => s.body),
    setPiece: (n) => void (piece = n),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
