// The side-by-side gateway benchmark's output (gateways.ts): the figures of one run as Markdown tables, every
// figure against the baseline (the upstream called directly) measured in the same run, and the goals
// stated as facts of this run — never asserted. Pure.
import { fmt, type Summary } from './stats.ts';

export interface GatewayFigures {
  name: string;
  /** c=1 open loop: latency from each request's scheduled send time, ms. */
  c1: Summary;
  c1Errors: number;
  /** c=32 closed loop: answered (2xx) requests per second, one value per round. */
  rps: number[];
  /** The gateway process's CPU µs per answered request in those rounds (NaN where /proc is not there). */
  cpuUs: number[];
  /** Answers other than 2xx, and connection errors, in the c=32 rounds. */
  c32Failures: number;
  /** Streamed chat: time to the first `data:` event, ms. */
  firstData: Summary;
}

export interface ColdStartFigures {
  name: string;
  /** Spawn → first successful chat answer, ms, one value per start. */
  runs: number[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** `+1.06`, `−0.31` (a real minus sign), `0`. */
export function signed(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms === 0) return '0';
  return ms > 0 ? `+${fmt(ms)}` : `−${fmt(-ms)}`;
}

/** A ratio with two significant digits below 1 (`0.052×`), two decimals above. */
export function ratio(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return `${x >= 1 ? x.toFixed(2) : x.toPrecision(2)}×`;
}

/** `1160–1310 µs` over the rounds, or one value; `n/a` where none was measured. */
export function range(values: readonly number[], unit: string): string {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return 'n/a';
  const [lo, hi] = [Math.min(...v), Math.max(...v)];
  return fmt(lo) === fmt(hi) ? `${fmt(lo)} ${unit}` : `${fmt(lo)}–${fmt(hi)} ${unit}`;
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const GATEWAY_COLUMNS = [
  'target',
  'c=1 added p50 / p99',
  'c=32 req/s (× direct)',
  'CPU per request',
  'stream first byte added',
] as const;

/** The main table: one row per target, the baseline's own row first with its absolute figures. */
export function gatewayTable(rows: readonly GatewayFigures[], baseline: GatewayFigures): string {
  const baseRps = mean(baseline.rps);
  const row = (r: GatewayFigures): string[] => {
    const isBase = r === baseline;
    const failures = r.c1Errors + r.c32Failures > 0 ? ` (${r.c1Errors + r.c32Failures} failed)` : '';
    return [
      isBase ? `${r.name} (baseline)` : r.name,
      isBase
        ? `p50 ${fmt(r.c1.p50)} / p99 ${fmt(r.c1.p99)} ms${failures}`
        : `${signed(r.c1.p50 - baseline.c1.p50)} / ${signed(r.c1.p99 - baseline.c1.p99)} ms${failures}`,
      `${fmt(mean(r.rps))} (${ratio(mean(r.rps) / baseRps)})`,
      range(r.cpuUs, 'µs'),
      isBase ? `first byte p50 ${fmt(r.firstData.p50)} ms` : `${signed(r.firstData.p50 - baseline.firstData.p50)} ms`,
    ];
  };
  return markdownTable(GATEWAY_COLUMNS, [baseline, ...rows.filter((r) => r !== baseline)].map(row));
}

export function coldStartTable(rows: readonly ColdStartFigures[]): string {
  return markdownTable(
    ['what', 'spawn → first chat answer (median)', 'range', 'starts'],
    rows.map((r) => [r.name, `${fmt(median(r.runs))} ms`, range(r.runs, 'ms'), String(r.runs.length)]),
  );
}

/**
 * The goals for the on-prem node as measured in this run: ≥ 3× Portkey's req/s at c=32, and added
 * p50 and p99 at c=1 below Portkey's. A statement of fact, not a test.
 */
export function goalsLine(rows: readonly GatewayFigures[], baseline: GatewayFigures, nodeName: string, portkeyName: string): string {
  const node = rows.find((r) => r.name === nodeName);
  const portkey = rows.find((r) => r.name === portkeyName);
  if (!node || !portkey) return `Goals: not measured in this run (no ${node ? portkeyName : nodeName} row).`;
  const x = mean(node.rps) / mean(portkey.rps);
  const added = (r: GatewayFigures, q: 'p50' | 'p99') => r.c1[q] - baseline.c1[q];
  const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
  const cmp = (q: 'p50' | 'p99') =>
    `added ${q} ${signed(added(node, q))} ms vs Portkey's ${signed(added(portkey, q))} ms (goal: below — ${verdict(added(node, q) < added(portkey, q))})`;
  return (
    `Goals as measured in this run: the on-prem node at c=32 answered ${ratio(x)} Portkey's req/s ` +
    `(goal ≥ 3× — ${verdict(x >= 3)}); at c=1 ${cmp('p50')}; ${cmp('p99')}.`
  );
}
