// The bench's OpenAI-compatible upstream: a plain Node HTTP server on 127.0.0.1 that answers
//   POST /v1/chat/completions  a fixed completion (test/support/upstream-fixtures.ts) after ANSWER_DELAY ms
//                              (default 0; a GPU's service time, for capacity runs), or with `stream: true`
//                              an SSE stream: the first chunk at once, then one chunk every DELAY ms
//   GET  /v1/models            one model, `bench-upstream`
//   GET  /healthz              {"status":"ok"}
// Run as its own process (`node --import tsx test/bench/upstream.ts [DELAY_MS] [ANSWER_DELAY_MS]`) so that it does not share
// the load generator's event loop; it prints `{"port":N}` on stdout when listening and exits when its stdin
// closes (so it never outlives the bench).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { completion } from '../support/upstream-fixtures.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The SSE events of one streamed answer, each a whole `data:` event. */
export function streamEvents(model: string): string[] {
  const base = { id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1_700_000_000, model };
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  return [
    chunk({ role: 'assistant', content: 'Hello' }, null),
    chunk({ content: ' from' }, null),
    chunk({ content: ' the' }, null),
    chunk({ content: ' bench' }, null),
    chunk({}, 'stop') + 'data: [DONE]\n\n',
  ];
}

export function createUpstream(streamDelayMs: number, answerDelayMs = 0): http.Server {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    if (req.method === 'GET' && req.url === '/v1/models')
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"object":"list","data":[{"id":"bench-upstream","object":"model","created":1700000000,"owned_by":"bench"}]}');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        return void res
          .writeHead(400, { 'content-type': 'application/json' })
          .end('{"error":{"message":"bad json","type":"invalid_request_error","param":null,"code":null}}');
      }
      const model = String(body.model ?? 'bench');
      if (body.stream !== true) {
        const text = JSON.stringify(completion('bench', model));
        const answer = () =>
          void res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) }).end(text);
        return void (answerDelayMs > 0 ? setTimeout(answer, answerDelayMs) : answer());
      }
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
      void (async () => {
        for (const [i, ev] of streamEvents(model).entries()) {
          if (i > 0) await sleep(streamDelayMs);
          if (res.destroyed) return;
          res.write(ev);
        }
        res.end();
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = createUpstream(Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 0));
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`));
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
}
