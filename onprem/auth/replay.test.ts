// Replays the nonce cache of one process cannot see, against real nodes (startOnprem, real HTTP) and a real
// Redis (test/support/redis.ts): after a restart with the default memory store, across two replicas that
// share Redis, after a restart with Redis, and with Redis down (fail closed, then recovery). A captured
// request is replayed byte for byte; "after" is established by events (a node closed, a log line), not time.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { newApiKey } from '../../shared/protocol/auth/api-keys.ts';
import { signRequest } from '../../shared/protocol/signing/index.ts';
import { parseExposition } from '../../shared/protocol/telemetry/index.ts';
import { startRedis, type RunningRedis } from '../../test/support/redis.ts';
import type { AuditRecord } from '../audit.ts';
import { loadConfig } from '../config.ts';
import { startOnprem, type RunningOnprem } from '../server/start.ts';
import { startTestUpstream, type TestUpstream } from '../server/test-upstream.ts';

const SECRET = 'replay-test-signing-secret-000001';
const PATH = '/v1/models';
const TIMEOUT = 60_000;

interface Node {
  node: RunningOnprem;
  audit: AuditRecord[];
  /** Operational log lines (JSON) as they come. */
  logs: string[];
}

let upstream: TestUpstream | undefined;
const nodes: RunningOnprem[] = [];
const servers: RunningRedis[] = [];
afterEach(async () => {
  await Promise.all(nodes.splice(0).map((n) => n.close(0)));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await upstream?.close();
});

