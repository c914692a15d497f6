// Compiles a policy's conditions into closures once (at load), and evaluates a request against them. Pure
// and synchronous: no I/O, no clocks, no randomness (splits bucket by a hash), so a decision can be
// reproduced anywhere from the same policy and features.
//
// The run-time rule lives here, independent of the policy and of the static checks: after the rule is
// chosen, every target that may not receive the request (sensitivity.ts: PII → onprem only; unscanned
// content → onprem or a target whose allow_unscanned lists every kind; a sticky session → onprem) is dropped
// from the decision; if nothing is left the decision is a refusal (`pii_no_onprem`, `sticky_no_onprem`,
// else `unscanned_no_onprem`). Then every target left that cannot serve the request (capabilities.ts: its
// task, model alias, tools, structured output, images, context) is dropped too, the trail saying why
// (`dropped: edge-small (no tools)`); if nothing is left, `no_capable_target`.
//
// Lookups into request maps (metadata, headers) are own-property only: `metadata.constructor` is absent
// unless the client sent it, never Object.prototype's.
import type { UnscannedKind } from '../inspect/unscanned.ts';
import type { PiiType } from '../pii/types.ts';
import type { Condition, PolicySpec, RuleSpec, TargetSpec } from './schema.ts';
import { unmet } from './capabilities.ts';
import { allowedRedacted, mayReceiveRedacted } from './redaction.ts';
import { mayReceive, refusedUnscanned } from './sensitivity.ts';
import type { CompiledAtom, CompiledPolicy, CompiledRule, Decision, RequestFeatures } from './types.ts';
import { policyVersion } from './version.ts';

const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;

/** `rec[key]` if `rec` has that key itself (not through its prototype). */
const own = (rec: Readonly<Record<string, string>>, key: string): string | undefined => (Object.hasOwn(rec, key) ? rec[key] : undefined);

/**
 * The token count conditions compare: a whole number ≥ 0. The static check reasons over whole numbers
 * (`max: 2048` and `min: 2049` leave no gap), so a fractional, negative or non-finite estimate is
 * rounded up, clamped at 0, and taken as unbounded respectively.
 */
export function tokenCount(estimated: number): number {
  if (Number.isNaN(estimated) || estimated === Infinity) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.ceil(estimated));
}

function setAtom(what: string, values: readonly string[], get: (f: RequestFeatures) => string | undefined): CompiledAtom {
  const set = new Set(values);
  const shown = list(values);
  return {
    test: (f) => {
      const v = get(f);
      return v !== undefined && set.has(v);
    },
    held: (f) => `${what} ${get(f)} ∈ ${shown}`,
    failed: (f) => {
      const v = get(f);
      return v === undefined ? `${what} not given, expected one of ${shown}` : `${what} ${v} ∉ ${shown}`;
    },
  };
}

/** How a presence condition (`pii`, `unscanned`) explains itself. */
interface PresenceWords {
  key: string;
  found: string;
  nothing: string;
  item: string;
}

const PII_WORDS: PresenceWords = { key: 'pii', found: 'PII found', nothing: 'no PII found', item: 'PII' };
const UNSCANNED_WORDS: PresenceWords = { key: 'unscanned', found: 'unscanned content', nothing: 'no unscanned content', item: 'unscanned' };

/** `any | none | [names]` over what the inspection found: a list holds when at least one listed name is present. */
function presenceAtom<T extends string>(
  cond: 'any' | 'none' | readonly T[],
  get: (f: RequestFeatures) => readonly T[],
  w: PresenceWords,
): CompiledAtom {
  const found = (f: RequestFeatures) => (get(f).length ? list(get(f)) : 'none');
  if (cond === 'any')
    return {
      test: (f) => get(f).length > 0,
      held: (f) => `${w.found} ${found(f)}`,
      failed: () => `${w.nothing} (rule needs ${w.key}: any)`,
    };
  if (cond === 'none')
    return { test: (f) => get(f).length === 0, held: () => w.nothing, failed: (f) => `${w.found} ${found(f)} (rule needs ${w.key}: none)` };
  const set = new Set<T>(cond);
  return {
    test: (f) => get(f).some((x) => set.has(x)),
    held: (f) => `${w.item} ${list(get(f).filter((x) => set.has(x)))} ∈ ${list(cond)}`,
    failed: (f) => `${w.found} ${found(f)}, none of ${list(cond)}`,
  };
}

