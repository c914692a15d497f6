// The executor against real upstreams (test/support/upstreams.global-setup.ts): fallback order, retries
// and the retry budget, deadlines and the first-byte budget, circuit breakers (a hung node), streams that
// started and streams that break off, and the hard rule — a request with PII reaches no target but on-prem
// under any combination of failures — proved on the upstream servers' own logs of what they received.
import { inject, describe, expect, it } from 'vitest';
import { LambdaTarget, OnpremTarget, OpenAiTarget } from '../shared/core/policy/schema.ts';
import type { PiiType } from '../shared/core/pii/types.ts';
import type { RouteDecision, TargetKind } from '../shared/core/policy/types.ts';
import { SSE_DONE, parseSse, sseErrorEvent } from '../shared/protocol/openai/sse.ts';
import { FAKE, completion, streamText, upstreamVars, type Received } from '../test/support/upstream-fixtures.ts';
import type { Env } from './env.ts';
import { CircuitBreakers, ExecuteError, execute, streamInterrupted, type ExecuteOptions, type ExecuteRequest } from './execute.ts';
// createTargetClients (targets/index.ts) is not imported here: it pulls in the edge target and onnxruntime-web (~11 s of
// isolate start-up); the app tests exercise it through the real pipeline.
import { lambdaClient } from './targets/lambda.ts';
import { onpremClient } from './targets/onprem.ts';
import { openAiClient } from './targets/openai.ts';
import type { TargetClient } from './targets/target.ts';

const ports = inject('upstreams');
const OPENAI = `http://127.0.0.1:${ports.openai}/v1`;
const LAMBDA = `http://127.0.0.1:${ports.lambda}`;

const ENV = upstreamVars(ports) as unknown as Env; // KV/DO bindings are not used here

/** A target whose upstream behaves as `model` says (see the global setup), for the request alias `alias`. */
function mk(
  kind: Exclude<TargetKind, 'edge'>,
  name: string,
  model: string,
  over: Record<string, unknown> = {},
  env: Env = ENV,
): TargetClient {
  const common = { models: { alias: model }, timeout_ms: 10_000, ...over };
  if (kind === 'openai')
    return openAiClient(name, OpenAiTarget.parse({ kind, base_url: OPENAI, api_key_secret: 'OA_API_KEY', ...common }), env);
  if (kind === 'onprem') return onpremClient(name, OnpremTarget.parse({ kind, base_url: 'https://gpu.invalid/v1', ...common }), env);
  return lambdaClient(name, LambdaTarget.parse({ kind, function: FAKE.aws.function, region: FAKE.aws.region, ...common }), env);
}

const map = (...ts: TargetClient[]) => new Map(ts.map((t) => [t.name, t]));

function decision(target: string, fallbacks: string[] = [], targetKind: TargetKind = 'openai'): RouteDecision {
  return {
    kind: 'route',
    rule: 'test-rule',
    policyVersion: 'v-test',
    reasons: [],
    piiTypes: [],
    unscanned: [],
    target,
    targetKind,
    fallbacks,
  };
}

let seq = 0;
function request(over: Partial<ExecuteRequest> = {}): ExecuteRequest {
  return {
    task: 'chat',
    body: { model: 'alias', messages: [{ role: 'user', content: 'hello' }] },
    stream: false,
    requestId: `req-x-${++seq}-${Math.random().toString(36).slice(2)}`,
    tenant: 'acme',
    piiTypes: [],
    unscanned: [],
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    ...over,
  };
}

async function received(requestId: string): Promise<Received[]> {
  return (await fetch(`http://127.0.0.1:${ports.openai}/__log?request_id=${encodeURIComponent(requestId)}`)).json();
}
const seen = async (requestId: string) => (await received(requestId)).map((e) => `${e.server}:${e.model}`);

/** execute() with fresh breakers and no backoff unless given. */
function run(opts: Omit<ExecuteOptions, 'breakers'> & { breakers?: CircuitBreakers }) {
  return execute({ breakers: new CircuitBreakers(), backoffMs: () => 0, ...opts });
}

