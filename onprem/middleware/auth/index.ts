// Step: who is calling. Every /v1 request must carry one of
//   - the edge's request signature (shared/protocol/signing, v2: HMAC over method, path, timestamp, nonce, body hash
//     and the x-triage-* headers), checked against the configured signing keys, with a replay window and a
//     nonce store (in memory, or Redis shared by the replicas: onprem/auth/nonce-store.ts); or
//   - an internal API key, `Authorization: Bearer tri_<id>_<secret>`, checked against hashed records;
// and, when mTLS is configured, a client certificate that chains to the configured CA.
//
//   app.use('/v1/*', auth({ signingKeys, apiKeys, nonces, windowSeconds: 300, maxBodyBytes, ... }))
//   // later: c.var.caller → { method, keyId, tenant, models }; c.var.rawBody → the bytes the signature covered
//
// The body is read here (size-limited, 413) because the signature covers its hash: it is verified before
// anything parses it. Every refusal is reported through `onFailure` (the auth-failures metric), recorded in
// the audit line as its reason code, and answered in OpenAI's shape naming only a reason code: 401 when the
// credentials are wrong; 503 + Retry-After when an authentic signature cannot be vouched for right now —
// signed before the nonce store's fence (the node restarted, or the shared store lost its data:
// `replay_fence`, sign again) or the store is unreachable (`nonce_store_unavailable`: fail closed until it is
// back). The edge treats a 503 as retryable.
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { TLSSocket } from 'node:tls';
import { parseApiKey, verifyApiKey, type KeyRecord } from '../../../shared/protocol/auth/api-keys.ts';
import { declaredTooLarge } from '../../../shared/protocol/http/body.ts';
import { ApiError, errors } from '../../../shared/protocol/openai/errors.ts';
import {
  SIGNATURE_HEADERS,
  verifyRequest,
  type NonceCache,
  type VerifyFailure,
  type VerifyResult,
} from '../../../shared/protocol/signing/index.ts';
import { nodeHasher } from '../../auth/node-hasher.ts';
import type { ContextVariables } from '../context/index.ts';
import { headerLabel, TRIAGE_HEADERS } from '../edge-headers.ts';
import { readBodyLimited } from './read-body.ts';

export interface AuthOptions {
  /** key id → secret (several during a rotation). */
  signingKeys: ReadonlyMap<string, string>;
  /** API key id → hashed record. */
  apiKeys: ReadonlyMap<string, KeyRecord>;
  nonces: NonceCache;
  windowSeconds: number;
  maxBodyBytes: number;
  /** mTLS: the TLS socket must carry a client certificate the server verified against its CA. */
  requireClientCert: boolean;
  /** Called with the reason code of every refusal. */
  onFailure?: (reason: AuthFailure) => void;
}

export type AuthFailure = 'missing_credentials' | 'client_certificate' | 'invalid_api_key' | `signature_${VerifyFailure}`;

/** Who is calling, with which credential. */
export interface Caller {
  method: 'signature' | 'api_key';
  keyId: string;
  /** From the API key's record; for signed requests the edge's x-triage-tenant header. */
  tenant?: string;
  /** An API key limited to some models (its record's `models`); absent = all the engine serves. */
  models?: readonly string[];
}

export interface AuthVariables {
  caller: Caller;
  /** The raw body as received (read once, for the signature's body hash and then for parsing). */
  rawBody: Uint8Array;
}

/** Bindings are absent when the app is called with app.request() instead of through a server. */
type AuthEnv = { Bindings: Partial<HttpBindings>; Variables: ContextVariables & AuthVariables };
type AuthContext = Context<AuthEnv>;

// Compared against when the presented key id is unknown, so the answer takes as long as for a known id.
const DUMMY_RECORD: KeyRecord = { tenant: '-', sha256: '0'.repeat(64) };

export function auth(options: AuthOptions): MiddlewareHandler<AuthEnv> {
  return async function auth(c, next) {
    if (options.requireClientCert) checkClientCertificate(c, options);
    const signed = Object.values(SIGNATURE_HEADERS).some((h) => c.req.header(h) !== undefined);
    const authorization = c.req.header('authorization');
    if (signed) await checkSignature(c, options);
    else if (authorization !== undefined) await checkApiKey(c, authorization, options);
    else refuse(c, options, 'missing_credentials', missingCredentials());
    await next();
  };
}