function stickyAtom(want: boolean): CompiledAtom {
  const is = (f: RequestFeatures) => f.sticky === true;
  const say = (v: boolean) => (v ? 'session is sticky' : 'session is not sticky');
  return { test: (f) => is(f) === want, held: () => say(want), failed: (f) => `${say(is(f))}, rule needs sticky: ${want}` };
}

function compileCondition(c: Condition): CompiledAtom[] {
  const atoms: CompiledAtom[] = [];
  if (c.pii !== undefined) atoms.push(presenceAtom<PiiType>(c.pii, (f) => f.piiTypes, PII_WORDS));
  if (c.unscanned !== undefined) atoms.push(presenceAtom<UnscannedKind>(c.unscanned, (f) => f.unscanned, UNSCANNED_WORDS));
  if (c.tokens !== undefined) {
    const min = c.tokens.min ?? 0;
    const max = c.tokens.max ?? Number.POSITIVE_INFINITY;
    const range = c.tokens.max === undefined ? `>= ${min}` : c.tokens.min === undefined ? `<= ${max}` : `in [${min}, ${max}]`;
    atoms.push({
      test: (f) => {
        const n = tokenCount(f.estimatedTokens);
        return n >= min && n <= max;
      },
      held: (f) => `tokens ${tokenCount(f.estimatedTokens)} ${range}`,
      failed: (f) => `tokens ${tokenCount(f.estimatedTokens)} not ${range}`,
    });
  }
  if (c.model !== undefined) atoms.push(setAtom('model', c.model, (f) => f.model));
  if (c.task !== undefined) atoms.push(setAtom('task', c.task, (f) => f.task));
  if (c.tenant !== undefined) atoms.push(setAtom('tenant', c.tenant, (f) => f.tenant));
  if (c.stream !== undefined) {
    const want = c.stream;
    atoms.push({ test: (f) => f.stream === want, held: () => `stream is ${want}`, failed: () => `stream is ${!want}, rule needs ${want}` });
  }
  if (c.sticky !== undefined) atoms.push(stickyAtom(c.sticky));
  for (const [k, vs] of Object.entries(c.metadata ?? {})) atoms.push(setAtom(`metadata.${k}`, vs, (f) => own(f.metadata, k)));
  for (const [name, vs] of Object.entries(c.headers ?? {})) {
    const h = name.toLowerCase();
    atoms.push(setAtom(`header ${h}`, vs, (f) => own(f.headers, h)));
  }
  if (c.any_of !== undefined) {
    const branches = c.any_of.map(compileCondition);
    const pick = (f: RequestFeatures) => branches.findIndex((b) => b.every((a) => a.test(f)));
    atoms.push({
      test: (f) => pick(f) >= 0,
      held: (f) => {
        const i = pick(f);
        const b = branches[i] ?? [];
        return `any_of[${i}] held (${b.length ? b.map((a) => a.held(f)).join(', ') : 'unconditional'})`;
      },
      failed: (f) =>
        `no any_of branch held (${branches.map((b, i) => `[${i}] ${b.find((a) => !a.test(f))?.failed(f) ?? '?'}`).join('; ')})`,
    });
  }
  return atoms;
}

/**
 * FNV-1a (32 bit) over the UTF-8 bytes of `s` (lone surrogates as U+FFFD, like TextEncoder): tiny, pure,
 * identical in every runtime. Encodes inline so the hot path allocates nothing.
 */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  const add = (b: number) => {
    h = Math.imul(h ^ b, 0x01000193);
  };
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      add(c);
      continue;
    }
    if (c < 0x800) {
      add(0xc0 | (c >> 6));
      add(0x80 | (c & 63));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const lo = s.charCodeAt(i + 1);
      if (c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
        add(0xf0 | (cp >> 18));
        add(0x80 | ((cp >> 12) & 63));
        add(0x80 | ((cp >> 6) & 63));
        add(0x80 | (cp & 63));
        continue;
      }
      c = 0xfffd;
    }
    add(0xe0 | (c >> 12));
    add(0x80 | ((c >> 6) & 63));
    add(0x80 | (c & 63));
  }
  return h >>> 0;
}

