import { describe, expect, it } from 'vitest';
import {
  coldStartTable,
  gatewayTable,
  goalsLine,
  markdownTable,
  median,
  range,
  ratio,
  signed,
  type GatewayFigures,
} from './gateway-report.ts';

const summary = (p50: number, p99: number) => ({ n: 100, p50, p99, mean: p50 });
const fig = (name: string, p50: number, p99: number, rps: number[], cpuUs: number[], first: number): GatewayFigures => ({
  name,
  c1: summary(p50, p99),
  c1Errors: 0,
  rps,
  cpuUs,
  c32Failures: 0,
  firstData: summary(first, first),
});
const direct = fig('direct', 0.5, 1.5, [9000, 9400], [110, 120], 1.2);
const portkey = fig('Portkey', 2.73, 9.88, [470, 480], [2000, 3600], 30.5);
const node = fig('node', 3.6, 6.35, [1500, 1500], [1300, 1800], 5.5);

describe('formatting', () => {
  it('signs differences, with a real minus sign', () => {
    expect([signed(1.06), signed(-0.31), signed(0), signed(NaN)]).toEqual(['+1.06', '−0.31', '0', 'n/a']);
  });

  it('gives ratios two significant digits below 1', () => {
    expect([ratio(0.0523), ratio(0.11), ratio(1), ratio(3.456)]).toEqual(['0.052×', '0.11×', '1.00×', '3.46×']);
  });

  it('gives ranges over rounds, one value when they agree, n/a when none was measured', () => {
    expect(range([1310, 1160], 'µs')).toBe('1160–1310 µs');
    expect(range([5, 5.001], 'ms')).toBe('5.00 ms');
    expect(range([NaN], 'µs')).toBe('n/a');
  });

  it('takes the median of odd and even counts', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, NaN]);
  });

  it('escapes pipes inside Markdown cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'z']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | z |');
  });
});

describe('gatewayTable', () => {
  it('puts the baseline first with its own figures and every other row against it', () => {
    expect(gatewayTable([portkey, direct, node], direct).split('\n')).toEqual([
      '| target | c=1 added p50 / p99 | c=32 req/s (× direct) | CPU per request | stream first byte added |',
      '| --- | --- | --- | --- | --- |',
      '| direct (baseline) | p50 0.50 / p99 1.50 ms | 9200 (1.00×) | 110–120 µs | first byte p50 1.20 ms |',
      '| Portkey | +2.23 / +8.38 ms | 475 (0.052×) | 2000–3600 µs | +29.3 ms |',
      '| node | +3.10 / +4.85 ms | 1500 (0.16×) | 1300–1800 µs | +4.30 ms |',
    ]);
  });

  it('says how many requests failed', () => {
    expect(gatewayTable([direct, { ...node, c1Errors: 2, c32Failures: 5 }], direct)).toContain('| node | +3.10 / +4.85 ms (7 failed) |');
  });
});

describe('goalsLine', () => {
  it('states each goal as met or not, as measured', () => {
    expect(goalsLine([direct, portkey, node], direct, 'node', 'Portkey')).toBe(
      "Goals as measured in this run: the on-prem node at c=32 answered 3.16× Portkey's req/s (goal ≥ 3× — met); " +
        "at c=1 added p50 +3.10 ms vs Portkey's +2.23 ms (goal: below — not met); added p99 +4.85 ms vs Portkey's +8.38 ms (goal: below — met).",
    );
  });

  it('says so when a row is missing', () => {
    expect(goalsLine([direct, node], direct, 'node', 'Portkey')).toBe('Goals: not measured in this run (no Portkey row).');
  });
});

describe('coldStartTable', () => {
  it('gives the median, the range and the count of starts', () => {
    expect(coldStartTable([{ name: 'Portkey', runs: [640, 590, 610] }]).split('\n')[2]).toBe('| Portkey | 610 ms | 590–640 ms | 3 |');
  });
});
