// Static checks on a parsed policy. Each finding is a Diagnostic with a stable `code`:
//   pii-invariant        a request with PII can reach a non-onprem target (rule target, split arm,
//                        fallback, default or its fallbacks) that may not receive it redacted (a type
//                        outside its allow_redacted, or unscanned content); the message shows such a request
//   sticky-invariant     (with a `sticky:` section) a request whose session is
//                        sticky can reach a non-onprem target (redacted or not); the message shows one
//   unscanned-invariant  a request without PII but with content the edge cannot scan can reach a target
//                        that does not allow every kind in it; the message shows such a request
//   unreachable-rule     no request can reach this rule (its own conditions, or earlier rules, rule it out)
//   too-complex          the analysis above ran out of steps: the policy is rejected, not passed
//   onprem-not-private   an onprem target's base_url is a public AI provider, or plain http:// to a
//                        host that is not private (onprem-url.ts)
//   first-byte-timeout   a target's first_byte_timeout_ms is greater than its timeout_ms
//   unknown-target       a rule, split arm, fallback or the default names a target that is not defined
//   fallback-self        a fallback list repeats the target it falls back from
//   fallback-duplicate   a fallback list names a target twice
//   duplicate-rule       two rules share a name
//   split-weight         a split arm's weight is not > 0
//   split-duplicate-target  a split names the same target twice
//   sticky-undeclared    a condition tests `sticky: true` but the policy has no `sticky:` section
//   unknown-model-alias  a rule's `model` condition (or a target's model mapping) names an undeclared alias
//   capability           a rule's target or split arm (or the default's target) cannot serve a request the rule
//                        routes: its task (the target's `serves.tasks`, or its kind's default), or its
//                        model alias (with `models:` declared: not in the target's `models:` mapping); the
//                        message shows one
//   capability-fallback  (warning) the same for a fallback: such a request skips it
//   unused-target        (warning) a target no rule, split, fallback or default refers to
// The first four are exact (prove.ts): over the policy's finite request space, a counterexample exists
// if and only if the diagnostic is reported. Target names are looked up as own keys only, so a name such
// as "constructor" is not "defined" by Object.prototype.
// Fallbacks are per rule (targets have none), so a "cycle" can only be a target falling back to itself.
import { onpremUrlProblem } from './onprem-url.ts';
import { allowedRedacted } from './redaction.ts';
import { capabilitiesOf } from './capabilities.ts';
import { analyseRouting, MAX_PROOF_STEPS, type Leak, type Unreachable, type Unserved } from './prove.ts';
import type { Condition, PolicySpec, RuleSpec, TargetSpec } from './schema.ts';
import { formatPath, type Diagnostic, type DocPath, type Locate, type Severity } from './types.ts';

// ---- the checks -------------------------------------------------------------------------------------------

export interface CheckOptions {
  file?: string;
  /** Positions for diagnostics; without it they carry line 0. */
  locate?: Locate;
  /** Bound on the routing analysis (search steps); beyond it the policy is rejected as too complex. */
  maxSteps?: number;
}

const q = JSON.stringify;

/** `key`: point at that key of the map at `path` (rather than at the map's value). */
type Report = (severity: Severity, code: string, path: DocPath, message: string, key?: string) => void;

/** What the checks of one policy share: the policy, the routing analysis's findings, and where findings go. */
interface Check {
  spec: PolicySpec;
  targets: ReadonlyMap<string, TargetSpec>;
  /** Aliases declared for GET /v1/models; rules and target mappings may only name those. */
  aliases: string[] | undefined;
  leaks: ReadonlyMap<string, Leak>;
  /** Routes whose target cannot serve a request the rule hands it, by path. */
  unserved: ReadonlyMap<string, Unserved>;
  /** Targets referred to so far (for `unused-target`). */
  used: Set<string>;
  report: Report;
}

