// A request's session, as the policy's `sticky:` section says where to find it: a request header, or the
// OpenAI `user` field of a chat request (the header wins when both are configured and present). The id is
// client content: it is only ever kept as a keyed hash of tenant and id (the Durable Object's key), never
// logged, echoed or stored as it came.
import type { StickySpec } from '../../../shared/core/policy/index.ts';
import { hmacSha256Hex } from '../../../shared/protocol/crypto.ts';
import type { ParsedRequest } from '../../../shared/protocol/openai/schema.ts';

/** Between tenant and id in the hashed message (neither a tenant name nor a header value contains it). */
const SEPARATOR = '\u0000';

/**
 * Used when the STICKY_SESSION_KEY secret is not set (local development). With it set, a stored key cannot
 * be tested against guessed ids (a `user` field is often an e-mail address or an account number).
 */
export const DEFAULT_SESSION_HMAC_KEY = 'triage-sticky-sessions-v1';

/** The session id the request carries, or undefined (then no round trip to the sessions object). */
export function sessionId(spec: StickySpec, headers: Headers, request: ParsedRequest): string | undefined {
  if (spec.header !== undefined) {
    const h = headers.get(spec.header);
    if (h !== null && h.trim() !== '') return h.trim();
  }
  if (spec.user === true && request.task === 'chat') {
    const user = request.body.user;
    if (user !== undefined && user.trim() !== '') return user.trim();
  }
  return undefined;
}

/** The session's key in the sessions object: HMAC-SHA-256 over tenant and id, hex. */
export function sessionKey(secret: string | undefined, tenant: string, id: string): string {
  return hmacSha256Hex(secret || DEFAULT_SESSION_HMAC_KEY, `${tenant}${SEPARATOR}${id}`);
}
