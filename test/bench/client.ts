// The benchmarks' HTTP client: undici's `request()` over one keep-alive Agent (not the global fetch, which
// costs about twice the CPU per request on Node 20), the bench's upstream
// process and the bench policy.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Agent, request } from 'undici';
import { formatDiagnostic, loadPolicy } from '../../shared/core/policy/index.ts';

/** Shared by every benchmark; run.ts closes it at the end. */
export const agent = new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000, connections: 64 });

export interface Answer {
  status: number;
  ms: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export async function call(url: string, body?: unknown, apiKey?: string): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  const t0 = performance.now();
  const res = await request(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    dispatcher: agent,
  });
  const text = await res.body.text();
  return { status: res.statusCode, ms: performance.now() - t0, headers: res.headers, text };
}

/** A call that must answer 200 (and, through the edge, with the expected rule); returns its time in ms. */
export async function ok(url: string, body?: unknown, apiKey?: string, rule?: string): Promise<Answer> {
  const a = await call(url, body, apiKey);
  if (a.status !== 200) throw new Error(`${url}: HTTP ${a.status}: ${a.text.slice(0, 300)}`);
  if (rule !== undefined && a.headers['x-triage-rule'] !== rule)
    throw new Error(`${url}: rule ${String(a.headers['x-triage-rule'])}, expected ${rule}`);
  if (rule !== undefined && a.headers['x-triage-cache'] === 'hit') throw new Error(`${url}: answered from the cache`);
  return a;
}

export interface StreamTiming {
  ttfb: number;
  firstData: number;
  total: number;
}

export async function stream(url: string, body: unknown, apiKey?: string): Promise<StreamTiming> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  const t0 = performance.now();
  const res = await request(url, { method: 'POST', headers, body: JSON.stringify(body), dispatcher: agent });
  const ttfb = performance.now() - t0;
  if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode}: ${(await res.body.text()).slice(0, 300)}`);
  let text = '';
  let firstData = NaN;
  for await (const chunk of res.body) {
    text += (chunk as Buffer).toString('utf8');
    if (Number.isNaN(firstData) && /(^|\n)data: [^\n]*\n\n/.test(text)) firstData = performance.now() - t0;
  }
  if (!text.includes('data: [DONE]')) throw new Error(`${url}: stream ended without [DONE]`);
  return { ttfb, firstData, total: performance.now() - t0 };
}

/** test/bench/edge-policy.yaml with its `openai` target pointed at the bench's upstream; checked. */
export function benchPolicy(upstreamUrl = 'http://127.0.0.1:8790'): string {
  const yaml = readFileSync(join(import.meta.dirname, 'edge-policy.yaml'), 'utf8').replace('http://127.0.0.1:8790/v1', `${upstreamUrl}/v1`);
  const loaded = loadPolicy(yaml, 'edge-policy.yaml');
  if (!loaded.ok) throw new Error(`bench policy invalid:\n${loaded.errors.map(formatDiagnostic).join('\n')}`);
  return yaml;
}

/** test/bench/upstream.ts in its own process (so it does not share the load generator's event loop). */
export async function spawnUpstream(streamDelayMs: number, answerDelayMs = 0): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'upstream.ts'), String(streamDelayMs), String(answerDelayMs)],
    {
      cwd: join(import.meta.dirname, '..', '..'),
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`upstream exited (${code}) before listening`)));
    setTimeout(() => reject(new Error('upstream did not start within 20 s')), 20_000).unref();
  });
  const { port } = JSON.parse(line) as { port: number };
  return { url: `http://127.0.0.1:${port}`, child };
}
