// The cloud path, as `npm start` runs it (shared/tools/stack/cloud.ts spawnCloud): the `infer` handler under
// serverless-offline, the `stream` handler in the response-streaming harness, the local SageMaker-runtime
// endpoint running the tiny LM on CPU — and an edge Worker (wrangler dev) whose bench policy sends
// `model: bench-cloud` to the cloud-gpu lambda target. Everything on 127.0.0.1. The same small chat
// (max_tokens 16) goes, interleaved round-robin:
//   A  direct      the real SDK's InvokeEndpoint → the local endpoint (what the Lambda path adds to)
//   B  lambda      Lambda Invoke on serverless-offline → infer handler → InvokeEndpoint (the Lambda hop)
//   C  edge        edge → lambda target (SigV4 Invoke) → serverless-offline → infer → endpoint (the whole path)
// and streamed (the endpoint paces pieces PIECE_DELAY_MS apart, like a GPU's token rate):
//   A' direct      InvokeEndpointWithResponseStream: time to the first PayloadPart
//   B' stream fn   the function URL harness running the `stream` handler: time to the first `data:` event
//   C' edge        edge (stream: true) → LAMBDA_STREAM_URL → harness → endpoint: first `data:` event
import { InvokeEndpointCommand, InvokeEndpointWithResponseStreamCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLOUD_EVENT_VERSION } from '../../shared/protocol/cloud-contract.ts';
import { cloudVars, spawnCloud, type SpawnedCloud } from '../../shared/tools/stack/cloud.ts';
import { spawnEdge, type SpawnedEdge } from '../../shared/tools/stack/edge.ts';
import { freePort } from '../support/free-port.ts';
import { benchPolicy, call, ok, stream, type StreamTiming } from './client.ts';
import { interleaved, progress, summarize, table } from './stats.ts';

const ENDPOINT = 'triage-cloud-dev-gpu';
const PIECE_DELAY_MS = 10;
const MAX_TOKENS = 16;

const chat = (i: number, model = 'triage-small') => ({
  model,
  max_tokens: MAX_TOKENS,
  temperature: 0,
  messages: [{ role: 'user', content: `How do I update the billing address on my account? (request ${i})` }],
});

const event = (i: number, stream = false) => ({
  version: CLOUD_EVENT_VERSION,
  task: 'chat',
  body: { ...chat(i), ...(stream ? { stream: true } : {}) },
  decision: { rule: 'bench', policyVersion: 'p-bench', target: 'cloud-gpu' },
  trace: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', requestId: `bench-${i}` },
  tenant: 'bench',
});

