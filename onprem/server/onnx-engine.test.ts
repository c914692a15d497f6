// The node with its built-in engine: the real `onnx` engine on the built models (shared/models/dist, CPU),
// as `npm start` runs it — signed requests for every task, a stream, and a client that leaves mid-stream.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signRequest } from '../../shared/protocol/signing/index.ts';
import { parseSse } from '../../shared/protocol/openai/sse.ts';
import type { AuditRecord } from '../audit.ts';
import { loadConfig } from '../config.ts';
import { startOnprem, type RunningOnprem } from './start.ts';

const SECRET = 'onnx-node-signing-secret-000001';
let node: RunningOnprem;
const audit: string[] = [];

beforeAll(async () => {
  node = await startOnprem(loadConfig({ TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${SECRET}`, TRIAGE_ONPREM_PORT: '0' }), {
    auditSink: { write: (l) => void audit.push(l), close: async () => {} },
    log: () => {},
  });
});
afterAll(async () => {
  await node?.close(0);
});

async function call(path: string, body: object, signal?: AbortSignal): Promise<Response> {
  const text = JSON.stringify(body);
  const sig = await signRequest({ method: 'POST', path, body: text, keyId: 'edge1', secret: SECRET });
  return fetch(node.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sig },
    body: text,
    ...(signal ? { signal } : {}),
  });
}

describe('on-prem node with the onnx engine', () => {
  it('serves chat, embeddings and classify from the built models', async () => {
    const chat = await call('/v1/chat/completions', {
      model: 'triage-small',
      messages: [{ role: 'user', content: 'Write a haiku about the sea' }],
      max_tokens: 6,
    });
    expect(chat.status).toBe(200);
    expect(await chat.json()).toMatchObject({
      object: 'chat.completion',
      model: 'triage-small',
      usage: { completion_tokens: expect.any(Number) },
    });
    const emb = await call('/v1/embeddings', { model: 'triage-embed', input: ['one', 'two'] });
    expect(emb.status).toBe(200);
    expect(((await emb.json()) as { data: unknown[] }).data).toHaveLength(2);
    const cls = await call('/v1/classify', { model: 'triage-classifier', input: 'my invoice is wrong' });
    expect(cls.status).toBe(200);
    const recs = audit.map((l) => JSON.parse(l) as AuditRecord);
    expect(recs.map((r) => `${r.task}:${r.status}`)).toEqual(['chat:200', 'embeddings:200', 'classify:200']);
    expect(recs[0]!.tokens?.completion).toBeGreaterThan(0);
  });

  it('streams SSE ending in [DONE]', async () => {
    const res = await call('/v1/chat/completions', {
      model: 'triage-small',
      messages: [{ role: 'user', content: 'Say hello' }],
      max_tokens: 8,
      stream: true,
    });
    expect(res.status).toBe(200);
    const events = parseSse(await res.text());
    expect(events.at(-1)!.data).toBe('[DONE]');
    expect(events.length).toBeGreaterThan(2);
  });

  it('releases the engine slot when the client leaves in the middle of a stream', async () => {
    const gone = new AbortController();
    const res = await call(
      '/v1/chat/completions',
      { model: 'triage-small', messages: [{ role: 'user', content: 'Tell me a long story' }], max_tokens: 512, stream: true },
      gone.signal,
    );
    await res.body!.getReader().read();
    gone.abort();
    await vi.waitFor(() =>
      expect(audit.map((l) => JSON.parse(l) as AuditRecord).find((r) => r.status === 499)).toMatchObject({
        stream: true,
        error_code: 'client_closed',
      }),
    );
    expect(node.admission.running).toBe(0);
  });
});
