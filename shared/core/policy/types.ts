// The policy engine's public types. Policy file types are inferred from the zod schema (schema.ts).
import type { Needs } from '../inspect/needs.ts';
import type { UnscannedKind } from '../inspect/unscanned.ts';
import type { PiiType } from '../pii/types.ts';
import type { PolicySpec, TargetKind, TargetSpec, Task } from './schema.ts';

export type { Condition, PolicySpec, RuleSpec, StickySpec, TargetKind, TargetSpec, Task } from './schema.ts';

/** What the edge knows about a request when it routes it. Computed once per request, before routing. */
export interface RequestFeatures {
  /** Distinct PII types found in the request (names only). Non-empty ⇒ the request may only go on-prem. */
  piiTypes: readonly PiiType[];
  /**
   * Kinds of content the edge could not scan (images, token ids, text in scripts the detectors do not
   * cover, …). Non-empty ⇒ only an onprem target, or one whose `allow_unscanned` lists every kind.
   */
  unscanned: readonly UnscannedKind[];
  /** Prompt tokens + max_tokens (the budget the request may use). */
  estimatedTokens: number;
  /** The model alias the client asked for. */
  model?: string;
  task: Task;
  tenant?: string;
  stream: boolean;
  metadata: Readonly<Record<string, string>>;
  /** Request headers, names in lower case. */
  headers: Readonly<Record<string, string>>;
  requestId?: string;
  /**
   * The request belongs to a session in which PII was seen (this turn or an earlier one within the policy's
   * `sticky.ttl_seconds`), or whose state could not be read (fail closed). True ⇒ onprem targets only.
   */
  sticky?: boolean;
  /**
   * Some PII finding is not certain enough to redact (found by the learned tagger only, or below the rules'
   * confidence): the request may then go on-prem only, whatever a target's allow_redacted says. Absent: false
   * (the run step checks again before it redacts).
   */
  piiUncertain?: boolean;
  /**
   * What the target must serve besides the task and model: tools, structured output, images, context
   * (shared/core/inspect/needs.ts). Absent: nothing more (capabilities.ts).
   */
  needs?: Needs;
}

interface DecisionCommon {
  /** The rule that decided (its name), or 'default'. */
  rule: string;
  policyVersion: string;
  /** Human-readable trail: rules skipped and why, conditions that held, split bucket, targets dropped. */
  reasons: string[];
  /** PII types that were found (names only), as given in the features. */
  piiTypes: PiiType[];
  /** Unscanned content kinds, as given in the features. */
  unscanned: UnscannedKind[];
  /** The request was routed as part of a sticky session (the features' `sticky`). */
  sticky?: boolean;
}

/** Send the request to `target`; on failure try `fallbacks` in order. */
export interface RouteDecision extends DecisionCommon {
  kind: 'route';
  target: string;
  targetKind: TargetKind;
  fallbacks: string[];
  /**
   * PII types to replace by placeholders before the request goes to a non-onprem target of this decision
   * (every type found; all in that target's allow_redacted). Absent when nothing is to be redacted.
   */
  redact?: PiiType[];
  /** Present when the response may be cached (never when PII or unscanned content was found). */
  cache?: { ttlSeconds: number };
}

/**
 * Do not send the request anywhere: answer with an error (503). `pii_no_onprem`: PII found and no onprem
 * target left; `sticky_no_onprem`: no PII in this request, but its session is sticky and no onprem target
 * is left; `unscanned_no_onprem`: no PII, but content the edge cannot scan and no target left that may
 * receive it; `no_target`: the policy names no defined target. A discriminated union, so a caller cannot
 * reach `target` without first handling this case.
 */
export interface RefuseDecision extends DecisionCommon {
  kind: 'refuse';
  code: 'pii_no_onprem' | 'sticky_no_onprem' | 'unscanned_no_onprem' | 'no_target' | 'no_capable_target';
  reason: string;
}

export type Decision = RouteDecision | RefuseDecision;

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when no position is known. */
  line: number;
  col: number;
  severity: Severity;
  /** Stable identifier of the check, e.g. `pii-invariant`, `unknown-target`, `schema`, `yaml-syntax`. */
  code: string;
  /** Where in the policy, e.g. `rules[2].target` ('' for the whole file). */
  path: string;
  message: string;
}

/** A path into the policy document, as zod reports it: keys and array indices. */
export type DocPath = readonly (string | number)[];

/** Resolves a document path to a position (the nearest existing node for a missing key). */
export type Locate = (path: DocPath, opts?: { key?: string }) => { line: number; col: number };

/** A policy ready to evaluate: the spec, its version and conditions compiled to closures. */
export interface CompiledPolicy {
  readonly spec: PolicySpec;
  readonly version: string;
  readonly targets: ReadonlyMap<string, TargetSpec>;
  /** @internal compiled rules, in order (evaluate.ts). */
  readonly rules: readonly CompiledRule[];
  /** @internal */
  readonly fallback: CompiledRule;
}

/** @internal */
export interface CompiledAtom {
  test(f: RequestFeatures): boolean;
  /** Why it held, e.g. `task chat ∈ [chat, classify]`. */
  held(f: RequestFeatures): string;
  /** Why it did not hold, e.g. `task embeddings ∉ [chat, classify]`. */
  failed(f: RequestFeatures): string;
}

/** @internal */
export interface CompiledRule {
  name: string;
  atoms: readonly CompiledAtom[];
  choose(f: RequestFeatures): { target: string; reason?: string };
  fallbacks: readonly string[];
  cache: { ttlSeconds: number } | undefined;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  return `${where}: ${d.severity}[${d.code}]: ${d.path ? d.path + ': ' : ''}${d.message}`;
}

/** `rules[2].target`, `targets.edge-small.kind`, `when.metadata["a b"]`. */
export function formatPath(path: DocPath): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) s += (s ? '.' : '') + seg;
    else s += `[${JSON.stringify(seg)}]`;
  }
  return s;
}
