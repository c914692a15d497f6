// What telemetry() leaves on the context for every later step (types only, like every step's vars.ts).
import type { TraceContext } from '../../../shared/protocol/telemetry/index.ts';
import type { Config } from '../../config.ts';
import type { Timings } from './timings.ts';

export interface TelemetryVars {
  /** The bindings, checked (config.ts). */
  config: Config;
  requestId: string;
  /** The span of this request at the edge (child of the client's traceparent, if it sent one). */
  trace: TraceContext;
  /** Per-step durations in ms, for the request's log line (timed()). */
  timings: Timings;
}
