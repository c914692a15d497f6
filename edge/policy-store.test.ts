// The policy store: bundled default when KV is empty, reload after the cache time, last-good kept when an
// update is invalid (logged by code and position only), fail closed when there is no good policy at all.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/protocol/openai/errors.ts';
import defaultText from '../shared/core/policy/policies/default.yaml';
import { POLICY_KEY, PolicyStore, type PolicySource } from './policy-store.ts';

function kv(initial: string | null) {
  const s = { value: initial, reads: 0, fail: false };
  const source: PolicySource = {
    get: async (key) => {
      expect(key).toBe(POLICY_KEY);
      s.reads++;
      if (s.fail) throw new Error('KV unreachable');
      return s.value;
    },
  };
  return { s, source };
}

function store(cacheMs = 10_000) {
  const clock = { now: 0 };
  const logs: Record<string, unknown>[] = [];
  const st = new PolicyStore({ cacheMs, now: () => clock.now, log: (l) => logs.push(JSON.parse(l)) });
  return { st, clock, logs };
}

const other = defaultText.replace('tokens: { max: 2048 }', 'tokens: { max: 1000 }');
const piiToCloud = defaultText.replace('target: onprem-gpu\n    fallbacks: []', 'target: cloud-gpu\n    fallbacks: []');
const broken = 'targets: [\n  oops';

describe('PolicyStore', () => {
  it('uses the bundled default when KV has none, and reads KV again only after the cache time', async () => {
    const { s, source } = kv(null);
    const { st, clock } = store();
    const first = await st.get(source);
    expect(first.source).toBe('default');
    expect(first.policy.version).toMatch(/^p-/);
    await st.get(source);
    await Promise.all([st.get(source), st.get(source)]);
    expect(s.reads).toBe(1);
    clock.now += 10_001;
    s.value = other;
    const next = await st.get(source);
    expect(next.source).toBe('kv');
    expect(next.policy.version).not.toBe(first.policy.version);
    expect(s.reads).toBe(2);
  });

  it('keeps the last-good policy when an update is invalid (schema, YAML or the PII invariant), logging codes and positions only', async () => {
    const { s, source } = kv(other);
    const { st, clock, logs } = store(0);
    const good = await st.get(source);
    for (const bad of [piiToCloud, broken, '']) {
      s.value = bad;
      clock.now += 1;
      const kept = await st.get(source);
      expect(kept.policy).toBe(good.policy);
    }
    const rejected = logs.filter((l) => l.msg === 'policy_rejected');
    expect(rejected).toHaveLength(3);
    expect(rejected[0]).toMatchObject({ level: 'error', kept: good.policy.version });
    expect((rejected[0]!.diagnostics as string[])[0]).toMatch(/^error\[pii-invariant\] \d+:\d+ /);
    expect((rejected[1]!.diagnostics as string[])[0]).toMatch(/^error\[yaml-syntax\] \d+:\d+/);
    const logged = JSON.stringify(logs);
    expect(logged).not.toContain('oops');
    expect(logged).not.toContain('cloud-gpu');
    // The same bad text again is not logged again; a valid update still replaces last-good.
    s.value = '';
    clock.now += 1;
    await st.get(source);
    expect(logs.filter((l) => l.msg === 'policy_rejected')).toHaveLength(3);
    s.value = defaultText;
    clock.now += 1;
    expect((await st.get(source)).policy.version).not.toBe(good.policy.version);
  });

  it('fails closed (503 policy_invalid) when KV holds an invalid policy and none was loaded before', async () => {
    const { source } = kv(piiToCloud);
    const { st } = store();
    const err = await st.get(source).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 503, code: 'policy_invalid', headers: { 'x-should-retry': 'false' } });
  });

  it('keeps routing by the current policy while KV is unreachable', async () => {
    const { s, source } = kv(other);
    const { st, clock } = store(0);
    const good = await st.get(source);
    s.fail = true;
    clock.now += 1;
    expect((await st.get(source)).policy).toBe(good.policy);
  });
});
