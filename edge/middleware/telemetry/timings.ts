// Per-step durations, for the request's log line (`timings`): telemetry() starts the record, each step that
// takes time wraps its work in timed(c.get('timings'), …).

/** Milliseconds by step name, e.g. `{ inspect: 1, policy: 5, decide: 0, execute: 230 }`. */
export type Timings = Record<string, number>;

/** Runs `fn` and records how long it took under `timings[step]`. */
export async function timed<T>(timings: Timings, step: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[step] = Math.round((performance.now() - t0) * 1000) / 1000;
  }
}
