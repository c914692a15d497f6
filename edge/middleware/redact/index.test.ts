// Redact-and-restore end to end in workerd: the whole app (real steps, real executor, real target clients)
// against real HTTP upstreams in Node (test/support/upstreams.global-setup.ts). The OpenAI-compatible
// upstream's `echo` model keeps the body it received and answers with the last user message — as content,
// or as a tool call's arguments — streamed 3 characters per event, so every placeholder it echoes is split
// across chunks. What it received must hold no original value; what the client gets must hold them all.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { PII_TYPES } from '../../../shared/core/pii/types.ts';
import { compilePolicy, PolicySchema } from '../../../shared/core/policy/index.ts';
import { newApiKey } from '../../../shared/protocol/auth/api-keys.ts';
import { parseSse } from '../../../shared/protocol/openai/sse.ts';
import { upstreamVars } from '../../../test/support/upstream-fixtures.ts';
import { createApp } from '../../app.ts';
import type { Env } from '../../env.ts';

const ports = inject('upstreams');
const env = { ...(rawEnv as unknown as Env), ...upstreamVars(ports) } as Env;

const policy = compilePolicy(
  PolicySchema.parse({
    targets: {
      cloud: {
        kind: 'openai',
        base_url: `http://127.0.0.1:${ports.openai}/v1`,
        api_key_secret: 'OA_API_KEY',
        allow_redacted: ['EMAIL', 'PHONE'],
        models: { 'triage-small': 'echo', 'cloud-down': 'fail-503' },
      },
      local: { kind: 'onprem', base_url: `http://127.0.0.1:${ports.onprem}/v1`, models: { 'triage-small': 'echo', 'cloud-down': 'echo' } },
    },
    rules: [
      { name: 'pii-other', when: { pii: PII_TYPES.filter((t) => t !== 'EMAIL' && t !== 'PHONE') }, target: 'local' },
      { name: 'pii-redacted', when: { pii: 'any', unscanned: 'none' }, target: 'cloud', fallbacks: ['local'] },
      { name: 'sensitive', when: { any_of: [{ pii: 'any' }, { unscanned: 'any' }] }, target: 'local' },
    ],
    default: { target: 'cloud' },
  }),
);

const app = createApp({ policyStore: { get: async () => ({ policy, source: 'kv' as const }) }, log: () => {} });
let seq = 0;
const key = (async () => {
  const k = await newApiKey(`redact-${Math.random().toString(36).slice(2, 8)}`);
  await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
  return k.key;
})();

async function chat(body: Record<string, unknown>): Promise<{ res: Response; requestId: string }> {
  const requestId = `req-redact-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
  const ctx = createExecutionContext();
  const res = await app.request(
    'http://edge.test/v1/chat/completions',
    {
      method: 'POST',
      headers: { authorization: `Bearer ${await key}`, 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ model: 'triage-small', ...body }),
    },
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, requestId };
}

/** The bodies the upstreams' echo model received for this request. */
async function received(requestId: string): Promise<{ server: string; body: unknown }[]> {
  const res = await fetch(`http://127.0.0.1:${ports.openai}/__echoed?request_id=${encodeURIComponent(requestId)}`);
  return res.json();
}

const EMAIL = 'anna.berg@example.org';
const PHONE = '+49 30 1234567';
const PROMPT = `Mail ${EMAIL} or call ${PHONE}; once more: ${EMAIL}.`;
const TOOLS = [{ type: 'function', function: { name: 'send', parameters: { type: 'object', properties: { text: { type: 'string' } } } } }];

type Chunk = { choices: { delta: { content?: string; tool_calls?: { function?: { arguments?: string } }[] } }[] };
function streamed(text: string): { content: string; args: string; events: number } {
  let content = '';
  let args = '';
  const events = parseSse(text).filter((e) => e.data !== '[DONE]');
  for (const e of events)
    for (const c of (JSON.parse(e.data) as Chunk).choices) {
      content += c.delta.content ?? '';
      for (const t of c.delta.tool_calls ?? []) args += t.function?.arguments ?? '';
    }
  return { content, args, events: events.length };
}

async function expectSentRedacted(requestId: string) {
  const seen = await received(requestId);
  expect(seen.map((s) => s.server)).toEqual(['openai']);
  const sent = JSON.stringify(seen[0]!.body);
  expect(sent).not.toContain(EMAIL);
  expect(sent).not.toContain('1234567');
  expect(sent).toContain('Mail [EMAIL_1] or call [PHONE_1]; once more: [EMAIL_1].');
}

