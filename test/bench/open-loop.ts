// Open-loop load: requests at a constant arrival rate, each sent at its scheduled time whatever the answers
// before it did, and its latency counted from that scheduled time — not from when it was actually sent. A
// stall (in the target, or in this process's event loop) then shows in the latency of every request it
// delayed, instead of silently thinning the sample ("coordinated omission").
import { performance } from 'node:perf_hooks';

export interface Clock {
  now(): number;
  /** Resolves at (or after) `t`, in now()'s milliseconds. */
  sleepUntil(t: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleepUntil: (t) => {
    const wait = t - performance.now();
    return wait > 0 ? new Promise((r) => setTimeout(r, wait)) : Promise.resolve();
  },
};

/**
 * An arrival rate that keeps every target lightly loaded — at most `utilization` of the slowest one's
 * measured capacity (req/s) — so the figures say what one request costs, not how long a queue grows; never
 * above `max` nor below `min`, whole requests per second.
 */
export function lightLoadRate(capacities: readonly number[], max: number, utilization = 0.25, min = 5): number {
  const slowest = Math.min(...capacities.filter((c) => Number.isFinite(c) && c > 0));
  if (!Number.isFinite(slowest)) return min;
  return Math.max(min, Math.min(max, Math.floor(slowest * utilization)));
}

/** When request i is due: `start` + i intervals of 1000/`rate` ms. */
export function dueTimes(start: number, rate: number, n: number): number[] {
  if (!(rate > 0)) throw new Error('open loop: the rate must be positive');
  return Array.from({ length: n }, (_, i) => start + (i * 1000) / rate);
}

/** Each request's latency from its scheduled time (ms); NaN where it failed. */
export function latenciesFromSchedule(due: readonly number[], done: readonly number[]): number[] {
  return due.map((d, i) => (done[i] ?? NaN) - d);
}

export interface OpenLoopResult {
  /** Latency from the scheduled time, ms, of each request that succeeded. */
  latencies: number[];
  errors: number;
}

/**
 * Sends `n` requests at `rate` per second (`send(i)` resolving = answered, rejecting = failed) and waits for
 * all of them. The first is due `leadMs` from now.
 */
export async function openLoop(
  send: (i: number) => Promise<void>,
  rate: number,
  n: number,
  clock = realClock,
  leadMs = 2,
): Promise<OpenLoopResult> {
  const due = dueTimes(clock.now() + leadMs, rate, n);
  const done: number[] = new Array<number>(n).fill(NaN);
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    await clock.sleepUntil(due[i]!);
    inFlight.push(
      send(i).then(
        () => void (done[i] = clock.now()),
        () => undefined,
      ),
    );
  }
  await Promise.all(inFlight);
  const all = latenciesFromSchedule(due, done);
  const latencies = all.filter((v) => !Number.isNaN(v));
  return { latencies, errors: n - latencies.length };
}
