// Capability-aware routing through the edge pipeline (workerd: createApp with the real middleware, KV and the
// bundled default policy; a stand-in executor records the decision): a tools request is routed past the edge
// model by the default policy, and a request no target left can serve is refused with a 400 clients do not retry.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { compilePolicy, PolicySchema } from '../../../shared/core/policy/index.ts';
import { newApiKey } from '../../../shared/protocol/auth/api-keys.ts';
import { createApp, type AppOptions } from '../../app.ts';
import type { Env } from '../../env.ts';
import type { ExecuteOptions, ExecuteResult } from '../../execute.ts';
import type { TargetClient } from '../../targets/target.ts';

const env = rawEnv as unknown as Env;
const run = Math.random().toString(36).slice(2, 8);

function fakeTarget(name: string, kind: TargetClient['kind']): TargetClient {
  return { name, kind, spec: { kind } as TargetClient['spec'], call: async () => new Response('unused') };
}

function makeApp(opts: AppOptions = {}) {
  const calls: ExecuteOptions[] = [];
  const execute = async (o: ExecuteOptions): Promise<ExecuteResult> => {
    calls.push(o);
    const target = o.targets.get(o.decision.target)!;
    return { response: Response.json({ id: 'chatcmpl-1', object: 'chat.completion', choices: [] }), target, tried: [] };
  };
  const app = createApp({
    createTargetClients: (spec) => new Map(Object.entries(spec.targets).map(([name, t]) => [name, fakeTarget(name, t.kind)])),
    execute,
    log: () => {},
    ...opts,
  });
  const call = async (json: unknown) => {
    const k = await newApiKey(`caps-${run}`);
    await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
    const ctx = createExecutionContext();
    const headers = { authorization: `Bearer ${k.key}`, 'content-type': 'application/json' };
    const res = await app.request(
      'http://edge.test/v1/chat/completions',
      { method: 'POST', headers, body: JSON.stringify(json) },
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };
  return { call, calls };
}

const TOOL = { type: 'function', function: { name: 'lookup_order', parameters: { type: 'object', properties: {} } } };
const chat = (extra: Record<string, unknown> = {}) => ({
  model: 'triage-small',
  messages: [{ role: 'user', content: 'Where is my parcel?' }],
  ...extra,
});

describe('capability-aware routing at the edge', () => {
  it('the default policy routes a small tools request past edge-small, and says why', async () => {
    const { call, calls } = makeApp();
    const plain = await call(chat());
    expect(plain.headers.get('x-triage-target')).toBe('edge-small');
    const res = await call(chat({ tools: [TOOL] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-rule')).toBe('small-at-edge');
    expect(res.headers.get('x-triage-target')).toBe('cloud-gpu');
    const decision = calls.at(-1)!.decision;
    expect(decision).toMatchObject({ target: 'cloud-gpu', fallbacks: ['openai-compat'] });
    expect(decision.reasons).toContain('dropped: edge-small (no tools)');
    const structured = await call(chat({ response_format: { type: 'json_object' } }));
    expect(structured.headers.get('x-triage-target')).toBe('cloud-gpu');
  });

  it('refuses with 400 no_capable_target and x-should-retry: false when no target left can serve it', async () => {
    const policy = compilePolicy(
      PolicySchema.parse({ targets: { 'edge-small': { kind: 'edge', model: 'triage-small-int8' } }, default: { target: 'edge-small' } }),
    );
    const { call, calls } = makeApp({ policyStore: { get: async () => ({ policy, source: 'kv' as const }) } });
    const res = await call(chat({ tools: [TOOL] }));
    expect(res.status).toBe(400);
    expect(res.headers.get('x-should-retry')).toBe('false');
    const text = await res.text();
    expect(text).not.toContain('lookup_order');
    expect(text).not.toContain('parcel');
    expect(JSON.parse(text)).toMatchObject({ error: { type: 'invalid_request_error', code: 'no_capable_target' } });
    expect(calls).toHaveLength(0);
    expect((await call(chat())).status).toBe(200);
  });
});