function bucketKey(by: string): (f: RequestFeatures) => string | undefined {
  if (by === 'tenant') return (f) => f.tenant;
  if (by === 'request_id') return (f) => f.requestId;
  if (by === 'model') return (f) => f.model;
  if (by.startsWith('metadata.')) {
    const k = by.slice('metadata.'.length);
    return (f) => own(f.metadata, k);
  }
  const h = by.slice('header.'.length).toLowerCase();
  return (f) => own(f.headers, h);
}

/** Which arm a key falls into: bucket = hash(rule name, key) mod total weight, arms laid out in order. */
export function splitBucket(ruleName: string, key: string, total: number): number {
  return fnv1a32(`${ruleName}\u0000${key}`) % total;
}

function compileRule(
  name: string,
  when: Condition,
  rule: Pick<RuleSpec, 'target' | 'split' | 'bucket_by' | 'fallbacks' | 'cache'>,
  spec: PolicySpec,
): CompiledRule {
  const split = rule.split;
  let choose: CompiledRule['choose'];
  if (split && split.length > 0) {
    const by = rule.bucket_by ?? 'request_id';
    const get = bucketKey(by);
    const total = split.reduce((s, a) => s + Math.max(0, a.weight), 0);
    choose = (f) => {
      const raw = get(f);
      const key = raw ?? '';
      const bucket = total > 0 ? splitBucket(name, key, total) : 0;
      let acc = 0;
      let arm = split[split.length - 1]!;
      for (const a of split) {
        acc += Math.max(0, a.weight);
        if (bucket < acc) {
          arm = a;
          break;
        }
      }
      const note = raw === undefined ? ` (${by} not given, bucketed as "")` : '';
      return { target: arm.target, reason: `bucket ${bucket} of ${total} by ${by}${note} → ${arm.target} (weight ${arm.weight})` };
    };
  } else {
    const target = rule.target ?? '';
    choose = () => ({ target });
  }
  const enabled = rule.cache?.enabled ?? (rule.cache?.ttl_seconds !== undefined ? true : spec.cache.enabled);
  const ttl = rule.cache?.ttl_seconds ?? spec.cache.ttl_seconds;
  return {
    name,
    atoms: compileCondition(when),
    choose,
    fallbacks: rule.fallbacks,
    cache: enabled ? { ttlSeconds: ttl } : undefined,
  };
}

/**
 * Compiles a parsed policy. Performs no checks (loadPolicy does them): evaluation stays safe for a policy
 * that skipped them, because the PII rule is enforced at run time as well.
 */
export function compilePolicy(spec: PolicySpec): CompiledPolicy {
  return {
    spec,
    version: policyVersion(spec),
    targets: new Map<string, TargetSpec>(Object.entries(spec.targets)),
    rules: spec.rules.map((r) => compileRule(r.name, r.when, r, spec)),
    fallback: compileRule('default', {}, spec.default, spec),
  };
}

export function evaluatePolicy(policy: CompiledPolicy, f: RequestFeatures): Decision {
  const reasons: string[] = [];
  let chosen: CompiledRule = policy.fallback;
  for (const rule of policy.rules) {
    const miss = rule.atoms.find((a) => !a.test(f));
    if (miss) {
      reasons.push(`rule ${rule.name}: not matched: ${miss.failed(f)}`);
      continue;
    }
    chosen = rule;
    reasons.push(
      `rule ${rule.name}: matched${rule.atoms.length ? ': ' + rule.atoms.map((a) => a.held(f)).join(', ') : ' (no conditions)'}`,
    );
    break;
  }
  if (chosen === policy.fallback) reasons.push('no rule matched: default');
  const pick = chosen.choose(f);
  if (pick.reason) reasons.push(pick.reason);

  // Primary first, then fallbacks, each once (a split arm may also be listed as a fallback).
  const candidates: string[] = [pick.target];
  for (const t of chosen.fallbacks) if (!candidates.includes(t)) candidates.push(t);

  const piiTypes = [...f.piiTypes];
  const unscanned = [...f.unscanned];
  const sticky = f.sticky === true;
  const base = { rule: chosen.name, policyVersion: policy.version, reasons, piiTypes, unscanned, ...(sticky ? { sticky } : {}) };
  const known = candidates.filter((t) => {
    if (policy.targets.has(t)) return true;
    reasons.push(`target ${t} is not defined in the policy: dropped`);
    return false;
  });
  const sensitive = piiTypes.length > 0 || unscanned.length > 0 || sticky;
  const viable = sensitive ? dropUnfit(policy, known, f, reasons) : known;
  if (sensitive && viable.length === 0) {
    const { code, reason } = refusal(f);
    reasons.push(reason);
    return { kind: 'refuse', code, reason, ...base };
  }
  if (viable.length === 0) {
    const reason = 'no usable target (the policy names targets it does not define)';
    reasons.push(reason);
    return { kind: 'refuse', code: 'no_target', reason, ...base };
  }
  const capable = dropIncapable(policy, viable, f, reasons);
  const [target, ...fallbacks] = capable;
  if (target === undefined) {
    const reason = 'no target left that can serve the request';
    reasons.push(reason);
    return { kind: 'refuse', code: 'no_capable_target', reason, ...base };
  }
  const decision: Decision = {
    kind: 'route',
    target,
    targetKind: policy.targets.get(target)!.kind,
    fallbacks,
    ...base,
  };
  const redact = redactionOf(policy, capable, f);
  if (redact) decision.redact = redact;
  if (chosen.cache && !sensitive) decision.cache = chosen.cache;
  return decision;
}

