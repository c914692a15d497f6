// The Grafana dashboard and the Prometheus alert rules (onprem/deploy/observability/) against the code: both
// files parse, and every metric they query — and every label they select or group by — is one the code
// registers (the edge's and the on-prem node's registries, the node's process metrics), so neither can drift
// from the metrics that exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createMetrics as createEdgeMetrics } from '../edge/middleware/telemetry/metrics.ts';
import { createMetrics as createOnpremMetrics } from '../onprem/metrics.ts';
import { renderProcessMetrics } from '../onprem/telemetry/process-metrics.ts';
import { parseExposition } from '../shared/protocol/telemetry/index.ts';

const dir = join(import.meta.dirname, '..', 'onprem', 'deploy', 'observability');

interface Known {
  type: string;
  labels: Set<string>;
}

/** Every metric the code registers: name → type and label names. */
async function knownMetrics(): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  for (const m of [...Object.values(createEdgeMetrics()), ...Object.values(createOnpremMetrics())]) {
    if (typeof m === 'object' && m !== null && 'labelNames' in m && 'name' in m && 'type' in m)
      known.set(String(m.name), { type: String(m.type), labels: new Set(m.labelNames as readonly string[]) });
  }
  const text = await renderProcessMetrics();
  for (const [, name, type] of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) known.set(name!, { type: type!, labels: new Set() });
  for (const s of parseExposition(text)) {
    const base = known.get(s.name) ?? known.get(s.name.replace(/_(bucket|sum|count)$/, ''));
    for (const l of Object.keys(s.labels)) base?.labels.add(l);
  }
  return known;
}

/** The target labels Prometheus adds to every series it scrapes. */
const TARGET_LABELS = ['job', 'instance'];
/** Prometheus's own series, not the code's. */
const BUILT_IN = new Map([['up', new Set(TARGET_LABELS)]]);
const METRIC = /\b(up|triage_[a-z0-9_]+|process_[a-z0-9_]+|nodejs_[a-z0-9_]+)\b/g;

/** The registered metric a series name refers to (a histogram's _bucket/_sum/_count included). */
function resolve(known: Map<string, Known>, series: string): Known | undefined {
  if (BUILT_IN.has(series)) return { type: 'gauge', labels: BUILT_IN.get(series)! };
  const exact = known.get(series);
  if (exact) return { ...exact, labels: new Set([...exact.labels, ...TARGET_LABELS]) };
  const base = known.get(series.replace(/_(bucket|sum|count)$/, ''));
  return base?.type === 'histogram' ? { ...base, labels: new Set([...base.labels, ...TARGET_LABELS, 'le']) } : undefined;
}

/** What is wrong with one PromQL expression: unknown metrics, labels the metrics do not have. */
function problems(known: Map<string, Known>, expr: string): string[] {
  const out: string[] = [];
  const series = [...expr.matchAll(METRIC)].map((m) => m[1]!);
  const labels = new Set<string>();
  for (const s of series) {
    const k = resolve(known, s);
    if (!k) out.push(`unknown metric ${s} in: ${expr}`);
    else for (const l of k.labels) labels.add(l);
  }
  for (const [, name, matchers] of expr.matchAll(/\b([a-z_:][a-z0-9_:]*)\{([^}]*)\}/g)) {
    const k = resolve(known, name!);
    for (const [, label] of matchers!.matchAll(/([a-z_][a-z0-9_]*)\s*(?:=~|!~|!=|=)/g))
      if (k && !k.labels.has(label!)) out.push(`${name} has no label ${label} in: ${expr}`);
  }
  for (const [, list] of expr.matchAll(/\bby\s*\(([^)]*)\)/g))
    for (const label of list!.split(',').map((l) => l.trim()))
      if (!labels.has(label)) out.push(`no metric of the expression has label ${label}: ${expr}`);
  return out;
}

interface Panel {
  type: string;
  title: string;
  targets?: { expr: string }[];
}

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string };
}

describe('observability files', () => {
  it('the dashboard parses and queries only metrics and labels the code registers', async () => {
    const known = await knownMetrics();
    const dashboard = JSON.parse(readFileSync(join(dir, 'grafana-dashboard.json'), 'utf8')) as { uid: string; panels: Panel[] };
    expect(dashboard.uid).toBe('triage-gateway');
    const exprs = dashboard.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr);
    expect(exprs.length).toBeGreaterThan(20);
    expect(exprs.flatMap((e) => problems(known, e))).toEqual([]);
    // Every metric of both registries is on the dashboard.
    const used = new Set(exprs.flatMap((e) => [...e.matchAll(METRIC)].map((m) => m[1]!.replace(/_(bucket|sum|count)$/, ''))));
    const registered = [...Object.values(createEdgeMetrics()), ...Object.values(createOnpremMetrics())]
      .filter((m): m is typeof m & { name: string } => typeof m === 'object' && m !== null && 'name' in m)
      .map((m) => m.name);
    expect(registered.filter((name) => !used.has(name))).toEqual([]);
  });

  it('the alert rules parse, are complete, and use only metrics and labels the code registers', async () => {
    const known = await knownMetrics();
    const file = parseYaml(readFileSync(join(dir, 'prometheus-rules.yaml'), 'utf8')) as { groups: { name: string; rules: Rule[] }[] };
    const rules = file.groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.alert)).toEqual(
      expect.arrayContaining([
        'TriageOnpremDown',
        'TriageOnprem5xxRatio',
        'TriageOnpremQueueSaturated',
        'TriageOnpremAuthFailures',
        'TriagePiiNoOnprem',
      ]),
    );
    for (const r of rules) {
      expect(r.labels.severity, r.alert).toMatch(/^(critical|warning|info)$/);
      expect(r.annotations.summary, r.alert).toBeTruthy();
      if (r.for !== undefined) expect(r.for, r.alert).toMatch(/^\d+[smh]$/);
    }
    expect(rules.flatMap((r) => problems(known, r.expr))).toEqual([]);
  });

  it('catches a drifted name or label (the check itself)', async () => {
    const known = await knownMetrics();
    expect(problems(known, 'rate(triage_request_total[5m])')).toHaveLength(1);
    expect(problems(known, 'sum by (tenant) (rate(triage_requests_total[5m]))')).toHaveLength(1);
    expect(problems(known, 'triage_onprem_rejections_total{cause="queue_full"}')).toHaveLength(1);
    expect(problems(known, 'histogram_quantile(0.5, sum by (le) (rate(triage_onprem_queue_wait_seconds_bucket[5m])))')).toEqual([]);
  });
});
