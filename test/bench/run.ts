// `npm run bench`: every benchmark, figures and ratios against a baseline measured in the same run (the
// machine is shared and noisy; compare ratios, not absolute times). BENCH_SAMPLES scales the sample count.
import * as scanRoute from './scan-route.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 5000);
console.log(`# Triage benchmarks — Node ${process.version}, ${samples} samples per figure`);
scanRoute.run(samples);
