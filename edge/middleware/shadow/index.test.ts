// The shadow step in workerd: the candidate policy is read from the real KV binding and evaluated beside the
// live one; live routing never changes, whatever the candidate is (valid, invalid, unreadable).
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import defaultPolicyText from '../../../shared/core/policy/policies/default.yaml';
import { loadPolicy } from '../../../shared/core/policy/index.ts';
import { newApiKey } from '../../../shared/protocol/auth/api-keys.ts';
import { createApp } from '../../app.ts';
import type { Env } from '../../env.ts';
import type { ExecuteOptions, ExecuteResult } from '../../execute.ts';
import type { PolicySource } from '../../policy-store.ts';
import type { TargetClient } from '../../targets/target.ts';
import { createMetrics } from '../telemetry/index.ts';
import { SHADOW_POLICY_KEY, ShadowPolicyStore } from './store.ts';

const env = rawEnv as unknown as Env;

/** The default policy with small chat sent to the OpenAI-compatible target instead of the edge model. */
const CANDIDATE = defaultPolicyText.replace(
  'target: edge-small\n    fallbacks: [cloud-gpu, openai-compat]',
  'target: openai-compat\n    fallbacks: []',
);

function target(name: string, kind: TargetClient['kind']): TargetClient {
  return { name, kind, spec: { kind } as TargetClient['spec'], call: async () => new Response('unused') };
}

/** The app with stand-in target clients: the executor answers from the decided target and records it. */
function makeApp() {
  const routedTo: string[] = [];
  const logs: string[] = [];
  const metrics = createMetrics();
  const execute = async (o: ExecuteOptions): Promise<ExecuteResult> => {
    routedTo.push(o.decision.target);
    const response = Response.json({
      id: 'c',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: 'ok' } }],
    });
    return { response, target: o.targets.get(o.decision.target)!, tried: [] };
  };
  const app = createApp({
    execute,
    createTargetClients: (spec) => new Map(Object.entries(spec.targets).map(([n, t]) => [n, target(n, t.kind)])),
    log: (l) => logs.push(l),
    metrics,
  });
  const chat = async (key: string, content: string) => {
    const ctx = createExecutionContext();
    const res = await app.request(
      'http://edge.test/v1/chat/completions',
      {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content }] }),
      },
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };
  return { chat, routedTo, logs, metrics };
}

async function seedKey() {
  const k = await newApiKey(`shadow-${Math.random().toString(36).slice(2, 8)}`);
  await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
  return k.key;
}

afterEach(() => env.POLICY.delete(SHADOW_POLICY_KEY));

describe('shadow policy at the edge', () => {
  it('decides beside the live policy and changes nothing the client sees', async () => {
    await env.POLICY.put(SHADOW_POLICY_KEY, CANDIDATE);
    const { chat, routedTo, metrics } = makeApp();
    const key = await seedKey();

    const clean = await chat(key, 'How do I restart nginx on Debian?');
    expect(clean.status).toBe(200);
    expect(clean.headers.get('x-triage-target')).toBe('edge-small');
    expect(metrics.shadow.get({ agreement: 'different' })).toBe(1);

    const pii = await chat(key, 'Write to anna.berg@example.org about the invoice.');
    expect(pii.headers.get('x-triage-target')).toBe('onprem-gpu');
    expect(metrics.shadow.get({ agreement: 'same' })).toBe(1);
    expect(routedTo).toEqual(['edge-small', 'onprem-gpu']);
  });

  it('does nothing without a shadow policy, and an invalid one never breaks live traffic', async () => {
    const { chat, metrics, logs } = makeApp();
    const key = await seedKey();
    expect((await chat(key, 'Hello there')).status).toBe(200);
    expect(metrics.shadow.get({ agreement: 'same' }) + metrics.shadow.get({ agreement: 'different' })).toBe(0);

    const app2 = makeApp();
    await env.POLICY.put(SHADOW_POLICY_KEY, 'targets: [oops');
    const res = await app2.chat(key, 'Hello there');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-triage-target')).toBe('edge-small');
    const rejected = app2.logs.map((l) => JSON.parse(l) as { msg: string }).filter((l) => l.msg === 'shadow_policy_rejected');
    expect(rejected).toHaveLength(1);
    expect(logs.join('\n')).not.toContain('oops');
    expect(app2.logs.join('\n')).not.toContain('oops');
  });
});

describe('ShadowPolicyStore', () => {
  function source(values: (string | null | Error)[]) {
    let reads = 0;
    const kv: PolicySource = {
      async get(key) {
        expect(key).toBe(SHADOW_POLICY_KEY);
        const v = values[Math.min(reads++, values.length - 1)]!;
        if (v instanceof Error) throw v;
        return v;
      },
    };
    return { kv, reads: () => reads };
  }

  it('reads KV once per cache period and follows changes after it', async () => {
    let now = 0;
    const store = new ShadowPolicyStore(
      () => {},
      () => now,
    );
    const { kv, reads } = source([CANDIDATE, null]);
    const first = await store.get(kv, 10_000);
    const expected = loadPolicy(CANDIDATE, 'candidate.yaml');
    expect(expected.ok && first?.version === expected.policy.version).toBe(true);
    expect(await store.get(kv, 10_000)).toBe(first);
    expect(reads()).toBe(1);
    now = 10_001;
    expect(await store.get(kv, 10_000)).toBeUndefined();
    expect(reads()).toBe(2);
  });

  it('keeps the candidate it has when KV cannot be read', async () => {
    let now = 0;
    const store = new ShadowPolicyStore(
      () => {},
      () => now,
    );
    const { kv } = source([CANDIDATE, new Error('kv down')]);
    const first = await store.get(kv, 1);
    now = 5;
    expect(await store.get(kv, 1)).toBe(first);
  });
});
