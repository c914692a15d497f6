// The chat every gateway in the side-by-side benchmark gets: about 1 KB of JSON, a different prompt on every
// request (so no cache can answer it), and no PII (so the edge keeps it on the route to the upstream instead
// of sending it on-prem). gateway-chat.test.ts checks both with the gateway's own scanner.
import { makePrompt } from './prompts.ts';

/** Distinct base prompts; request i takes base i mod this and its own number. */
const BASES = 64;
const PROMPT_BYTES = 900;
const bases = Array.from({ length: BASES }, (_, s) => makePrompt(PROMPT_BYTES, false, s + 1));

/** Request i's body, as a JSON string. */
export function chatBody(model: string, i: number, stream = false): string {
  return JSON.stringify({
    model,
    max_tokens: 16,
    ...(stream ? { stream: true } : {}),
    messages: [{ role: 'user', content: `${bases[i % BASES]} (request ${i})` }],
  });
}

/** The content the bench upstream answers with (test/support/upstream-fixtures.ts): proof an answer came through it. */
export const UPSTREAM_ANSWER = 'Grüße from bench';
