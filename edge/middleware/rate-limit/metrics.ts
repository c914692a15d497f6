// Usage in /metrics: totals only. Tenants and keys are not labels (unbounded, and they name customers); per
// tenant and key, the operator reads the RateLimiter objects' counters (admin.ts).
import type { Registry } from '../../../shared/protocol/telemetry/index.ts';
import type { UsageSource } from './index.ts';
import type { Usage } from './usage.ts';

/** Registers the usage counters; returns the rate-limit step's `onUsage`. */
export function usageMetrics(registry: Registry): (usage: Usage, source: UsageSource) => void {
  const tokens = registry.counter(
    'triage_usage_tokens_total',
    'Tokens used, as the upstreams reported them (else the estimate), by direction: prompt or completion.',
    ['direction'],
  );
  const answers = registry.counter(
    'triage_usage_answers_total',
    'Answers counted, by how their usage was known: reported, estimated (none came back), none (cache hit or error).',
    ['usage'],
  );
  for (const direction of ['prompt', 'completion']) tokens.inc({ direction }, 0);
  for (const usage of ['reported', 'estimated', 'none'] satisfies UsageSource[]) answers.inc({ usage }, 0);
  return (usage, source) => {
    tokens.inc({ direction: 'prompt' }, usage.prompt);
    tokens.inc({ direction: 'completion' }, Math.max(0, usage.completion));
    answers.inc({ usage: source });
  };
}
