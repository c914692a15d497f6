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
import type { TargetSpec } from '../../shared/core/policy/types.ts';
import { parseSigningKey, signRequest, type SignedHeader } from '../../shared/protocol/signing/index.ts';
import { TASK_PATHS } from '../../shared/protocol/openai/routes.ts';
import { joinUrl, mapUpstream, networkError, traceHeaders, upstreamBody } from './http.ts';
import { TargetError, type Target, type TargetRequest } from './target.ts';

export function onpremTarget(name: string, spec: TargetSpec, env: Env): Target {
  if (spec.kind !== 'onprem') throw new Error(`onpremTarget: target ${name} is of kind ${spec.kind}`);
  const base = env.ONPREM_URL || spec.base_url;
  return {
    name,
    kind: 'onprem',
    spec,
    async call(req: TargetRequest): Promise<Response> {
      if (!env.ONPREM_SIGNING_KEY)
        throw new TargetError(
          `target ${name}: ONPREM_SIGNING_KEY is not set; refusing to send an unsigned request to the on-prem node`,
          503,
          false,
        );
      const { keyId, secret } = parseSigningKey(env.ONPREM_SIGNING_KEY);
      const url = new URL(joinUrl(base, TASK_PATHS[req.task]));
      const body = JSON.stringify(upstreamBody(req));
      const metadata = signedMetadata(req, spec);
      const signature = await signRequest({ method: 'POST', path: url.pathname + url.search, body, keyId, secret, headers: metadata });
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: req.stream ? 'text/event-stream' : 'application/json',
        ...traceHeaders(req),
        ...metadata,
        ...signature,
      };
      if (env.ONPREM_ACCESS_CLIENT_ID && env.ONPREM_ACCESS_CLIENT_SECRET)
        Object.assign(headers, {
          'cf-access-client-id': env.ONPREM_ACCESS_CLIENT_ID,
          'cf-access-client-secret': env.ONPREM_ACCESS_CLIENT_SECRET,
        });
      const send = env.ONPREM_MTLS ? env.ONPREM_MTLS.fetch.bind(env.ONPREM_MTLS) : fetch;
      let res: Response;
      try {
        res = await send(url, {
          method: 'POST',
          headers,
          body,
          signal: req.signal,
        });
      } catch (err) {
        throw networkError(name, err, req.signal);
      }
      return mapUpstream(name, res, req);
    },
  };
}

/** The x-triage-* headers the node records and obeys (shared/protocol/signing SIGNED_HEADERS); the signature covers them. */
function signedMetadata(req: TargetRequest, spec: TargetSpec): Partial<Record<SignedHeader, string>> {
  return {
    'x-triage-tenant': req.tenant,
    'x-triage-pii': req.piiTypes.length ? req.piiTypes.join(',') : 'none',
    'x-triage-unscanned': req.unscanned.length ? req.unscanned.join(',') : 'none',
    // The edge gives up after the target's timeout: the node need not queue or run the request longer.
    'x-triage-timeout-ms': String(spec.timeout_ms),
    ...(req.decision ? { 'x-triage-rule': req.decision.rule, 'x-triage-policy': req.decision.policyVersion } : {}),
  };
}