export function checkPolicy(spec: PolicySpec, opts: CheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The exact analysis first; its findings are reported in document order, next to the other checks.
  const analysis = analyseRouting(spec, opts.maxSteps ?? MAX_PROOF_STEPS);
  const check: Check = {
    spec,
    targets: new Map<string, TargetSpec>(Object.entries(spec.targets)),
    aliases: spec.models ? Object.keys(spec.models) : undefined,
    leaks: new Map<string, Leak>(analysis.leaks.map((l) => [formatPath(l.path), l])),
    unserved: new Map<string, Unserved>(analysis.unserved.map((u) => [formatPath(u.path), u])),
    used: new Set<string>(),
    report: reporter(opts, out),
  };
  for (const [name, t] of check.targets) checkTarget(check, name, t);
  const unreachable = new Map<number, Unreachable>(analysis.unreachable.map((u) => [u.rule, u]));
  const names = new Map<string, number>();
  spec.rules.forEach((rule, i) => checkRule(check, rule, i, names, unreachable.get(i)));
  refTarget(check, spec.default.target, ['default', 'target']);
  checkFallbacks(check, spec.default.fallbacks, [spec.default.target], ['default']);
  if (!analysis.complete) reportTooComplex(check, analysis.rule, analysis.steps);
  for (const t of check.targets.keys())
    if (!check.used.has(t)) check.report('warning', 'unused-target', ['targets'], `target ${q(t)} is never used`, t);
  return out;
}

function reporter(opts: CheckOptions, out: Diagnostic[]): Report {
  const file = opts.file ?? 'policy.yaml';
  return (severity, code, path, message, key) => {
    const { line, col } = opts.locate ? opts.locate(path, key === undefined ? undefined : { key }) : { line: 0, col: 0 };
    out.push({ file, line, col, severity, code, path: formatPath(path), message });
  };
}

/** A target's own settings: a private on-prem URL, its timeouts, the aliases its model mapping names. */
function checkTarget({ aliases, report }: Check, name: string, t: TargetSpec): void {
  const tp: DocPath = ['targets', name];
  if (t.kind === 'onprem') {
    const problem = onpremUrlProblem(t.base_url);
    if (problem) report('error', 'onprem-not-private', [...tp, 'base_url'], problem);
  }
  if (t.first_byte_timeout_ms !== undefined && t.first_byte_timeout_ms > t.timeout_ms)
    report(
      'error',
      'first-byte-timeout',
      [...tp, 'first_byte_timeout_ms'],
      `first_byte_timeout_ms (${t.first_byte_timeout_ms}) is greater than timeout_ms (${t.timeout_ms}); the answer must start before the whole request times out`,
    );
  if (aliases)
    for (const alias of Object.keys(t.models ?? {}))
      if (!aliases.includes(alias))
        report(
          'error',
          'unknown-model-alias',
          [...tp, 'models'],
          `unknown model alias ${q(alias)}; declared aliases: ${aliases.join(', ')}`,
          alias,
        );
}

/** One rule: its name, the aliases its conditions name, whether it can match, the targets it names. */
function checkRule(check: Check, rule: RuleSpec, i: number, names: Map<string, number>, unreachable: Unreachable | undefined): void {
  const rp: DocPath = ['rules', i];
  const prev = names.get(rule.name);
  if (prev !== undefined)
    check.report('error', 'duplicate-rule', [...rp, 'name'], `duplicate rule name ${q(rule.name)} (also rules[${prev}])`);
  else names.set(rule.name, i);
  checkAliases(check, rule.when, [...rp, 'when']);
  if (!check.spec.sticky) checkStickyDeclared(check, rule.when, [...rp, 'when']);
  if (unreachable) check.report('error', 'unreachable-rule', [...rp, 'name'], unreachableMessage(unreachable, check.spec));
  const primary: string[] = [];
  if (rule.split) primary.push(...checkSplit(check, rule.split, rp));
  else if (rule.target !== undefined) {
    primary.push(rule.target);
    refTarget(check, rule.target, [...rp, 'target']);
  }
  checkFallbacks(check, rule.fallbacks, primary, rp);
}

/** A split's arms (weights, repeated targets, the targets themselves); returns the arms' targets. */
function checkSplit(check: Check, split: NonNullable<RuleSpec['split']>, rp: DocPath): string[] {
  const seen = new Set<string>();
  split.forEach((arm, k) => {
    const ap = [...rp, 'split', k];
    if (!(arm.weight > 0)) check.report('error', 'split-weight', [...ap, 'weight'], `split weight must be > 0, got ${arm.weight}`);
    if (seen.has(arm.target))
      check.report('error', 'split-duplicate-target', [...ap, 'target'], `target ${q(arm.target)} appears twice in the split`);
    seen.add(arm.target);
    refTarget(check, arm.target, [...ap, 'target']);
  });
  return split.map((arm) => arm.target);
}

