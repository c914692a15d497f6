// Receipts through the app in workerd: the real pipeline, the real ReceiptLog Durable Object and R2 bucket
// (Miniflare), a stand-in executor (the targets are tested in their own files). Also Ed25519 checkpoints with
// workerd's Web Crypto, verified by the same code the CLI runs in Node.
import { createExecutionContext, runDurableObjectAlarm, waitOnExecutionContext } from 'cloudflare:test';
import { env as rawEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  checkpointSignatureValid,
  importPublicKey,
  importSigningKey,
  makeCheckpoint,
  ReceiptSchema,
  toBase64,
  verifyReceipts,
  type Checkpoint,
  type Receipt,
} from '../../../shared/core/receipts/index.ts';
import { newApiKey } from '../../../shared/protocol/auth/api-keys.ts';
import { ApiError } from '../../../shared/protocol/openai/errors.ts';
import { compilePolicy, PolicySchema, type PolicySpec } from '../../../shared/core/policy/index.ts';
import { PII_TYPES } from '../../../shared/core/pii/types.ts';
import { createApp } from '../../app.ts';
import type { Env } from '../../env.ts';
import type { ExecuteOptions, ExecuteResult } from '../../execute.ts';
import type { PolicyProvider } from '../../policy-store.ts';
import type { TargetClient } from '../../targets/target.ts';

const env = rawEnv as unknown as Env;
const run = Math.random().toString(36).slice(2, 8);

function fakeTarget(name: string, spec: TargetClient['spec']): TargetClient {
  return { name, kind: spec.kind, spec, call: async () => new Response('unused') };
}

/** The app with a stand-in executor: answers from the decided target, or fails after trying it when asked. */
function makeApp(failFor: (o: ExecuteOptions) => boolean = () => false, policyStore?: PolicyProvider) {
  const app = createApp({
    log: () => {},
    ...(policyStore ? { policyStore } : {}),
    createTargetClients: (spec) => new Map(Object.entries(spec.targets).map(([name, t]) => [name, fakeTarget(name, t)])),
    execute: async (o): Promise<ExecuteResult> => {
      const target = o.targets.get(o.decision.target)!;
      if (failFor(o))
        throw Object.assign(new ApiError(502, 'server_error', 'The upstream failed.', 'upstream_error'), { tried: [target.name] });
      const answer = { id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' } }] };
      return { response: Response.json(answer), target, tried: [] };
    },
  });
  return async (key: string, json: unknown, headers: Record<string, string> = {}) => {
    const ctx = createExecutionContext();
    const res = await app.request(
      'http://edge.test/v1/chat/completions',
      {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(json),
      },
      env,
      ctx,
    );
    await res.arrayBuffer();
    await waitOnExecutionContext(ctx); // the append, handed to waitUntil
    return res;
  };
}

async function tenantKey(name: string) {
  const k = await newApiKey(`${name}-${run}`);
  await env.KEYS.put(k.kvKey, JSON.stringify(k.record));
  return { key: k.key, tenant: k.record.tenant };
}

/** Writes what the tenant's log holds to R2 now (its alarm would within FLUSH_MS), with a checkpoint. */
async function flush(tenant: string) {
  const ns = env.RECEIPT_LOG!;
  return ns.get(ns.idFromName(tenant)).flush(true);
}

async function objects(prefix: string): Promise<{ key: string; text: string }[]> {
  const listed = await env.RECEIPTS!.list({ prefix });
  return Promise.all(listed.objects.map(async (o) => ({ key: o.key, text: await (await env.RECEIPTS!.get(o.key))!.text() })));
}

async function stored(tenant: string): Promise<{ receipts: Receipt[]; checkpoints: Checkpoint[]; raw: string }> {
  const batches = await objects(`receipts/${encodeURIComponent(tenant)}/`);
  const cps = await objects(`checkpoints/${encodeURIComponent(tenant)}/`);
  const receipts = batches.flatMap((b) =>
    b.text
      .trim()
      .split('\n')
      .map((l) => ReceiptSchema.parse(JSON.parse(l)) as Receipt),
  );
  const checkpoints = cps.map((c) => JSON.parse(c.text) as Checkpoint);
  return { receipts, checkpoints, raw: [...batches, ...cps].map((o) => o.text).join('\n') };
}

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'triage-small',
  messages: [{ role: 'user', content }],
  ...extra,
});

