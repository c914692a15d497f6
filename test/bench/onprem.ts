// The on-prem node (onprem/main.ts, its own process, as `npm start` runs it) with the `openai-upstream` engine
// in front of the bench's OpenAI-compatible upstream (test/bench/upstream.ts, its own process). Every request
// to the node is signed as the edge signs it (shared/protocol/signing); the signing is part of the client's time.
//   9. overhead    the same small chat, sequential and interleaved: directly to the upstream vs through the node
//  10. throughput  req/s at concurrency 1, 8 and 32 (closed loop), direct vs through the node
//  11. overload    an upstream with a fixed 50 ms service time behind a node that admits 4 at a time — capacity
//                  80 req/s — offered 160 req/s open-loop: the bounded queue (8 places, 250 ms deadline) vs the
//                  same node with an unbounded queue. Rejections (429 + Retry-After) vs latency.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { spawnOnprem, type SpawnedOnprem } from '../../shared/tools/stack/onprem.ts';
import { newSigningKey } from '../../shared/tools/stack/signing-key.ts';
import { freePort } from '../support/free-port.ts';
import { parseSigningKey, signRequest } from '../../shared/protocol/signing/index.ts';
import { agent, spawnUpstream } from './client.ts';
import { interleaved, progress, summarize, table, type Summary } from './stats.ts';

const PATH = '/v1/chat/completions';
const SERVICE_MS = 50;
const SLOTS = 4;

const chat = (i: number) => ({
  model: 'bench-upstream',
  max_tokens: 16,
  messages: [{ role: 'user', content: `How do I update the billing address on my account? (request ${i})` }],
});

interface Outcome {
  status: number;
  ms: number;
}

/** One request; `key` signs it for the node (direct calls to the upstream go unsigned). */
async function post(base: string, i: number, key?: { keyId: string; secret: string }): Promise<Outcome> {
  const body = JSON.stringify(chat(i));
  const t0 = performance.now();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(key ? await signRequest({ method: 'POST', path: PATH, body, ...key }) : {}),
  };
  try {
    const res = await request(`${base}${PATH}`, { method: 'POST', headers, body, dispatcher: agent });
    await res.body.text();
    return { status: res.statusCode, ms: performance.now() - t0 };
  } catch {
    return { status: 0, ms: performance.now() - t0 };
  }
}

async function must(base: string, i: number, key?: { keyId: string; secret: string }): Promise<number> {
  const o = await post(base, i, key);
  if (o.status !== 200) throw new Error(`${base}: HTTP ${o.status}`);
  return o.ms;
}

/** Closed loop: `c` workers, each sending the next request when its last one answered, for `ms`. */
async function closedLoop(
  base: string,
  c: number,
  ms: number,
  key?: { keyId: string; secret: string },
): Promise<{ rps: number; lat: Summary; errors: number }> {
  const deadline = performance.now() + ms;
  const times: number[] = [];
  let errors = 0;
  let i = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: c }, async () => {
      for (let k = 0; k < 100_000 && performance.now() < deadline; k++) {
        const o = await post(base, i++, key);
        if (o.status === 200) times.push(o.ms);
        else errors++;
      }
    }),
  );
  return { rps: (times.length / (performance.now() - t0)) * 1000, lat: summarize(times), errors };
}

interface OverloadResult {
  sent: number;
  ok: number;
  rejected: number;
  other: number;
  okLat: Summary;
  rejectLat: Summary;
  goodput: number;
}

/** Open loop: a request every 1000/rate ms for `ms`, whatever the answers; then waits for all of them. */
async function openLoop(base: string, rate: number, ms: number, key: { keyId: string; secret: string }): Promise<OverloadResult> {
  const outcomes: Promise<Outcome>[] = [];
  const t0 = performance.now();
  for (let i = 0; performance.now() - t0 < ms; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    outcomes.push(post(base, i, key));
  }
  const all = await Promise.all(outcomes);
  const elapsed = performance.now() - t0;
  const ok = all.filter((o) => o.status === 200);
  const rejected = all.filter((o) => o.status === 429);
  return {
    sent: all.length,
    ok: ok.length,
    rejected: rejected.length,
    other: all.length - ok.length - rejected.length,
    okLat: summarize(ok.map((o) => o.ms)),
    rejectLat: summarize(rejected.map((o) => o.ms)),
    goodput: (ok.length / elapsed) * 1000,
  };
}

