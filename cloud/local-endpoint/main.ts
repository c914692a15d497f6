// Runs the local SageMaker-runtime-compatible endpoint on its own:
//   npx tsx cloud/local-endpoint/main.ts [--port 8085] [--piece-delay-ms 0]
//       [--local-s3 BUCKET [--s3-port 0]]                 start a local S3 (s3rver) with that bucket, for async
//       [--s3-endpoint URL --async-bucket BUCKET]          or use an S3 that is already running
//       [--output-prefix async/output/] [--failure-prefix async/failure/]
// Point the SDK (or the handlers, via SAGEMAKER_ENDPOINT_URL / S3_ENDPOINT_URL) at the printed URLs. With S3,
// `triage-small-async` serves InvokeEndpointAsync. The last line printed is JSON: {"endpointUrl", "s3Url"?,
// "bucket"?, "env"} — `env` holds the settings the handlers need to use these servers.
import { parseArgs } from 'node:util';
import { LOCAL_S3_CREDENTIALS, startLocalS3, type LocalS3 } from '../local-s3/s3.ts';
import { DEFAULT_ASYNC_ENDPOINTS, DEFAULT_ENDPOINTS, startLocalEndpoint } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8085' },
    'piece-delay-ms': { type: 'string', default: '0' },
    'local-s3': { type: 'string' },
    's3-port': { type: 'string', default: '0' },
    's3-endpoint': { type: 'string' },
    'async-bucket': { type: 'string' },
    'output-prefix': { type: 'string', default: 'async/output/' },
    'failure-prefix': { type: 'string', default: 'async/failure/' },
  },
});

let s3: LocalS3 | undefined;
let s3Url = values['s3-endpoint'];
let bucket = values['async-bucket'];
if (values['local-s3']) {
  bucket = values['local-s3'];
  s3 = await startLocalS3({ buckets: [bucket], port: Number(values['s3-port']) });
  s3Url = s3.url;
}
if (Boolean(s3Url) !== Boolean(bucket)) throw new Error('async needs both --s3-endpoint and --async-bucket (or --local-s3 BUCKET)');

const ep = await startLocalEndpoint({
  port: Number(values.port),
  pieceDelayMs: Number(values['piece-delay-ms']),
  ...(s3Url && bucket
    ? {
        async: {
          s3: { endpoint: s3Url, credentials: LOCAL_S3_CREDENTIALS },
          outputPath: `s3://${bucket}/${values['output-prefix']}`,
          failurePath: `s3://${bucket}/${values['failure-prefix']}`,
        },
      }
    : {}),
});
const names = [...Object.keys(DEFAULT_ENDPOINTS), ...(s3Url ? Object.keys(DEFAULT_ASYNC_ENDPOINTS) : [])];
console.log(
  `local SageMaker runtime endpoint on ${ep.url} — endpoints: ${names.join(', ')} (+ fault-* drills)${s3Url ? `; async results in s3://${bucket}/ on ${s3Url}` : ''}`,
);
const env: Record<string, string> = {
  SAGEMAKER_ENDPOINT_URL: ep.url,
  TRIAGE_ENDPOINTS: JSON.stringify({
    'triage-small': { endpoint: 'triage-small-endpoint', ...(s3Url ? { asyncEndpoint: 'triage-small-async' } : {}) },
  }),
  ...(s3Url && bucket
    ? {
        S3_ENDPOINT_URL: s3Url,
        TRIAGE_ASYNC_BUCKET: bucket,
        TRIAGE_ASYNC_OUTPUT_PREFIX: values['output-prefix']!,
        TRIAGE_ASYNC_FAILURE_PREFIX: values['failure-prefix']!,
        AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
      }
    : {}),
};
console.log(JSON.stringify({ endpointUrl: ep.url, ...(s3Url ? { s3Url, bucket } : {}), env }));

const stop = () =>
  void ep
    .close()
    .then(() => s3?.close())
    .then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