describe('receipts through the app', () => {
  it('one per decision, chained per tenant in R2: routed, PII on-prem, failed after the decision; none before one', async () => {
    const { key, tenant } = await tenantKey('receipts');
    const call = makeApp((o) => o.decision.target === 'onprem-gpu' && o.request.piiTypes.includes('PHONE'));
    expect((await call(key, chat('How do I reset my password?'))).status).toBe(200);
    expect((await call(key, chat('Write to jana.novak@example.org about the order'))).status).toBe(200);
    expect((await call(key, chat('Call me on +49 30 1234567'))).status).toBe(502);
    expect((await call(key, { ...chat('hi'), model: 'no-such-model' })).status).toBe(404); // before a decision: none
    expect(await flush(tenant)).toMatchObject({ written: 3, checkpoint: 3 });

    const { receipts, checkpoints } = await stored(tenant);
    expect(receipts.map((r) => [r.seq, r.target, r.target_kind, r.status, r.pii_types])).toEqual([
      [1, 'edge-small', 'edge', 200, []],
      [2, 'onprem-gpu', 'onprem', 200, ['EMAIL']],
      [3, 'onprem-gpu', 'onprem', 502, ['PHONE']],
    ]);
    expect(receipts[2]).toMatchObject({
      error_code: 'upstream_error',
      decision: 'route',
      features: { task: 'chat', model: 'triage-small' },
    });
    expect(checkpoints).toEqual([expect.objectContaining({ tenant, seq: 3, hash: receipts[2]!.hash })]);
    expect(checkpoints[0]!.signature).toBeUndefined(); // no RECEIPT_SIGNING_KEY in the test environment
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);

    // The chain goes on from where it stood, in the next batch object.
    expect((await call(key, chat('And the billing page?'))).status).toBe(200);
    expect(await flush(tenant)).toMatchObject({ written: 1 });
    const after = await stored(tenant);
    expect(after.receipts.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(after.receipts[3]!.prev).toBe(receipts[2]!.hash);
    expect((await verifyReceipts(after)).problems).toEqual([]);
  });

  it("the tenant's alarm writes the batch and the first checkpoint; nothing is written before it", async () => {
    const { key, tenant } = await tenantKey('alarm');
    const call = makeApp();
    expect((await call(key, chat('How do I reset my password?'))).status).toBe(200);
    expect((await call(key, chat('And my username?'))).status).toBe(200);
    expect((await stored(tenant)).receipts).toEqual([]); // appended, not yet written: the request did not wait for R2
    const ns = env.RECEIPT_LOG!;
    expect(await runDurableObjectAlarm(ns.get(ns.idFromName(tenant)))).toBe(true);
    const { receipts, checkpoints } = await stored(tenant);
    expect(receipts.map((r) => r.seq)).toEqual([1, 2]);
    expect(checkpoints.map((c) => c.seq)).toEqual([2]); // a new chain is checkpointed with its first batch
  });

  it('requests answered together: one receipt each, handed over together, in one chain', async () => {
    const { key, tenant } = await tenantKey('together');
    const call = makeApp();
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call(key, chat(`Question ${i} about billing`)).then((r) => r.status)),
    );
    expect(statuses).toEqual(Array(10).fill(200));
    expect(await flush(tenant)).toMatchObject({ written: 10, checkpoint: 10 });
    const { receipts, checkpoints } = await stored(tenant);
    expect(receipts.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(receipts.map((r) => r.request_id)).size).toBe(10);
    expect((await verifyReceipts({ receipts, checkpoints })).problems).toEqual([]);
  });

  it('a refusal is receipted with its code and no target', async () => {
    const { key, tenant } = await tenantKey('refusal');
    // A hand-built policy without an on-prem target (the loader would reject it): the evaluator refuses PII.
    const spec = {
      format: 1,
      targets: { cloud: { kind: 'openai', base_url: 'http://x/v1', timeout_ms: 1000, retries: 0 } },
      cache: { enabled: false, ttl_seconds: 60 },
      rules: [],
      default: { target: 'cloud', fallbacks: [] },
    } as unknown as PolicySpec;
    const policy = compilePolicy(spec);
    const call = makeApp(() => false, { get: async () => ({ policy, source: 'kv' as const }) });
    expect((await call(key, chat('Write to jana.novak@example.org'))).status).toBe(503);
    await flush(tenant);
    const { receipts } = await stored(tenant);
    expect(receipts).toEqual([
      expect.objectContaining({
        decision: 'refuse',
        refusal: 'pii_no_onprem',
        target: null,
        target_kind: null,
        status: 503,
        policy_version: policy.version,
      }),
    ]);
  });

  it('a request sent redacted records what was redacted, by type and count; one answered on-prem does not', async () => {
    const { key, tenant } = await tenantKey('redacted');
    const policy = compilePolicy(
      PolicySchema.parse({
        targets: {
          cloud: { kind: 'openai', base_url: 'http://x/v1', allow_redacted: ['EMAIL', 'PHONE'] },
          local: { kind: 'onprem', base_url: 'http://y/v1' },
        },
        rules: [
          { name: 'pii-other', when: { pii: PII_TYPES.filter((t) => t !== 'EMAIL' && t !== 'PHONE') }, target: 'local' },
          { name: 'contact', when: { pii: 'any', unscanned: 'none' }, target: 'cloud', fallbacks: ['local'] },
        ],
        default: { target: 'cloud' },
      }),
    );
    const call = makeApp(() => false, { get: async () => ({ policy, source: 'kv' as const }) });
    const sent = await call(key, chat('Mail anna.berg@example.org or call +49 30 1234567; again anna.berg@example.org'));
    expect(sent.headers.get('x-triage-redacted')).toBe('EMAIL:1,PHONE:1');
    expect((await call(key, chat('Ask Dr. Maria Schneider to mail anna.berg@example.org'))).headers.get('x-triage-target')).toBe('local');
    await flush(tenant);
    const { receipts } = await stored(tenant);
    expect(receipts[0]).toMatchObject({
      target: 'cloud',
      redactions: [
        { type: 'EMAIL', count: 1 },
        { type: 'PHONE', count: 1 },
      ],
    });
    expect(receipts[1]).toMatchObject({ target: 'local', pii_types: ['PERSON', 'EMAIL'] });
    expect(receipts[1]!.redactions).toBeUndefined();
  });

  it('no request content reaches R2: prompt, user, metadata and a header planted with a marker', async () => {
    const { key, tenant } = await tenantKey('marker');
    const marker = `zqxMARKER${run}wv`;
    const call = makeApp();
    await call(key, chat(`Summarise ${marker} for me`, { user: `user-${marker}`, metadata: { note: marker } }), { 'x-session-id': marker });
    await call(key, { ...chat(`mail ${marker}@example.org`), model: 'triage-small' });
    await flush(tenant);
    const { receipts, raw } = await stored(tenant);
    expect(receipts).toHaveLength(2);
    expect(raw.toLowerCase()).not.toContain(marker.toLowerCase());
  });
});

describe('Ed25519 checkpoints in workerd', () => {
  it('sign with a PKCS#8 key from a secret; verify with the SPKI public key; a forgery fails', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const secret = toBase64(new Uint8Array((await crypto.subtle.exportKey('pkcs8', pair.privateKey)) as ArrayBuffer));
    const spki = toBase64(new Uint8Array((await crypto.subtle.exportKey('spki', pair.publicKey)) as ArrayBuffer));
    const key = await importSigningKey(secret);
    const { publicKey, keyId } = await importPublicKey(`-----BEGIN PUBLIC KEY-----\n${spki}\n-----END PUBLIC KEY-----\n`);
    expect(key.keyId).toBe(keyId);
    const cp = await makeCheckpoint('t', { seq: 1, hash: 'a'.repeat(64) }, '2026-12-01T00:00:00.000Z', key);
    expect(await checkpointSignatureValid(cp, publicKey)).toBe(true);
    expect(await checkpointSignatureValid({ ...cp, seq: 2 }, publicKey)).toBe(false);
  });
});
