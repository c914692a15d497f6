// `triage start` (what `npm start` runs): the whole stack on this machine — the on-prem node (onnx engine),
// the cloud tier (serverless-offline + streaming harness + local SageMaker endpoint) and the edge Worker,
// wired to each other — and a ready-to-paste curl for each route the default policy can take.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { spawnStack } from '../stack/stack.ts';

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
  if (args.length)
    throw new UsageError(`start takes no arguments (ports: PORT=${edgePort} edge, ONPREM_PORT=${onpremPort}, LAMBDA_PORT=${lambdaPort})`);
  const persistTo = join(import.meta.dirname, '..', '..', '..', '.wrangler', 'state');
  const t0 = Date.now();
  let step = 0;
  const { edge, cloud, onprem, stop } = await spawnStack({
    edgePort,
    onpremPort,
    lambdaPort,
    persistTo,
    onLog: (tier, line) => io.stderr(`  [${tier}] ${line}\n`),
    onProgress: (message) => io.stderr(`[${++step}/2] ${message} …\n`),
  });

  const curl = (path: string, body: object | string) =>
    `curl -sS -D - ${edge.url}${path} \\\n  -H "Authorization: Bearer ${edge.apiKey}" \\\n  -H "Content-Type: application/json" \\\n  -d ${typeof body === 'string' ? body : `'${JSON.stringify(body)}'`}`;
  // ~3,300 estimated tokens: above the default policy's edge limit (2,048), so the cloud tier answers.
  const largeFile = join(persistTo, '..', 'large-request.json');
  const long = 'Summarise our refund policy for enterprise customers. '.repeat(300).trim();
  writeFileSync(largeFile, JSON.stringify({ model: 'triage-small', messages: [{ role: 'user', content: long }], max_tokens: 32 }));
  io.stdout(
    `\nTriage is up in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${edge.url}\n` +
      `  edge     ${edge.url} (default policy shared/core/policy/policies/default.yaml)\n` +
      `  cloud    Lambda Invoke ${cloud.lambdaEndpoint} (${cloud.inferFunction}), stream ${cloud.streamUrl}, SageMaker ${cloud.sagemakerUrl}\n` +
      `  on-prem  ${onprem.url} (signed requests only; /healthz /readyz /metrics)\n` +
      `  metrics  curl -sS ${edge.url}/metrics -H "Authorization: Bearer ${edge.metricsToken}"   (this run's METRICS_TOKEN)\n` +
      `  models   ${modelsLine(process.env)}\n\n` +
      `A small request, answered at the edge (x-triage-target: edge-small):\n\n` +
      curl('/v1/chat/completions', {
        model: 'triage-small',
        messages: [{ role: 'user', content: 'How do I reset my password?' }],
        max_tokens: 32,
      }) +
      `\n\nA request with PII, answered on-prem only (x-triage-pii: EMAIL, x-triage-target: onprem-gpu):\n\n` +
      curl('/v1/chat/completions', {
        model: 'triage-small',
        messages: [{ role: 'user', content: 'Write to jane.doe@example.com about her order' }],
        max_tokens: 32,
      }) +
      `\n\nA large request (> 2048 tokens), answered by the cloud tier (x-triage-target: cloud-gpu):\n\n` +
      curl('/v1/chat/completions', `@${largeFile}`) +
      `\n\n(decision headers: x-triage-target, -target-kind, -rule, -policy, -pii, -unscanned, -fallbacks). Ctrl-C stops.\n`,
  );
  await new Promise<void>((resolve) => {
    // Every signal is handled, not only the first: a second Ctrl-C (or SIGTERM) while the tiers stop must not
    // kill this process with its children still running.
    let stopping: Promise<void> | undefined;
    const quit = () => void (stopping ??= stop().then(() => resolve()));
    process.on('SIGINT', quit);
    process.on('SIGTERM', quit);
  });
  return EXIT.ok;
}

/** What the tiers run: the demo models unless the caller named folders (README "Models") or another engine. */
function modelsLine(env: NodeJS.ProcessEnv): string {
  const own = [
    env['TRIAGE_ONPREM_ENGINE'] === 'openai-upstream' ? `on-prem: upstream ${env['TRIAGE_ONPREM_UPSTREAM_URL'] ?? ''}` : undefined,
    env['TRIAGE_ONPREM_MODEL_FOLDERS'] ? `on-prem folders: ${env['TRIAGE_ONPREM_MODEL_FOLDERS']}` : undefined,
    env['TRIAGE_CLOUD_MODEL_FOLDERS'] ? `cloud folders: ${env['TRIAGE_CLOUD_MODEL_FOLDERS']}` : undefined,
  ].filter(Boolean);
  const demo = 'demo models built from code (shared/models/dist) — not useful models; README "Models" runs published ones';
  return own.length > 0 ? `${own.join('; ')}; elsewhere the ${demo}` : `the ${demo}`;
}
