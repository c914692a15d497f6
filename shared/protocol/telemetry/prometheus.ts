// A small Prometheus registry: counters, gauges and histograms with labels, rendered in the text exposition
// format (version 0.0.4). Pure, so it runs in workerd and Node alike.
//
// Why not prom-client: it needs Node built-ins, so in workerd it would need `nodejs_compat`, which the edge
// must keep off (with it onnxruntime-web takes its Node code path and fails). The subset used here — three
// metric types, labels, escaping, cumulative buckets — is small enough to own.
//
//   const reg = new Registry();
//   const requests = reg.counter('triage_requests_total', 'Requests answered.', ['route', 'status']);
//   requests.inc({ route: '/v1/chat/completions', status: '200' });
//   reg.render();   // → "# HELP triage_requests_total Requests answered.\n# TYPE ... counter\n..."

export type Labels<L extends string> = Readonly<Record<L, string>>;

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** HELP text: backslash and newline escaped. */
export const escapeHelp = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
/** Label values: backslash, double quote and newline escaped. */
export const escapeLabelValue = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** Sample values as the format spells them: +Inf, -Inf, NaN, otherwise a JS number. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(v);
}

function labelText(names: readonly string[], values: readonly string[], extra?: [string, string]): string {
  const parts = names.map((n, i) => `${n}="${escapeLabelValue(values[i] ?? '')}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabelValue(extra[1])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

abstract class Metric<L extends string> {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly L[],
  ) {
    if (!NAME.test(name)) throw new Error(`invalid metric name ${JSON.stringify(name)}`);
    for (const l of labelNames)
      if (!LABEL.test(l) || l.startsWith('__') || l === 'le') throw new Error(`invalid label name ${JSON.stringify(l)}`);
  }
  abstract readonly type: 'counter' | 'gauge' | 'histogram';
  /** The label values in declared order; missing labels are '' (Prometheus treats that as absent). */
  protected values(labels: Partial<Labels<L>> | undefined): string[] {
    return this.labelNames.map((n) => labels?.[n] ?? '');
  }
  protected key(values: readonly string[]): string {
    return values.join('\u0000');
  }
  abstract samples(): string[];
  render(): string {
    return [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`, ...this.samples()].join('\n');
  }
}

class Scalar<L extends string> extends Metric<L> {
  readonly type: 'counter' | 'gauge';
  private readonly series = new Map<string, { values: string[]; v: number }>();
  constructor(type: 'counter' | 'gauge', name: string, help: string, labelNames: readonly L[]) {
    super(name, help, labelNames);
    this.type = type;
  }
  protected add(labels: Partial<Labels<L>> | undefined, by: number, set = false): void {
    const values = this.values(labels);
    const k = this.key(values);
    const s = this.series.get(k);
    if (s) s.v = set ? by : s.v + by;
    else this.series.set(k, { values, v: by });
  }
  get(labels?: Partial<Labels<L>>): number {
    return this.series.get(this.key(this.values(labels)))?.v ?? 0;
  }
  samples(): string[] {
    return [...this.series.values()].map((s) => `${this.name}${labelText(this.labelNames, s.values)} ${formatValue(s.v)}`);
  }
}

export class Counter<L extends string = never> extends Scalar<L> {
  constructor(name: string, help: string, labelNames: readonly L[] = []) {
    super('counter', name, help, labelNames);
  }
  inc(labels?: Partial<Labels<L>>, by = 1): void {
    if (!(by >= 0)) throw new Error('a counter only goes up');
    this.add(labels, by);
  }
}

export class Gauge<L extends string = never> extends Scalar<L> {
  constructor(name: string, help: string, labelNames: readonly L[] = []) {
    super('gauge', name, help, labelNames);
  }
  set(labels: Partial<Labels<L>> | undefined, v: number): void {
    this.add(labels, v, true);
  }
  inc(labels?: Partial<Labels<L>>, by = 1): void {
    this.add(labels, by);
  }
  dec(labels?: Partial<Labels<L>>, by = 1): void {
    this.add(labels, -by);
  }
}

/** Latency buckets in seconds: 5 ms … 60 s. */
export const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] as const;

export class Histogram<L extends string = never> extends Metric<L> {
  readonly type = 'histogram' as const;
  private readonly buckets: number[];
  private readonly series = new Map<string, { values: string[]; counts: number[]; sum: number; count: number }>();
  constructor(name: string, help: string, labelNames: readonly L[] = [], buckets: readonly number[] = DEFAULT_BUCKETS) {
    super(name, help, labelNames);
    this.buckets = [...buckets].sort((a, b) => a - b).filter((b) => Number.isFinite(b));
  }
  observe(labels: Partial<Labels<L>> | undefined, v: number): void {
    const values = this.values(labels);
    const k = this.key(values);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { values, counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    // Counts per bucket are stored non-cumulatively and summed when rendered.
    const i = this.buckets.findIndex((b) => v <= b);
    if (i >= 0) s.counts[i]! += 1;
    s.sum += v;
    s.count += 1;
  }
  samples(): string[] {
    const out: string[] = [];
    for (const s of this.series.values()) {
      let acc = 0;
      this.buckets.forEach((b, i) => {
        acc += s.counts[i]!;
        out.push(`${this.name}_bucket${labelText(this.labelNames, s.values, ['le', formatValue(b)])} ${acc}`);
      });
      out.push(`${this.name}_bucket${labelText(this.labelNames, s.values, ['le', '+Inf'])} ${s.count}`);
      out.push(`${this.name}_sum${labelText(this.labelNames, s.values)} ${formatValue(s.sum)}`);
      out.push(`${this.name}_count${labelText(this.labelNames, s.values)} ${s.count}`);
    }
    return out;
  }
}

export class Registry {
  private readonly metrics = new Map<string, Metric<string>>();
  private register<M extends Metric<string>>(m: M): M {
    if (this.metrics.has(m.name)) throw new Error(`metric ${m.name} registered twice`);
    this.metrics.set(m.name, m);
    return m;
  }
  counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return this.register(new Counter<L>(name, help, labelNames));
  }
  gauge<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    return this.register(new Gauge<L>(name, help, labelNames));
  }
  histogram<L extends string = never>(
    name: string,
    help: string,
    labelNames: readonly L[] = [],
    buckets?: readonly number[],
  ): Histogram<L> {
    return this.register(new Histogram<L>(name, help, labelNames, buckets));
  }
  /** The exposition text, ending in a newline. */
  render(): string {
    return [...this.metrics.values()].map((m) => m.render()).join('\n') + '\n';
  }
}

/** The Content-Type of the text format. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
