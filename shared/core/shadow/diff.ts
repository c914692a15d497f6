// Where a candidate policy would route differently from the live one: from pairs of decisions (a receipt's
// live decision and its recorded shadow, or a replay's re-evaluation), the transitions live → candidate with
// their counts and a few request ids each, and the one check a rollout must not fail — a sensitive request the
// candidate would send to a non-onprem target (which a policy that passed `triage policy check` cannot do).
import { destination, type RoutedAs } from './compare.ts';

export interface DecisionPair {
  request_id: string;
  tenant: string;
  /** PII sent as found (not redacted), content not scanned, or a sticky session: such a request may only run on-prem. */
  sensitive: boolean;
  live: Pick<RoutedAs, 'decision' | 'target' | 'refusal'>;
  candidate: Pick<RoutedAs, 'decision' | 'target' | 'target_kind' | 'refusal'>;
}

export interface Transition {
  from: string;
  to: string;
  count: number;
  /** Up to EXAMPLES request ids, for looking the receipts up. */
  examples: string[];
}

export interface PolicyDiff {
  total: number;
  same: number;
  different: number;
  /** Only the transitions where the destination changes, largest first. */
  transitions: Transition[];
  /** Request ids of sensitive requests the candidate would send to a non-onprem target. */
  sensitiveLeaks: string[];
}

export const EXAMPLES = 5;

export function diffDecisions(pairs: Iterable<DecisionPair>): PolicyDiff {
  const byTransition = new Map<string, Transition>();
  const sensitiveLeaks: string[] = [];
  let total = 0;
  let same = 0;
  for (const p of pairs) {
    total++;
    if (p.sensitive && p.candidate.decision === 'route' && p.candidate.target_kind !== 'onprem') sensitiveLeaks.push(p.request_id);
    const from = destination(p.live);
    const to = destination(p.candidate);
    if (from === to) {
      same++;
      continue;
    }
    const key = `${from}\u0000${to}`;
    let t = byTransition.get(key);
    if (!t) byTransition.set(key, (t = { from, to, count: 0, examples: [] }));
    t.count++;
    if (t.examples.length < EXAMPLES) t.examples.push(p.request_id);
  }
  const transitions = [...byTransition.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
  return { total, same, different: total - same, transitions, sensitiveLeaks };
}

/** The diff as Markdown: a summary line, the transitions table, and the sensitive-request check. */
export function formatDiff(diff: PolicyDiff, title: string): string {
  const pct = (n: number) => (diff.total ? ((100 * n) / diff.total).toFixed(1) : '0.0');
  const lines = [
    `## ${title}`,
    '',
    `${diff.total} decisions: ${diff.same} the same (${pct(diff.same)} %), ${diff.different} different (${pct(diff.different)} %).`,
    '',
  ];
  if (diff.transitions.length) {
    lines.push('| live | candidate | requests | examples (request ids) |', '|---|---|---:|---|');
    for (const t of diff.transitions) lines.push(`| ${t.from} | ${t.to} | ${t.count} | ${t.examples.join(', ')} |`);
    lines.push('');
  }
  lines.push(
    diff.sensitiveLeaks.length
      ? `**${diff.sensitiveLeaks.length} sensitive requests would reach a non-onprem target**: ${diff.sensitiveLeaks.slice(0, 20).join(', ')}`
      : 'Sensitive requests the candidate would send to a non-onprem target: 0.',
  );
  return lines.join('\n') + '\n';
}
