// The official `openai` npm client, unchanged but for baseURL, against the edge Worker running under
// `wrangler dev --local` (workerd) — exactly what `npm start` runs, with a freshly seeded key.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnEdge, type SpawnedEdge } from '../shared/tools/stack/edge.ts';

let edge: SpawnedEdge;
let client: OpenAI;
const persistTo = mkdtempSync(join(tmpdir(), 'triage-e2e-'));

beforeAll(async () => {
  edge = await spawnEdge({ port: 18000 + Math.floor(Math.random() * 1000), persistTo, readyTimeoutMs: 90_000 });
  client = new OpenAI({ baseURL: `${edge.url}/v1`, apiKey: edge.apiKey, maxRetries: 0 });
}, 120_000);

afterAll(async () => {
  await edge?.stop();
  rmSync(persistTo, { recursive: true, force: true });
});

describe('the official openai client against wrangler dev', () => {
  it('gets a chat completion from the edge model, with the decision in the headers', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'triage-small', messages: [{ role: 'user', content: 'How do I update my billing address?' }], max_tokens: 24 })
      .withResponse();
    expect(data.object).toBe('chat.completion');
    expect(data.choices[0]!.message.role).toBe('assistant');
    expect(data.choices[0]!.message.content!.length).toBeGreaterThan(0);
    expect(data.usage!.completion_tokens).toBeGreaterThan(0);
    expect(response.headers.get('x-triage-target-kind')).toBe('edge');
    expect(response.headers.get('x-triage-rule')).toBe('small-at-edge');
    expect(response.headers.get('x-triage-pii')).toBe('none');
    expect(response.headers.get('x-triage-policy')).toMatch(/^p-[0-9a-f]{16}$/);
  });

  it('streams chunk by chunk and ends with usage when asked', async () => {
    const stream = await client.chat.completions.create({
      model: 'triage-small',
      messages: [{ role: 'user', content: 'Tell me about your refund policy.' }],
      max_tokens: 24,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? '';
      finish ??= chunk.choices[0]?.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(text.length).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(finish);
    expect(usage!.completion_tokens).toBeGreaterThan(0);
  });

  it('creates embeddings and lists the models the policy exposes', async () => {
    const emb = await client.embeddings.create({ model: 'triage-small', input: ['reset my password', 'forgot my password'] });
    expect(emb.data).toHaveLength(2);
    expect(emb.data[0]!.embedding.length).toBeGreaterThan(16);
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    expect(ids).toEqual(expect.arrayContaining(['triage-small', 'triage-large']));
  });

  it('fails closed with 503 when a PII request has no on-prem node to go to, naming only the type', async () => {
    const err = await client.chat.completions
      .create({ model: 'triage-small', messages: [{ role: 'user', content: 'Write to jana.novak@example.org about her order' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    const apiErr = err as InstanceType<typeof OpenAI.APIError>;
    expect(apiErr.status).toBe(503);
    expect(apiErr.code).toBe('pii_no_onprem');
    expect(apiErr.headers?.get('x-triage-pii')).toBe('EMAIL');
    expect(apiErr.message).not.toContain('jana.novak');
  });

  it('rejects a wrong key with 401 and an unknown model with 404', async () => {
    const bad = new OpenAI({ baseURL: `${edge.url}/v1`, apiKey: 'tri_devlocal01_wrongwrongwrongwrong', maxRetries: 0 });
    await expect(bad.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(
      client.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});
