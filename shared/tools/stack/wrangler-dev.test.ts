// The local edge's log (what `npm start` prints as [edge] lines): no stack trace from fetching `Request.cf`
// from the internet, no request path (a path can carry PII); and its /metrics needs the per-run token.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/support/free-port.ts';
import { spawnEdge, type SpawnedEdge } from './edge.ts';
import { isRequestLogLine, withoutRequestLog } from './wrangler-dev.ts';

describe('isRequestLogLine', () => {
  it("matches wrangler dev's request lines, coloured or not, and nothing else it prints", () => {
    expect(isRequestLogLine('[wrangler:info] GET /v1/anna.berg@example.org 404 Not Found (9ms)')).toBe(true);
    expect(
      isRequestLogLine('\u001b[2m[wrangler:info]\u001b[22m \u001b[1mPOST\u001b[22m /v1/chat/completions \u001b[32m200 OK\u001b[39m (3ms)'),
    ).toBe(true);
    expect(isRequestLogLine('[wrangler-ProxyWorker:info] GET /healthz 200 OK (1ms)')).toBe(true);
    expect(isRequestLogLine('[wrangler:info] Ready on http://127.0.0.1:8787')).toBe(false);
    expect(isRequestLogLine('[wrangler:warn] Unable to fetch the `Request.cf` object!')).toBe(false);
    expect(isRequestLogLine('{"level":"info","msg":"request","method":"GET","route":"other","status":404}')).toBe(false);
  });

  it('withoutRequestLog passes every other line on', () => {
    const seen: string[] = [];
    const sink = withoutRequestLog((l) => seen.push(l));
    sink('[wrangler:info] GET /v1/x 200 OK (1ms)');
    sink('[wrangler:info] Ready on http://127.0.0.1:8787');
    expect(seen).toEqual(['[wrangler:info] Ready on http://127.0.0.1:8787']);
  });
});

/**
 * Runs `spawn` without vitest's NODE_ENV=test in the environment the child inherits: that value alone keeps
 * miniflare from fetching `Request.cf`, so with it the check below would pass whatever the stack sets.
 */
async function asNpmStartRunsIt<T>(spawn: () => Promise<T>): Promise<T> {
  const saved = process.env.NODE_ENV;
  delete process.env.NODE_ENV;
  try {
    return await spawn();
  } finally {
    if (saved !== undefined) process.env.NODE_ENV = saved;
  }
}

describe('the local edge (wrangler dev) as the stack runs it', () => {
  const MARKER = 'anna.berg@example.org';
  const lines: string[] = [];
  const persistTo = mkdtempSync(join(tmpdir(), 'triage-wrangler-dev-'));
  let edge: SpawnedEdge | undefined;
  const answers: Record<string, number> = {};

  beforeAll(async () => {
    edge = await asNpmStartRunsIt(async () =>
      spawnEdge({ port: await freePort(), persistTo, onLog: (l) => lines.push(l), readyTimeoutMs: 120_000 }),
    ).catch((err: unknown) => {
      // what wrangler printed before it gave up (its own lines: the request lines are filtered out) says why
      throw new Error(`${err instanceof Error ? err.message : String(err)}\n--- wrangler dev printed:\n${lines.slice(-40).join('\n')}`);
    });
    answers.piiPath = (await fetch(`${edge.url}/v1/${MARKER}?to=${MARKER}`)).status;
    answers.metricsNoToken = (await fetch(`${edge.url}/metrics`)).status;
    const scrape = await fetch(`${edge.url}/metrics`, { headers: { authorization: `Bearer ${edge.metricsToken}` } });
    answers.metricsToken = scrape.status;
    answers.unknownRouteCounted = (await scrape.text()).includes('triage_requests_total{route="other",') ? 1 : 0;
    // Stopping waits for the process group to exit: every line it wrote has been relayed by then.
    await edge.stop();
  }, 180_000);

  afterAll(async () => {
    await edge?.stop();
    rmSync(persistTo, { recursive: true, force: true });
  });

  it('served the requests the log is checked for', () => {
    expect(answers).toEqual({ piiPath: 404, metricsNoToken: 401, metricsToken: 200, unknownRouteCounted: 1 });
    // The Worker's own line for the request is there (by route name): the relay did carry the edge's log.
    expect(lines.some((l) => l.includes('"route":"other"') && l.includes('"status":404'))).toBe(true);
  });

  it('logs no request path', () => {
    expect(lines.filter((l) => l.includes(MARKER) || isRequestLogLine(l))).toEqual([]);
  });

  it('does not fetch Request.cf from the internet (no warning, no stack trace)', () => {
    expect(lines.filter((l) => /Request\.cf|workers\.cloudflare\.com|getaddrinfo|^\s+at /.test(l))).toEqual([]);
  });
});
