// OpenAI's Responses API through the whole stack as `npm start` wires it (shared/tools/stack/stack.ts), driven by
// the official `openai` client: `client.responses.create` whole and streamed (the edge's demo model), PII in the
// input or only in the instructions → the on-prem node (the request is translated to chat first, and the chat
// body is what the edge scans), a tool-call round trip against a real OpenAI-compatible echo server (the default
// policy with its openai-compat target pointed at it, chosen by an `x-route: echo` header), redact-and-restore to
// that server (`x-route: redact`: it must receive placeholders only, the client get the values back, whole and
// streamed), what the edge refuses, and `client.models.retrieve`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import type { ResponseStreamEvent } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PII_TYPES } from '../shared/core/pii/types.ts';
import { formatDiagnostic, loadPolicy } from '../shared/core/policy/index.ts';
import { spawnStack, type SpawnedStack } from '../shared/tools/stack/stack.ts';
import { startEchoServer, type EchoServer } from './support/echo-server.ts';
import { freePort } from './support/free-port.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-responses-'));
/** Generous bounds for a loaded 2-core machine (CPU models on every tier); never a measure of anything. */
const LONG = 300_000;
const EMAIL = 'anna.berg@example.org';
const PHONE = '+49 30 1234567';
const ECHO = { headers: { 'x-route': 'echo' } };
const REDACT = { headers: { 'x-route': 'redact' } };
const TOOLS = [{ type: 'function' as const, name: 'send', description: 'Send a note', parameters: { type: 'object' }, strict: false }];

let stack: SpawnedStack;
let echo: EchoServer;
let client: OpenAI;

type PolicyDoc = { targets: Record<string, Record<string, unknown>>; rules: Record<string, unknown>[] } & Record<string, unknown>;

/**
 * The default policy, with requests marked `x-route: echo` (and no PII, no unscanned content) sent to the echo
 * server, and those marked `x-route: redact` with only e-mail addresses and phone numbers sent there redacted.
 */
function policy(echoUrl: string): string {
  const file = join(import.meta.dirname, '..', 'shared', 'core', 'policy', 'policies', 'default.yaml');
  const doc = parse(readFileSync(file, 'utf8')) as PolicyDoc;
  doc.targets['openai-compat'] = { ...doc.targets['openai-compat'], base_url: `${echoUrl}/v1`, allow_redacted: ['EMAIL', 'PHONE'] };
  const notRedactable = PII_TYPES.filter((t) => t !== 'EMAIL' && t !== 'PHONE');
  doc.rules.unshift(
    { name: 'pii-not-redactable', when: { pii: notRedactable }, target: 'onprem-gpu', fallbacks: [] },
    {
      name: 'redacted',
      when: { pii: 'any', unscanned: 'none', sticky: false, headers: { 'x-route': 'redact' } },
      target: 'openai-compat',
      fallbacks: [],
    },
  );
  const at = doc.rules.findIndex((r) => r['name'] === 'small-at-edge');
  doc.rules.splice(at, 0, { name: 'echo', when: { headers: { 'x-route': 'echo' } }, target: 'openai-compat', fallbacks: [] });
  const yaml = stringify(doc);
  const loaded = loadPolicy(yaml, 'responses-e2e.yaml'); // an invalid policy would leave the edge without one
  if (!loaded.ok) throw new Error(loaded.errors.map(formatDiagnostic).join('\n'));
  return yaml;
}

beforeAll(async () => {
  echo = await startEchoServer();
  stack = await spawnStack({
    edgePort: await freePort(),
    onpremPort: await freePort(),
    lambdaPort: await freePort(),
    persistTo: join(dir, 'wrangler'),
    interpose: async () => ({ vars: { OPENAI_COMPAT_API_KEY: 'echo-server' }, policyYaml: policy(echo.url) }),
  });
  client = new OpenAI({ baseURL: `${stack.edge.url}/v1`, apiKey: stack.edge.apiKey, maxRetries: 0, timeout: LONG });
}, LONG);

