// Where the shadow policy comes from: KV `POLICY`, key `policy/shadow` (YAML), set and removed like the live
// policy (`wrangler kv key put policy/shadow --path candidate.yaml --binding POLICY`). Read at most once per
// cache period per isolate. It must never affect live traffic: no value, a KV error or an invalid policy all
// mean "no shadow" (an invalid one is logged once, by diagnostic codes and positions only).
import { loadPolicy, type CompiledPolicy } from '../../../shared/core/policy/index.ts';
import { formatLog, type LogSink } from '../../../shared/protocol/telemetry/index.ts';
import { diagnosticSummary, type PolicySource } from '../../policy-store.ts';

export const SHADOW_POLICY_KEY = 'policy/shadow';

export class ShadowPolicyStore {
  private text: string | null = null;
  private policy?: CompiledPolicy;
  private checkedAt = -Infinity;
  private inflight?: Promise<CompiledPolicy | undefined>;

  constructor(
    private readonly log: LogSink,
    private readonly now: () => number = Date.now,
  ) {}

  /** The shadow policy now, or undefined when there is none (or none that loads). */
  async get(kv: PolicySource, cacheMs: number): Promise<CompiledPolicy | undefined> {
    if (this.now() - this.checkedAt < cacheMs) return this.policy;
    this.inflight ??= this.refresh(kv).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async refresh(kv: PolicySource): Promise<CompiledPolicy | undefined> {
    const text = await kv.get(SHADOW_POLICY_KEY, 'text').catch(() => this.text);
    this.checkedAt = this.now();
    if (text === this.text) return this.policy;
    this.text = text;
    this.policy = text === null ? undefined : this.compile(text);
    return this.policy;
  }

  private compile(text: string): CompiledPolicy | undefined {
    const r = loadPolicy(text, SHADOW_POLICY_KEY);
    const ts = new Date().toISOString();
    if (!r.ok) {
      this.log(
        formatLog({ ts, level: 'warn', msg: 'shadow_policy_rejected', key: SHADOW_POLICY_KEY, diagnostics: diagnosticSummary(r.errors) }),
      );
      return undefined;
    }
    this.log(formatLog({ ts, level: 'info', msg: 'shadow_policy_loaded', key: SHADOW_POLICY_KEY, version: r.policy.version }));
    return r.policy;
  }
}
