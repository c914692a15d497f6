// `npm run bench`: every benchmark, figures and ratios against a baseline measured in the same run (the
// machine is shared and noisy; compare ratios, not absolute times). BENCH_SAMPLES scales the sample count;
// BENCH_ONLY (comma-separated: scan-route, tagger, redaction, edge, cloud, onprem, gateways, attacks, models) runs only those.
import * as attacks from './attacks.ts';
import { agent } from './client.ts';
import * as cloud from './cloud.ts';
import * as edge from './edge.ts';
import * as gateways from './gateways.ts';
import * as models from './models.ts';
import * as onprem from './onprem.ts';
import * as piiTagger from './pii-tagger.ts';
import * as redaction from './redaction.ts';
import * as scanRoute from './scan-route.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 5000);
const only = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const want = (name: string) => !only?.length || only.includes(name);
console.log(`# Triage benchmarks — Node ${process.version}, ${samples} samples per figure`);
if (want('scan-route')) scanRoute.run(samples);
if (want('tagger')) await piiTagger.run(samples);
if (want('redaction')) await redaction.run();
if (want('edge')) await edge.run(samples);
if (want('cloud')) await cloud.run(samples);
if (want('onprem')) await onprem.run(samples);
if (want('gateways')) await gateways.run(samples);
if (want('attacks')) await attacks.run();
if (want('models')) await models.run(samples);
await agent.close();
