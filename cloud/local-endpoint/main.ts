// Runs the local SageMaker-runtime-compatible endpoint on its own:
//   npx tsx cloud/local-endpoint/main.ts [--port 8085] [--piece-delay-ms 0]
// Point the SDK (or the infer handler, via SAGEMAKER_ENDPOINT_URL) at the printed URL.
import { parseArgs } from 'node:util';
import { DEFAULT_ENDPOINTS, startLocalEndpoint } from './server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8085' }, 'piece-delay-ms': { type: 'string', default: '0' } } });
const ep = await startLocalEndpoint({ port: Number(values.port), pieceDelayMs: Number(values['piece-delay-ms']) });
console.log(`local SageMaker runtime endpoint on ${ep.url} — endpoints: ${Object.keys(DEFAULT_ENDPOINTS).join(', ')} (+ fault-* drills)`);
const stop = () => void ep.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
