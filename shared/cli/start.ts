// `triage start` (what `npm start` runs): the whole stack on this machine — the on-prem node (onnx engine),
// the cloud tier (serverless-offline + streaming harness + local SageMaker endpoint) and the edge Worker,
// wired to each other — and a ready-to-paste curl for each route the default policy can take.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { newSigningKey, startCloud, startEdge, startOnprem, type RunningCloud, type RunningEdge, type RunningOnprem } from './stack.ts';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = Number(raw ?? fallback);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`${name} must be a port number, got ${JSON.stringify(raw)}`);
  return n;
}

export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const edgePort = port('PORT', 8787);
  const onpremPort = port('ONPREM_PORT', 8788);
  const lambdaPort = port('LAMBDA_PORT', 3002);
  if (args.length) throw new UsageError(`start takes no arguments (ports: PORT=${edgePort} edge, ONPREM_PORT=${onpremPort}, LAMBDA_PORT=${lambdaPort})`);
  const persistTo = join(import.meta.dirname, '..', '..', '.wrangler', 'state');
  const log = (tier: string) => (line: string) => io.stderr(`  [${tier}] ${line}\n`);
  const signingKey = newSigningKey(); // per run: the edge signs with it, the node accepts only it

  const t0 = Date.now();
  const running: { stop(): Promise<void> }[] = [];
  const stopAll = () => Promise.all(running.map((r) => r.stop()));
  let onprem: RunningOnprem, cloud: RunningCloud, edge: RunningEdge;
  try {
    io.stderr(`[1/3] starting the on-prem node (onnx engine, CPU) on port ${onpremPort} and the cloud tier (serverless-offline on ${lambdaPort}, streaming harness, local SageMaker endpoint) …\n`);
    [onprem, cloud] = await Promise.all([
      startOnprem({ port: onpremPort, signingKey, onLog: log('onprem') }).then((r) => (running.push(r), r)),
      startCloud({ lambdaPort, onLog: log('cloud') }).then((r) => (running.push(r), r)),
    ]);
    io.stderr(`[2/3] seeding a development API key into local KV …\n[3/3] starting the edge Worker (wrangler dev --local, workerd) on port ${edgePort} …\n`);
    edge = await startEdge({
      port: edgePort,
      persistTo,
      onLog: log('edge'),
      vars: {
        ONPREM_SIGNING_KEY: signingKey,
        ONPREM_URL: `${onprem.url}/v1`,
        LAMBDA_ENDPOINT: cloud.lambdaEndpoint,
        LAMBDA_STREAM_URL: cloud.streamUrl,
        // serverless-offline does not check SigV4 signatures; the edge still signs every call with these.
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
      },
    });
    running.push(edge);
  } catch (err) {
    await stopAll();
    throw err;
  }

  const curl = (path: string, body: object | string) =>
    `curl -sS -D - ${edge.url}${path} \\\n  -H "Authorization: Bearer ${edge.apiKey}" \\\n  -H "Content-Type: application/json" \\\n  -d ${typeof body === 'string' ? body : `'${JSON.stringify(body)}'`}`;
  // ~3,300 estimated tokens: above the default policy's edge limit (2,048), so the cloud tier answers.
  const largeFile = join(persistTo, '..', 'large-request.json');
  const long = 'Summarise our refund policy for enterprise customers. '.repeat(300).trim();
  writeFileSync(largeFile, JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: long }], max_tokens: 32 }));
  io.stdout(
    `\nTriage is up in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${edge.url}\n` +
      `  edge     ${edge.url} (default policy shared/policy/policies/default.yaml, models built from code in shared/models/dist)\n` +
      `  cloud    Lambda Invoke ${cloud.lambdaEndpoint} (${cloud.inferFunction}), stream ${cloud.streamUrl}, SageMaker ${cloud.sagemakerUrl}\n` +
      `  on-prem  ${onprem.url} (signed requests only; /healthz /readyz /metrics)\n\n` +
      `A small request, answered at the edge (x-triage-target: edge-small):\n\n` +
      curl('/v1/chat/completions', { model: 'triage-small', messages: [{ role: 'user', content: 'How do I reset my password?' }], max_tokens: 32 }) +
      `\n\nA request with PII, answered on-prem only (x-triage-pii: EMAIL, x-triage-target: onprem-gpu):\n\n` +
      curl('/v1/chat/completions', { model: 'triage-small', messages: [{ role: 'user', content: 'Write to jane.doe@example.com about her order' }], max_tokens: 32 }) +
      `\n\nA large request (> 2048 tokens), answered by the cloud tier (x-triage-target: cloud-gpu):\n\n` +
      curl('/v1/chat/completions', `@${largeFile}`) +
      `\n\n(decision headers: x-triage-target, -target-kind, -rule, -policy, -pii, -fallbacks). Ctrl-C stops.\n`,
  );
  await new Promise<void>((resolve) => {
    const quit = () => void stopAll().then(() => resolve());
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
  });
  return EXIT.ok;
}
