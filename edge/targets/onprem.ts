// `onprem` target: the customer's private inference API (onprem/), which speaks the OpenAI routes. Every
// request is signed (shared/protocol/signing, scheme v2: HMAC-SHA256 over method, path, timestamp, nonce, body hash and
// the x-triage-* headers below) with the `ONPREM_SIGNING_KEY` secret (`<key id>:<secret>` or a bare secret,
// key id `default`); without the key nothing is sent. `ONPREM_URL` overrides every onprem target's base_url
// (local development).
// The node's audit log records why the request came (x-triage-rule, x-triage-policy) and what the edge found
// (x-triage-pii: type names only, never values; x-triage-unscanned: content kinds it could not read), and it
// obeys x-triage-timeout-ms; all of them are signed, so nobody on the way can rewrite them.
// In front of the node (onprem/deploy/README.md): a Cloudflare Tunnel guarded by Access — the service token in
// ONPREM_ACCESS_CLIENT_ID / _SECRET goes in CF-Access-Client-Id / -Secret — or a private ingress that wants a
// client certificate, presented through the ONPREM_MTLS certificate binding's fetch.
import type { Env } from '../env.ts';
import { parseSigningKey, signRequest, type SignedHeader } from '../../shared/protocol/signing/index.ts';
import { TASK_PATHS } from '../../shared/protocol/openai/routes.ts';
import { joinUrl, jsonHeaders, mapUpstream, postUpstream, upstreamBody, type Fetch } from './http.ts';
import { targetClient, TargetError, type TargetClient, type TargetRequest, type TargetSpecOf } from './target.ts';

type OnpremSpec = TargetSpecOf<'onprem'>;

export function onpremClient(name: string, spec: OnpremSpec, env: Env): TargetClient<'onprem'> {
  const base = env.ONPREM_URL || spec.base_url;
  return targetClient(name, spec, async (req) => {
    const signingKey = signingKeyOf(name, env);
    const url = new URL(joinUrl(base, TASK_PATHS[req.task]));
    const body = JSON.stringify(upstreamBody(req));
    const metadata = signedMetadata(req, spec);
    const signature = await signRequest({ method: 'POST', path: url.pathname + url.search, body, ...signingKey, headers: metadata });
    const headers = { ...jsonHeaders(req), ...metadata, ...signature, ...accessHeaders(env) };
    const res = await postUpstream(name, fetcher(env), url, { headers, body, signal: req.signal });
    return mapUpstream(name, res, req);
  });
}

/** The signing key (`<key id>:<secret>` or a bare secret); without one nothing is sent (503, not retryable). */
function signingKeyOf(name: string, env: Env): { keyId: string; secret: string } {
  if (!env.ONPREM_SIGNING_KEY)
    throw new TargetError(
      `target ${name}: ONPREM_SIGNING_KEY is not set; refusing to send an unsigned request to the on-prem node`,
      503,
      false,
    );
  return parseSigningKey(env.ONPREM_SIGNING_KEY);
}

/** The Cloudflare Access service token's headers, when the node's hostname is guarded by Access. */
function accessHeaders(env: Env): Record<string, string> {
  if (!env.ONPREM_ACCESS_CLIENT_ID || !env.ONPREM_ACCESS_CLIENT_SECRET) return {};
  return { 'cf-access-client-id': env.ONPREM_ACCESS_CLIENT_ID, 'cf-access-client-secret': env.ONPREM_ACCESS_CLIENT_SECRET };
}

/** The mTLS certificate binding's fetch (it presents the client certificate) when there is one. */
function fetcher(env: Env): Fetch {
  const mtls = env.ONPREM_MTLS;
  return mtls ? (input, init) => mtls.fetch(input, init) : fetch;
}

/** The x-triage-* headers the node records and obeys (shared/protocol/signing SIGNED_HEADERS); the signature covers them. */
function signedMetadata(req: TargetRequest, spec: OnpremSpec): Partial<Record<SignedHeader, string>> {
  return {
    'x-triage-tenant': req.tenant,
    'x-triage-pii': req.piiTypes.length ? req.piiTypes.join(',') : 'none',
    'x-triage-unscanned': req.unscanned.length ? req.unscanned.join(',') : 'none',
    // The edge gives up after the target's timeout: the node need not queue or run the request longer.
    'x-triage-timeout-ms': String(spec.timeout_ms),
    ...(req.decision ? { 'x-triage-rule': req.decision.rule, 'x-triage-policy': req.decision.policyVersion } : {}),
  };
}
