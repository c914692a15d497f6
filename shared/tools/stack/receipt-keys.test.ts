// The local stack's receipt signing keys: made once, then reused (receipts stay verifiable across restarts).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPublicKey, importSigningKey } from '../../core/receipts/index.ts';
import { devReceiptKeys } from './receipt-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-receipt-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('devReceiptKeys', () => {
  it('makes a pair once (secret readable by its owner only) and returns the same one after', async () => {
    const first = devReceiptKeys(join(dir, 'keys'));
    expect(statSync(first.secretFile).mode & 0o077).toBe(0);
    const again = devReceiptKeys(join(dir, 'keys'));
    expect(again).toEqual(first);
    const signing = await importSigningKey(first.secret);
    const { keyId } = await importPublicKey(readFileSync(first.publicFile, 'utf8'));
    expect(signing.keyId).toBe(keyId);
  });
});
