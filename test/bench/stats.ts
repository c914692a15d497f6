// Timing helpers for benchmarks: warm up, sample, summarise. Benchmarks print figures; tests never time.

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
}

/** Run `fn` `warmup` times, then time `samples` single calls (µs each, hrtime resolution). */
export function sample(fn: () => unknown, samples: number, warmup = Math.min(samples, 500)): Summary {
  for (let i = 0; i < warmup; i++) fn();
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times[i] = Number(process.hrtime.bigint() - t0) / 1e3;
  }
  return summarize(times);
}

export function summarize(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), mean: sum / sorted.length };
}

/** A plain-text table with right-aligned numeric columns. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** Progress on stderr, so the figures on stdout stay clean for copying. */
export function progress(msg: string): void {
  process.stderr.write(`… ${msg}\n`);
}

/**
 * Runs every step once per round, `rounds` times, in rotating order (round i starts with step i mod n), so
 * drift on the shared machine hits each alike; returns what each step returned, by step name.
 */
export async function interleaved<K extends string, T>(
  rounds: number,
  steps: Record<K, (i: number) => Promise<T>>,
): Promise<Record<K, T[]>> {
  const names = Object.keys(steps) as K[];
  const out = Object.fromEntries(names.map((k) => [k, [] as T[]])) as Record<K, T[]>;
  for (let i = 0; i < rounds; i++) {
    for (let s = 0; s < names.length; s++) {
      const k = names[(i + s) % names.length]!;
      out[k].push(await steps[k](i));
    }
  }
  return out;
}
