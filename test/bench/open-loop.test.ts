import { describe, expect, it } from 'vitest';
import { dueTimes, latenciesFromSchedule, lightLoadRate, openLoop, type Clock } from './open-loop.ts';

/** A virtual clock: time moves only when the test's driver wakes the earliest sleeper. */
class FakeClock implements Clock {
  t = 0;
  private sleepers: { at: number; wake: () => void }[] = [];
  /** The scheduler's wake-ups that come late (a busy event loop), by call number. */
  lateness = new Map<number, number>();
  private calls = 0;
  now = () => this.t;
  sleepUntil = (at: number) => this.after(at + (this.lateness.get(this.calls++) ?? 0));
  /** A promise that settles at virtual time `at` (a fake request's answer). */
  after(at: number): Promise<void> {
    return new Promise((wake) => this.sleepers.push({ at, wake }));
  }
  async drive<T>(p: Promise<T>): Promise<T> {
    let settled = false;
    void p.finally(() => (settled = true));
    while (!settled) {
      await new Promise((r) => setImmediate(r));
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers.shift();
      if (!next) continue;
      this.t = Math.max(this.t, next.at);
      next.wake();
    }
    return p;
  }
}

describe('lightLoadRate', () => {
  it("is a quarter of the slowest target's capacity, within bounds", () => {
    expect(lightLoadRate([8000, 560, 91], 100)).toBe(22);
    expect(lightLoadRate([8000, 4000], 100)).toBe(100);
    expect(lightLoadRate([12], 100)).toBe(5);
  });

  it('ignores capacities that were not measured', () => {
    expect(lightLoadRate([NaN, 0, 200], 100)).toBe(50);
    expect(lightLoadRate([], 100)).toBe(5);
  });
});

describe('dueTimes', () => {
  it('spaces requests 1000/rate ms apart from the start', () => {
    expect(dueTimes(5, 100, 4)).toEqual([5, 15, 25, 35]);
    expect(() => dueTimes(0, 0, 1)).toThrow();
  });
});

describe('latenciesFromSchedule', () => {
  it('counts from the scheduled time; a request without an answer has none', () => {
    expect(latenciesFromSchedule([0, 10, 20], [3, 48, NaN])).toEqual([3, 38, NaN]);
  });
});

describe('openLoop', () => {
  it("sends on schedule whatever the answers before: one slow answer delays no other request's latency", async () => {
    const clock = new FakeClock();
    const service = [3, 35, 3, 3];
    const send = (i: number) => clock.after(clock.now() + service[i]!);
    const r = await clock.drive(openLoop(send, 100, 4, clock, 0));
    expect(r).toEqual({ latencies: [3, 35, 3, 3], errors: 0 });
  });

  it('counts a late send from its scheduled time, so a stall in the sender shows in every request it delayed', async () => {
    const clock = new FakeClock();
    clock.lateness.set(2, 20); // the wake-up for request 2 (due at 20) comes at 40
    const send = () => clock.after(clock.now() + 3);
    const r = await clock.drive(openLoop(send, 100, 4, clock, 0));
    // Request 2 sent at 40 (due 20) → 23; request 3 due at 30, sent at 40 → 13.
    expect(r.latencies).toEqual([3, 3, 23, 13]);
  });

  it('counts failed requests as errors, not latencies', async () => {
    const clock = new FakeClock();
    const send = (i: number) => (i === 1 ? Promise.reject(new Error('HTTP 502')) : clock.after(clock.now() + 2));
    const r = await clock.drive(openLoop(send, 50, 3, clock, 0));
    expect(r).toEqual({ latencies: [2, 2], errors: 1 });
  });
});
