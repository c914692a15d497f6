// `triage keys`: a created key is printed once and works with the record stored (only its hash); list never
// shows a secret or a whole hash; revoke disables the key and keeps fields this code does not know. The edge's
// local KV through real `wrangler kv`, and the on-prem node's key file read back by the node's own loader.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../onprem/config.ts';
import { parseApiKey, parseKeyRecord, verifyApiKey } from '../../protocol/auth/api-keys.ts';
import { triage } from '../../../test/support/cli.ts';
import { kvNamespace } from '../stack/kv.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('triage keys on the local edge KV', () => {
  it('create prints the key once, list shows a hash prefix, revoke disables it', { timeout: 240_000 }, async () => {
    const persistTo = join(dir, 'state');
    const made = await triage('keys', 'create', '--tenant', 'acme', '--models', 'triage-small', '--rpm', '60', '--persist-to', persistTo);
    expect(made.code, made.stderr).toBe(0);
    const key = made.stdout.trim();
    const { keyId, secret } = parseApiKey(key)!;
    expect(made.stderr).toContain(`created key ${keyId} (tenant acme)`);

    const stored = (await kvNamespace('KEYS', { kind: 'local', persistTo }).get(`key:${keyId}`))!;
    expect(stored).not.toContain(secret);
    const record = parseKeyRecord(JSON.parse(stored))!;
    expect(record).toMatchObject({ tenant: 'acme', models: ['triage-small'], rpm: 60 });
    expect(await verifyApiKey(key, secret, record)).toBe(true);

    const listed = await triage('keys', 'list', '--persist-to', persistTo);
    expect(listed.stdout).toMatch(new RegExp(`${keyId}\\s+active\\s+tenant=acme\\s+sha256=${record.sha256.slice(0, 8)}…`));
    expect(listed.stdout).not.toContain(record.sha256);

    expect((await triage('keys', 'revoke', keyId, '--persist-to', persistTo)).code).toBe(0);
    expect((await triage('keys', 'list', '--persist-to', persistTo)).stdout).toMatch(new RegExp(`${keyId}\\s+revoked`));
  });
});

describe('triage keys create --print for a deployed Worker', () => {
  it('prints the key once and the wrangler command that stores its record, without running it', async () => {
    const r = await triage('keys', 'create', '--tenant', 'acme', '--id', 'prodkey0001', '--env', 'production', '--print');
    expect(r.code, r.stderr).toBe(0);
    const key = r.stdout.trim();
    const { secret } = parseApiKey(key)!;
    expect(r.stderr).toMatch(
      /npx wrangler kv key put key:prodkey0001 '\{"tenant":"acme","sha256":"[0-9a-f]{64}"\}' --binding KEYS --remote --env production/,
    );
    expect(r.stderr).not.toContain(secret);
  });
});

describe('triage keys on the on-prem node key file', () => {
  it("writes records the node loads, and a revoke keeps the fields it doesn't know", async () => {
    const file = join(dir, 'api-keys.json');
    const made = await triage('keys', 'create', '--tenant', 'acme', '--id', 'onprem0001', '--onprem', file);
    expect(made.code, made.stderr).toBe(0);
    const key = made.stdout.trim();
    const node = loadConfig({ TRIAGE_ONPREM_API_KEYS_FILE: file }, dir);
    expect(await verifyApiKey(key, parseApiKey(key)!.secret, node.apiKeys.get('onprem0001')!)).toBe(true);

    // Another writer's field (a budget) on the record: revoke must keep it.
    const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
    all['onprem0001']!['budget'] = { usd: 5 };
    writeFileSync(file, JSON.stringify(all));
    expect((await triage('keys', 'revoke', 'onprem0001', '--onprem', file)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))['onprem0001']).toMatchObject({ tenant: 'acme', disabled: true, budget: { usd: 5 } });
    expect(loadConfig({ TRIAGE_ONPREM_API_KEYS_FILE: file }, dir).apiKeys.get('onprem0001')?.disabled).toBe(true);
    expect((await triage('keys', 'list', '--onprem', file)).stdout).toMatch(/onprem0001\s+revoked\s+tenant=acme.*also: budget/);

    const dup = await triage('keys', 'create', '--tenant', 'x', '--id', 'onprem0001', '--onprem', file);
    expect([dup.code, dup.stdout]).toEqual([3, '']);
  });

  it('refuses a bad id, a missing tenant and mixed destinations as usage errors', async () => {
    for (const argv of [
      ['create', '--tenant', 'a', '--id', 'short', '--onprem', join(dir, 'x.json')],
      ['create', '--onprem', join(dir, 'x.json')],
      ['list', '--onprem', join(dir, 'x.json'), '--env', 'production'],
      ['revoke'],
    ])
      expect((await triage('keys', ...argv)).code, argv.join(' ')).toBe(2);
  });
});