function checkAliases(check: Check, c: Condition, path: DocPath): void {
  const { aliases, report } = check;
  if (!aliases) return;
  for (const m of c.model ?? [])
    if (!aliases.includes(m))
      report('error', 'unknown-model-alias', [...path, 'model'], `unknown model alias ${q(m)}; declared aliases: ${aliases.join(', ')}`);
  c.any_of?.forEach((b, i) => checkAliases(check, b, [...path, 'any_of', i]));
}

/** `sticky: true` without a `sticky:` section: no session is ever sticky, so the condition never holds. */
function checkStickyDeclared(check: Check, c: Condition, path: DocPath): void {
  if (c.sticky === true)
    check.report(
      'error',
      'sticky-undeclared',
      [...path, 'sticky'],
      'no request is ever sticky without a top-level "sticky:" section (where the session id comes from and its ttl_seconds)',
    );
  c.any_of?.forEach((b, i) => checkStickyDeclared(check, b, [...path, 'any_of', i]));
}

function checkFallbacks(check: Check, fallbacks: readonly string[], primary: readonly string[], base: DocPath): void {
  const seen = new Set<string>();
  fallbacks.forEach((t, i) => {
    const path = [...base, 'fallbacks', i];
    if (seen.has(t)) check.report('error', 'fallback-duplicate', path, `target ${q(t)} is listed twice in fallbacks`);
    else if (primary.length === 1 && primary[0] === t)
      check.report('error', 'fallback-self', path, `target ${q(t)} is listed as its own fallback`);
    seen.add(t);
    refTarget(check, t, path);
  });
}

/** A reference to a target: marks it used, and reports it if it is undefined or the analysis found a leak there. */
function refTarget(check: Check, t: string, path: DocPath): void {
  check.used.add(t);
  if (check.targets.has(t)) {
    reportLeak(check, path);
    reportUnserved(check, path);
  } else check.report('error', 'unknown-target', path, `unknown target ${q(t)}; expected one of: ${[...check.targets.keys()].join(', ')}`);
}

function reportLeak({ spec, targets, leaks, report }: Check, path: DocPath): void {
  const l = leaks.get(formatPath(path));
  if (!l) return;
  const where = l.rule < 0 ? 'the default' : `rule ${q(spec.rules[l.rule]!.name)}`;
  report('error', `${l.sensitivity}-invariant`, path, leakMessage(l, where, targets.get(l.target)!));
}

function reportUnserved({ spec, targets, unserved, report }: Check, path: DocPath): void {
  const u = unserved.get(formatPath(path));
  if (!u) return;
  const where = u.rule < 0 ? 'the default' : `rule ${q(spec.rules[u.rule]!.name)}`;
  const target = targets.get(u.target)!;
  const lacking =
    u.lacks === 'task'
      ? `it serves ${capabilitiesOf(target).tasks.join(', ')} only (its "serves: {tasks}", or the default of kind ${target.kind})`
      : `its "models" mapping lists only ${Object.keys(target.models ?? {}).join(', ')}`;
  if (u.via === 'fallback') {
    report(
      'warning',
      'capability-fallback',
      path,
      `${where} falls back to target ${q(u.target)}, which cannot serve every request it routes, e.g. ${u.description}: ${lacking}; such a request skips it`,
    );
    return;
  }
  const key = u.lacks === 'task' ? '"task"' : '"model"';
  const fix =
    u.rule < 0
      ? `route such requests to a target that serves them in a rule (when: {${u.lacks}: …})`
      : `route such requests to a target that serves them in an earlier rule, narrow this rule's ${key}`;
  report(
    'error',
    'capability',
    path,
    `${where} can route a request to ${u.via === 'target' ? '' : 'split arm '}target ${q(u.target)} (kind ${target.kind}) that it cannot serve, e.g. ${u.description}: ${lacking} — ` +
      `${fix}, or declare what the target serves ("serves", "models")`,
  );
}

