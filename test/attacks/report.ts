// What the attack run prints: one line of totals and tables by class (type, placement, obfuscation, size,
// stream, client) — tried / reached cloud / at edge / on-prem / refused / rejected / other — and, for
// failures, the leaked and misbehaving cases by id and labels. Never a value: only labels and case ids,
// so it is safe for CI logs.
import { table } from '../bench/stats.ts';
import type { CaseLabels } from './corpus.ts';
import { OUTCOMES, type Outcome } from './judge.ts';
import type { JudgedAttack, JudgedControl } from './runner.ts';

export const DIMENSIONS = ['type', 'placement', 'obfuscation', 'size', 'stream', 'via'] as const satisfies readonly (keyof CaseLabels)[];
export type Dimension = (typeof DIMENSIONS)[number];

const COLUMN: Record<Outcome, string> = {
  cloud: 'reached cloud',
  edge: 'at edge',
  onprem: 'on-prem',
  refused: 'refused',
  rejected: 'rejected',
  other: 'other',
};

/** Outcomes that break the promise. */
export const LEAKS: readonly Outcome[] = ['cloud', 'edge'];

const count = (xs: readonly JudgedAttack[], o: Outcome) => xs.filter((x) => x.verdict.outcome === o).length;

export function headline(attacks: readonly JudgedAttack[], controls: readonly JudgedControl[]): string {
  const bad = controls.filter((c) => c.problems.length).length;
  return (
    `attacks: ${attacks.length} tried, ${count(attacks, 'cloud')} reached cloud, ${count(attacks, 'edge')} answered at the edge (in the Worker), ` +
    `${count(attacks, 'onprem')} on-prem, ${count(attacks, 'refused')} refused, ${count(attacks, 'rejected')} rejected, ${count(attacks, 'other')} other; ` +
    `controls: ${controls.length - bad} of ${controls.length} served as usual`
  );
}

/** Rows per value of one dimension, in the order the values first occur. */
export function tableBy(dimension: Dimension, attacks: readonly JudgedAttack[]): string {
  const groups = new Map<string, JudgedAttack[]>();
  for (const a of attacks) {
    const key = String(a.case.labels[dimension]);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const rows = [...groups].map(([key, xs]) => [key, String(xs.length), ...OUTCOMES.map((o) => String(count(xs, o)))]);
  return table([dimension, 'tried', ...OUTCOMES.map((o) => COLUMN[o])], rows);
}

const labelsOf = (l: CaseLabels) => `${l.type} ${l.placement} ${l.obfuscation} ${l.size}${l.stream ? ' stream' : ''} ${l.via}`;

/** The attacks that did not end on-prem, refused or rejected: id, labels, outcome and evidence. */
export function failedAttacks(attacks: readonly JudgedAttack[]): string {
  const bad = attacks.filter((a) => !['onprem', 'refused', 'rejected'].includes(a.verdict.outcome));
  return table(
    ['case', 'labels', 'outcome', 'evidence'],
    bad.map((a) => [a.case.id, labelsOf(a.case.labels), a.verdict.outcome, a.verdict.evidence.join('; ')]),
  );
}

/** Controls that were not served as usual, with what was wrong. */
export function failedControls(controls: readonly JudgedControl[]): string {
  const bad = controls.filter((c) => c.problems.length);
  return table(
    ['case', 'labels', 'problems'],
    bad.map((c) => [c.case.id, labelsOf(c.case.labels), c.problems.join('; ')]),
  );
}

/** The whole report: headline and a table per dimension. */
export function report(attacks: readonly JudgedAttack[], controls: readonly JudgedControl[]): string {
  return [headline(attacks, controls), ...DIMENSIONS.map((d) => tableBy(d, attacks))].join('\n\n');
}
