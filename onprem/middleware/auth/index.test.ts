// Authentication at the node, over real HTTP(S): the edge's request signature (valid, missing, wrong key,
// stale, replayed, tampered body, tampered signed headers, the retired v1 scheme), internal API keys, and
// mTLS with certificates made by openssl here. Replays across restarts and replicas: replay.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey } from '../../../shared/protocol/auth/api-keys.ts';
import { hmacSha256Hex } from '../../../shared/protocol/crypto.ts';
import { SIGNATURE_HEADERS, SIGNED_HEADERS, signRequest } from '../../../shared/protocol/signing/index.ts';
import { parseExposition } from '../../../shared/protocol/telemetry/index.ts';
import type { AuditRecord } from '../../audit.ts';
import { loadConfig } from '../../config.ts';
import { startOnprem, type RunningOnprem } from '../../server/start.ts';
import { startTestUpstream, type TestUpstream } from '../../server/test-upstream.ts';

const SECRETS = { edge1: 'first-signing-secret-0000000001', edge2: 'second-signing-secret-000000002' };
const dir = mkdtempSync(join(tmpdir(), 'triage-onprem-auth-'));
let upstream: TestUpstream;
let node: RunningOnprem;
let apiKey: string;
let disabledKey: string;
let limitedKey: string;
const audit: string[] = [];