describe('redact-and-restore through the edge', () => {
  it('JSON: the cloud target gets placeholders, the client gets the values, with the decision headers', async () => {
    const { res, requestId } = await chat({ messages: [{ role: 'user', content: PROMPT }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-target')).toBe('cloud');
    expect(res.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
    expect(res.headers.get('x-triage-pii')).toBe('EMAIL,PHONE');
    expect(res.headers.get('x-triage-cache')).toBe('bypass');
    const body = await res.json<{ choices: { message: { content: string } }[] }>();
    expect(body.choices[0]!.message.content).toBe(PROMPT);
    await expectSentRedacted(requestId);
  });

  it('SSE: placeholders split across chunks are restored; more than one event reaches the client', async () => {
    const { res, requestId } = await chat({ messages: [{ role: 'user', content: PROMPT }], stream: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const { content, events } = streamed(text);
    expect(content).toBe(PROMPT);
    expect(events).toBeGreaterThan(10);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    await expectSentRedacted(requestId);
  });

  it('tool calls: arguments restored as JSON, streamed and not', async () => {
    for (const stream of [false, true]) {
      const { res, requestId } = await chat({ messages: [{ role: 'user', content: PROMPT }], tools: TOOLS, stream });
      expect(res.status).toBe(200);
      const args = stream
        ? streamed(await res.text()).args
        : (await res.json<{ choices: { message: { tool_calls: { function: { arguments: string } }[] } }[] }>()).choices[0]!.message
            .tool_calls[0]!.function.arguments;
      expect(JSON.parse(args)).toEqual({ text: PROMPT });
      await expectSentRedacted(requestId);
    }
  });

  it('every split of the placeholders across events (1 to 12 characters per event) restores exactly', async () => {
    for (let size = 1; size <= 12; size++)
      for (const tools of [undefined, TOOLS]) {
        const { res, requestId } = await chat({
          model: `echo-${size}`,
          messages: [{ role: 'user', content: PROMPT }],
          stream: true,
          ...(tools ? { tools } : {}),
        });
        const { content, args } = streamed(await res.text());
        if (tools) expect(JSON.parse(args), `${size}`).toEqual({ text: PROMPT });
        else expect(content, `${size}`).toBe(PROMPT);
        await expectSentRedacted(requestId);
      }
  });

  it('goes on-prem, saying so, when a value has no exact span to redact', async () => {
    const { res, requestId } = await chat({ messages: [{ role: 'user', content: 'write to a\u200bnna.berg@example.org' }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-target')).toBe('local');
    expect(res.headers.get('x-triage-redacted')).toBeNull();
    expect(await received(requestId)).toEqual([{ server: 'onprem', requestId, body: expect.anything() }]);
  });

  it('goes on-prem when PII is left after redaction (a value split over two messages)', async () => {
    const messages = [
      { role: 'user', content: `Mail ${EMAIL}, and my other address is jana.novak@exa` },
      { role: 'user', content: 'mple.org' },
    ];
    const { res, requestId } = await chat({ messages });
    expect(res.headers.get('x-triage-target')).toBe('local');
    expect((await received(requestId)).map((s) => s.server)).toEqual(['onprem']);
  });

  // Last: a failing target counts towards its circuit breaker (per isolate).
  it('an onprem fallback after the cloud failed is sent the original body; the client gets the values', async () => {
    const { res, requestId } = await chat({ model: 'cloud-down', messages: [{ role: 'user', content: PROMPT }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-target')).toBe('local');
    expect(res.headers.get('x-triage-fallbacks')).toBe('cloud');
    expect(res.headers.get('x-triage-redacted')).toBeNull();
    expect((await res.json<{ choices: { message: { content: string } }[] }>()).choices[0]!.message.content).toBe(PROMPT);
    const seen = await received(requestId);
    expect(seen.map((s) => s.server)).toEqual(['onprem']);
    expect(JSON.stringify(seen[0]!.body)).toContain(EMAIL);
    const log = await (
      await fetch(`http://127.0.0.1:${ports.openai}/__log?request_id=${requestId}`)
    ).json<{ server: string; status: number }[]>();
    expect(log.filter((e) => e.server === 'openai').map((e) => e.status)).toEqual([503]); // the cloud was tried first
  });
});
