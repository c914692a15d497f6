// Replaying recorded decisions under a candidate policy: each receipt keeps the features the policy routed on
// (task, model alias, stream, token estimate, PII types, unscanned kinds, sticky) but no text and no header or
// metadata values, so a candidate is evaluated on exactly those, and rules that route on headers or metadata
// are named as what a replay cannot reproduce.
import { evaluatePolicy, type CompiledPolicy, type Condition, type RequestFeatures } from '../policy/index.ts';
import { onpremOnly } from '../receipts/report.ts';
import type { DecisionFeatures } from '../receipts/receipt.ts';
import { routedAs } from './compare.ts';
import type { DecisionPair } from './diff.ts';

/** What a replay reads of a receipt. */
export interface ReplayableReceipt {
  request_id: string;
  tenant: string;
  decision: 'route' | 'refuse';
  refusal?: string;
  /** Where the request ran; the decided target is the first one tried (`fallbacks[0]`) when it fell back. */
  target: string | null;
  fallbacks: readonly { target: string }[];
  pii_types: readonly string[];
  unscanned: readonly string[];
  sticky?: boolean;
  /** Types replaced by placeholders before the request left (redact-and-restore). */
  redactions?: readonly { type: string }[];
  features: DecisionFeatures;
}

export function featuresOf(r: ReplayableReceipt): RequestFeatures {
  const f = r.features;
  return {
    piiTypes: f.pii,
    unscanned: f.unscanned,
    estimatedTokens: f.estimated_tokens,
    ...(f.model !== undefined ? { model: f.model } : {}),
    task: f.task,
    tenant: r.tenant,
    stream: f.stream,
    metadata: {},
    headers: {},
    requestId: r.request_id,
    sticky: r.sticky === true,
  };
}

/** The live decision as the receipt records it: the decided target (before fallbacks), or the refusal. */
export function liveDecision(r: ReplayableReceipt): DecisionPair['live'] {
  if (r.decision === 'refuse') return { decision: 'refuse', target: null, ...(r.refusal ? { refusal: r.refusal } : {}) };
  return { decision: 'route', target: r.fallbacks[0]?.target ?? r.target };
}

export function* replay(candidate: CompiledPolicy, receipts: Iterable<ReplayableReceipt>): Generator<DecisionPair> {
  for (const r of receipts) {
    const decided = routedAs(evaluatePolicy(candidate, featuresOf(r)));
    yield {
      request_id: r.request_id,
      tenant: r.tenant,
      sensitive: onpremOnly(r),
      live: liveDecision(r),
      candidate: decided,
    };
  }
}

/** Rules whose outcome a replay cannot reproduce, because they route on header or metadata values. */
export function unreplayableRules(candidate: CompiledPolicy): string[] {
  return candidate.spec.rules
    .filter((rule) => readsClientFields(rule.when) || /^(metadata|header)\./.test(rule.bucket_by ?? ''))
    .map((rule) => rule.name);
}

function readsClientFields(c: Condition): boolean {
  return c.metadata !== undefined || c.headers !== undefined || (c.any_of ?? []).some(readsClientFields);
}
