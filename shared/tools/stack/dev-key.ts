// The local stack's development API key (tenant `dev`, id `devlocal01`): made once per state folder and kept
// beside wrangler's state, so a restart prints the same key and clients configured with it keep working. A new
// one is made only when the kept key no longer matches its record in local KV (state wiped, key revoked).
// Node-only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashApiKey, kvKeyFor, newApiKey, parseApiKey, parseKeyRecord } from '../../protocol/auth/api-keys.ts';
import { kvNamespace } from './kv.ts';

export const DEV_KEY_ID = 'devlocal01';
/** The kept key, inside the persist folder (readable by its owner only). */
export const DEV_KEY_FILE = 'triage-dev-key';

export interface DevKey {
  key: string;
  /** false: a new key was made (first start, or the kept one was wiped or revoked). */
  kept: boolean;
}

/** The kept development key if local KV still accepts it, else a new one written to KV and kept. */
export async function ensureDevKey(persistTo: string, onLog?: (line: string) => void): Promise<DevKey> {
  const file = join(persistTo, DEV_KEY_FILE);
  const keys = kvNamespace('KEYS', { kind: 'local', persistTo }, onLog);
  const kept = readKeptKey(file);
  if (kept !== undefined && (await stillAccepted(kept, await keys.get(kvKeyFor(DEV_KEY_ID))))) return { key: kept, kept: true };
  const { key, kvKey, record } = await newApiKey('dev', { keyId: DEV_KEY_ID });
  await keys.put(kvKey, JSON.stringify(record));
  mkdirSync(persistTo, { recursive: true });
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return { key, kept: false };
}

function readKeptKey(file: string): string | undefined {
  try {
    const key = readFileSync(file, 'utf8').trim();
    return parseApiKey(key)?.keyId === DEV_KEY_ID ? key : undefined;
  } catch {
    return undefined; // none kept yet
  }
}

async function stillAccepted(key: string, stored: string | null): Promise<boolean> {
  if (stored === null) return false;
  let record;
  try {
    record = parseKeyRecord(JSON.parse(stored));
  } catch {
    return false;
  }
  return record !== undefined && record.disabled !== true && record.sha256.toLowerCase() === (await hashApiKey(key));
}