afterAll(async () => {
  await stack?.stop();
  await echo?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The texts of a Response's message items, joined (what the client's `output_text` is). */
const textOf = (r: OpenAI.Responses.Response) =>
  r.output.flatMap((o) => (o.type === 'message' ? o.content.map((c) => (c.type === 'output_text' ? c.text : '')) : [])).join('');

describe('the Responses API through the official client', () => {
  it(
    'whole: a Response with the model text, routed like chat (small → the edge model)',
    async () => {
      const { data, response } = await client.responses
        .create({ model: 'triage-small', input: 'Tell me about the weather.', max_output_tokens: 8, temperature: 0 })
        .withResponse();
      expect(response.headers.get('x-triage-target')).toBe('edge-small');
      expect(data.object).toBe('response');
      expect(data.id).toMatch(/^resp_/);
      expect(['completed', 'incomplete']).toContain(data.status);
      expect(data.output_text).toBe(textOf(data));
      expect(data.output_text.length).toBeGreaterThan(0);
      expect(data.usage?.total_tokens).toBe((data.usage?.input_tokens ?? 0) + (data.usage?.output_tokens ?? 0));
    },
    LONG,
  );

  it(
    'streamed: the events in order, the deltas adding up to the final text, ending in response.completed',
    async () => {
      const { data: stream, response } = await client.responses
        .create({ model: 'triage-small', input: 'Tell me about the sea.', max_output_tokens: 8, temperature: 0, stream: true })
        .withResponse();
      expect(response.headers.get('x-triage-target')).toBe('edge-small');
      const events: ResponseStreamEvent[] = [];
      for await (const ev of stream) events.push(ev);
      const types = events.map((e) => e.type);
      expect(types.slice(0, 4)).toEqual([
        'response.created',
        'response.in_progress',
        'response.output_item.added',
        'response.content_part.added',
      ]);
      expect(['response.completed', 'response.incomplete']).toContain(types.at(-1));
      expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
      const deltas = events.flatMap((e) => (e.type === 'response.output_text.delta' ? [e.delta] : [])).join('');
      const done = events.find((e) => e.type === 'response.output_text.done');
      expect(done?.type === 'response.output_text.done' && done.text).toBe(deltas);
      const last = events.at(-1)!;
      expect(last.type === 'response.completed' || last.type === 'response.incomplete' ? textOf(last.response) : undefined).toBe(deltas);
      expect(deltas.length).toBeGreaterThan(0);
    },
    LONG,
  );

  it(
    'PII in the input → the on-prem node',
    async () => {
      const { data, response } = await client.responses
        .create({ model: 'triage-small', input: `Draft a reply to ${EMAIL}`, max_output_tokens: 8 })
        .withResponse();
      expect(response.headers.get('x-triage-target')).toBe('onprem-gpu');
      expect(response.headers.get('x-triage-pii')).toBe('EMAIL');
      expect(data.object).toBe('response');
    },
    LONG,
  );

  it(
    'PII only in the instructions → the on-prem node too (streamed)',
    async () => {
      const { data: stream, response } = await client.responses
        .create({
          model: 'triage-small',
          input: 'Write a short note.',
          instructions: `Sign it as ${EMAIL}.`,
          max_output_tokens: 8,
          stream: true,
        })
        .withResponse();
      expect(response.headers.get('x-triage-target')).toBe('onprem-gpu');
      let last: ResponseStreamEvent | undefined;
      for await (const ev of stream) last = ev;
      expect(['response.completed', 'response.incomplete']).toContain(last?.type);
    },
    LONG,
  );

  it(
    'a tool-call round trip: function_call out, function_call + function_call_output back, as chat tool_calls and a tool message',
    async () => {
      const first = await client.responses.create({ model: 'triage-small', input: 'hello tools', tools: TOOLS }, ECHO).withResponse();
      expect(first.response.headers.get('x-triage-target')).toBe('openai-compat');
      const call = first.data.output.find((o) => o.type === 'function_call');
      expect(call).toMatchObject({ type: 'function_call', name: 'send', arguments: JSON.stringify({ text: 'hello tools' }) });
      if (call?.type !== 'function_call') throw new Error('no function call');

      const second = await client.responses
        .create(
          {
            model: 'triage-small',
            input: [
              { role: 'user', content: 'hello tools' },
              { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
              { type: 'function_call_output', call_id: call.call_id, output: 'sent' },
            ],
          },
          ECHO,
        )
        .withResponse();
      expect(second.data.output_text).toBe('hello tools');
      const [sent] = echo.received(second.request_id!);
      expect(JSON.parse(sent!).messages).toEqual([
        { role: 'user', content: 'hello tools' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: call.call_id, type: 'function', function: { name: 'send', arguments: call.arguments } }],
        },
        { role: 'tool', tool_call_id: call.call_id, content: 'sent' },
      ]);
    },
    LONG,
  );

  it(
    'a streamed tool call: argument deltas, then the arguments whole with the name',
    async () => {
      const stream = await client.responses.create({ model: 'triage-small', input: 'stream a call', tools: TOOLS, stream: true }, ECHO);
      const events: ResponseStreamEvent[] = [];
      for await (const ev of stream) events.push(ev);
      const deltas = events.flatMap((e) => (e.type === 'response.function_call_arguments.delta' ? [e.delta] : []));
      expect(deltas.length).toBeGreaterThan(1);
      const done = events.find((e) => e.type === 'response.function_call_arguments.done');
      expect(done).toMatchObject({ name: 'send', arguments: JSON.stringify({ text: 'stream a call' }) });
      expect(deltas.join('')).toBe(JSON.stringify({ text: 'stream a call' }));
      expect(events.at(-1)?.type).toBe('response.completed');
    },
    LONG,
  );

  it(
    'redact-and-restore: the echo server gets placeholders only, the client its values back (whole and streamed)',
    async () => {
      const prompt = `Mail ${EMAIL} or call ${PHONE} today.`;
      const whole = await client.responses.create({ model: 'triage-small', input: prompt }, REDACT).withResponse();
      expect(whole.response.headers.get('x-triage-target')).toBe('openai-compat');
      expect(whole.response.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
      expect(whole.data.output_text).toBe(prompt);
      const [sent] = echo.received(whole.request_id!);
      expect(JSON.parse(sent!).messages).toEqual([{ role: 'user', content: 'Mail [EMAIL_1] or call [PHONE_1] today.' }]);

      const {
        data: stream,
        response,
        request_id,
      } = await client.responses
        .create({ model: 'triage-small', input: prompt, instructions: `Reply to ${EMAIL}.`, stream: true }, REDACT)
        .withResponse();
      expect(response.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
      let text = '';
      for await (const ev of stream) if (ev.type === 'response.output_text.delta') text += ev.delta;
      expect(text).toBe(prompt);
      for (const body of echo.received(request_id!)) for (const value of [EMAIL, PHONE, '1234567']) expect(body).not.toContain(value);
    },
    LONG,
  );

  it(
    'what the edge cannot honour: 400 unsupported_parameter naming it (the client does not retry)',
    async () => {
      const err = await client.responses
        .create({ model: 'triage-small', input: 'x', previous_response_id: 'resp_123' })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      expect(err).toMatchObject({ status: 400, code: 'unsupported_parameter', param: 'previous_response_id' });
    },
    LONG,
  );

  it(
    'client.models.retrieve: the model, or 404',
    async () => {
      expect(await client.models.retrieve('triage-small')).toMatchObject({ id: 'triage-small', object: 'model', owned_by: 'triage' });
      await expect(client.models.retrieve('no-such-model')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    },
    LONG,
  );
});