async function executeError(p: Promise<unknown>): Promise<ExecuteError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExecuteError);
  return err as ExecuteError;
}

describe('execute: fallbacks, retries, deadlines', () => {
  it('tries the target, then the fallbacks in order; `tried` lists those before the one that answered', async () => {
    const targets = map(
      mk('openai', 'A', 'fail-503.A'),
      mk('lambda', 'B', 'fail-500.B'),
      mk('onprem', 'C', 'ok.C'),
      mk('openai', 'D', 'ok.D'),
    );
    const r = request();
    const out = await run({ decision: decision('A', ['B', 'C', 'D']), request: r, targets });
    expect([out.target.name, out.tried]).toEqual(['C', ['A', 'B']]);
    expect(out.failed).toEqual({ A: 'upstream_unavailable', B: 'upstream_error' }); // why each was left (receipts)
    expect(await out.response.json()).toEqual(completion('onprem', 'ok.C'));
    expect(await seen(r.requestId)).toEqual(['openai:fail-503.A', 'lambda:fail-500.B', 'onprem:ok.C']);
  });

  it('retries a target up to its `retries`, each retry taken from the request budget', async () => {
    // enough budget: the third attempt on A answers
    const budget = { retries: 5 };
    const r1 = request();
    const out1 = await run({
      decision: decision('A', ['B']),
      request: r1,
      budget,
      targets: map(mk('openai', 'A', 'flaky-2.A', { retries: 3 }), mk('openai', 'B', 'ok.B')),
    });
    expect([out1.target.name, out1.tried, budget.retries]).toEqual(['A', [], 3]);
    expect(await seen(r1.requestId)).toEqual(['openai:flaky-2.A', 'openai:flaky-2.A', 'openai:flaky-2.A']);
    // a budget of one: A gets two attempts, then B answers
    const r2 = request();
    const out2 = await run({
      decision: decision('A', ['B']),
      request: r2,
      budget: { retries: 1 },
      targets: map(mk('openai', 'A', 'flaky-2.A', { retries: 3 }), mk('openai', 'B', 'ok.B')),
    });
    expect([out2.target.name, out2.tried]).toEqual(['B', ['A']]);
    expect(await seen(r2.requestId)).toEqual(['openai:flaky-2.A', 'openai:flaky-2.A', 'openai:ok.B']);
    // not retryable (the upstream refused our credentials): no retry, straight to the fallback
    const r3 = request();
    const out3 = await run({
      decision: decision('A', ['B']),
      request: r3,
      targets: map(mk('openai', 'A', 'fail-401.A', { retries: 3 }), mk('openai', 'B', 'ok.B')),
    });
    expect(out3.target.name).toBe('B');
    expect(await seen(r3.requestId)).toEqual(['openai:fail-401.A', 'openai:ok.B']);
  });

  it("passes an upstream 4xx (the client's fault) on as the answer, without falling back", async () => {
    const r = request();
    const out = await run({
      decision: decision('A', ['B']),
      request: r,
      targets: map(mk('lambda', 'A', 'fail-422.A', { retries: 2 }), mk('openai', 'B', 'ok.B')),
    });
    expect([out.target.name, out.tried, out.response.status]).toEqual(['A', [], 422]);
    expect(await out.response.json()).toMatchObject({ error: { code: 'simulated_422' } });
    expect(await seen(r.requestId)).toEqual(['lambda:fail-422.A']);
  });

  it('gives each target its timeout_ms, then falls back; all timing out is a 504 — even for a target that ignores its signal', async () => {
    const r = request();
    const out = await run({
      decision: decision('A', ['B']),
      request: r,
      targets: map(mk('openai', 'A', 'hang.A', { timeout_ms: 200 }), mk('onprem', 'B', 'ok.B')),
    });
    expect([out.target.name, out.tried]).toEqual(['B', ['A']]);
    const deaf: TargetClient = {
      name: 'deaf',
      kind: 'openai',
      spec: OpenAiTarget.parse({ kind: 'openai', base_url: OPENAI, timeout_ms: 150 }),
      call: () => new Promise<Response>(() => {}),
    };
    const e = await executeError(
      run({ decision: decision('A', ['deaf']), request: request(), targets: map(mk('openai', 'A', 'hang.A2', { timeout_ms: 150 }), deaf) }),
    );
    expect([e.status, e.code, e.tried]).toEqual([504, 'upstream_timeout', ['A', 'deaf']]);
    expect(e.failed).toEqual({ A: 'upstream_timeout', deaf: 'upstream_timeout' });
  });

  it('answers 502/503 from the last failure when nothing answers, with `tried`', async () => {
    const e502 = await executeError(
      run({
        decision: decision('A', ['B']),
        request: request(),
        targets: map(mk('openai', 'A', 'fail-503.A'), mk('lambda', 'B', 'fn-error.B')),
      }),
    );
    expect([e502.status, e502.code, e502.tried]).toEqual([502, 'upstream_error', ['A', 'B']]);
    expect(e502.message).not.toMatch(/hello/); // never the prompt
    const e503 = await executeError(run({ decision: decision('A'), request: request(), targets: map(mk('lambda', 'A', 'throttle.A')) }));
    expect([e503.status, e503.code, e503.type]).toEqual([503, 'upstream_unavailable', 'service_unavailable']);
    const none = await executeError(run({ decision: decision('missing'), request: request(), targets: map() }));
    expect([none.status, none.code, none.tried]).toEqual([503, 'no_target', []]);
  });

  it('stops when the client goes away (no fallback is called)', async () => {
    const ac = new AbortController();
    const r = request();
    const p = run({
      decision: decision('A', ['B']),
      request: r,
      signal: ac.signal,
      targets: map(mk('openai', 'A', 'hang.A'), mk('openai', 'B', 'ok.B')),
    });
    setTimeout(() => ac.abort(), 100);
    const e = await executeError(p);
    expect([e.status, e.code]).toEqual([499, 'client_closed_request']);
    expect(await seen(r.requestId)).toEqual(['openai:hang.A']);
  });

  it('never switches a stream that has started: it ends with an error event, and no fallback is called', async () => {
    const r = streamRequest();
    const out = await run({
      decision: decision('A', ['B']),
      request: r,
      targets: map(mk('openai', 'A', 'drop.A'), mk('openai', 'B', 'ok.B')),
    });
    expect([out.target.name, out.tried, out.response.status]).toEqual(['A', [], 200]);
    const text = await out.response.text();
    expect(text).toBe(blocksOf(streamText('openai', 'drop.A'), 1) + interruptedEvent('A'));
    expect(await seen(r.requestId)).toEqual(['openai:drop.A']);
  });
});

