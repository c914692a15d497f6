// The recorder against a real upstream HTTP server: it forwards method, path, headers and body unchanged,
// passes a stream on chunk by chunk (the first chunk arrives while the upstream still holds the stream
// open), records request ids and bodies, and its stand-in answers 503 in OpenAI's error shape.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Recorder } from './recorder.ts';

let upstream: Server;
let upstreamUrl: string;
const received: { method?: string; url?: string; auth?: string; body: string }[] = [];
let releaseStream: () => void = () => {};
const recorder = new Recorder();

const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c));
    req.on('end', () => resolve(s));
  });

beforeAll(async () => {
  upstream = createServer(async (req, res) => {
    const body = await bodyOf(req);
    received.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
    if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"n":1}\n\n');
      // The rest only once the client has seen the first chunk through the recorder.
      releaseStream = () => res.end('data: {"n":2}\n\ndata: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'yes' }).end(JSON.stringify({ echo: body.length }));
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await recorder.close();
  upstream.closeAllConnections();
  await new Promise<void>((r) => upstream.close(() => r()));
});

describe('Recorder', () => {
  it('forwards a request unchanged, answers with the upstream answer and records id and body', async () => {
    const proxy = await recorder.forwardTo('lambda-invoke', upstreamUrl);
    const body = JSON.stringify({ version: 1, trace: { requestId: 'from-event' }, body: { note: 'hello' } });
    const res = await fetch(`${proxy.url}/2015-03-31/functions/f/invocations?q=1`, {
      method: 'POST',
      headers: { authorization: 'AWS4-HMAC-SHA256 x', 'x-request-id': 'req-1' },
      body,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-upstream')).toBe('yes');
    expect(await res.json()).toEqual({ echo: body.length });
    expect(received.at(-1)).toEqual({ method: 'POST', url: '/2015-03-31/functions/f/invocations?q=1', auth: 'AWS4-HMAC-SHA256 x', body });
    expect(recorder.recorded.at(-1)).toEqual({ at: 'lambda-invoke', requestId: 'req-1', body });
  });

  it("takes the request id from the cloud event's trace when there is no header", async () => {
    const proxy = await recorder.forwardTo('lambda-invoke', upstreamUrl);
    await (await fetch(`${proxy.url}/x`, { method: 'POST', body: JSON.stringify({ trace: { requestId: 'from-event' } }) })).text();
    expect(recorder.requestIds().has('from-event')).toBe(true);
  });

  it('passes a stream on as it comes', async () => {
    const proxy = await recorder.forwardTo('lambda-stream', upstreamUrl);
    const res = await fetch(`${proxy.url}/stream`, { method: 'POST', headers: { 'x-request-id': 'req-stream' }, body: '{}' });
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe('data: {"n":1}\n\n');
    releaseStream();
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe('data: {"n":2}\n\ndata: [DONE]\n\n');
    expect(recorder.requestIds().has('req-stream')).toBe(true);
  });

  it('records what reaches a stand-in and answers 503 in OpenAI error shape', async () => {
    const standIn = await recorder.standIn('openai-compat');
    const res = await fetch(`${standIn.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'x-request-id': 'req-openai' },
      body: '{"messages":[]}',
    });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('recorder_stand_in');
    expect(recorder.recorded.at(-1)).toEqual({ at: 'openai-compat', requestId: 'req-openai', body: '{"messages":[]}' });
  });
});
