// The cloud tier's local stand-ins for `npm start` and the benchmarks, in one Node process:
//   - the local SageMaker-runtime endpoint (cloud/local-endpoint/), serving the model under the endpoint name
//     the dev stage's `infer` function is configured with (serverless.yml: TRIAGE_ENDPOINTS) — the demo model,
//     or a folder TRIAGE_CLOUD_MODEL_FOLDERS names (local-endpoint/models.ts), and
//   - the response-streaming harness (cloud/streaming-harness/) running the real `stream` handler in the
//     function URL's place.
// The `infer` function itself runs under serverless-offline, in its own process (shared/tools/stack/cloud.ts).
//
//   npx tsx cloud/local-stack.ts [--endpoint-port 0] [--stream-port 0] [--piece-delay-ms 0]
// prints one JSON line {"endpointUrl","streamUrl","endpoints"} when both listen; exits on SIGTERM/SIGINT or when
// its stdin closes (so it never outlives the process that started it).
import { parseArgs } from 'node:util';
import { s3ClientFromEnv } from './jobs/store.ts';
import { folderSettingsFromEnv, loadModelsWithFolders } from './local-endpoint/models.ts';
import { DEFAULT_ENDPOINTS, startLocalEndpoint } from './local-endpoint/server.ts';
import { startStreamHarness } from './streaming-harness/harness.ts';

/** serverless.yml names the dev stage's GPU endpoint `${service}-${stage}-gpu` and serves `modelId` on it. */
export const DEV_ENDPOINT = 'triage-cloud-dev-gpu';
export const DEV_MODEL = 'triage-small';

const { values } = parseArgs({
  options: {
    'endpoint-port': { type: 'string', default: '0' },
    'stream-port': { type: 'string', default: '0' },
    'piece-delay-ms': { type: 'string', default: '0' },
  },
});

const endpoints = { ...DEFAULT_ENDPOINTS, [DEV_ENDPOINT]: DEV_MODEL };
// TRIAGE_CLOUD_MODEL_FOLDERS (local-endpoint/models.ts): published models instead of, or beside, the demo ones.
const folders = folderSettingsFromEnv(process.env.TRIAGE_CLOUD_MODEL_FOLDERS);
const models = folders.length > 0 ? await loadModelsWithFolders(folders, () => s3ClientFromEnv(process.env)) : undefined;
const endpoint = await startLocalEndpoint({
  port: Number(values['endpoint-port']),
  endpoints,
  ...(models ? { models } : {}),
  pieceDelayMs: Number(values['piece-delay-ms']),
});

// The stream handler reads its configuration from the environment once per container, as in Lambda.
process.env.SAGEMAKER_ENDPOINT_URL = endpoint.url;
process.env.TRIAGE_ENDPOINTS ??= JSON.stringify({ [DEV_MODEL]: DEV_ENDPOINT });
process.env.AWS_REGION ??= 'us-east-1';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
const { handler } = await import('./handlers/stream.ts');
const harness = await startStreamHarness({ handler, port: Number(values['stream-port']), functionName: 'triage-cloud-dev-stream' });

console.log(JSON.stringify({ endpointUrl: endpoint.url, streamUrl: `${harness.url}/`, endpoints: Object.keys(endpoints) }));

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void Promise.all([harness.close(), endpoint.close()]).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.stdin.on('end', stop).on('close', stop).resume();
