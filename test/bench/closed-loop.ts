// Closed-loop load with autocannon's programmatic API (lighter on the client than an undici loop, which
// matters when client, gateway and upstream share two cores): `connections` connections, each sending its
// next request when the last one answered, for `seconds`. Every request is made by `next()` — a different
// body each time, and headers made for that body (e.g. a signature with a single-use nonce).
import autocannon from 'autocannon';
import { cpuMs } from './proc-stat.ts';

export interface PreparedRequest {
  body: string;
  headers: Record<string, string>;
}

export interface ClosedLoopResult {
  /** Requests answered 2xx. */
  answered: number;
  /** Answers other than 2xx, connection errors and timeouts. */
  failures: number;
  seconds: number;
  /** Answered per second. */
  rps: number;
  /** CPU ms the watched process used during the run (NaN without /proc). */
  cpuMs: number;
}

export async function closedLoop(
  url: string,
  connections: number,
  seconds: number,
  next: () => PreparedRequest,
  watchPid: number,
): Promise<ClosedLoopResult> {
  const { origin, pathname, search } = new URL(url);
  const cpu0 = cpuMs(watchPid);
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 10,
    // The run ends at the first sample tick after `seconds`; a short interval keeps it close.
    sampleInt: 250,
    requests: [
      {
        method: 'POST',
        path: pathname + search,
        setupRequest: (req) => {
          const r = next();
          return { ...req, body: r.body, headers: { 'content-type': 'application/json', ...r.headers } };
        },
      },
    ],
  });
  const cpu = cpuMs(watchPid) - cpu0;
  const answered = result['2xx'];
  return { answered, failures: result.non2xx + result.errors, seconds: result.duration, rps: answered / result.duration, cpuMs: cpu };
}
