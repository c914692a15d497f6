// Sticky sessions in workerd: the StickySessions Durable Object (real, SQLite-backed, from wrangler.toml) and
// the sticky step inside createApp() with a stand-in executor (the targets are tested in their own files).
// Two apps built side by side share nothing but the Durable Objects — which is how these tests show that
// the state holds across isolates. The TTL is driven by the app's sticky clock, never by waiting.
import { createExecutionContext, runDurableObjectAlarm, runInDurableObject, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { compilePolicy, PolicySchema, type CompiledPolicy } from '../../../shared/core/policy/index.ts';
import { newApiKey } from '../../../shared/protocol/auth/api-keys.ts';
import { createApp } from '../../app.ts';
import type { Env } from '../../env.ts';
import type { ExecuteOptions, ExecuteResult } from '../../execute.ts';
import type { TargetClient } from '../../targets/target.ts';
import { DEFAULT_SESSION_HMAC_KEY, sessionId, sessionKey } from './session.ts';
import type { StickySessions } from './sessions.ts';

const env = rawEnv as unknown as Env;
const ns = env.STICKY_SESSIONS!;
const run = Math.random().toString(36).slice(2, 8); // tenants unique per run (Durable Object state may persist)
const TTL = 60;

const STICKY_POLICY = compilePolicy(
  PolicySchema.parse({
    targets: {
      edge: { kind: 'edge', model: 'm' },
      cloud: { kind: 'lambda', function: 'f', region: 'us-east-1' },
      onprem: { kind: 'onprem', base_url: 'https://p.example' },
    },
    rules: [
      { name: 'pii-onprem', when: { pii: 'any' }, target: 'onprem' },
      { name: 'sticky-onprem', when: { sticky: true }, target: 'onprem' },
    ],
    default: { target: 'edge', fallbacks: ['cloud'] },
    sticky: { header: 'x-session', user: true, ttl_seconds: TTL },
  }),
);
const { sticky: _off, ...NO_STICKY_SPEC } = STICKY_POLICY.spec;
const NO_STICKY_POLICY = compilePolicy(NO_STICKY_SPEC);

const PII = 'Please write to anna.berg@example.org about the invoice.';
const CLEAN = 'And what should the subject line say?';

/** A DO namespace that counts the objects asked for (round trips), or whose objects all fail. */
function wrapped(fail = false) {
  const c = { gets: 0, ns: undefined as unknown as DurableObjectNamespace<StickySessions> };
  const failing = { touch: async () => Promise.reject(new Error('Durable Object reset because its code was updated.')) };
  c.ns = {
    idFromName: (n: string) => ns.idFromName(n),
    get: (id: DurableObjectId) => (c.gets++, fail ? failing : ns.get(id)),
  } as unknown as DurableObjectNamespace<StickySessions>;
  return c;
}

function fakeTarget(name: string, kind: TargetClient['kind']): TargetClient {
  return { name, kind, spec: { kind } as TargetClient['spec'], call: async () => new Response('unused') };
}

/** One app (= one isolate's pipeline) with a fixed policy, a stand-in executor and a sticky clock. */
function makeApp(opts: { policy?: CompiledPolicy; now?: () => number } = {}) {
  const calls: ExecuteOptions[] = [];
  const logs: string[] = [];
  const policy = opts.policy ?? STICKY_POLICY;
  const app = createApp({
    policyStore: { get: async () => ({ policy, source: 'kv' as const }) },
    createTargetClients: (spec) => new Map(Object.entries(spec.targets).map(([name, t]) => [name, fakeTarget(name, t.kind)])),
    execute: async (o: ExecuteOptions): Promise<ExecuteResult> => {
      calls.push(o);
      const body = {
        id: 'c1',
        object: 'chat.completion',
        model: 'm',
        choices: [{ index: 0, message: { role: 'assistant', content: 'ok' } }],
      };
      return { response: Response.json(body), target: o.targets.get(o.decision.target)!, tried: [] };
    },
    log: (l) => logs.push(l),
    ...(opts.now ? { stickyNow: opts.now } : {}),
  });
  const chat = async (key: string, content: string, o: { session?: string; user?: string; env?: Env } = {}) => {
    const headers: Record<string, string> = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    if (o.session !== undefined) headers['x-session'] = o.session;
    const body = { model: 'triage-small', messages: [{ role: 'user', content }], ...(o.user !== undefined ? { user: o.user } : {}) };
    const ctx = createExecutionContext();
    const res = await app.request(
      'http://edge.test/v1/chat/completions',
      { method: 'POST', headers, body: JSON.stringify(body) },
      o.env ?? env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };
  return { chat, calls, logs };
}

async function seedKey(tenant: string): Promise<string> {
  const k = await newApiKey(`${tenant}-${run}`);
  await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
  return k.key;
}

const routed = (res: Response) => ({
  status: res.status,
  target: res.headers.get('x-triage-target'),
  rule: res.headers.get('x-triage-rule'),
  sticky: res.headers.get('x-triage-sticky'),
});

describe('sticky step: a session in which PII was seen stays on-prem', () => {
  it('a PII turn marks the session; its next clean turn goes on-prem with x-triage-sticky: yes; other sessions and tenants do not', async () => {
    const { chat, calls } = makeApp();
    const key = await seedKey('acme');
    const other = await seedKey('globex');
    expect(routed(await chat(key, CLEAN, { session: 's1' }))).toEqual({ status: 200, target: 'edge', rule: 'default', sticky: 'no' });
    expect(routed(await chat(key, PII, { session: 's1' }))).toEqual({ status: 200, target: 'onprem', rule: 'pii-onprem', sticky: 'yes' });
    const clean = await chat(key, CLEAN, { session: 's1' });
    expect(routed(clean)).toEqual({ status: 200, target: 'onprem', rule: 'sticky-onprem', sticky: 'yes' });
    expect(clean.headers.get('x-triage-pii')).toBe('none');
    expect(calls.at(-1)!.decision).toMatchObject({ target: 'onprem', fallbacks: [], sticky: true, piiTypes: [] });
    // another session of the same tenant, and the same session id under another tenant: unaffected
    expect(routed(await chat(key, CLEAN, { session: 's2' }))).toMatchObject({ target: 'edge', sticky: 'no' });
    expect(routed(await chat(other, CLEAN, { session: 's1' }))).toMatchObject({ target: 'edge', sticky: 'no' });
    // no session id: routed on its own
    expect(routed(await chat(key, CLEAN))).toMatchObject({ target: 'edge', sticky: 'no' });
  });

  it('takes the session from the OpenAI user field when the policy says so (the header wins when both are sent)', async () => {
    const { chat } = makeApp();
    const key = await seedKey('user-field');
    await chat(key, PII, { user: 'u-17' });
    expect(routed(await chat(key, CLEAN, { user: 'u-17' }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    expect(routed(await chat(key, CLEAN, { user: 'u-17', session: 'fresh' }))).toMatchObject({ target: 'edge', sticky: 'no' });
  });

  it('holds across isolates: a second app sees what the first one marked', async () => {
    const a = makeApp();
    const b = makeApp();
    const key = await seedKey('isolates');
    expect(routed(await a.chat(key, PII, { session: 'conv' }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    expect(routed(await b.chat(key, CLEAN, { session: 'conv' }))).toMatchObject({ target: 'onprem', rule: 'sticky-onprem', sticky: 'yes' });
  });

  it('expires ttl_seconds after the last PII turn, which refreshes it (in the isolate that marked, and in another)', async () => {
    let now = Date.UTC(2031, 0, 1);
    const { chat } = makeApp({ now: () => now });
    const other = makeApp({ now: () => now });
    const key = await seedKey('ttl');
    await chat(key, PII, { session: 'c' });
    now += (TTL - 1) * 1000;
    expect(routed(await chat(key, CLEAN, { session: 'c' }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    expect(routed(await other.chat(key, CLEAN, { session: 'c' }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    await chat(key, PII, { session: 'c' }); // refreshes: sticky until now + TTL
    now += (TTL - 1) * 1000;
    expect(routed(await chat(key, CLEAN, { session: 'c' }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    now += 1000;
    expect(routed(await chat(key, CLEAN, { session: 'c' }))).toMatchObject({ target: 'edge', sticky: 'no' });
    expect(routed(await other.chat(key, CLEAN, { session: 'c' }))).toMatchObject({ target: 'edge', sticky: 'no' });
  });

  it('fails closed when the sessions object cannot be asked: a request with a session id goes on-prem, and the reasons say why', async () => {
    const { chat, calls } = makeApp();
    const key = await seedKey('down');
    const down = { ...env, STICKY_SESSIONS: wrapped(true).ns } as Env;
    const res = await chat(key, CLEAN, { session: 'x', env: down });
    expect(routed(res)).toEqual({ status: 200, target: 'onprem', rule: 'sticky-onprem', sticky: 'yes' });
    expect(calls.at(-1)!.decision.reasons[0]).toBe(
      'sticky: the sessions store could not be asked; the session is treated as sticky (fail closed)',
    );
    // unbound: the same
    const unbound = { ...env, STICKY_SESSIONS: undefined } as Env;
    expect(routed(await chat(key, CLEAN, { session: 'x', env: unbound }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    // without a session id nothing is asked, and nothing changes
    expect(routed(await chat(key, CLEAN, { env: down }))).toMatchObject({ target: 'edge', sticky: 'no' });
  });

  it('adds no round trip without a session id, or when the policy has no sticky: section', async () => {
    const key = await seedKey('trips');
    const counted = wrapped();
    const withCount = { ...env, STICKY_SESSIONS: counted.ns } as Env;
    const on = makeApp();
    await on.chat(key, PII, { env: withCount });
    await on.chat(key, CLEAN, { env: withCount });
    expect(counted.gets).toBe(0);
    await on.chat(key, CLEAN, { session: 'y', env: withCount });
    expect(counted.gets).toBe(1); // one round trip reads (and, for a PII turn, marks) at once
    await on.chat(key, PII, { session: 'y2', env: withCount });
    expect(counted.gets).toBe(2);
    // a session this isolate knows is sticky: its clean turns need no round trip until the expiry it was told
    expect(routed(await on.chat(key, CLEAN, { session: 'y2', env: withCount }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    expect(counted.gets).toBe(2);
    // another isolate does not know it yet: it asks, once
    const other = makeApp();
    expect(routed(await other.chat(key, CLEAN, { session: 'y2', env: withCount }))).toMatchObject({ target: 'onprem', sticky: 'yes' });
    await other.chat(key, CLEAN, { session: 'y2', env: withCount });
    expect(counted.gets).toBe(3);
    const off = makeApp({ policy: NO_STICKY_POLICY });
    await off.chat(key, PII, { session: 'y', env: withCount });
    expect(routed(await off.chat(key, CLEAN, { session: 'y', env: withCount }))).toMatchObject({ target: 'edge', sticky: 'no' });
    expect(counted.gets).toBe(3);
  });

  it('refuses with 503 sticky_no_onprem when the policy leaves a sticky session no on-prem target', async () => {
    // A hand-built policy that skipped the loader's checks: only the evaluator's run-time rule stands.
    const spec = PolicySchema.parse({
      targets: { edge: { kind: 'edge', model: 'm' } },
      default: { target: 'edge' },
      sticky: { header: 'x-session', ttl_seconds: TTL },
    });
    const { chat, calls } = makeApp({ policy: compilePolicy(spec) });
    const key = await seedKey('refuse');
    const res = await chat(key, PII, { session: 'z' });
    expect(res.status).toBe(503); // PII itself: pii_no_onprem, and the session is marked
    const clean = await chat(key, CLEAN, { session: 'z' });
    expect(clean.status).toBe(503);
    const { error } = await clean.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('sticky_no_onprem');
    expect(clean.headers.get('x-triage-sticky')).toBe('yes');
    expect(calls).toHaveLength(0);
  });

  it('a sticky turn is never answered from the cache, even when the same clean request was cached before', async () => {
    const { chat } = makeApp({ policy: compilePolicy({ ...STICKY_POLICY.spec, cache: { enabled: true, ttl_seconds: 60 } }) });
    const key = await seedKey('cache');
    const first = await chat(key, CLEAN, { session: 'k' });
    expect([first.headers.get('x-triage-target'), first.headers.get('x-triage-cache')]).toEqual(['edge', 'miss']);
    expect((await chat(key, CLEAN, { session: 'k' })).headers.get('x-triage-cache')).toBe('hit');
    await chat(key, PII, { session: 'k' });
    const sticky = await chat(key, CLEAN, { session: 'k' });
    expect(routed(sticky)).toMatchObject({ target: 'onprem', sticky: 'yes' });
    expect(sticky.headers.get('x-triage-cache')).not.toBe('hit');
  });

  it('never logs or answers the session id', async () => {
    const { chat, logs } = makeApp();
    const key = await seedKey('private');
    const id = `secret-session-${run}`;
    const res = await chat(key, PII, { session: id });
    const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
    expect(headers + (await res.text()) + logs.join('\n')).not.toContain(id);
  });
});

describe('StickySessions (the Durable Object)', () => {
  it('stores a keyed hash per session in SQLite, never the id; expired rows go on read, and by the alarm', async () => {
    const tenant = `obj-${run}`;
    const stub = ns.get(ns.idFromName(`tenant:${tenant}`));
    const key = sessionKey(undefined, tenant, 'conversation-1');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toBe(sessionKey(undefined, `${tenant}x`, 'conversation-1'));
    expect(key).not.toBe(sessionKey('production-secret', tenant, 'conversation-1'));
    const t0 = Date.UTC(2031, 5, 1);
    expect(await stub.touch({ key, mark: false, ttlSeconds: 10 }, t0)).toEqual({ sticky: false });
    expect(await stub.touch({ key, mark: true, ttlSeconds: 10 }, t0)).toEqual({ sticky: true, expiresAt: t0 + 10_000 });
    expect(await stub.touch({ key, mark: false, ttlSeconds: 10 }, t0 + 9_999)).toEqual({ sticky: true, expiresAt: t0 + 10_000 });
    const stored = await runInDurableObject(stub, (_o, state) => state.storage.sql.exec('SELECT key, expires_at FROM sessions').toArray());
    expect(stored).toEqual([{ key, expires_at: t0 + 10_000 }]);
    expect(JSON.stringify(stored)).not.toContain('conversation-1');
    expect(await runInDurableObject(stub, (_o, state) => state.storage.getAlarm())).toBe(t0 + 10_000);
    // expired: not sticky, and deleted on that read
    expect(await stub.touch({ key, mark: false, ttlSeconds: 10 }, t0 + 10_000)).toEqual({ sticky: false });
    expect(await stub.size()).toBe(0);
    // the alarm purges sessions that are never read again: one marked in the past is already expired by the
    // object's clock (its alarm is then due at once: run it here unless the runtime already has)
    await stub.touch({ key: 'b'.repeat(64), mark: true, ttlSeconds: 1 }, t0);
    await stub.touch({ key: 'a'.repeat(64), mark: true, ttlSeconds: 1 }, Date.now() - 10_000);
    // On a busy machine the runtime may have started that alarm itself, and runDurableObjectAlarm then finds none
    // to run: wait for the purge to be done, which re-arms the alarm for b's expiry (by state, not by time).
    const alarm = () => runInDurableObject(stub, (_o, state) => state.storage.getAlarm());
    for (let tries = 0; tries < 200 && (await alarm()) !== t0 + 1_000; tries++) {
      if (!(await runDurableObjectAlarm(stub))) await scheduler.wait(25);
    }
    const left = await runInDurableObject(stub, (_o, state) => state.storage.sql.exec('SELECT key FROM sessions').toArray());
    expect(left).toEqual([{ key: 'b'.repeat(64) }]);
    expect(await alarm()).toBe(t0 + 1_000);
  });

  it('finds the session id where the policy says, trimmed; none for blank values or non-chat requests', () => {
    const spec = { header: 'X-Session', user: true, ttl_seconds: 1 };
    const chat = (user?: string) =>
      ({ task: 'chat', body: { model: 'm', messages: [{ role: 'user', content: 'hi' }], ...(user ? { user } : {}) } }) as never;
    expect(sessionId(spec, new Headers({ 'x-session': ' h1 ' }), chat('u1'))).toBe('h1');
    expect(sessionId(spec, new Headers({ 'x-session': '  ' }), chat('u1'))).toBe('u1');
    expect(sessionId({ ...spec, user: false }, new Headers(), chat('u1'))).toBeUndefined();
    expect(sessionId(spec, new Headers(), { task: 'embeddings', body: { model: 'm', input: 'x', user: 'u1' } } as never)).toBeUndefined();
    expect(DEFAULT_SESSION_HMAC_KEY).not.toBe('');
  });
});
