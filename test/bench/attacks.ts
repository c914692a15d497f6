// The attack corpus (test/attacks/) against the whole stack as `npm start` wires it, with the recorder in
// front of the cloud tier — the same corpus, runner and judge as test/attacks/attacks.e2e.test.ts — and what
// became of each request by class: "attacks: N tried, M reached cloud" and a table per dimension (type,
// placement, obfuscation, size, stream, client). Counts, not times; labels, never values.
// ATTACK_SEED=N draws another corpus from the same generator (new values, placements and obfuscations paired
// differently): a check on a corpus the scanner was not developed against.
import { buildCorpus, DEFAULT_SEED } from '../attacks/corpus.ts';
import { failedControls, report } from '../attacks/report.ts';
import { judgeAll, sendAll, spawnAttackStack, type Sent } from '../attacks/runner.ts';
import { progress } from './stats.ts';

const EVERY = 25;

function sending(what: string, total: number): { onSent: (s: Sent, done: number) => void } {
  return { onSent: (_s, done) => (done % EVERY === 0 || done === total) && progress(`attacks: ${what} ${done}/${total}`) };
}

export async function run(): Promise<void> {
  const seed = Number(process.env.ATTACK_SEED ?? DEFAULT_SEED);
  if (!Number.isSafeInteger(seed)) throw new Error('ATTACK_SEED must be a whole number');
  const corpus = buildCorpus(seed);
  progress(
    `attacks: ${corpus.attacks.length} attacks and ${corpus.controls.length} controls (seed ${seed}); starting the stack with a recorder in front of the cloud tier`,
  );
  const s = await spawnAttackStack({ onProgress: (m) => progress(`attacks: ${m}`) });
  try {
    const controls = await sendAll(s.stack, corpus.controls, sending('controls', corpus.controls.length));
    const attacks = await sendAll(s.stack, corpus.attacks, sending('attacks', corpus.attacks.length));
    const judged = judgeAll(s, attacks, controls);
    console.log(
      `\n## attacks (test/attacks/: generated corpus, seed ${seed}, recorder in front of the cloud tier)\n\n${report(judged.attacks, judged.controls)}`,
    );
    if (judged.controls.some((c) => c.problems.length)) console.log(`\ncontrols not served as usual:\n${failedControls(judged.controls)}`);
  } finally {
    await s.stop();
  }
}
