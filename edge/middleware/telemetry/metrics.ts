// The edge's metrics (GET /metrics, Prometheus text). One registry per isolate: a Worker's /metrics shows
// what the isolate that answered the scrape has seen since it started — enough for local development and
// tests; in production aggregate these through Workers Analytics Engine or a log pipeline instead.
// Labels are bounded sets (routes, target names, statuses, PII type names) — never tenants or keys.
import { Registry } from '../../../shared/protocol/telemetry/index.ts';

export function createMetrics() {
  const registry = new Registry();
  return {
    registry,
    requests: registry.counter('triage_requests_total', 'Requests answered, by route, target and HTTP status.', [
      'route',
      'target',
      'status',
    ]),
    latency: registry.histogram('triage_request_duration_seconds', 'Time to the response headers, by route and target.', [
      'route',
      'target',
    ]),
    pii: registry.counter('triage_pii_detections_total', 'Requests in which PII of a type was found (type names only).', ['type']),
    unscanned: registry.counter(
      'triage_unscanned_content_total',
      'Requests carrying content of a kind the edge cannot scan (images, token ids, uncovered scripts …).',
      ['kind'],
    ),
    decisions: registry.counter('triage_decisions_total', 'Routing decisions, by rule and outcome (route kind or refusal code).', [
      'rule',
      'outcome',
    ]),
    fallbacks: registry.counter('triage_fallbacks_total', 'Targets that failed and were fallen back from.', ['target']),
    rateLimited: registry.counter('triage_rate_limit_rejections_total', 'Requests refused by a rate limit.', [
      'scope',
      'dimension',
      'where',
    ]),
    shadow: registry.counter(
      'triage_shadow_decisions_total',
      'Decisions of the shadow policy (KV policy/shadow), by whether the live policy sent the request the same way.',
      ['agreement'],
    ),
    cache: registry.counter('triage_cache_requests_total', 'Response cache lookups: hit, miss or bypass.', ['result']),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
