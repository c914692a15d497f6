import { describe, expect, it } from 'vitest';
import { childSpan, escapeLabelValue, formatTraceparent, newTrace, parseExposition, parseTraceparent, Registry } from './index.ts';

describe('Prometheus registry', () => {
  it('renders counters, gauges and histograms that parse, with label values escaped', () => {
    const reg = new Registry();
    const c = reg.counter('t_requests_total', 'Requests.\nSecond line with \\ backslash.', ['route', 'status']);
    c.inc({ route: '/v1/x', status: '200' });
    c.inc({ route: '/v1/x', status: '200' }, 2);
    c.inc({ route: 'a"b\\c\nd', status: '500' });
    const g = reg.gauge('t_inflight', 'In flight.');
    g.inc();
    g.dec(undefined, 3);
    const h = reg.histogram('t_latency_seconds', 'Latency.', ['route'], [0.1, 1]);
    h.observe({ route: 'r' }, 0.05);
    h.observe({ route: 'r' }, 0.5);
    h.observe({ route: 'r' }, 5);
    const text = reg.render();
    const s = parseExposition(text);
    expect(s.find((x) => x.name === 't_requests_total' && x.labels.status === '200')?.value).toBe(3);
    expect(s.find((x) => x.name === 't_requests_total' && x.labels.status === '500')?.labels.route).toBe('a"b\\c\nd');
    expect(text).toContain('route="a\\"b\\\\c\\nd"');
    expect(text).toContain('# HELP t_requests_total Requests.\\nSecond line with \\\\ backslash.');
    expect(s.find((x) => x.name === 't_inflight')?.value).toBe(-2);
    const buckets = s.filter((x) => x.name === 't_latency_seconds_bucket').map((x) => [x.labels.le, x.value]);
    expect(buckets).toEqual([
      ['0.1', 1],
      ['1', 2],
      ['+Inf', 3],
    ]); // cumulative
    expect(s.find((x) => x.name === 't_latency_seconds_count')?.value).toBe(3);
    expect(s.find((x) => x.name === 't_latency_seconds_sum')?.value).toBeCloseTo(5.55);
  });

  it('rejects invalid names, a reserved label and counters going down', () => {
    const reg = new Registry();
    expect(() => reg.counter('bad-name', 'x')).toThrow();
    expect(() => reg.histogram('h', 'x', ['le'])).toThrow();
    const c = reg.counter('c_total', 'x');
    expect(() => c.inc(undefined, -1)).toThrow();
    expect(() => reg.counter('c_total', 'again')).toThrow();
    expect(escapeLabelValue('\\"\n')).toBe('\\\\\\"\\n');
  });
});

describe('W3C traceparent', () => {
  it('parses a valid header and continues the trace with a new span', () => {
    const h = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const ctx = parseTraceparent(h)!;
    expect(ctx).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', flags: 1 });
    expect(formatTraceparent(ctx)).toBe(h);
    const child = childSpan(ctx);
    expect(child.traceId).toBe(ctx.traceId);
    expect(child.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(child.spanId).not.toBe(ctx.spanId);
    expect(formatTraceparent(child)).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
  });

  it('rejects malformed headers (then a new trace starts)', () => {
    for (const bad of [
      '',
      'garbage',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', // version ff is invalid
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01', // zero trace id
      '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', // zero span id
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01', // upper case
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra', // v00 has 4 fields
    ])
      expect(parseTraceparent(bad)).toBeUndefined();
    // A future version may append fields.
    expect(parseTraceparent('01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra')).toBeDefined();
    const t = newTrace();
    expect(formatTraceparent(t)).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('never hands out the same random bytes twice, across refills of the pooled random buffer', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const t = newTrace(false); // 24 bytes: many refills of the 4 KB pool
      ids.add(t.traceId).add(t.spanId).add(childSpan(t).spanId);
      expect(t.flags).toBe(0);
    }
    expect(ids.size).toBe(3000);
  });
});