async function startNode(env: Record<string, string> = {}, more: Record<string, string> = {}): Promise<Node> {
  upstream ??= await startTestUpstream();
  const config = loadConfig({
    TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${SECRET}`,
    TRIAGE_ONPREM_PORT: '0',
    TRIAGE_ONPREM_ENGINE: 'openai-upstream',
    TRIAGE_ONPREM_UPSTREAM_URL: upstream.baseUrl,
    TRIAGE_ONPREM_UPSTREAM_MODELS: 'up-chat',
    ...env,
    ...more,
  });
  const audit: AuditRecord[] = [];
  const logs: string[] = [];
  const node = await startOnprem(config, {
    auditSink: { write: (l) => void audit.push(JSON.parse(l) as AuditRecord), close: async () => {} },
    log: (l) => void logs.push(l),
  });
  nodes.push(node);
  return { node, audit, logs };
}

/** Both replicas of a deployment: the same Redis, the same key prefix. */
const redisEnv = (url: string, prefix = `replay:${randomUUID()}:`) => ({
  TRIAGE_ONPREM_NONCE_STORE: url,
  TRIAGE_ONPREM_NONCE_STORE_PREFIX: prefix,
  TRIAGE_ONPREM_NONCE_STORE_TIMEOUT_MS: '500',
});

/** What an attacker on the path captured: a signed request's headers, to be sent again as they are. */
const capture = () => signRequest({ method: 'GET', path: PATH, keyId: 'edge1', secret: SECRET, headers: { 'x-triage-tenant': 'acme' } });

async function send(
  n: Node,
  headers: Record<string, string>,
): Promise<{ status: number; code: string | undefined; retryAfter: string | null }> {
  const res = await fetch(n.node.url + PATH, { headers: { 'x-triage-tenant': 'acme', ...headers } });
  const body = (await res.json()) as { error?: { code?: string; type?: string; message?: string } };
  if (body.error) expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'param', 'type']);
  return { status: res.status, code: body.error?.code, retryAfter: res.headers.get('retry-after') };
}

async function authFailures(n: Node, reason: string): Promise<number> {
  const text = await (await fetch(n.node.url + '/metrics')).text();
  return parseExposition(text).find((s) => s.name === 'triage_onprem_auth_failures_total' && s.labels.reason === reason)?.value ?? 0;
}

/** Resolves once the node has logged a line matching `msg` (from line `from` on). */
async function logged(n: Node, msg: RegExp, from = 0): Promise<void> {
  while (!n.logs.slice(from).some((l) => msg.test(l))) await new Promise((r) => setTimeout(r, 20));
}

describe('replay after a restart (memory store, the default)', () => {
  it(
    'refuses a request the previous process accepted (503 replay_fence, Retry-After), and accepts a freshly signed one',
    { timeout: TIMEOUT },
    async () => {
      const before = await startNode();
      const captured = await capture();
      expect((await send(before, captured)).status).toBe(200);
      await before.node.close(0);

      const after = await startNode();
      expect(await send(after, captured)).toEqual({ status: 503, code: 'replay_fence', retryAfter: expect.stringMatching(/^[1-9]\d*$/) });
      expect(await send(after, captured)).toMatchObject({ status: 503, code: 'replay_fence' }); // still not accepted
      expect(await authFailures(after, 'signature_before_fence')).toBe(2);
      expect(after.audit.find((r) => r.auth_failure === 'signature_before_fence')).toMatchObject({
        status: 503,
        error_code: 'replay_fence',
        route: PATH,
      });
      expect((await send(after, await capture())).status).toBe(200);
    },
  );
});

describe('shared nonce store on Redis', () => {
  it('two replicas: a request accepted by one is refused as a replay by the other (and by itself)', { timeout: TIMEOUT }, async () => {
    const env = redisEnv(inject('redisUrl'));
    const [a, b] = await Promise.all([startNode(env), startNode(env)]);
    const captured = await capture();
    expect((await send(a, captured)).status).toBe(200);
    expect(await send(b, captured)).toMatchObject({ status: 401, code: 'invalid_signature' });
    expect(await send(a, captured)).toMatchObject({ status: 401, code: 'invalid_signature' });
    expect(await authFailures(b, 'signature_replayed')).toBe(1);
    // Each replica still takes new requests.
    expect((await send(b, await capture())).status).toBe(200);
  });

  it('a node restarted with Redis refuses the replay as a replay, and refuses nothing fresh', { timeout: TIMEOUT }, async () => {
    const env = redisEnv(inject('redisUrl'));
    const before = await startNode(env);
    const captured = await capture();
    expect((await send(before, captured)).status).toBe(200);
    await before.node.close(0);

    const after = await startNode(env);
    expect(await send(after, captured)).toMatchObject({ status: 401, code: 'invalid_signature' });
    expect(await authFailures(after, 'signature_replayed')).toBe(1);
    expect((await send(after, await capture())).status).toBe(200);
    expect(await authFailures(after, 'signature_before_fence')).toBe(0);
  });

  it(
    'Redis down: signed requests fail closed (503 nonce_store_unavailable), API keys still work; back when Redis is',
    { timeout: TIMEOUT },
    async () => {
      const redis = await startRedis();
      servers.push(redis);
      const key = await newApiKey('internal-team', { keyId: 'replaytest1' });
      const dir = mkdtempSync(join(tmpdir(), 'triage-replay-'));
      const keysFile = join(dir, 'api-keys.json');
      writeFileSync(keysFile, JSON.stringify({ [key.keyId]: key.record }));
      try {
        const n = await startNode(redisEnv(redis.url), { TRIAGE_ONPREM_API_KEYS_FILE: keysFile });
        const accepted = await capture();
        expect((await send(n, accepted)).status).toBe(200);

        let mark = n.logs.length;
        await redis.stop();
        await logged(n, /"msg":"nonce store unavailable/, mark);
        expect(await send(n, await capture())).toEqual({ status: 503, code: 'nonce_store_unavailable', retryAfter: '1' });
        expect(await authFailures(n, 'signature_nonce_store_unavailable')).toBe(1);
        expect((await send(n, { authorization: `Bearer ${key.key}` })).status).toBe(200);
        expect(n.logs.join('\n')).not.toContain(redis.url.replace('redis://', ''));

        // Redis is back — empty, as a Redis without persistence restarts.
        mark = n.logs.length;
        servers.push(await startRedis({ port: redis.port }));
        await logged(n, /"msg":"nonce store available"/, mark);
        expect((await send(n, await capture())).status).toBe(200);
        // Its nonces are gone, but the request accepted before it went down was signed before its new fence.
        expect(await send(n, accepted)).toMatchObject({ status: 503, code: 'replay_fence' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
