// Work every isolate's first request would otherwise do once, done at isolate start instead (module scope: CPU
// only, no I/O, which Workers do not allow there): the bundled policy parsed, validated and statically checked,
// a clean chat body parsed against its schema and scanned. Besides any values cached on first use, this is the
// first run of the YAML parser, the schemas, the prover and every PII detector — the lazily compiled code that
// makes up most of a first request's time. On Cloudflare a Worker's start runs while the client's TLS handshake
// is still going on, so this leaves the first answer's path. The results are dropped: nothing here decides.
import { inspectRequest } from '../shared/core/inspect/index.ts';
import { loadPolicy } from '../shared/core/policy/index.ts';
import defaultPolicyText from '../shared/core/policy/policies/default.yaml';
import { parseRequestBody } from '../shared/protocol/http/body.ts';

/** A clean chat body: no PII, so the scan runs every detector over it and finds nothing. */
const CLEAN_CHAT = JSON.stringify({
  model: 'triage-small',
  max_tokens: 16,
  messages: [
    { role: 'system', content: 'You answer billing questions briefly.' },
    { role: 'user', content: 'How do I update the billing address on my account before the next invoice?' },
  ],
});

/** Never throws: a failure here only means the first request does the work, as it would anyway. */
export function warmUp(): void {
  try {
    loadPolicy(defaultPolicyText, 'default.yaml');
    inspectRequest(parseRequestBody(new TextEncoder().encode(CLEAN_CHAT), 'chat'));
  } catch {
    // the request path does the same work and reports its own errors
  }
}
