// The node process's own metrics, from prom-client's default collectors: CPU seconds, resident memory, heap,
// open file descriptors, event-loop lag, GC pauses, active handles (`process_*`, `nodejs_*`). They describe the
// process, not requests, so there is one registry per process however many nodes it runs (tests, the bench);
// GET /metrics serves them after the node's own `triage_onprem_*` registry (onprem/metrics.ts).
import { collectDefaultMetrics, Registry } from 'prom-client';

let registry: Registry | undefined;

function processRegistry(): Registry {
  if (registry) return registry;
  registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * The process metrics in Prometheus text (version 0.0.4, like the node's registry), ending in a newline. The
 * blank lines prom-client puts between metrics are dropped, and its `Nan` (event-loop lag before the first
 * sample) is written as the format spells it, `NaN`, so the whole page reads as one registry's does.
 */
export async function renderProcessMetrics(): Promise<string> {
  const lines = (await processRegistry().metrics()).split('\n').filter((line) => line.length > 0);
  return lines.map((line) => line.replace(/ Nan$/, ' NaN')).join('\n') + '\n';
}
