// The Worker's bindings (declared and documented in wrangler.toml). Optional ones have working defaults
// for local development; `loadConfig` (config.ts) turns the string vars into checked settings.
import type { RateLimiter } from './middleware/rate-limit/limiter.ts';
import type { StickySessions } from './middleware/sticky/sessions.ts';
import type { ReceiptLog } from './middleware/receipts/log.ts';

export interface Env {
  /** API keys: `key:<key id>` → KeyRecord JSON (tenant, allowed model aliases, limits, sha256 of the secret). */
  KEYS: KVNamespace;
  /** Routing policy: `policy/current` → YAML text. Missing ⇒ the bundled default policy. */
  POLICY: KVNamespace;
  /**
   * Optional model store: the demo models (`models/<id>.onnx`; looked up in the bundle first, then here) and the
   * Hugging Face folders MODEL_FOLDERS names (models/registry.ts).
   */
  MODELS?: R2Bucket;
  /** Cross-isolate rate limiting: one object per tenant, holding the tenant's and its keys' counters. */
  RATE_LIMITER: DurableObjectNamespace<RateLimiter>;
  /**
   * Sticky sessions (policy `sticky:`): one object per tenant, session key → expiry. Unbound, a request with a
   * session id is treated as sticky (fail closed).
   */
  STICKY_SESSIONS?: DurableObjectNamespace<StickySessions>;
  /** Optional secret: the HMAC key for session keys (tenant + session id); unset = a fixed development key. */
  STICKY_SESSION_KEY?: string;
  /** Decision receipts: one ReceiptLog per tenant chains them and writes them to RECEIPTS (unbound = no receipts, logged). */
  RECEIPT_LOG?: DurableObjectNamespace<ReceiptLog>;
  /** Where receipts and checkpoints are written: `receipts/<tenant>/<first seq>.jsonl`, `checkpoints/<tenant>/<seq>.json`. */
  RECEIPTS?: R2Bucket;
  /** Secret: Ed25519 private key (PKCS#8 DER, base64) that signs receipt checkpoints. Unset = unsigned checkpoints. */
  RECEIPT_SIGNING_KEY?: string;

  /** Secret: HMAC key for signing requests to the on-prem node. Required if the policy has onprem targets. */
  ONPREM_SIGNING_KEY?: string;
  /** Secrets: a Cloudflare Access service token, sent to the on-prem node's hostname when Access guards it. */
  ONPREM_ACCESS_CLIENT_ID?: string;
  ONPREM_ACCESS_CLIENT_SECRET?: string;
  /** Optional mTLS certificate binding (`mtls_certificates`): requests to on-prem present its client certificate. */
  ONPREM_MTLS?: Fetcher;
  /** Secrets: credentials for Lambda Invoke and the function URL (SigV4). Required for lambda targets. */
  AWS_ACCESS_KEY_ID?: string;
  AWS_SECRET_ACCESS_KEY?: string;
  AWS_SESSION_TOKEN?: string;
  /** Secrets named by openai targets' `api_key_secret` are read from here by name. */
  [secret: `${string}_API_KEY`]: string | undefined;

  /** Secret: GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`; unset, /metrics is a 404. */
  METRICS_TOKEN?: string;
  /** Optional secret: GET /admin/usage (per-tenant and per-key usage) requires `Authorization: Bearer <ADMIN_TOKEN>`; unset = closed. */
  ADMIN_TOKEN?: string;

  /** Vars (strings), checked by config.ts (defaults there): body limit (413 above it), cache lifetimes. */
  MAX_BODY_BYTES?: string;
  POLICY_CACHE_SECONDS?: string;
  KEY_CACHE_SECONDS?: string;
  /** Requests / estimated tokens per minute where a key or tenant record sets none (unset = unlimited). */
  DEFAULT_KEY_RPM?: string;
  DEFAULT_KEY_TPM?: string;
  DEFAULT_TENANT_RPM?: string;
  DEFAULT_TENANT_TPM?: string;
  /**
   * The learned PII tagger beside the rule detectors (models/pii-tagger.ts): `on` (default), or `off` (rules
   * only). On, a request it cannot check is treated as sensitive.
   */
  PII_TAGGER?: string;
  /** Hugging Face model folders the `edge` target runs, in MODELS: `<id>=r2:<prefix>[#<variant>]`, comma-separated. */
  MODEL_FOLDERS?: string;
  /** Local development only: where a lambda target's Invoke goes instead of AWS (serverless-offline). */
  LAMBDA_ENDPOINT?: string;
  /** Local development only: replaces lambda targets' `stream_url` (the project's response-streaming harness). */
  LAMBDA_STREAM_URL?: string;
  /** Local development only: override of onprem targets' base_url. */
  ONPREM_URL?: string;
}