/** An API key with a `models` list sees and uses only those; signed (edge) requests may use all. */
export function modelAllowed(caller: Caller, model: string): boolean {
  return caller.models?.includes(model) ?? true;
}

/**
 * The server asks for a certificate in the handshake; `authorized` is true only if one was presented and
 * chains to the configured CA (node:tls verified it).
 */
function checkClientCertificate(c: AuthContext, options: AuthOptions): void {
  const socket = c.env?.incoming?.socket;
  if (socket instanceof TLSSocket && socket.authorized) return;
  refuse(c, options, 'client_certificate', clientCertificateRequired());
}

async function checkSignature(c: AuthContext, options: AuthOptions): Promise<void> {
  const body = await readBody(c, options.maxBodyBytes);
  // The signed path is the request line's target; the adapter's raw value avoids any URL normalisation.
  const path = c.env?.incoming?.url ?? pathOf(c.req.url);
  const { signingKeys: keys, nonces, windowSeconds } = options;
  const result = await verifyRequest({
    method: c.req.method,
    path,
    headers: c.req.raw.headers,
    body,
    keys,
    nonces,
    windowSeconds,
    hasher: nodeHasher, // node:crypto: the portable plain-JS default costs several times the CPU
  });
  if (!result.ok) refuse(c, options, `signature_${result.reason}`, signatureRefusal(result));
  const tenant = headerLabel(c.req.header(TRIAGE_HEADERS.tenant));
  identify(c, { method: 'signature', keyId: result.keyId, ...(tenant ? { tenant } : {}) });
  c.set('rawBody', body);
}

async function checkApiKey(c: AuthContext, authorization: string, options: AuthOptions): Promise<void> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? '';
  const parts = parseApiKey(token);
  const record = parts ? options.apiKeys.get(parts.keyId) : undefined;
  const valid = parts ? await verifyApiKey(token, parts.secret, record ?? DUMMY_RECORD) : false;
  if (!parts || !record || !valid || record.disabled === true)
    refuse(c, options, 'invalid_api_key', errors.unauthorized('Invalid API key.'));
  identify(c, { method: 'api_key', keyId: parts.keyId, tenant: record.tenant, ...(record.models ? { models: record.models } : {}) });
  c.set('rawBody', await readBody(c, options.maxBodyBytes));
}

function readBody(c: AuthContext, maxBodyBytes: number): Promise<Uint8Array> {
  if (declaredTooLarge(c.req.header('content-length'), maxBodyBytes)) throw errors.tooLarge(maxBodyBytes);
  return readBodyLimited(c.env?.incoming, () => c.req.raw.body, maxBodyBytes);
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/** The caller for the later steps, and for the audit line: tenant, method and credential id. */
function identify(c: AuthContext, caller: Caller): void {
  c.set('caller', caller);
  const record = c.get('record');
  if (caller.tenant) record.tenant = caller.tenant;
  record.auth = { method: caller.method, key_id: caller.keyId };
}

function refuse(c: AuthContext, options: AuthOptions, reason: AuthFailure, err: ApiError): never {
  c.get('record').auth_failure = reason;
  options.onFailure?.(reason);
  throw err;
}

const missingCredentials = () =>
  new ApiError(
    401,
    'authentication_error',
    'Send a signed request (x-triage-* signature headers) or "Authorization: Bearer <key>".',
    'missing_credentials',
  );

const clientCertificateRequired = () =>
  new ApiError(401, 'authentication_error', 'A client certificate signed by the configured CA is required.', 'client_certificate_required');

/** How a refused signature is answered: wrong credentials are 401; an authentic one we cannot vouch for now is 503. */
function signatureRefusal(result: VerifyResult & { ok: false }): ApiError {
  if (result.reason === 'before_fence')
    return new ApiError(
      503,
      'service_unavailable',
      'The node cannot tell whether this signature was used before: it was made before the node (or its nonce store) started remembering nonces. Sign the request again and retry.',
      'replay_fence',
      null,
      { 'retry-after': String(result.retryAfterSeconds ?? 1) },
    );
  if (result.reason === 'nonce_store_unavailable')
    return new ApiError(
      503,
      'service_unavailable',
      "The node's nonce store is unreachable; signed requests are refused until it is back.",
      'nonce_store_unavailable',
      null,
      { 'retry-after': '1' },
    );
  return new ApiError(401, 'authentication_error', `Request signature rejected: ${result.reason}.`, 'invalid_signature');
}
