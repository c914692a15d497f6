// The PII tagger's price inside workerd (BENCH_ONLY=tagger): two edges under `wrangler dev --local`, one with
// PII_TAGGER=off (the baseline, rules only) and one with PII_TAGGER=on, each sent the same clean 1 KB and 16 KB
// chats of both kinds (pii-tagger-prompts.ts: `plain` and `named`, its worst clean case) (policy test/bench/edge-policy.yaml: `bench-upstream` → a local OpenAI-compatible upstream). The figure is
// the Worker's own `inspect` step from its request log line (`timings.inspect`, ms; timers advance during
// CPU work in local workerd, unlike production), so wrangler dev's proxy does not count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnEdge } from '../../shared/tools/stack/edge.ts';
import { freePort } from '../support/free-port.ts';
import { benchPolicy, call, spawnUpstream } from './client.ts';
import { cleanPrompt, PROMPT_KINDS, type PromptKind } from './pii-tagger-prompts.ts';
import { progress, summarize, table } from './stats.ts';

const UPSTREAM_KEY = 'sk-bench-local';
/** Requests per prompt before timing. */
const WARM_UP = 30;

/** `timings.inspect` of each request log line the Worker printed. */
function inspectTimes(lines: readonly string[]): number[] {
  const times: number[] = [];
  for (const line of lines) {
    const at = line.indexOf('{"ts"');
    if (at < 0) continue;
    try {
      const log = JSON.parse(line.slice(at)) as { msg?: string; timings?: { inspect?: number } };
      if (log.msg === 'request' && typeof log.timings?.inspect === 'number') times.push(log.timings.inspect);
    } catch {
      // not a log line of ours
    }
  }
  return times;
}

/** A prompt: its kind and size in bytes. */
type Prompt = { kind: PromptKind; bytes: number };
const PROMPTS: readonly Prompt[] = PROMPT_KINDS.flatMap((kind) => [1024, 16 * 1024].map((bytes) => ({ kind, bytes })));
const label = (p: Prompt) => `${p.kind} ${p.bytes / 1024} KB`;

/** The inspect step's times for `n` chats of each prompt through an edge with PII_TAGGER as given. */
async function measure(tagger: 'on' | 'off', upstreamUrl: string, prompts: readonly Prompt[], n: number) {
  const persistTo = mkdtempSync(join(tmpdir(), 'triage-bench-tagger-'));
  const lines: string[] = [];
  const edge = await spawnEdge({
    port: await freePort(),
    persistTo,
    readyTimeoutMs: 90_000,
    vars: { OPENAI_COMPAT_API_KEY: UPSTREAM_KEY, PII_TAGGER: tagger },
    policyYaml: benchPolicy(upstreamUrl),
    onLog: (line) => lines.push(line),
  });
  const byPrompt = new Map<string, number[]>();
  try {
    for (const prompt of prompts) {
      progress(`PII tagger in workerd (PII_TAGGER=${tagger}), ${label(prompt)}: ${n} requests`);
      const content = cleanPrompt(prompt.kind, prompt.bytes);
      const body = { model: 'bench-upstream', max_tokens: 8, messages: [{ role: 'user', content }] };
      // warm-up: workerd compiles ORT's WebAssembly in tiers, the optimised code arriving over the first requests
      for (let i = 0; i < WARM_UP; i++) await call(`${edge.url}/v1/chat/completions`, body, edge.apiKey);
      await new Promise((r) => setTimeout(r, 200));
      const before = lines.length;
      for (let i = 0; i < n; i++) await call(`${edge.url}/v1/chat/completions`, body, edge.apiKey);
      await new Promise((r) => setTimeout(r, 500)); // the last log lines
      byPrompt.set(label(prompt), inspectTimes(lines.slice(before)));
    }
  } finally {
    await edge.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
  return byPrompt;
}

export async function run(samples: number): Promise<void> {
  const upstream = await spawnUpstream(0);
  const n = Math.max(50, Math.ceil(samples / 20));
  try {
    const off = await measure('off', upstream.url, PROMPTS, n);
    const on = await measure('on', upstream.url, PROMPTS, n);
    const rows = PROMPTS.map((prompt) => {
      const a = summarize(off.get(label(prompt)) ?? []);
      const b = summarize(on.get(label(prompt)) ?? []);
      return [label(prompt), a.n, a.p50, a.p99, a.mean, b.n, b.p50, b.p99, b.mean, b.p50 - a.p50, b.mean - a.mean];
    });
    console.log("\n## PII tagger in workerd: the Worker's inspect step per clean chat (ms, wrangler dev --local)\n");
    // workerd's clock ticks in whole ms: the means (over many requests) resolve the sub-ms costs the p50s cannot
    const headers = ['prompt', 'n off', 'rules p50', 'rules p99', 'rules mean', 'n on', '+tagger p50', '+tagger p99', '+tagger mean'];
    console.log(table([...headers, 'tagger p50 (diff)', 'tagger mean (diff)'], rows));
  } finally {
    upstream.child.kill();
  }
}
