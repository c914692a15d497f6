// Test support (used only by *.test.ts): a real OpenAI-compatible HTTP server (node:http) to put behind the
// node's real `openai-upstream` engine, whose answers the test controls. Every completion/embedding
// request is handed to the test as a `Held` request: the test decides when and what to answer (so it can
// keep work "running" on the engine), and can see whether the node closed the connection early — which is
// how "the engine's work stopped" shows on the wire.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Held {
  path: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  res: ServerResponse;
  /** Resolves when the connection closed before the answer was complete (the node stopped the work). */
  abandoned: Promise<void>;
  /** Answers a chat completion (with usage) or an embeddings list, as JSON. */
  reply(): void;
  /** Starts an SSE answer and writes one event per call; `end()` writes [DONE]. */
  sse(data: unknown): void;
  end(): void;
}

export interface TestUpstream {
  /** Base URL including `/v1`, as the engine's `baseUrl` wants it. */
  baseUrl: string;
  /** The next request the upstream receives (in arrival order). */
  next(): Promise<Held>;
  /** How many completion/embedding requests arrived so far. */
  readonly received: number;
  close(): Promise<void>;
}

export const USAGE = { prompt_tokens: 7, completion_tokens: 5, total_tokens: 12 };

export async function startTestUpstream(models: string[] = ['up-chat']): Promise<TestUpstream> {
  const arrived: Held[] = [];
  const waiting: ((h: Held) => void)[] = [];
  let received = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/v1/models') return listModels(res, models);
      received++;
      const held = holdRequest(req, res, JSON.parse(raw) as Record<string, unknown>);
      const w = waiting.shift();
      if (w) w(held);
      else arrived.push(held);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    next: () => {
      const h = arrived.shift();
      return h ? Promise.resolve(h) : new Promise((resolve) => waiting.push(resolve));
    },
    get received() {
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listModels(res: ServerResponse, models: string[]): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ object: 'list', data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'test' })) }));
}

/** A completion/embedding request, answered when and how the test says. */
function holdRequest(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Held {
  const abandoned = new Promise<void>((resolve) => res.on('close', () => !res.writableFinished && resolve()));
  let started = false;
  return {
    path: req.url ?? '',
    body,
    headers: req.headers,
    res,
    abandoned,
    reply() {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url === '/v1/embeddings' ? embeddingsAnswer(body.model) : chatAnswer(body.model)));
    },
    sse(data) {
      if (!started) {
        started = true;
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      }
      res.write(`data: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      res.end('data: [DONE]\n\n');
    },
  };
}

const embeddingsAnswer = (model: unknown) => ({
  object: 'list',
  data: [{ object: 'embedding', index: 0, embedding: [0.5, -0.25] }],
  model,
  usage: { prompt_tokens: 3, total_tokens: 3 },
});

const chatAnswer = (model: unknown) => ({
  id: 'chatcmpl-up',
  object: 'chat.completion',
  created: 1_700_000_000,
  model,
  choices: [{ index: 0, message: { role: 'assistant', content: 'hello from upstream' }, finish_reason: 'stop' }],
  usage: USAGE,
});

/** An OpenAI stream chunk with one piece of content. */
export function chunk(content: string, usage?: object): Record<string, unknown> {
  return {
    id: 'chatcmpl-up',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'up-chat',
    choices: usage ? [] : [{ index: 0, delta: { content }, finish_reason: null }],
    ...(usage ? { usage } : {}),
  };
}