export async function run(samples: number): Promise<void> {
  const scale = samples / 5000;
  const nLatency = Math.max(30, Math.round(600 * scale));
  const loadMs = Math.min(2500, Math.max(500, Math.round(2500 * scale)));
  const overloadMs = Math.min(3000, Math.max(1000, Math.round(3000 * scale)));
  const logs: string[] = [];
  const keep = (line: string) => {
    logs.push(line);
    if (logs.length > 200) logs.shift();
  };
  const auditDir = mkdtempSync(join(tmpdir(), 'triage-bench-onprem-'));
  const children: ChildProcess[] = [];
  const nodes: SpawnedOnprem[] = [];
  const t00 = performance.now();
  const signingKey = newSigningKey();
  const key = parseSigningKey(signingKey);
  const node = async (upstreamUrl: string, env: Record<string, string>) => {
    const n = await spawnOnprem({
      port: await freePort(),
      signingKey,
      onLog: keep,
      env: {
        TRIAGE_ONPREM_ENGINE: 'openai-upstream',
        TRIAGE_ONPREM_UPSTREAM_URL: `${upstreamUrl}/v1`,
        TRIAGE_ONPREM_AUDIT_LOG: join(auditDir, `audit-${nodes.length}.log`),
        ...env,
      },
    });
    nodes.push(n);
    return n;
  };
  try {
    progress('onprem: starting the bench upstream and the node (openai-upstream engine)');
    const fast = await spawnUpstream(20);
    children.push(fast.child);
    const main = await node(fast.url, { TRIAGE_ONPREM_MAX_CONCURRENT: '64', TRIAGE_ONPREM_MAX_QUEUE: '1024' });

    progress(`onprem: ${nLatency} rounds of /healthz, direct, via the node`);
    for (let i = 0; i < 30; i++) {
      await must(fast.url, i);
      await must(main.url, i, key);
    }
    const t = await interleaved(nLatency, {
      direct: (i) => must(fast.url, i),
      node: (i) => must(main.url, i, key),
      floor: async () => {
        const t0 = performance.now();
        const res = await request(`${main.url}/healthz`, { dispatcher: agent });
        await res.body.text();
        return performance.now() - t0;
      },
    });
    const [dir, via, floor] = [summarize(t.direct), summarize(t.node), summarize(t.floor)];

    const loads: { c: number; d: Awaited<ReturnType<typeof closedLoop>>; n: Awaited<ReturnType<typeof closedLoop>> }[] = [];
    for (const c of [1, 8, 32]) {
      progress(`onprem: concurrency ${c}, ${loadMs} ms direct, ${loadMs} ms via the node`);
      loads.push({ c, d: await closedLoop(fast.url, c, loadMs), n: await closedLoop(main.url, c, loadMs, key) });
    }

    progress(
      `onprem: overload — ${SLOTS} slots × ${SERVICE_MS} ms service time = ${(SLOTS * 1000) / SERVICE_MS} req/s capacity, offered 2× for ${overloadMs} ms, bounded then unbounded queue`,
    );
    const slow = await spawnUpstream(20, SERVICE_MS);
    children.push(slow.child);
    const bounded = await node(slow.url, {
      TRIAGE_ONPREM_MAX_CONCURRENT: String(SLOTS),
      TRIAGE_ONPREM_MAX_QUEUE: String(2 * SLOTS),
      TRIAGE_ONPREM_QUEUE_TIMEOUT_MS: '250',
    });
    const unbounded = await node(slow.url, {
      TRIAGE_ONPREM_MAX_CONCURRENT: String(SLOTS),
      TRIAGE_ONPREM_MAX_QUEUE: '100000',
      TRIAGE_ONPREM_QUEUE_TIMEOUT_MS: '600000',
    });
    const capacity = (SLOTS * 1000) / SERVICE_MS;
    for (let i = 0; i < 5; i++) {
      await must(bounded.url, i, key);
      await must(unbounded.url, i, key);
    }
    const ob = await openLoop(bounded.url, 2 * capacity, overloadMs, key);
    const ou = await openLoop(unbounded.url, 2 * capacity, overloadMs, key);

    const d = (a: number, b: number) => a - b;
    console.log(
      `\n## On-prem node: onprem/main.ts (Node ${process.version}), openai-upstream engine → the bench upstream; signed requests; all on 127.0.0.1, times ms (this part took ${((performance.now() - t00) / 1000).toFixed(0)} s)`,
    );
    console.log(`\n### 9. Overhead (${nLatency} sequential requests each, interleaved; signing included in the node's times)\n`);
    console.log(
      table(
        ['what', 'p50', 'p99', 'mean'],
        [
          ['GET /healthz on the node (floor)', floor.p50, floor.p99, floor.mean],
          ['chat direct → upstream', dir.p50, dir.p99, dir.mean],
          ['chat via node (verify, admit, audit, engine) → upstream', via.p50, via.p99, via.mean],
          ['added: via node − direct', d(via.p50, dir.p50), d(via.p99, dir.p99), d(via.mean, dir.mean)],
        ],
      ),
    );
    console.log(`\n### 10. Throughput, closed loop (${loadMs} ms per cell; client, node and upstream share the machine's cores)\n`);
    console.log(
      table(
        ['concurrency', 'direct req/s', 'node req/s', 'node / direct', 'direct p50', 'node p50', 'node p99', 'errors d/n'],
        loads.map(({ c, d: dd, n }) => [
          String(c),
          dd.rps,
          n.rps,
          n.rps / dd.rps,
          dd.lat.p50,
          n.lat.p50,
          n.lat.p99,
          `${dd.errors}/${n.errors}`,
        ]),
      ),
    );
    console.log(
      `\n### 11. At 2× capacity (${SLOTS} slots × ${SERVICE_MS} ms = ${capacity} req/s; offered ${2 * capacity} req/s open-loop for ${overloadMs} ms)\n`,
    );
    console.log(
      table(
        ['queue', 'sent', '200', '429', 'other', 'goodput req/s', '200 p50', '200 p99', '429 p50'],
        [
          [
            `bounded: ${2 * SLOTS} places, 250 ms deadline`,
            ob.sent,
            ob.ok,
            ob.rejected,
            ob.other,
            ob.goodput,
            ob.okLat.p50,
            ob.okLat.p99,
            ob.rejectLat.p50,
          ],
          ['unbounded', ou.sent, ou.ok, ou.rejected, ou.other, ou.goodput, ou.okLat.p50, ou.okLat.p99, ou.rejectLat.p50],
        ],
      ),
    );
    console.log(
      '(bounded: excess load is refused at once with 429 + Retry-After and admitted requests keep their latency; unbounded: nothing refused, latency grows with the backlog)',
    );
  } catch (err) {
    process.stderr.write(`onprem bench failed; last lines:\n${logs.slice(-40).join('\n')}\n`);
    throw err;
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    for (const c of children) c.kill('SIGTERM');
    rmSync(auditDir, { recursive: true, force: true });
  }
}