/** Why a sensitive request has nowhere to go: PII first, then a sticky session, then unscanned content. */
function refusal(f: RequestFeatures): { code: 'pii_no_onprem' | 'sticky_no_onprem' | 'unscanned_no_onprem'; reason: string } {
  if (f.piiTypes.length > 0) return { code: 'pii_no_onprem', reason: 'PII found and no on-prem target available' };
  if (f.sticky === true)
    return { code: 'sticky_no_onprem', reason: 'the session is sticky (PII seen in it earlier) and no on-prem target available' };
  return {
    code: 'unscanned_no_onprem',
    reason: 'content the edge cannot scan and no target that may receive it (on-prem or allow_unscanned)',
  };
}

/** The candidates that may receive the request (mayReceive); says which were dropped and why. */
function dropUnfit(policy: CompiledPolicy, candidates: readonly string[], f: RequestFeatures, reasons: string[]): string[] {
  const fit = candidates.filter((t) => mayReceive(policy.targets.get(t)!, f) || mayReceiveRedacted(policy.targets.get(t)!, f));
  const dropped = candidates.filter((t) => !fit.includes(t));
  noteRedacted(policy, fit, f, reasons);
  if (dropped.length === 0) return fit;
  if (f.piiTypes.length > 0) reasons.push(`PII found ${list(f.piiTypes)}: non-onprem targets dropped: ${dropped.join(', ')}`);
  else if (f.sticky === true) reasons.push(`session is sticky (PII seen in it): non-onprem targets dropped: ${dropped.join(', ')}`);
  else {
    const why = dropped.map((t) => `${t} (does not allow ${refusedUnscanned(policy.targets.get(t)!, f).join(', ')})`);
    reasons.push(`unscanned content ${list(f.unscanned)}: targets dropped: ${why.join(', ')}`);
  }
  return fit;
}

/** The candidates that can serve the request (capabilities.ts); says which were dropped and why. */
function dropIncapable(policy: CompiledPolicy, candidates: readonly string[], f: RequestFeatures, reasons: string[]): string[] {
  return candidates.filter((t) => {
    const why = unmet(policy.targets.get(t)!, f, policy.spec.models !== undefined);
    if (why.length > 0) reasons.push(`dropped: ${t} (${why.join(', ')})`);
    return why.length === 0;
  });
}

/** The PII types to redact when a kept target is not onprem (it may receive the request only redacted). */
function redactionOf(policy: CompiledPolicy, viable: readonly string[], f: RequestFeatures): PiiType[] | undefined {
  if (f.piiTypes.length === 0) return undefined;
  return viable.some((t) => policy.targets.get(t)!.kind !== 'onprem') ? [...f.piiTypes] : undefined;
}

/** Says which kept targets receive the request redacted (the trail explains why a PII request leaves). */
function noteRedacted(policy: CompiledPolicy, fit: readonly string[], f: RequestFeatures, reasons: string[]): void {
  if (f.piiTypes.length === 0) return;
  for (const t of fit) {
    const spec = policy.targets.get(t)!;
    if (spec.kind !== 'onprem')
      reasons.push(`PII found ${list(f.piiTypes)}: target ${t} receives it redacted (allow_redacted ${list(allowedRedacted(spec))})`);
  }
}
