// Test support (used only by *.test.ts): the node as it runs — startOnprem with the real `openai-upstream`
// engine in front of a real OpenAI-compatible HTTP server the test controls (test-upstream.ts) — called
// over HTTP with signed requests, its audit lines collected. Each step's test in onprem/middleware/ uses it.
import { signRequest } from '../../shared/protocol/signing/index.ts';
import { parseExposition } from '../../shared/protocol/telemetry/index.ts';
import type { AuditRecord } from '../audit.ts';
import { loadConfig } from '../config.ts';
import { startOnprem, type RunningOnprem, type StartOptions } from './start.ts';
import { startTestUpstream, type TestUpstream } from './test-upstream.ts';

const SECRET = 'edge-signing-secret-for-tests-0001';

export interface TestNode {
  node: RunningOnprem;
  upstream: TestUpstream;
  /** The audit lines written so far. */
  audit: string[];
  records(): AuditRecord[];
  /** A request signed as the edge signs it (`headers` are signed too). */
  call(
    path: string,
    body?: string | Uint8Array | object,
    opts?: { headers?: Record<string, string>; signal?: AbortSignal; method?: string },
  ): Promise<Response>;
}

const running: TestNode[] = [];

/** A node with settings `env` (TRIAGE_ONPREM_*) over the defaults of the tests; stopNodes() stops it. */
export async function startNode(env: Record<string, string> = {}, options: Pick<StartOptions, 'tracing'> = {}): Promise<TestNode> {
  const upstream = await startTestUpstream();
  const config = loadConfig({
    TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${SECRET}`,
    TRIAGE_ONPREM_PORT: '0',
    TRIAGE_ONPREM_ENGINE: 'openai-upstream',
    TRIAGE_ONPREM_UPSTREAM_URL: upstream.baseUrl,
    TRIAGE_ONPREM_UPSTREAM_MODELS: 'up-chat',
    ...env,
  });
  const audit: string[] = [];
  const node = await startOnprem(config, {
    auditSink: { write: (l) => void audit.push(l), close: async () => {} },
    log: () => {},
    ...options,
  });
  const n: TestNode = {
    node,
    upstream,
    audit,
    records: () => audit.map((l) => JSON.parse(l) as AuditRecord),
    call: (path, body, opts = {}) => signedCall(node.url, path, body, opts),
  };
  running.push(n);
  return n;
}

async function signedCall(
  base: string,
  path: string,
  body: string | Uint8Array | object | undefined,
  opts: { headers?: Record<string, string>; signal?: AbortSignal; method?: string },
): Promise<Response> {
  const method = opts.method ?? (body === undefined ? 'GET' : 'POST');
  const bytes = body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  const sig = await signRequest({
    method,
    path,
    body: bytes,
    keyId: 'edge1',
    secret: SECRET,
    ...(opts.headers ? { headers: opts.headers } : {}),
  });
  return fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...sig, ...opts.headers },
    ...(bytes !== undefined ? { body: bytes } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
}

/** Stops every node started so far, and its upstream (afterEach / afterAll). */
export async function stopNodes(): Promise<void> {
  for (const n of running.splice(0)) {
    await n.node.close(0);
    await n.upstream.close();
  }
}

/** A chat request body for the test upstream's model. */
export const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'up-chat',
  messages: [{ role: 'user', content }],
  ...extra,
});

/** A sample's value from the node's /metrics, by name and labels. */
export async function metric(n: TestNode, name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
  const text = await (await fetch(n.node.url + '/metrics')).text();
  return parseExposition(text).find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}
