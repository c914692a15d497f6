// What the fake upstreams (upstreams.global-setup.ts, in Node) answer, as pure data, so tests in workerd
// can compute the exact bytes they must receive. Streams are cut at fixed byte offsets, some inside an
// event and one inside a multi-byte character, and include a keep-alive comment.

export const FAKE = {
  openaiKey: 'sk-test-openai',
  onpremKeys: { k1: 'onprem-secret-1', k2: 'onprem-secret-2' },
  aws: { accessKeyId: 'AKIDTRIAGETEST', secretAccessKey: 'lambda-test-secret', region: 'eu-central-1', function: 'triage-infer' },
} as const;

/** The Worker vars and secrets that point the edge's targets at the fake upstreams on these ports. */
export function upstreamVars(ports: { openai: number; onprem: number; lambda: number }): Record<string, string> {
  return {
    OA_API_KEY: FAKE.openaiKey,
    ONPREM_SIGNING_KEY: `k1:${FAKE.onpremKeys.k1}`,
    ONPREM_URL: `http://127.0.0.1:${ports.onprem}/v1`,
    AWS_ACCESS_KEY_ID: FAKE.aws.accessKeyId,
    AWS_SECRET_ACCESS_KEY: FAKE.aws.secretAccessKey,
    LAMBDA_ENDPOINT: `http://127.0.0.1:${ports.lambda}`,
  };
}

export function completion(server: string, model: string) {
  return {
    id: `chatcmpl-${server}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: `Grüße from ${server}` }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 },
  };
}

export function embeddings(model: string) {
  return {
    object: 'list',
    data: [{ object: 'embedding', index: 0, embedding: [0.25, -0.5, 1] }],
    model,
    usage: { prompt_tokens: 2, total_tokens: 2 },
  };
}

/** What a stream ends with when the request asked for usage (`stream_options.include_usage`). */
export const STREAM_USAGE = { prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 };

/** The full SSE text a streaming upstream sends (with `usage`: the include_usage chunk before [DONE]). */
export function streamText(server: string, model: string, opts: { usage?: boolean } = {}): string {
  const base = { id: `chatcmpl-${server}`, object: 'chat.completion.chunk', created: 1_700_000_000, model };
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  return (
    chunk({ role: 'assistant', content: '' }, null) +
    ': keep-alive\n\n' +
    chunk({ content: 'Grüße' }, null) +
    chunk({ content: ` from ${server}` }, null) +
    chunk({}, 'stop') +
    (opts.usage ? `data: ${JSON.stringify({ ...base, choices: [], usage: STREAM_USAGE })}\n\n` : '') +
    'data: [DONE]\n\n'
  );
}

/** The stream's bytes in the pieces the server writes (with a delay between them). */
export function streamPieces(server: string, model: string, opts: { usage?: boolean } = {}): Uint8Array[] {
  const bytes = new TextEncoder().encode(streamText(server, model, opts));
  const text = streamText(server, model, opts);
  // inside the first event, right after it, inside "ü" (2 bytes in UTF-8), and the rest in two halves
  const uAt = new TextEncoder().encode(text.slice(0, text.indexOf('ü'))).length + 1;
  const firstEnd = new TextEncoder().encode(text.slice(0, text.indexOf('\n\n') + 2)).length;
  const cuts = [...new Set([17, firstEnd, uAt, Math.floor((uAt + bytes.length) / 2), bytes.length])].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const c of cuts) {
    out.push(bytes.slice(prev, c));
    prev = c;
  }
  return out;
}

/** One request as an upstream saw it (never the prompt). */
export interface Received {
  server: 'openai' | 'onprem' | 'lambda' | 'lambda-url';
  method: string;
  path: string;
  requestId: string | null;
  traceparent: string | null;
  model: string | null;
  stream: boolean;
  authorization: string | null;
  /** on-prem: "ok" or the verifier's reason; lambda: "ok" or what was wrong with the SigV4 signature. */
  verified?: string;
  /** lambda: problems with the event's shape ([] when valid); the decision it carried. */
  eventProblems?: string[];
  decision?: unknown;
  tenant?: string | null;
  /** on-prem: the decision metadata headers (x-triage-pii, x-triage-rule, x-triage-policy). */
  pii?: string | null;
  rule?: string | null;
  policy?: string | null;
  /** on-prem: x-triage-timeout-ms, the time the edge gives the node. */
  timeout?: string | null;
  /** on-prem: `<CF-Access-Client-Id>:<CF-Access-Client-Secret>` when the edge sent an Access service token. */
  access?: string | null;
  status: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    upstreams: { openai: number; onprem: number; lambda: number };
  }
}
