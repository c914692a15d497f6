// The node's Prometheus metrics (shared/protocol/telemetry's registry). The names are a contract: the HPA in
// onprem/deploy/ scales on triage_onprem_queue_depth / triage_onprem_inflight, and dashboards use the rest.
// Labels carry routes, statuses and reason codes only — never request content.
import { Registry } from '../shared/protocol/telemetry/index.ts';

/** Token rates: 1 … 5000 tokens/s. */
const TOKENS_PER_SECOND_BUCKETS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

export function createMetrics() {
  const registry = new Registry();
  return {
    registry,
    queueDepth: registry.gauge('triage_onprem_queue_depth', 'Requests waiting for an engine slot.'),
    inflight: registry.gauge('triage_onprem_inflight', 'Requests holding an engine slot (running on the engine).'),
    requests: registry.counter('triage_onprem_requests_total', 'Requests answered, by route and HTTP status (499: the client went away).', [
      'route',
      'status',
    ]),
    duration: registry.histogram('triage_onprem_request_duration_seconds', 'Time from receiving a request to its last response byte.', [
      'route',
    ]),
    queueWait: registry.histogram('triage_onprem_queue_wait_seconds', 'Time a request waited for an engine slot.'),
    rejections: registry.counter(
      'triage_onprem_rejections_total',
      'Requests refused by admission control (queue_full, deadline, draining).',
      ['reason'],
    ),
    authFailures: registry.counter('triage_onprem_auth_failures_total', 'Requests refused by authentication, by reason code.', ['reason']),
    tokens: registry.counter('triage_onprem_tokens_total', 'Tokens processed, as the engine reported them (usage).', ['kind']),
    tokensPerSecond: registry.histogram(
      'triage_onprem_tokens_per_second',
      'Completion tokens per second of engine time, per request.',
      [],
      TOKENS_PER_SECOND_BUCKETS,
    ),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
