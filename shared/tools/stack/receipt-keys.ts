// The Ed25519 key pair that signs decision-receipt checkpoints (RECEIPT_SIGNING_KEY). Node-only.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNING_KEY_FILE = 'receipts-signing.key';
export const PUBLIC_KEY_FILE = 'receipts-public.pem';

export interface ReceiptKeyFiles {
  /** The secret: PKCS#8 DER, base64, one line — what RECEIPT_SIGNING_KEY holds. */
  secretFile: string;
  /** The public key (SPKI PEM) auditors verify with. */
  publicFile: string;
}

/** A fresh pair in `dir` (the secret readable by its owner only). */
export function writeReceiptKeyPair(dir: string): ReceiptKeyFiles {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  mkdirSync(dir, { recursive: true });
  const files = { secretFile: join(dir, SIGNING_KEY_FILE), publicFile: join(dir, PUBLIC_KEY_FILE) };
  writeFileSync(files.secretFile, privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64') + '\n', { mode: 0o600 });
  writeFileSync(files.publicFile, publicKey.export({ format: 'pem', type: 'spki' }).toString());
  return files;
}

/** The local stack's pair: made once in `dir` and reused, so receipts stay verifiable across restarts. */
export function devReceiptKeys(dir: string): ReceiptKeyFiles & { secret: string } {
  const files = { secretFile: join(dir, SIGNING_KEY_FILE), publicFile: join(dir, PUBLIC_KEY_FILE) };
  const made = existsSync(files.secretFile) && existsSync(files.publicFile) ? files : writeReceiptKeyPair(dir);
  return { ...made, secret: readFileSync(made.secretFile, 'utf8').trim() };
}
