// Step: a shadow policy decides beside the live one, on the same request features, and decides nothing. Its
// decision is kept on the context (`shadowDecision`: the receipt records it next to the live one) and counted
// (triage_shadow_decisions_total, same or different destination); `triage policy diff` summarizes the
// receipts. The candidate is KV `policy/shadow` (./store.ts); without one this step costs a cached lookup.
//
//   app.post('/v1/chat/completions', ..., rateLimit(), sticky(), shadow({ store }), decide({ store }), ...)
//
// Registered before decide so that it also sees requests the live policy refuses (decide throws): it evaluates
// after decide has set `features`, whatever happened next. Nothing here may fail a request.
import type { MiddlewareHandler } from 'hono';
import { evaluatePolicy, type Decision } from '../../../shared/core/policy/index.ts';
import { routedAs, sameDestination, type RoutedAs } from '../../../shared/core/shadow/compare.ts';
import type { Env } from '../../env.ts';
import type { DecideVars } from '../decide/vars.ts';
import type { TelemetryVars } from '../telemetry/vars.ts';
import { ShadowPolicyStore } from './store.ts';
import type { ShadowVars } from './vars.ts';

type ShadowEnv = { Bindings: Env; Variables: ShadowVars & Partial<DecideVars> & TelemetryVars };

export interface ShadowOptions {
  store: ShadowPolicyStore;
  /** Called with each shadow decision and whether it agrees with the live one (metrics). */
  onShadow?: (shadow: RoutedAs, agrees: boolean) => void;
}

export function shadow(options: ShadowOptions): MiddlewareHandler<ShadowEnv> {
  const { store, onShadow } = options;
  return async function shadow(c, next) {
    // Read (or reuse) the candidate while the live pipeline runs; never let it fail the request.
    const candidate = store.get(c.env.POLICY, c.get('config').policyCacheMs).catch(() => undefined);
    try {
      await next();
    } finally {
      const policy = await candidate;
      const features = c.get('features');
      const live = c.get('decision');
      if (policy && features && live) {
        const decided = routedAs(evaluatePolicy(policy, features));
        c.set('shadowDecision', decided);
        onShadow?.(decided, agrees(live, decided));
      }
    }
  };
}

function agrees(live: Decision, shadow: RoutedAs): boolean {
  return sameDestination(routedAs(live), shadow);
}