beforeAll(async () => {
  upstream = await startTestUpstream();
  const ok = await newApiKey('internal-team', { keyId: 'batchjob01' });
  const off = await newApiKey('old-team', { keyId: 'retired001', disabled: true });
  const limited = await newApiKey('small-team', { keyId: 'limited001', models: ['other-model'] });
  apiKey = ok.key;
  disabledKey = off.key;
  limitedKey = limited.key;
  writeFileSync(
    join(dir, 'api-keys.json'),
    JSON.stringify({ [ok.keyId]: ok.record, [off.keyId]: off.record, [limited.keyId]: limited.record }),
  );
  const config = loadConfig({
    TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${SECRETS.edge1},edge2:${SECRETS.edge2}`,
    TRIAGE_ONPREM_API_KEYS_FILE: join(dir, 'api-keys.json'),
    TRIAGE_ONPREM_PORT: '0',
    TRIAGE_ONPREM_ENGINE: 'openai-upstream',
    TRIAGE_ONPREM_UPSTREAM_URL: upstream.baseUrl,
    TRIAGE_ONPREM_UPSTREAM_MODELS: 'up-chat',
  });
  node = await startOnprem(config, { auditSink: { write: (l) => void audit.push(l), close: async () => {} }, log: () => {} });
});

afterAll(async () => {
  await node?.close(0);
  await upstream?.close();
  rmSync(dir, { recursive: true, force: true });
});

const PATH = '/v1/models';
const BODY = JSON.stringify({ model: 'up-chat', input: 'hello' });

async function send(headers: Record<string, string>, path = PATH, body?: string): Promise<Response> {
  return fetch(node.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body !== undefined ? { body } : {}),
  });
}

const sign = (opts: Partial<Parameters<typeof signRequest>[0]> = {}) =>
  signRequest({ method: 'GET', path: PATH, keyId: 'edge1', secret: SECRETS.edge1, ...opts });

async function failures(reason: string): Promise<number> {
  const text = await (await fetch(node.url + '/metrics')).text();
  return parseExposition(text).find((s) => s.name === 'triage_onprem_auth_failures_total' && s.labels.reason === reason)?.value ?? 0;
}

async function expect401(res: Response, code: string, reason: string) {
  expect(res.status).toBe(401);
  const body = (await res.json()) as { error: { type: string; code: string; message: string } };
  expect(body.error).toMatchObject({ type: 'authentication_error', code });
  expect(body.error.message).not.toContain('secret');
  if (reason.startsWith('signature_')) expect(body.error.message).toContain(reason.slice('signature_'.length));
}

describe('request signatures', () => {
  it('accepts a valid signature, with either key during a rotation', async () => {
    expect((await send(await sign())).status).toBe(200);
    expect((await send(await sign({ keyId: 'edge2', secret: SECRETS.edge2 }))).status).toBe(200);
  });

  it('refuses a request without credentials', async () => {
    await expect401(await send({}), 'missing_credentials', 'missing_credentials');
    expect(await failures('missing_credentials')).toBeGreaterThanOrEqual(1);
  });

  it('refuses incomplete signature headers', async () => {
    const h = await sign();
    delete (h as Record<string, string>)['x-triage-nonce'];
    await expect401(await send(h), 'invalid_signature', 'signature_missing_headers');
    expect(await failures('signature_missing_headers')).toBe(1);
  });

  it('refuses an unknown key id and a signature made with the wrong secret', async () => {
    await expect401(await send(await sign({ keyId: 'edge9' })), 'invalid_signature', 'signature_unknown_key');
    await expect401(await send(await sign({ secret: 'not-the-right-secret-at-all-000' })), 'invalid_signature', 'signature_bad_signature');
    expect(await failures('signature_unknown_key')).toBe(1);
    expect(await failures('signature_bad_signature')).toBe(1);
  });

  it('refuses a stale signature (outside the replay window)', async () => {
    await expect401(await send(await sign({ now: Date.now() - 10 * 60_000 })), 'invalid_signature', 'signature_stale');
    expect(await failures('signature_stale')).toBe(1);
  });

  it('refuses a replayed request (same nonce twice)', async () => {
    const h = await sign();
    expect((await send(h)).status).toBe(200);
    await expect401(await send(h), 'invalid_signature', 'signature_replayed');
    expect(await failures('signature_replayed')).toBe(1);
  });

  it('refuses a tampered body before parsing it, and a signature for another path', async () => {
    const h = await sign({ method: 'POST', path: '/v1/embeddings', body: BODY });
    const res = await send(h, '/v1/embeddings', BODY.replace('hello', 'HELLO'));
    await expect401(res, 'invalid_signature', 'signature_body_mismatch');
    const other = await sign({ method: 'POST', path: '/v1/chat/completions', body: BODY });
    await expect401(await send(other, '/v1/embeddings', BODY), 'invalid_signature', 'signature_bad_signature');
    expect(await failures('signature_body_mismatch')).toBe(1);
    expect(upstream.received).toBe(0);
  });

  it('audits refusals with the reason code', async () => {
    const rec = audit.map((l) => JSON.parse(l) as AuditRecord).find((r) => r.auth_failure === 'signature_replayed');
    expect(rec).toMatchObject({ status: 401, error_code: 'invalid_signature', route: '/v1/models' });
  });
});

describe('signed headers (scheme v2)', () => {
  // What the edge's onprem target sends besides the signature; each value is one the node records or obeys.
  const META: Record<string, string> = {
    'x-triage-tenant': 'acme',
    'x-triage-rule': 'pii-onprem',
    'x-triage-policy': 'p-0123456789abcdef',
    'x-triage-pii': 'EMAIL',
    'x-triage-unscanned': 'none',
    'x-triage-timeout-ms': '30000',
  };
  const signPost = (headers: Record<string, string>) => sign({ method: 'POST', path: '/v1/embeddings', body: BODY, headers });

  it.each(SIGNED_HEADERS.map((n) => [n]))(
    'refuses a request whose %s was changed, removed or added after signing, before the engine sees it',
    async (name) => {
      const received = upstream.received;
      const before = await failures('signature_bad_signature');
      const changed = { ...META, [name]: name === 'x-triage-timeout-ms' ? '999999' : name === 'x-triage-pii' ? 'none' : `${META[name]}-2` };
      await expect401(
        await send({ ...(await signPost(META)), ...changed }, '/v1/embeddings', BODY),
        'invalid_signature',
        'signature_bad_signature',
      );
      const { [name]: _dropped, ...removed } = META;
      await expect401(
        await send({ ...(await signPost(META)), ...removed }, '/v1/embeddings', BODY),
        'invalid_signature',
        'signature_bad_signature',
      );
      await expect401(
        await send({ ...(await signPost(removed)), ...META }, '/v1/embeddings', BODY),
        'invalid_signature',
        'signature_bad_signature',
      );
      expect(await failures('signature_bad_signature')).toBe(before + 3);
      expect(upstream.received).toBe(received);
    },
  );

  it('accepts the headers as signed and records them in the audit line as the edge sent them', async () => {
    const pending = send({ ...(await signPost(META)), ...META, 'x-request-id': 'signed-headers-1' }, '/v1/embeddings', BODY);
    (await upstream.next()).reply();
    expect((await pending).status).toBe(200);
    const rec = audit.map((l) => JSON.parse(l) as AuditRecord).find((r) => r.request_id === 'signed-headers-1');
    expect(rec).toMatchObject({
      tenant: 'acme',
      decision: { rule: 'pii-onprem', policy: 'p-0123456789abcdef' },
      pii_types: { edge: ['EMAIL'] },
      status: 200,
    });
  });

  it('refuses a v1 signature, which left those headers unsigned (401 unsupported_version)', async () => {
    const h = await sign();
    const ts = String(Math.floor(Number(h[SIGNATURE_HEADERS.timestamp]) / 1000));
    const canonicalV1 = [
      'TRIAGE-HMAC-SHA256-V1',
      'edge1',
      'GET',
      PATH,
      ts,
      h[SIGNATURE_HEADERS.nonce],
      h[SIGNATURE_HEADERS.contentSha256],
    ].join('\n');
    const v1 = {
      ...h,
      [SIGNATURE_HEADERS.timestamp]: ts,
      [SIGNATURE_HEADERS.signature]: `v1=${hmacSha256Hex(SECRETS.edge1, canonicalV1)}`,
    };
    await expect401(await send(v1), 'invalid_signature', 'signature_unsupported_version');
    expect(await failures('signature_unsupported_version')).toBe(1);
  });
});

describe('internal API keys', () => {
  it('accepts a configured key and records its tenant', async () => {
    const pending = send({ authorization: `Bearer ${apiKey}` }, '/v1/embeddings', BODY);
    (await upstream.next()).reply();
    expect((await pending).status).toBe(200);
    const rec = audit
      .map((l) => JSON.parse(l) as AuditRecord)
      .find((r) => r.route === '/v1/embeddings' && r.status === 200 && r.auth?.method === 'api_key');
    expect(rec).toMatchObject({ tenant: 'internal-team', auth: { method: 'api_key', key_id: 'batchjob01' } });
    expect(JSON.stringify(audit)).not.toContain(apiKey.split('_')[2]!);
  });

  it('limits a key with a models list to those models', async () => {
    const list = await send({ authorization: `Bearer ${limitedKey}` });
    expect(((await list.json()) as { data: unknown[] }).data).toEqual([]);
    const res = await send({ authorization: `Bearer ${limitedKey}` }, '/v1/embeddings', BODY);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('model_not_allowed');
  });

  it('refuses unknown, malformed, wrong-secret and disabled keys', async () => {
    const before = await failures('invalid_api_key');
    const wrongSecret = apiKey.slice(0, -4) + (apiKey.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const key of ['tri_nosuchkey1_abcdefghijklmnopqrstuvwx', 'not-a-key', wrongSecret, disabledKey]) {
      await expect401(await send({ authorization: `Bearer ${key}` }), 'invalid_api_key', 'invalid_api_key');
    }
    expect(await failures('invalid_api_key')).toBe(before + 4);
  });
});

// ---- mTLS ----------------------------------------------------------------------------------------------

function openssl(args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** A CA, the server's certificate (for 127.0.0.1), a client certificate from that CA and one from another CA. */
function makeCertificates(): void {
  const ca = (name: string) =>
    openssl([
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
    ]);
  const leaf = (name: string, issuer: string, ext: string) => {
    openssl([
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
    ]);
    writeFileSync(join(dir, `${name}.ext`), ext);
    openssl([
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${issuer}.crt`,
      '-CAkey',
      `${issuer}.key`,
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    ]);
  };
  ca('ca');
  ca('other-ca');
  leaf('server', 'ca', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  leaf('edge', 'ca', 'extendedKeyUsage=clientAuth\n');
  leaf('intruder', 'other-ca', 'extendedKeyUsage=clientAuth\n');
}

describe('mTLS', () => {
  let tlsNode: RunningOnprem;
  const pem = (f: string) => readFileSync(join(dir, f), 'utf8');

  beforeAll(async () => {
    makeCertificates();
    const config = loadConfig({
      TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${SECRETS.edge1}`,
      TRIAGE_ONPREM_PORT: '0',
      TRIAGE_ONPREM_ENGINE: 'openai-upstream',
      TRIAGE_ONPREM_UPSTREAM_URL: upstream.baseUrl,
      TRIAGE_ONPREM_UPSTREAM_MODELS: 'up-chat',
      TRIAGE_ONPREM_TLS_CERT: join(dir, 'server.crt'),
      TRIAGE_ONPREM_TLS_KEY: join(dir, 'server.key'),
      TRIAGE_ONPREM_TLS_CLIENT_CA: join(dir, 'ca.crt'),
    });
    tlsNode = await startOnprem(config, { auditSink: { write: () => {}, close: async () => {} }, log: () => {} });
  });
  afterAll(async () => {
    await tlsNode?.close(0);
  });

  /** One HTTPS request with node:https (which can present a client certificate). */
  async function get(path: string, client?: 'edge' | 'intruder'): Promise<{ status: number; body: string }> {
    const signature = await signRequest({ method: 'GET', path, keyId: 'edge1', secret: SECRETS.edge1 });
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        tlsNode.url + path,
        {
          ca: pem('ca.crt'),
          headers: signature,
          agent: false,
          ...(client ? { cert: pem(`${client}.crt`), key: pem(`${client}.key`) } : {}),
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  it('serves over HTTPS and accepts a client certificate from the configured CA', async () => {
    expect(tlsNode.url.startsWith('https://')).toBe(true);
    const res = await get('/v1/models', 'edge');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ object: 'list' });
  });

  it('refuses a signed request without a client certificate, or with one from another CA', async () => {
    for (const client of [undefined, 'intruder'] as const) {
      const res = await get('/v1/models', client);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'client_certificate_required', type: 'authentication_error' } });
    }
    const text = await (await get('/metrics')).body;
    expect(
      parseExposition(text).find((s) => s.name === 'triage_onprem_auth_failures_total' && s.labels.reason === 'client_certificate')?.value,
    ).toBe(2);
  });

  it('keeps the probes reachable without a client certificate (kubelets have none)', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/readyz')).status).toBe(200);
  });
});
