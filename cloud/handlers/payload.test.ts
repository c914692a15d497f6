// The cloud tier checks the bytes it sends: the infer handler against the local SageMaker endpoint through the
// real SDK, with an SDK middleware that records the serialized request body (what goes on the wire).
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEndpoint, type LocalEndpoint } from '../local-endpoint/server.ts';
import { validateCloudEvent } from './event.ts';
import { createInferHandler } from './infer.ts';
import { allowUnscannedFromEnv, checkedPayload } from './payload.ts';
import { chatEvent, readResult } from './test-support.ts';

let ep: LocalEndpoint;
let client: SageMakerRuntimeClient;
const sent: Uint8Array[] = [];

beforeAll(async () => {
  ep = await startLocalEndpoint();
  client = new SageMakerRuntimeClient({
    region: 'eu-central-1',
    endpoint: ep.url,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      const body = (args.request as { body?: unknown }).body;
      if (body instanceof Uint8Array) sent.push(body);
      return next(args);
    },
    { step: 'finalizeRequest', name: 'recordBody' },
  );
});
afterAll(async () => {
  await ep?.close();
});

const EMAIL = 'jane.doe@example.com';
const b64 = (s: string) => btoa(s);

describe('infer refuses any payload that carries PII, wherever it hides', () => {
  const hidden: [string, Record<string, unknown>][] = [
    ['a tool description', { tools: [{ type: 'function', function: { name: 'f', description: `mail ${EMAIL}` } }] }],
    ['a metadata key', { metadata: { [EMAIL]: 'x' } }],
    ['an unknown field', { x_notes: `contact ${EMAIL}` }],
    ['base64 in the prompt', { messages: [{ role: 'user', content: `decode ${b64(JSON.stringify({ email: EMAIL }))}` }] }],
    [
      'a value split over two messages',
      {
        messages: [
          { role: 'user', content: 'write to jane.doe@exa' },
          { role: 'user', content: 'mple.com' },
        ],
      },
    ],
    ['zero-width characters', { messages: [{ role: 'user', content: `mail ${EMAIL.replace(/(.)/g, '$1\u200b')}` }] }],
  ];
  it.each(hidden)('%s → 403 pii_not_allowed; the endpoint receives nothing', async (_, body) => {
    const infer = createInferHandler({ endpoints: { 'triage-small': 'triage-small-endpoint' }, client });
    const before = ep.received.length;
    const { status, json } = readResult(await infer(chatEvent({ stream: false, ...body })));
    expect(status).toBe(403);
    expect(json.error.code).toBe('pii_not_allowed');
    expect(json.error.message).not.toContain('jane');
    expect(ep.received.length).toBe(before);
  });

  it('refuses unscanned content unless the tier is configured to accept that kind', async () => {
    const image = {
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture?' },
            { type: 'image_url', image_url: { url: 'https://img.example/cat.png' } },
          ],
        },
      ],
    };
    const strict = createInferHandler({ endpoints: { 'triage-small': 'triage-small-endpoint' }, client });
    const refused = readResult(await strict(chatEvent({ stream: false, ...image })));
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('unscanned_not_allowed');
    expect(refused.json.error.message).toContain('image');

    const lenient = createInferHandler({ endpoints: { 'triage-small': 'triage-small-endpoint' }, client, allowUnscanned: ['image'] });
    const passed = readResult(await lenient(chatEvent({ stream: false, ...image })));
    expect(passed.json.error?.code).not.toBe('unscanned_not_allowed');
  });
});

describe('the bytes checked are the bytes sent', () => {
  it('infer sends exactly the payload checkedPayload produced for the event', async () => {
    const infer = createInferHandler({ endpoints: { 'triage-small': 'triage-small-endpoint' }, client });
    const event = chatEvent({ stream: false, max_tokens: 4, x_vendor: { note: 'harmless' } });
    const count = sent.length;
    readResult(await infer(event));
    expect(sent.length).toBe(count + 1);
    const checked = checkedPayload(validateCloudEvent(event, 'buffered'), 'buffered');
    expect(new TextDecoder().decode(sent[count])).toBe(new TextDecoder().decode(checked));
  });
});

describe('TRIAGE_ALLOW_UNSCANNED', () => {
  it('reads a list of kinds and names an unknown one', () => {
    expect(allowUnscannedFromEnv({})).toEqual([]);
    expect(allowUnscannedFromEnv({ TRIAGE_ALLOW_UNSCANNED: 'image, audio' })).toEqual(['image', 'audio']);
    expect(() => allowUnscannedFromEnv({ TRIAGE_ALLOW_UNSCANNED: 'image,pictures' })).toThrow(/unknown kind 'pictures'/);
  });
});