export async function run(samples: number): Promise<void> {
  const scale = samples / 5000;
  const nLatency = Math.max(20, Math.round(200 * scale));
  const nStream = Math.max(5, Math.round(30 * scale));
  const logs: string[] = [];
  const keep = (line: string) => {
    logs.push(line);
    if (logs.length > 200) logs.shift();
  };
  const persistTo = mkdtempSync(join(tmpdir(), 'triage-bench-cloud-'));
  let cloud: SpawnedCloud | undefined;
  let edge: SpawnedEdge | undefined;
  const t00 = performance.now();
  try {
    progress('cloud: starting the local SageMaker endpoint, the streaming harness and sls offline');
    cloud = await spawnCloud({ lambdaPort: await freePort(), onLog: keep, pieceDelayMs: PIECE_DELAY_MS });
    progress('cloud: starting an edge (wrangler dev) pointed at it');
    edge = await spawnEdge({
      port: await freePort(),
      persistTo,
      onLog: keep,
      policyYaml: benchPolicy(),
      vars: cloudVars(cloud),
    });
    const sm = new SageMakerRuntimeClient({
      region: 'us-east-1',
      endpoint: cloud.sagemakerUrl,
      maxAttempts: 1,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const invokeUrl = `${cloud.lambdaEndpoint}/2015-03-31/functions/${cloud.inferFunction}/invocations`;
    const viaEdge = `${edge.url}/v1/chat/completions`;

    const direct = async (i: number) => {
      const t0 = performance.now();
      const out = await sm.send(
        new InvokeEndpointCommand({ EndpointName: ENDPOINT, ContentType: 'application/json', Body: JSON.stringify(chat(i)) }),
      );
      if (!out.Body?.length) throw new Error('direct: empty body');
      return performance.now() - t0;
    };
    const lambda = async (i: number) => {
      const a = await ok(invokeUrl, event(i));
      const result = JSON.parse(a.text) as { statusCode?: number; body?: string };
      if (result.statusCode !== 200)
        throw new Error(`lambda: the function answered ${result.statusCode}: ${String(result.body).slice(0, 300)}`);
      return a.ms;
    };
    const edgeCall = async (i: number) => (await ok(viaEdge, chat(i, 'bench-cloud'), edge!.apiKey, 'bench-cloud')).ms;

    progress(`cloud: warm-up, then ${nLatency} rounds of direct / lambda / edge`);
    for (let i = 0; i < 10; i++) {
      await direct(i);
      await lambda(i);
      await edgeCall(i);
    }
    const times = await interleaved(nLatency, { direct, lambda, edge: edgeCall });
    const [A, B, C] = [summarize(times.direct), summarize(times.lambda), summarize(times.edge)];

    progress(`cloud: ${nStream} streams each: direct, stream function, edge`);
    const directStream = async (i: number): Promise<StreamTiming> => {
      const t0 = performance.now();
      const out = await sm.send(
        new InvokeEndpointWithResponseStreamCommand({
          EndpointName: ENDPOINT,
          ContentType: 'application/json',
          Body: JSON.stringify({ ...chat(i), stream: true }),
        }),
      );
      const ttfb = performance.now() - t0;
      let firstData = NaN;
      for await (const ev of out.Body!) if (ev.PayloadPart?.Bytes?.length && Number.isNaN(firstData)) firstData = performance.now() - t0;
      return { ttfb, firstData, total: performance.now() - t0 };
    };
    const fnStream = (i: number) => stream(cloud!.streamUrl, event(i, true));
    const edgeStream = (i: number) => stream(viaEdge, { ...chat(i, 'bench-cloud'), stream: true }, edge!.apiKey);
    for (let i = 0; i < 3; i++) {
      await directStream(i);
      await fnStream(i);
      await edgeStream(i);
    }
    const st = await interleaved(nStream, { direct: directStream, fn: fnStream, edge: edgeStream });
    const first = (xs: StreamTiming[]) => summarize(xs.map((x) => x.firstData));
    const total = (xs: StreamTiming[]) => summarize(xs.map((x) => x.total));
    // stream() checks each stream ended with [DONE]; this checks the edge's went to the cloud tier.
    const check = await call(viaEdge, { ...chat(0, 'bench-cloud'), stream: true }, edge.apiKey);
    if (check.headers['x-triage-target'] !== 'cloud-gpu')
      throw new Error(`edge stream went to ${String(check.headers['x-triage-target'])}`);

    const d = (a: number, b: number) => a - b;
    console.log(
      `\n## Cloud path: serverless-offline + streaming harness + local SageMaker endpoint (tiny LM on CPU), edge in wrangler dev; all on 127.0.0.1, times ms (this part took ${((performance.now() - t00) / 1000).toFixed(0)} s)`,
    );
    console.log(
      `\n### 7. Lambda-path overhead, chat max_tokens ${MAX_TOKENS}, temperature 0 (${nLatency} requests per path, interleaved)\n`,
    );
    console.log(
      table(
        ['path', 'p50', 'p99', 'mean', 'p50 − direct', 'p99 − direct', '× direct p50'],
        [
          ['A direct: SDK InvokeEndpoint → endpoint', A.p50, A.p99, A.mean, 0, 0, 1],
          ['B Lambda Invoke → infer → endpoint', B.p50, B.p99, B.mean, d(B.p50, A.p50), d(B.p99, A.p99), B.p50 / A.p50],
          ['C edge → lambda target → B', C.p50, C.p99, C.mean, d(C.p50, A.p50), d(C.p99, A.p99), C.p50 / A.p50],
          ['  of which the edge (C − B)', '', '', '', d(C.p50, B.p50), d(C.p99, B.p99), ''],
        ],
      ),
    );
    const [fa, fb, fc] = [first(st.direct), first(st.fn), first(st.edge)];
    const [ta, tb, tc] = [total(st.direct), total(st.fn), total(st.edge)];
    console.log(
      `\n### 8. Streaming first chunk (${nStream} streams per path; the endpoint sends a piece every ${PIECE_DELAY_MS} ms, ${MAX_TOKENS} max)\n`,
    );
    console.log(
      table(
        ['path', 'first chunk p50', 'first p99', 'whole stream p50', 'first − direct p50', 'first / whole p50'],
        [
          ["A' direct: first PayloadPart", fa.p50, fa.p99, ta.p50, 0, fa.p50 / ta.p50],
          ["B' stream function (harness): first data:", fb.p50, fb.p99, tb.p50, d(fb.p50, fa.p50), fb.p50 / tb.p50],
          ["C' edge → function URL: first data:", fc.p50, fc.p99, tc.p50, d(fc.p50, fa.p50), fc.p50 / tc.p50],
        ],
      ),
    );
    console.log('(first / whole well below 1 = chunks are passed on as they are generated, not buffered)');
  } catch (err) {
    process.stderr.write(`cloud bench failed; last lines:\n${logs.slice(-40).join('\n')}\n`);
    throw err;
  } finally {
    await Promise.all([edge?.stop(), cloud?.stop()]);
    rmSync(persistTo, { recursive: true, force: true });
  }
}
