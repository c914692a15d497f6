// Checkpoints: a tenant's chain head (tenant, seq, hash, time) signed with Ed25519 through Web Crypto, the same
// API in workerd and Node. A verified checkpoint vouches for every receipt up to its seq: rewriting the chain
// after an edit would need the signing key. The private key is the edge's secret RECEIPT_SIGNING_KEY
// (PKCS#8, base64 or PEM); auditors get the public key (SPKI, PEM or base64).
//
// Without a key a checkpoint is still written, unsigned: it pins the head but proves nothing by itself.
import { z } from 'zod';
import { canonicalJson } from '../policy/version.ts';
import { sha256Hex, toBytes } from '../../protocol/crypto.ts';
import type { ChainHead } from './chain.ts';

const ED25519 = { name: 'Ed25519' } as const;

/** Web Crypto's key type, named through the global `crypto` so that both Node's and workerd's typings accept it. */
export type CryptoKey = Parameters<typeof crypto.subtle.sign>[1];

export interface Checkpoint {
  v: 1;
  tenant: string;
  seq: number;
  hash: string;
  time: string;
  /** Which key signed it: the first 16 hex digits of SHA-256 over the public key (SPKI DER). */
  key_id?: string;
  /** Ed25519 over canonicalJson({tenant, seq, hash, time}), base64. */
  signature?: string;
}

/** A checkpoint as read back from storage. */
export const CheckpointSchema = z.strictObject({
  v: z.literal(1),
  tenant: z.string().min(1),
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  time: z.iso.datetime(),
  key_id: z.string().optional(),
  signature: z.string().optional(),
});

/** A signing key and the id auditors see for its public half. */
export interface SigningKey {
  privateKey: CryptoKey;
  keyId: string;
}

/** The bytes a checkpoint's signature covers. */
function signedBytes(cp: Pick<Checkpoint, 'tenant' | 'seq' | 'hash' | 'time'>): Uint8Array<ArrayBuffer> {
  return toBytes(canonicalJson({ tenant: cp.tenant, seq: cp.seq, hash: cp.hash, time: cp.time }));
}

/** The checkpoint of `head`, signed when a key is given. */
export async function makeCheckpoint(tenant: string, head: ChainHead, time: string, key?: SigningKey): Promise<Checkpoint> {
  const cp: Checkpoint = { v: 1, tenant, seq: head.seq, hash: head.hash, time };
  if (!key) return cp;
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, key.privateKey, signedBytes(cp)));
  return { ...cp, key_id: key.keyId, signature: toBase64(signature) };
}

/** Whether a checkpoint's signature is valid under `publicKey` (false when it carries none). */
export async function checkpointSignatureValid(cp: Checkpoint, publicKey: CryptoKey): Promise<boolean> {
  if (!cp.signature) return false;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = fromBase64(cp.signature);
  } catch {
    return false;
  }
  return crypto.subtle.verify(ED25519, publicKey, signature, signedBytes(cp));
}

/** RECEIPT_SIGNING_KEY (PKCS#8 DER as base64, or PEM) → the key and its public half's id. */
export async function importSigningKey(secret: string): Promise<SigningKey> {
  const privateKey = await crypto.subtle.importKey('pkcs8', derFrom(secret), ED25519, true, ['sign']);
  // The public half from the private JWK's `x`, re-exported as SPKI for the key id.
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const x = jwk instanceof ArrayBuffer ? undefined : jwk.x;
  const pub = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x }, ED25519, true, ['verify']);
  const signing = await crypto.subtle.importKey('pkcs8', derFrom(secret), ED25519, false, ['sign']);
  return { privateKey: signing, keyId: await publicKeyId(pub) };
}

/** An auditor's public key (SPKI DER as base64, or PEM) → the verifying key and its id. */
export async function importPublicKey(text: string): Promise<{ publicKey: CryptoKey; keyId: string }> {
  const publicKey = await crypto.subtle.importKey('spki', derFrom(text), ED25519, true, ['verify']);
  return { publicKey, keyId: await publicKeyId(publicKey) };
}

async function publicKeyId(publicKey: CryptoKey): Promise<string> {
  const spki = await crypto.subtle.exportKey('spki', publicKey);
  if (!(spki instanceof ArrayBuffer)) throw new Error('SPKI export is not bytes');
  return (await sha256Hex(spki)).slice(0, 16);
}

/** PEM (any label) or bare base64 → DER bytes. */
function derFrom(text: string): Uint8Array<ArrayBuffer> {
  const body = text.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  return fromBase64(body);
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