function reportTooComplex({ spec, report }: Check, rule: number, steps: number): void {
  const at = rule < 0 ? 'the default' : `rule ${q(spec.rules[rule]!.name)}`;
  report(
    'error',
    'too-complex',
    rule < 0 ? ['default'] : ['rules', rule, 'name'],
    `the policy is too complex to prove that PII and unscanned content only reach targets that may receive them ` +
      `(the search bound of ${steps} steps was reached at ${at}); use fewer distinct values, PII type lists or any_of branches`,
  );
}

function leakMessage(l: Leak, where: string, target: TargetSpec): string {
  const how = l.via === 'target' ? '' : `${l.via} `;
  if (l.sensitivity === 'pii' && allowedRedacted(target).length > 0) return redactedLeakMessage(l, where, how, target);
  if (l.sensitivity === 'pii') {
    const fix =
      l.rule < 0
        ? 'route PII to an onprem target in a rule'
        : 'route PII to an onprem target in an earlier rule or add "pii: none" to this rule\'s "when"';
    return `${where} can send PII to ${how}target ${q(l.target)} (kind ${target.kind}), e.g. ${l.description}; only onprem targets may receive PII — ${fix}`;
  }
  if (l.sensitivity === 'sticky') {
    const fix =
      l.rule < 0
        ? 'route sticky sessions to an onprem target in a rule (when: {sticky: true})'
        : 'route sticky sessions to an onprem target in an earlier rule (when: {sticky: true}) or add "sticky: false" to this rule\'s "when"';
    return `${where} can send a request of a sticky session (PII seen in it earlier) to ${how}target ${q(l.target)} (kind ${target.kind}), e.g. ${l.description}; only onprem targets may receive it — ${fix}`;
  }
  const allowed =
    'allow_unscanned' in target && target.allow_unscanned?.length
      ? `allow_unscanned [${target.allow_unscanned.join(', ')}]`
      : 'no allow_unscanned';
  const fix =
    l.rule < 0
      ? 'route it to an onprem target in a rule (when: {unscanned: any})'
      : 'route it to an onprem target in an earlier rule (when: {unscanned: any}), add "unscanned: none" to this rule\'s "when"';
  return (
    `${where} can send content the edge cannot scan to ${how}target ${q(l.target)} (kind ${target.kind}, ${allowed}), e.g. ${l.description}; ` +
    `only onprem targets and targets whose allow_unscanned lists every kind present may receive it — ${fix}, or list the kind in the target's allow_unscanned`
  );
}

/** A leak to a target that allows some types redacted: which request it may not receive, and why. */
function redactedLeakMessage(l: Leak, where: string, how: string, target: TargetSpec): string {
  const allowed = allowedRedacted(target);
  const outside = l.example.piiTypes.filter((t) => !allowed.includes(t));
  const why =
    outside.length > 0
      ? `PII [${outside.join(', ')}] is not in its allow_redacted [${allowed.join(', ')}]`
      : 'unscanned content comes with the PII';
  return (
    `${where} can send PII to ${how}target ${q(l.target)} (kind ${target.kind}) that it may not receive even redacted, e.g. ${l.description}: ${why}; ` +
    `a non-onprem target receives PII only redacted, when every type found is in its allow_redacted and no content is unscanned — ` +
    `route such requests to an onprem target in an earlier rule, narrow this rule's "when" (pii, "unscanned: none"), or extend allow_redacted`
  );
}

function unreachableMessage(u: Unreachable, spec: PolicySpec): string {
  const self = `rule ${q(spec.rules[u.rule]!.name)} can never match`;
  if (u.cause === 'unsatisfiable')
    return `${self}: no request the edge routes satisfies its "when" (streams are chat only; with "models" declared, only declared aliases reach routing, each for the tasks it lists)`;
  const ref = (j: number) => `rule ${q(spec.rules[j]!.name)} (rules[${j}])`;
  if (u.by.length === 1)
    return `${self}: ${ref(u.by[0]!)} comes first and ${u.everything ? 'matches every request' : 'matches every request this rule would match'}`;
  const refs = u.by.map(ref);
  return `${self}: ${refs.slice(0, -1).join(', ')} and ${refs.at(-1)} come first and together match every request this rule would match`;
}
