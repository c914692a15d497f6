// The `echo` behaviour of the fake upstreams (upstreams.global-setup.ts): the upstream keeps the whole body it
// received (for tests that must see what left the edge — redaction's tests: no original value in it) and
// answers with the last user message's text, as content or — when the request offers tools — as a tool
// call's arguments `{"text": …}`. Streamed, the text goes out in pieces of ECHO_PIECE characters (`echo-N`:
// N), one SSE event each, so whatever the text holds is split across chunks. Read the bodies at GET /__echoed?request_id=….
import type http from 'node:http';

export const ECHO_PIECE = 3;

const echoed: { requestId: string | null; server: string; body: unknown }[] = [];

export function recordEcho(server: string, requestId: string | null, body: unknown): void {
  echoed.push({ server, requestId, body });
}

export function serveEchoed(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== 'GET' || !req.url?.startsWith('/__echoed')) return false;
  const id = new URL(req.url, 'http://x').searchParams.get('request_id');
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(echoed.filter((e) => e.requestId === id)));
  return true;
}

type Body = {
  model?: unknown;
  stream?: unknown;
  messages?: { role?: string; content?: unknown }[];
  tools?: { function?: { name?: string } }[];
};

function lastUserText(body: Body): string {
  const user = (body.messages ?? []).filter((m) => m.role === 'user' && typeof m.content === 'string');
  return (user.at(-1)?.content as string | undefined) ?? '';
}

export function echoAnswer(server: string, body: Body, res: http.ServerResponse): void {
  const text = lastUserText(body);
  const tool = body.tools?.[0]?.function?.name;
  const base = { id: `chatcmpl-echo-${server}`, created: 1_700_000_000, model: String(body.model ?? '') };
  const piece = Number(/^echo-(\d+)/.exec(base.model)?.[1] ?? ECHO_PIECE);
  if (body.stream === true) return echoStream(base, text, tool, Math.max(1, piece), res);
  const message = tool
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: tool, arguments: JSON.stringify({ text }) } }],
      }
    : { role: 'assistant', content: text };
  const completion = { ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: tool ? 'tool_calls' : 'stop' }] };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
}

function echoStream(base: object, text: string, tool: string | undefined, size: number, res: http.ServerResponse): void {
  const event = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  const payload = tool ? JSON.stringify({ text }) : text;
  res.write(
    event(
      tool
        ? { role: 'assistant', tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: tool, arguments: '' } }] }
        : { role: 'assistant', content: '' },
      null,
    ),
  );
  for (let at = 0; at < payload.length; at += size) {
    const piece = payload.slice(at, at + size);
    res.write(event(tool ? { tool_calls: [{ index: 0, function: { arguments: piece } }] } : { content: piece }, null));
  }
  res.end(event({}, tool ? 'tool_calls' : 'stop') + 'data: [DONE]\n\n');
}