/** A streamed chat request. */
const streamRequest = (over: Partial<ExecuteRequest> = {}) =>
  request({ stream: true, body: { model: 'alias', stream: true, messages: [{ role: 'user', content: 'hello' }] }, ...over });

/** The first `n` blocks of an SSE text (events and comments, each ending in a blank line), byte for byte. */
function blocksOf(text: string, n: number): string {
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf('\n\n', at) + 2;
  return text.slice(0, at);
}

/** The event a stream from `target` ends with when it broke off after it started. */
const interruptedEvent = (target: string, how: 'ended' | 'failed' = 'failed') => sseErrorEvent(streamInterrupted(target, how));

describe('execute: streams that break off say so', () => {
  it('a cut inside an event: the whole events are passed on, the half one is dropped, an error event ends the stream', async () => {
    // cut-3: the role event, a keep-alive comment, then half of the next event (cut inside "ü")
    const out = await run({ decision: decision('A'), request: streamRequest(), targets: map(mk('onprem', 'A', 'cut-3.A')) });
    const text = await out.response.text();
    expect(text).toBe(blocksOf(streamText('onprem', 'cut-3.A'), 2) + interruptedEvent('A'));
    const last = JSON.parse(parseSse(text).at(-1)!.data) as { error: { code: string; type: string; message: string } };
    expect(last.error).toMatchObject({ code: 'stream_interrupted', type: 'server_error' });
    expect(last.error.message).toMatch(/target A/);
    expect(last.error.message).not.toMatch(/hello|Grüße/); // neither the prompt nor the answer
  });

  it('a stream that closes cleanly without [DONE] is incomplete too', async () => {
    const out = await run({
      decision: decision('A'),
      request: streamRequest(),
      targets: map(mk('lambda', 'A', 'nodone.A', { stream_url: `${LAMBDA}/url/` })),
    });
    expect(await out.response.text()).toBe(streamText('lambda-url', 'nodone.A').replace(SSE_DONE, '') + interruptedEvent('A', 'ended'));
  });

  it('a complete stream is passed on unchanged, event by event (each event as it arrives, not buffered)', async () => {
    const out = await run({ decision: decision('A'), request: streamRequest(), targets: map(mk('openai', 'A', 'ok.A')) });
    const reader = out.response.body!.getReader();
    const reads: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) reads.push(new TextDecoder().decode(r.value));
    expect(reads.join('')).toBe(streamText('openai', 'ok.A'));
    expect(reads.length).toBeGreaterThan(1);
    for (const piece of reads) expect(piece.endsWith('\n\n')).toBe(true); // whole events only
  });

  it('a stream of any target (here one that errors its body, as the edge-local model does) ends the same way', async () => {
    const events = streamText('edge', 'm')
      .split('\n\n')
      .slice(0, 2)
      .map((e) => `${e}\n\n`);
    const local: TargetClient = {
      name: 'local',
      kind: 'openai',
      spec: OpenAiTarget.parse({ kind: 'openai', base_url: OPENAI }),
      call: async () => {
        let i = 0;
        const body = new ReadableStream<Uint8Array>({
          pull(c) {
            if (i < events.length) c.enqueue(new TextEncoder().encode(events[i++]!));
            else c.error(new Error('generation failed'));
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
      },
    };
    const out = await run({ decision: decision('local'), request: streamRequest(), targets: map(local) });
    expect(await out.response.text()).toBe(events.join('') + interruptedEvent('local'));
  });

  it('before its first event a stream has not started: a cut there, or an error event first, is a failure the next target answers', async () => {
    for (const broken of ['cut-1.A', 'errfirst.A']) {
      const r = streamRequest();
      const out = await run({
        decision: decision('A', ['B']),
        request: r,
        targets: map(mk('openai', 'A', broken), mk('onprem', 'B', 'ok.B')),
      });
      expect([out.target.name, out.tried], broken).toEqual(['B', ['A']]);
      expect(await out.response.text()).toBe(streamText('onprem', 'ok.B'));
      expect(await seen(r.requestId)).toEqual([`openai:${broken}`, 'onprem:ok.B']);
    }
  });
});

describe('execute: the first-byte budget', () => {
  // Targets meant to be given up on get a short first-byte budget; targets meant to answer a generous one (a
  // loaded machine must not turn an answer into a timeout). If the total applied instead, the test would time out.
  const FIRST_BYTE = { first_byte_timeout_ms: 300, timeout_ms: 45_000 };
  const ANSWERS = { first_byte_timeout_ms: 10_000, timeout_ms: 45_000 };

  it('a target that sends headers (and keep-alives) but no event within the budget is given up on; the next one answers', async () => {
    const r = streamRequest();
    const out = await run({
      decision: decision('A', ['B']),
      request: r,
      targets: map(mk('openai', 'A', 'stall.A', FIRST_BYTE), mk('onprem', 'B', 'ok.B')),
    });
    expect([out.target.name, out.tried]).toEqual(['B', ['A']]);
    expect(await out.response.text()).toBe(streamText('onprem', 'ok.B'));
    const e = await executeError(
      run({ decision: decision('A'), request: streamRequest(), targets: map(mk('openai', 'A', 'stall.A', FIRST_BYTE)) }),
    );
    expect([e.status, e.code]).toEqual([504, 'upstream_timeout']);
    expect(e.message).toMatch(/target A: no answer within its first-byte budget of 300 ms/);
  });

  it('a non-streamed chat is sent as a stream and assembled into the same chat.completion JSON the upstream would have answered', async () => {
    for (const kind of ['openai', 'onprem'] as const) {
      const r = request();
      const out = await run({ decision: decision('A'), request: r, targets: map(mk(kind, 'A', 'ok.A', ANSWERS)) });
      expect(out.response.headers.get('content-type')).toBe('application/json');
      expect(await out.response.text()).toBe(JSON.stringify(completion(kind, 'ok.A'))); // byte for byte
      expect(await received(r.requestId)).toMatchObject([{ server: kind, stream: true }]);
    }
    // without the budget nothing changes: JSON is asked for and passed on
    const plain = request();
    const out = await run({ decision: decision('A'), request: plain, targets: map(mk('openai', 'A', 'ok.A')) });
    expect(await out.response.json()).toEqual(completion('openai', 'ok.A'));
    expect(await received(plain.requestId)).toMatchObject([{ stream: false }]);
  });

  it('a non-streamed chat whose stream stalls, breaks off or opens with an error is a failed attempt (retried, then fallen back from)', async () => {
    for (const broken of ['stall.A', 'cut-3.A', 'nodone.A', 'errfirst.A']) {
      const r = request();
      const budget = broken === 'stall.A' ? FIRST_BYTE : ANSWERS;
      const out = await run({
        decision: decision('A', ['B']),
        request: r,
        budget: { retries: 1 },
        targets: map(mk('onprem', 'A', broken, { ...budget, retries: 1 }), mk('openai', 'B', 'ok.B')),
      });
      expect([out.target.name, out.tried], broken).toEqual(['B', ['A']]);
      expect(await out.response.json(), broken).toEqual(completion('openai', 'ok.B'));
      expect(await seen(r.requestId), broken).toEqual([`onprem:${broken}`, `onprem:${broken}`, 'openai:ok.B']);
    }
  });

  it('JSON answers (embeddings) must be complete within the budget: their first byte is the whole answer', async () => {
    const r = request({ task: 'embeddings', body: { model: 'alias', input: 'x' } });
    const e = await executeError(run({ decision: decision('A'), request: r, targets: map(mk('onprem', 'A', 'hang.A', FIRST_BYTE)) }));
    expect(e.message).toMatch(/first-byte budget/);
  });

  it('a hung on-prem node: PII fails closed at the first-byte budget, the breaker opens and fails fast, a probe recovers', async () => {
    const node = `node${seq++}`;
    const sw = (state: 'hung' | 'ok') => fetch(`http://127.0.0.1:${ports.onprem}/__switch?name=${node}&state=${state}`, { method: 'POST' });
    let now = 5_000_000;
    const breakers = new CircuitBreakers({ failureThreshold: 2, cooldownMs: 30_000, now: () => now });
    // One budget for the hung node and the recovered one: short enough to wait out twice, long enough to answer in.
    const gpu = mk('onprem', 'gpu', `switch-${node}`, { first_byte_timeout_ms: 2_000, timeout_ms: 45_000 });
    const go = (r: ExecuteRequest) =>
      execute({ decision: decision('gpu', [], 'onprem'), request: r, targets: map(gpu), breakers, backoffMs: () => 0 });
    const pii = (over: Partial<ExecuteRequest> = {}) => request({ piiTypes: ['EMAIL'], ...over });
    await sw('hung');

    // Two PII requests (one streamed, one not) reach the hung node and fail closed at its first-byte budget.
    for (const r of [pii(), streamRequest({ piiTypes: ['EMAIL'] })]) {
      const e = await executeError(go(r));
      expect([e.status, e.code, e.tried]).toEqual([503, 'pii_no_onprem', ['gpu']]);
      expect(e.message).toMatch(/first-byte budget of 2000 ms/);
      expect(await seen(r.requestId)).toEqual([`onprem:switch-${node}`]);
    }
    expect(breakers.state('gpu')).toBe('open');

    // Open: the next requests fail at once, without reaching the node.
    const skipped = pii();
    const e = await executeError(go(skipped));
    expect([e.status, e.code, e.tried]).toEqual([503, 'pii_no_onprem', ['gpu']]);
    expect(e.message).toMatch(/circuit open/);
    expect(await received(skipped.requestId)).toEqual([]);

    // The node recovers; until the cool-down has passed it is still not called.
    await sw('ok');
    const early = pii();
    await executeError(go(early));
    expect(await received(early.requestId)).toEqual([]);

    // After the cool-down one probe goes through, succeeds and closes the breaker.
    now += 30_000;
    const probe = pii();
    const out = await go(probe);
    expect(await out.response.json()).toEqual(completion('onprem', `switch-${node}`));
    expect(breakers.state('gpu')).toBe('closed');
    const next = streamRequest({ piiTypes: ['EMAIL'] });
    expect(await (await go(next)).response.text()).toBe(streamText('onprem', `switch-${node}`));
  });
});

describe('execute: circuit breakers', () => {
  it('opens after N consecutive failures (target skipped, counted as tried), half-opens after the cool-down', async () => {
    let now = 1_000_000;
    const breakers = new CircuitBreakers({ failureThreshold: 2, cooldownMs: 10_000, now: () => now });
    const failing = map(mk('openai', 'A', 'fail-500.A'), mk('onprem', 'B', 'ok.B'));
    const go = (targets: Map<string, TargetClient>, r = request()) =>
      execute({ decision: decision('A', ['B']), request: r, targets, breakers, backoffMs: () => 0 });
    for (let i = 0; i < 2; i++) expect((await go(failing)).target.name).toBe('B');
    expect(breakers.state('A')).toBe('open');

    const skipped = request();
    const out = await go(failing, skipped);
    expect([out.target.name, out.tried, out.failed]).toEqual(['B', ['A'], { A: 'circuit_open' }]);
    expect(await seen(skipped.requestId)).toEqual(['onprem:ok.B']); // A was not called

    now += 10_000; // half-open: one probe goes through; it fails → open again at once
    expect(breakers.state('A')).toBe('half-open');
    const probe1 = request();
    await go(failing, probe1);
    expect(await seen(probe1.requestId)).toEqual(['openai:fail-500.A', 'onprem:ok.B']);
    expect(breakers.state('A')).toBe('open');

    now += 10_000; // the next probe succeeds → closed
    const healed = map(mk('openai', 'A', 'ok.A'), mk('onprem', 'B', 'ok.B'));
    const probe2 = request();
    expect((await go(healed, probe2)).target.name).toBe('A');
    expect(breakers.state('A')).toBe('closed');

    // every target open → 503 with all of them as tried
    const all = new CircuitBreakers({ failureThreshold: 1, cooldownMs: 10_000, now: () => now });
    await executeError(execute({ decision: decision('A'), request: request(), targets: failing, breakers: all }));
    const e = await executeError(execute({ decision: decision('A'), request: request(), targets: failing, breakers: all }));
    expect([e.status, e.tried]).toEqual([503, ['A']]);
  });
});

describe('execute: PII goes on-prem or nowhere', () => {
  const pii: PiiType[] = ['EMAIL'];

  it('under every combination of decision order and failures, only the on-prem server ever receives the request', async () => {
    const cloudBehaviours = ['ok', 'fail-503', 'hang'];
    const onpremBehaviours = ['ok', 'fail-503', 'hang', 'reset', 'fail-400', 'unsigned'];
    const orders = [
      ['oa', 'aws', 'gpu'],
      ['gpu', 'oa', 'aws'],
      ['aws', 'gpu', 'oa'],
      ['oa', 'aws'],
    ];
    const cases: Promise<void>[] = [];
    for (const cloud of cloudBehaviours)
      for (const op of onpremBehaviours)
        for (const order of orders)
          cases.push(
            (async () => {
              // 5 s: enough for an answer on a loaded machine (72 cases run at once), and what a hung node costs
              const gpu =
                op === 'unsigned'
                  ? mk('onprem', 'gpu', 'ok', {}, { ...ENV, ONPREM_SIGNING_KEY: undefined } as Env)
                  : mk('onprem', 'gpu', op, { timeout_ms: 5_000 });
              const targets = map(
                mk('openai', 'oa', cloud, { timeout_ms: 300, retries: 2 }),
                mk('lambda', 'aws', cloud, { timeout_ms: 300, retries: 2, stream_url: `${LAMBDA}/url/` }),
                gpu,
              );
              const r = request({ piiTypes: pii, stream: cloud === 'ok' });
              const d = decision(order[0]!, order.slice(1), 'openai'); // the decision even claims a cloud target
              const label = `${cloud}/${op}/${order.join('>')}`;
              const result = await run({ decision: d, request: r, targets, budget: { retries: 5 } }).then(
                (v) => v,
                (e: unknown) => e,
              );
              const servers = (await received(r.requestId)).map((e) => e.server);
              expect(
                servers.filter((s) => s !== 'onprem'),
                label,
              ).toEqual([]);
              const gpuOffered = order.includes('gpu');
              if (gpuOffered && (op === 'ok' || op === 'fail-400')) {
                expect(result, label).not.toBeInstanceOf(Error);
                const out = result as Awaited<ReturnType<typeof execute>>;
                expect([out.target.name, out.tried, out.response.status], label).toEqual(['gpu', [], op === 'ok' ? 200 : 400]);
                await out.response.body?.cancel();
              } else {
                expect(result, label).toBeInstanceOf(ExecuteError);
                const e = result as ExecuteError;
                expect([e.status, e.code, e.tried], label).toEqual([503, 'pii_no_onprem', gpuOffered ? ['gpu'] : []]);
              }
              if (!gpuOffered || op === 'unsigned') expect(servers, label).toEqual([]);
            })(),
          );
    await Promise.all(cases);
    expect(cases.length).toBe(72);
  });

  it('fails closed with 503 pii_no_onprem when on-prem is down, and says why', async () => {
    const down = { ...ENV, ONPREM_URL: 'http://127.0.0.1:9/v1' } as Env;
    const r = request({ piiTypes: ['IBAN', 'PERSON'] });
    const e = await executeError(
      run({
        decision: decision('gpu', ['oa'], 'onprem'),
        request: r,
        targets: map(mk('onprem', 'gpu', 'ok', {}, down), mk('openai', 'oa', 'ok')),
      }),
    );
    expect([e.status, e.type, e.code, e.tried]).toEqual([503, 'service_unavailable', 'pii_no_onprem', ['gpu']]);
    expect(e.message).toMatch(/personal data \(IBAN, PERSON\).*on-prem.*gpu/);
    expect(await received(r.requestId)).toEqual([]);
    const none = await executeError(
      run({ decision: decision('oa'), request: request({ piiTypes: pii }), targets: map(mk('openai', 'oa', 'ok')) }),
    );
    expect([none.code, none.tried, none.message]).toEqual(['pii_no_onprem', [], expect.stringMatching(/no on-prem target is configured/)]);
  });

  it('trusts neither the decision nor a target client that only claims to be on-prem', async () => {
    const real = mk('openai', 'fake-onprem', 'ok.disguised');
    const disguised: TargetClient = { name: real.name, kind: 'onprem', spec: real.spec, call: (q) => real.call({ ...q, piiTypes: [] }) };
    const r = request({ piiTypes: pii });
    const e = await executeError(run({ decision: decision('fake-onprem', [], 'onprem'), request: r, targets: map(disguised) }));
    expect(e.code).toBe('pii_no_onprem');
    expect(await received(r.requestId)).toEqual([]);
  });
});
