// The local endpoint's wire protocol, checked with the real @aws-sdk/client-sagemaker-runtime: buffered
// invocations, the event-stream framing of InvokeEndpointWithResponseStream decoded by the SDK (parts arrive
// as the model generates them; a mid-stream failure surfaces as ModelStreamError), and the error headers.
import {
  InvokeEndpointCommand,
  InvokeEndpointWithResponseStreamCommand,
  ModelError,
  ModelNotReadyException,
  ModelStreamError,
  SageMakerRuntimeClient,
  ServiceUnavailable,
  ValidationError,
} from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseParser } from '../../shared/openai/sse.ts';
import { startLocalEndpoint, type LocalEndpoint } from './server.ts';

let ep: LocalEndpoint;
let client: SageMakerRuntimeClient;
const PIECE_DELAY_MS = 15;

beforeAll(async () => {
  ep = await startLocalEndpoint({ pieceDelayMs: PIECE_DELAY_MS, midStreamAfter: 3 });
  client = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client?.destroy();
  await ep?.close();
});

const chat = (extra: Record<string, unknown> = {}) =>
  new TextEncoder().encode(JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: 'how do I reset my password?' }], max_tokens: 20, ...extra }));

describe('InvokeEndpoint', () => {
  it('answers a chat completion from the real model, with the variant header', async () => {
    const out = await client.send(new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', ContentType: 'application/json', Body: chat() }));
    expect(out.ContentType).toBe('application/json');
    expect(out.InvokedProductionVariant).toBe('AllTraffic');
    const json = JSON.parse(new TextDecoder().decode(out.Body)) as { choices: { message: { content: string } }[] };
    expect(json.choices[0]!.message.content.trim().length).toBeGreaterThan(0);
  });

  it('a payload the container refuses → ModelError 424 with OriginalStatusCode 400', async () => {
    const err = await client.send(new InvokeEndpointCommand({ EndpointName: 'triage-small-endpoint', ContentType: 'application/json', Body: new TextEncoder().encode('{"model":"x"}') })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelError);
    expect((err as ModelError).$metadata.httpStatusCode).toBe(424);
    expect((err as ModelError).OriginalStatusCode).toBe(400);
  });

  it('errors carry x-amzn-errortype, which the SDK turns into its typed exceptions', async () => {
    const cases: [string, new (...a: never[]) => Error, number][] = [
      ['no-such-endpoint', ValidationError, 400],
      ['fault-validation', ValidationError, 400],
      ['fault-model-error', ModelError, 424],
      ['fault-not-ready', ModelNotReadyException, 429],
      ['fault-unavailable', ServiceUnavailable, 503],
    ];
    for (const [name, type, status] of cases) {
      const err = await client.send(new InvokeEndpointCommand({ EndpointName: name, Body: chat() })).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(type);
      expect((err as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(status);
    }
    const raw = await fetch(`${ep.url}/endpoints/fault-not-ready/invocations`, { method: 'POST', headers: { authorization: 'AWS4-HMAC-SHA256 Credential=A/20260101/eu-central-1/sagemaker/aws4_request, SignedHeaders=host, Signature=x' }, body: '{}' });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('x-amzn-errortype')).toBe('ModelNotReadyException');
    expect(await raw.json()).toHaveProperty('message');
  });

  it('refuses unsigned requests', async () => {
    const raw = await fetch(`${ep.url}/endpoints/triage-small-endpoint/invocations`, { method: 'POST', body: '{}' });
    expect(raw.status).toBe(403);
  });
});

describe('InvokeEndpointWithResponseStream (event-stream framing, decoded by the SDK)', () => {
  it('streams OpenAI SSE chunks as PayloadParts, as they are generated', async () => {
    const t0 = performance.now();
    const out = await client.send(new InvokeEndpointWithResponseStreamCommand({ EndpointName: 'triage-small-endpoint', ContentType: 'application/json', Body: chat({ stream: true, stream_options: { include_usage: true } }) }));
    expect(out.ContentType).toBe('text/event-stream');
    const parser = new SseParser();
    const arrivals: number[] = [];
    const datas: string[] = [];
    for await (const ev of out.Body!) {
      expect(ev.PayloadPart, JSON.stringify(ev)).toBeDefined();
      arrivals.push(performance.now() - t0);
      for (const e of parser.push(new TextDecoder().decode(ev.PayloadPart!.Bytes))) datas.push(e.data);
    }
    expect(datas.at(-1)).toBe('[DONE]');
    const chunks = datas.slice(0, -1).map((d) => JSON.parse(d) as { object: string; choices: { delta: { content?: string; role?: string }; finish_reason: string | null }[]; usage?: { completion_tokens: number } });
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text.trim().length).toBeGreaterThan(0);
    const usage = chunks.at(-1)!.usage!;
    expect(usage.completion_tokens).toBeGreaterThan(2);
    expect(chunks.some((c) => c.choices[0]?.finish_reason)).toBe(true);
    // Incremental: one part per piece, the first well before the last (the model paces at PIECE_DELAY_MS).
    expect(arrivals.length).toBe(usage.completion_tokens + 4); // role, pieces, finish, usage, [DONE]
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThan(PIECE_DELAY_MS * (usage.completion_tokens - 1) * 0.8);
  });

  it('a mid-stream failure ends the stream with a ModelStreamError after the parts already sent', async () => {
    const out = await client.send(new InvokeEndpointWithResponseStreamCommand({ EndpointName: 'fault-mid-stream', Body: chat({ stream: true, max_tokens: 40 }) }));
    const parts: string[] = [];
    let caught: unknown;
    try {
      for await (const ev of out.Body!) if (ev.PayloadPart) parts.push(new TextDecoder().decode(ev.PayloadPart.Bytes));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ModelStreamError);
    expect((caught as ModelStreamError).ErrorCode).toBe('ModelStreamError');
    expect((caught as Error).message).toMatch(/worker died/);
    expect(parts.length).toBe(1 + 3); // the role chunk and three content pieces
  });

  it('errors before the stream starts are ordinary HTTP errors', async () => {
    const err = await client.send(new InvokeEndpointWithResponseStreamCommand({ EndpointName: 'fault-not-ready', Body: chat({ stream: true }) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelNotReadyException);
  });
});
