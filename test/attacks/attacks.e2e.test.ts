// The product's promise under attack: nothing that carries personal data reaches the cloud tier. The whole
// stack as `npm start` wires it, with a recorder in front of the cloud tier (runner.ts), gets the generated
// corpus (corpus.ts): controls first (PII-free: served as usual, the large ones by the cloud tier (chat) or the OpenAI-compatible server — the
// recorder sees traffic), then every attack, which must be answered on-prem, refused (503 pii_no_onprem /
// unscanned_no_onprem) or rejected as invalid (400), and never reach the recorder nor the edge's own model.
// On failure the message lists cases by id and class labels, never the values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.ts';
import { failedAttacks, failedControls, report } from './report.ts';
import { judgeAll, sendAll, spawnAttackStack, type AttackStack, type Sent } from './runner.ts';

const corpus = buildCorpus();
let s: AttackStack;
let controls: Sent[] = [];

beforeAll(async () => {
  s = await spawnAttackStack();
}, 300_000);

afterAll(async () => {
  await s?.stop();
});

describe('attacks on the promise (the whole stack, a recorder in front of the cloud tier)', () => {
  it('controls without personal data are served as usual; the large ones reach the cloud tier (chat) or the OpenAI-compatible server', async () => {
    controls = await sendAll(s.stack, corpus.controls);
    const judged = judgeAll(s, [], controls);
    const bad = judged.controls.filter((c) => c.problems.length > 0);
    expect(bad.length, `controls not served as usual:\n${failedControls(judged.controls)}`).toBe(0);
    expect(s.recorder.requestIds().size).toBeGreaterThanOrEqual(corpus.controls.filter((c) => c.labels.size === 'large').length);
  }, 1_200_000);

  it('no attack reaches the cloud tier or the edge model: each is answered on-prem, refused or rejected', async () => {
    const attacks = await sendAll(s.stack, corpus.attacks);
    const judged = judgeAll(s, attacks, controls);
    const leaked = judged.attacks.filter((a) => !['onprem', 'refused', 'rejected'].includes(a.verdict.outcome));
    expect(leaked.length, `${report(judged.attacks, judged.controls)}\n\n${failedAttacks(judged.attacks)}`).toBe(0);
  }, 1_800_000);
});
