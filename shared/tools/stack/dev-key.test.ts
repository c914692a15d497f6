// The local stack's development key survives a restart: a second ensureDevKey on the same state returns the
// same key, whose record in local KV (wrangler's Miniflare state, what `wrangler dev` reads) still matches;
// once revoked, the next start makes a new one. Real `wrangler kv` on a temporary state folder.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashApiKey, kvKeyFor, parseKeyRecord } from '../../protocol/auth/api-keys.ts';
import { DEV_KEY_FILE, DEV_KEY_ID, ensureDevKey } from './dev-key.ts';
import { kvNamespace } from './kv.ts';

const persistTo = mkdtempSync(join(tmpdir(), 'triage-devkey-'));
afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

describe('the development key', () => {
  it('is made once, kept across restarts, and replaced after a revoke', { timeout: 180_000 }, async () => {
    const keys = kvNamespace('KEYS', { kind: 'local', persistTo });
    const first = await ensureDevKey(persistTo);
    expect(first.kept).toBe(false);
    expect(first.key).toMatch(new RegExp(`^tri_${DEV_KEY_ID}_`));
    expect(statSync(join(persistTo, DEV_KEY_FILE)).mode & 0o077).toBe(0);

    const restart = await ensureDevKey(persistTo);
    expect(restart).toEqual({ key: first.key, kept: true });
    const record = parseKeyRecord(JSON.parse((await keys.get(kvKeyFor(DEV_KEY_ID)))!));
    expect(record).toMatchObject({ tenant: 'dev', sha256: await hashApiKey(first.key) });

    await keys.put(kvKeyFor(DEV_KEY_ID), JSON.stringify({ ...record, disabled: true }));
    const after = await ensureDevKey(persistTo);
    expect(after.kept).toBe(false);
    expect(after.key).not.toBe(first.key);
  });
});
