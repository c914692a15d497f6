// Test support for the fault tests: a real HTTP server in an on-prem node's place that behaves as the test
// says, right now. It admits only requests the edge signed, verified as the real node does (shared/protocol/signing:
// HMAC, window, body hash, nonces); everything else gets 401. Modes:
//   ok    answers OpenAI-style: chat JSON, or for `stream: true` an SSE stream (role, two pieces, finish,
//         the usage chunk if `stream_options.include_usage`, [DONE])
//   hung  accepts the request and never answers (the edge's abort closes the connection)
//   cut   streams the role and one piece, then half of the next event, then cuts the connection
// `received` lists every signed request that reached it (never bodies or prompt text).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryNonceCache, parseSigningKey, verifyRequest } from '../../shared/protocol/signing/index.ts';

export type FakeNodeMode = 'ok' | 'hung' | 'cut';

export interface FakeNodeRequest {
  path: string;
  model: string;
  stream: boolean;
  mode: FakeNodeMode;
}

export interface FakeNode {
  /** Base URL; the OpenAI routes are under `${url}/v1`. */
  url: string;
  mode: FakeNodeMode;
  readonly received: readonly FakeNodeRequest[];
  close(): Promise<void>;
}

export const FAKE_NODE_TEXT = ['Hello', ' from the node'];
export const FAKE_NODE_USAGE = { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 };

/** `signingKey`: `<key id>:<secret>`, as the edge's ONPREM_SIGNING_KEY. */
export async function startFakeNode(signingKey: string, mode: FakeNodeMode = 'ok'): Promise<FakeNode> {
  const { keyId, secret } = parseSigningKey(signingKey);
  const nonces = new MemoryNonceCache(10_000);
  const received: FakeNodeRequest[] = [];
  const node: FakeNode = {
    url: '',
    mode,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const v = await verifyRequest({
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: new Uint8Array(raw),
      keys: { [keyId]: secret },
      nonces,
    });
    if (!v.ok) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          error: { message: `signature rejected: ${v.reason}`, type: 'authentication_error', param: null, code: v.reason },
        }),
      );
      return;
    }
    const body = JSON.parse(raw.toString('utf8') || '{}') as {
      model?: string;
      stream?: boolean;
      stream_options?: { include_usage?: boolean };
    };
    const current = node.mode;
    received.push({ path: req.url ?? '', model: String(body.model ?? ''), stream: body.stream === true, mode: current });
    if (current === 'hung') return; // accepted, never answered
    const model = String(body.model ?? '');
    if (body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(completion(model)));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const events = streamEvents(model, body.stream_options?.include_usage === true);
    if (current === 'cut') {
      res.write(events[0]! + events[1]!);
      res.write(events[2]!.slice(0, 25)); // half an event …
      setTimeout(() => res.socket?.destroy(), 50); // … and the connection is gone
      return;
    }
    for (const e of events) res.write(e);
    res.end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  node.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return node;
}

const BASE = { id: 'chatcmpl-fake-node', created: 1_700_000_000 };

function completion(model: string) {
  return {
    ...BASE,
    object: 'chat.completion',
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: FAKE_NODE_TEXT.join('') }, logprobs: null, finish_reason: 'stop' }],
    usage: FAKE_NODE_USAGE,
  };
}

function streamEvents(model: string, usage: boolean): string[] {
  const chunk = (delta: object, finish: string | null) => ({
    ...BASE,
    object: 'chat.completion.chunk',
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const data = (obj: unknown) => `data: ${JSON.stringify(obj)}\n\n`;
  return [
    data(chunk({ role: 'assistant', content: '' }, null)),
    ...FAKE_NODE_TEXT.map((t) => data(chunk({ content: t }, null))),
    data(chunk({}, 'stop')),
    ...(usage ? [data({ ...BASE, object: 'chat.completion.chunk', model, choices: [], usage: FAKE_NODE_USAGE })] : []),
    'data: [DONE]\n\n',
  ];
}
