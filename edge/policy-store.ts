// Where the routing policy comes from at the edge: KV `POLICY`, key `policy/current` (YAML), reloadable
// without a redeploy. Each isolate keeps the compiled policy for POLICY_CACHE_SECONDS, then reads KV again
// (one read in flight at a time) and recompiles only if the text changed.
//
// A policy read from KV is validated with loadPolicy (schema + static checks, including the PII
// invariant) before it is used. An invalid one never replaces the last valid one: the isolate keeps the
// last-good policy and logs the diagnostics' codes and positions (not their messages, which can quote the
// file). No KV value → the bundled default policy. An invalid KV policy with no last-good policy in this
// isolate → 503 `policy_invalid` (fail closed: the bundled default could route a tenant in ways its
// operator's policy forbids).
import { errors } from '../shared/protocol/openai/errors.ts';
import { loadPolicy, type CompiledPolicy, type Diagnostic } from '../shared/core/policy/index.ts';
import defaultPolicyText from '../shared/core/policy/policies/default.yaml';
import { formatLog, type EventLog, type LogSink } from '../shared/protocol/telemetry/index.ts';

export const POLICY_KEY = 'policy/current';

export interface PolicySource {
  get(key: string, type: 'text'): Promise<string | null>;
}

export interface PolicyStoreOptions {
  /** How long a loaded policy is used before KV is read again (ms). */
  cacheMs?: number;
  /** The bundled policy used when KV has none. */
  defaultText?: string;
  log?: LogSink;
  now?: () => number;
}

export interface LoadedPolicy {
  policy: CompiledPolicy;
  source: 'kv' | 'default';
}

/** Diagnostics reduced to what may be logged: code, severity, position and path — no message text. */
export const diagnosticSummary = (ds: readonly Diagnostic[]) =>
  ds.map((d) => `${d.severity}[${d.code}] ${d.line}:${d.col} ${d.path}`.trimEnd());

/** What the pipeline needs from a policy store (tests may hand in their own). */
export interface PolicyProvider {
  get(kv: PolicySource, cacheMs?: number): Promise<LoadedPolicy>;
}

export class PolicyStore implements PolicyProvider {
  private readonly cacheMs: number;
  private readonly defaultText: string;
  private readonly log: LogSink;
  private readonly now: () => number;
  private current?: LoadedPolicy & { text: string | null };
  private checkedAt = -Infinity;
  private inflight?: Promise<LoadedPolicy>;
  private defaultPolicy?: CompiledPolicy;
  /** The text of the last rejected policy, so the same bad text is not re-parsed and re-logged each read. */
  private lastRejected?: string;

  constructor(options: PolicyStoreOptions = {}) {
    this.cacheMs = options.cacheMs ?? 10_000;
    this.defaultText = options.defaultText ?? defaultPolicyText;
    this.log = options.log ?? ((line) => console.log(line));
    this.now = options.now ?? Date.now;
  }

  /** The policy to route by now. `cacheMs` overrides the constructor's (the config's POLICY_CACHE_SECONDS). */
  async get(kv: PolicySource, cacheMs = this.cacheMs): Promise<LoadedPolicy> {
    if (this.current && this.now() - this.checkedAt < cacheMs) return this.current;
    this.inflight ??= this.refresh(kv).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private event(level: EventLog['level'], msg: string, fields: Omit<EventLog, 'ts' | 'level' | 'msg'>): void {
    this.log(formatLog({ ts: new Date().toISOString(), level, msg, ...fields }));
  }

  private bundled(): CompiledPolicy {
    if (!this.defaultPolicy) {
      const r = loadPolicy(this.defaultText, 'default.yaml');
      if (!r.ok) {
        this.event('error', 'policy_default_invalid', { diagnostics: diagnosticSummary(r.errors) });
        throw errors.refused('The gateway has no valid routing policy.', 'policy_invalid');
      }
      this.defaultPolicy = r.policy;
    }
    return this.defaultPolicy;
  }

  private async refresh(kv: PolicySource): Promise<LoadedPolicy> {
    let text: string | null;
    try {
      text = await kv.get(POLICY_KEY, 'text');
    } catch {
      // KV unreachable: keep routing by what we have; retry on the next request.
      if (this.current) return this.current;
      this.event('warn', 'policy_read_failed', { key: POLICY_KEY, fallback: 'default' });
      return { policy: this.bundled(), source: 'default' };
    }
    if (this.current && text === this.current.text) {
      this.checkedAt = this.now();
      return this.current;
    }
    if (text === null) {
      this.current = { policy: this.bundled(), source: 'default', text: null };
      this.checkedAt = this.now();
      return this.current;
    }
    if (text === this.lastRejected && this.current) {
      this.checkedAt = this.now();
      return this.current;
    }
    const r = loadPolicy(text, POLICY_KEY);
    if (!r.ok) {
      if (text !== this.lastRejected) {
        this.event('error', 'policy_rejected', {
          key: POLICY_KEY,
          kept: this.current?.policy.version ?? 'none',
          diagnostics: diagnosticSummary(r.errors),
        });
      }
      this.lastRejected = text;
      if (this.current) {
        this.checkedAt = this.now();
        return this.current;
      }
      throw errors.refused('The routing policy in KV is invalid and no valid policy has been loaded yet.', 'policy_invalid');
    }
    if (this.current?.policy.version !== r.policy.version) {
      this.event('info', 'policy_loaded', { key: POLICY_KEY, version: r.policy.version, previous: this.current?.policy.version ?? 'none' });
    }
    this.current = { policy: r.policy, source: 'kv', text };
    this.checkedAt = this.now();
    return this.current;
  }
}
