// The whole stack, as `npm start` runs it (shared/tools/stack/stack.ts), each tier its own process: the edge Worker in
// wrangler dev (default policy), the cloud tier (the real `infer` handler under serverless-offline, the
// `stream` handler in the streaming harness, the local SageMaker endpoint) and the on-prem node (onnx engine).
// The official `openai` client talks to the edge; the decision headers say which tier answered.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnStack, type SpawnedStack } from '../shared/tools/stack/stack.ts';
import { freePort } from './support/free-port.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-stack-'));
const auditFile = join(dir, 'audit.jsonl');
let stack: SpawnedStack;
let client: OpenAI;

beforeAll(async () => {
  stack = await spawnStack({
    edgePort: await freePort(),
    onpremPort: await freePort(),
    lambdaPort: await freePort(),
    persistTo: join(dir, 'wrangler'),
    onpremEnv: { TRIAGE_ONPREM_AUDIT_LOG: auditFile },
  });
  client = new OpenAI({ baseURL: `${stack.edge.url}/v1`, apiKey: stack.edge.apiKey, maxRetries: 0 });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// ~3,300 estimated tokens: above the default policy's edge limit (2,048) → rule large-on-cloud.
const LARGE = 'Summarise our refund policy for enterprise customers. '.repeat(300).trim();
const EMAIL = 'jane.doe@example.com';

describe('the stack (npm start) through the official openai client', () => {
  it('a large request goes edge → Lambda Invoke (serverless-offline) → infer → SageMaker endpoint', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'triage-small', messages: [{ role: 'user', content: `${LARGE} (buffered)` }], max_tokens: 12, temperature: 0 })
      .withResponse();
    expect(response.headers.get('x-triage-target')).toBe('cloud-gpu');
    expect(response.headers.get('x-triage-target-kind')).toBe('lambda');
    expect(response.headers.get('x-triage-rule')).toBe('large-on-cloud');
    expect(response.headers.get('x-triage-fallbacks')).toBe('none');
    expect(data.object).toBe('chat.completion');
    expect(data.choices[0]!.message.content!.length).toBeGreaterThan(0);
    expect(data.usage!.completion_tokens).toBeGreaterThan(0);
  });

  it('a large stream goes edge → function URL (streaming harness) → stream handler, chunk by chunk', async () => {
    const { data: stream, response } = await client.chat.completions
      .create({
        model: 'triage-small',
        messages: [{ role: 'user', content: `${LARGE} (streamed)` }],
        max_tokens: 12,
        temperature: 0,
        stream: true,
      })
      .withResponse();
    expect(response.headers.get('x-triage-target')).toBe('cloud-gpu');
    let chunks = 0;
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? '';
      finish ??= chunk.choices[0]?.finish_reason;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(text.length).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(finish);
  });

  it('a request with PII goes only to the on-prem node; its audit log names the type, never the value', async () => {
    const { data, response, request_id } = await client.chat.completions
      .create({ model: 'triage-small', messages: [{ role: 'user', content: `Write to ${EMAIL} about her order` }], max_tokens: 12 })
      .withResponse();
    expect(response.headers.get('x-triage-target')).toBe('onprem-gpu');
    expect(response.headers.get('x-triage-target-kind')).toBe('onprem');
    expect(response.headers.get('x-triage-pii')).toBe('EMAIL');
    expect(data.choices[0]!.message.content!.length).toBeGreaterThan(0);

    const emb = await client.embeddings.create({ model: 'triage-small', input: `customer ${EMAIL}` }).withResponse();
    expect(emb.response.headers.get('x-triage-target')).toBe('onprem-gpu');
    expect(emb.data.data[0]!.embedding.length).toBeGreaterThan(8);

    const audit = readFileSync(auditFile, 'utf8');
    expect(audit).not.toContain(EMAIL);
    expect(audit).not.toContain('jane');
    const lines = audit
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            request_id: string;
            status: number;
            pii_types?: { edge?: string[]; node: string[] };
            decision?: { rule?: string };
          },
      );
    const chat = lines.find((l) => l.request_id === request_id);
    expect(chat).toMatchObject({ status: 200, pii_types: { edge: ['EMAIL'], node: ['EMAIL'] }, decision: { rule: 'pii-onprem' } });
  });

  it('with the on-prem node down, a request with PII fails closed (503) and goes nowhere else', async () => {
    await stack.onprem.stop();
    const err = await client.chat.completions
      .create({ model: 'triage-small', messages: [{ role: 'user', content: `Call me back at ${EMAIL}` }], max_tokens: 8 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    const e = err as InstanceType<typeof OpenAI.APIError>;
    expect(e.status).toBe(503);
    expect(e.headers?.get('x-triage-target')).toBe('onprem-gpu');
    expect(e.headers?.get('x-triage-fallbacks')).toBe('none');
    expect(JSON.stringify(e.error)).not.toContain(EMAIL);
  });
});
