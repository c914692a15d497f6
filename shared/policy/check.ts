// Static checks on a parsed policy. Each finding is a Diagnostic with a stable `code`:
//   pii-invariant        a PII-bearing request could reach a non-onprem target (rule target, split arm,
//                        fallback, default or its fallbacks)
//   unknown-target       a rule, split arm, fallback or the default names a target that is not defined
//   fallback-self        a fallback list repeats the target it falls back from
//   fallback-duplicate   a fallback list names a target twice
//   duplicate-rule       two rules share a name
//   unreachable-rule     an earlier rule matches every request this rule would match
//   split-weight         a split arm's weight is not > 0
//   split-duplicate-target  a split names the same target twice
//   unknown-model-alias  a rule's `model` condition (or a target's model mapping) names an undeclared alias
//   unused-target        (warning) a target no rule, split, fallback or default refers to
// Fallbacks are per rule (targets have none), so a "cycle" can only be a target falling back to itself.
import { PII_TYPES, type PiiType } from '../pii/types.ts';
import type { Condition, PolicySpec } from './schema.ts';
import { formatPath, type Diagnostic, type DocPath, type Locate, type Severity } from './types.ts';

// ---- conditions in disjunctive normal form, for subsumption and PII reachability ------------------------

type Atom =
  | { dim: 'pii'; mode: 'any' | 'none' | 'types'; types: ReadonlySet<PiiType> }
  | { dim: 'tokens'; min: number; max: number }
  | { dim: 'set'; key: string; values: ReadonlySet<string> }
  | { dim: 'stream'; value: boolean };

/** A conjunction of atoms; a condition is a disjunction of these. [] = matches everything. */
type Conj = readonly Atom[];

const MAX_DNF = 256;

/** The condition as an OR of ANDs, or null if it is too big to analyse (then no claims are made). */
export function toDnf(c: Condition): Conj[] | null {
  const base: Atom[] = [];
  if (c.pii !== undefined)
    base.push(
      c.pii === 'any' || c.pii === 'none'
        ? { dim: 'pii', mode: c.pii, types: new Set() }
        : { dim: 'pii', mode: 'types', types: new Set(c.pii) },
    );
  if (c.tokens !== undefined) base.push({ dim: 'tokens', min: c.tokens.min ?? 0, max: c.tokens.max ?? Infinity });
  const sets: [string, readonly string[] | undefined][] = [
    ['model', c.model],
    ['task', c.task],
    ['tenant', c.tenant],
  ];
  for (const [k, v] of Object.entries(c.metadata ?? {})) sets.push([`metadata.${k}`, v]);
  for (const [k, v] of Object.entries(c.headers ?? {})) sets.push([`header.${k.toLowerCase()}`, v]);
  for (const [key, values] of sets) if (values !== undefined) base.push({ dim: 'set', key, values: new Set(values) });
  if (c.stream !== undefined) base.push({ dim: 'stream', value: c.stream });
  if (c.any_of === undefined) return [base];
  const out: Conj[] = [];
  for (const branch of c.any_of) {
    const sub = toDnf(branch);
    if (sub === null) return null;
    for (const conj of sub) out.push([...base, ...conj]);
    if (out.length > MAX_DNF) return null;
  }
  return out;
}

/** Does atom b (known to hold) imply atom a? Sound, not complete. */
function implies(b: Atom, a: Atom): boolean {
  if (a.dim === 'pii' && b.dim === 'pii') {
    if (a.mode === 'none') return b.mode === 'none';
    if (b.mode === 'none') return false;
    const aAll = a.mode === 'any' || PII_TYPES.every((t) => a.types.has(t));
    if (aAll) return true; // b requires some PII; a accepts any
    return b.mode === 'types' && [...b.types].every((t) => a.types.has(t));
  }
  if (a.dim === 'tokens' && b.dim === 'tokens') return b.min >= a.min && b.max <= a.max;
  if (a.dim === 'set' && b.dim === 'set') return a.key === b.key && [...b.values].every((v) => a.values.has(v));
  if (a.dim === 'stream' && b.dim === 'stream') return a.value === b.value;
  return false;
}

/** Every request matching conjunction b also matches conjunction a. */
const conjCovers = (a: Conj, b: Conj) => a.every((x) => b.some((y) => implies(y, x)));

/** Every request matching condition `later` also matches condition `earlier` (null = unknown → false). */
export function subsumes(earlier: Conj[] | null, later: Conj[] | null): boolean {
  if (earlier === null || later === null) return false;
  return later.every((b) => earlier.some((a) => conjCovers(a, b)));
}

/** Can a request with PII match this condition? False only if every branch demands `pii: none`. */
const piiCanMatch = (dnf: Conj[] | null) =>
  dnf === null || dnf.some((conj) => !conj.some((a) => a.dim === 'pii' && a.mode === 'none'));

// ---- the checks -------------------------------------------------------------------------------------------

export interface CheckOptions {
  file?: string;
  /** Positions for diagnostics; without it they carry line 0. */
  locate?: Locate;
}

export function checkPolicy(spec: PolicySpec, opts: CheckOptions = {}): Diagnostic[] {
  const file = opts.file ?? 'policy.yaml';
  const out: Diagnostic[] = [];
  /** `key`: point at that key of the map at `path` (rather than at the map's value). */
  const report = (severity: Severity, code: string, path: DocPath, message: string, key?: string) => {
    const { line, col } = opts.locate ? opts.locate(path, key === undefined ? undefined : { key }) : { line: 0, col: 0 };
    out.push({ file, line, col, severity, code, path: formatPath(path), message });
  };
  const targetNames = Object.keys(spec.targets);
  const used = new Set<string>();
  const kindOf = (t: string) => spec.targets[t]?.kind;

  const refTarget = (t: string, path: DocPath): boolean => {
    used.add(t);
    if (spec.targets[t] !== undefined) return true;
    report('error', 'unknown-target', path, `unknown target ${JSON.stringify(t)}; expected one of: ${targetNames.join(', ')}`);
    return false;
  };
  const piiRoute = (where: string, t: string, path: DocPath, how: string) => {
    const kind = kindOf(t);
    if (kind === undefined || kind === 'onprem') return;
    report(
      'error',
      'pii-invariant',
      path,
      `${where} can send PII to ${how}${JSON.stringify(t)} (kind ${kind}); only onprem targets may receive PII — ` +
        `route PII to an onprem target in an earlier rule or add "pii: none" to this rule's "when"`,
    );
  };
  const checkFallbacks = (fallbacks: readonly string[], primary: readonly string[], base: DocPath, where: string, pii: boolean) => {
    const seen = new Set<string>();
    fallbacks.forEach((t, i) => {
      const path = [...base, 'fallbacks', i];
      if (seen.has(t)) report('error', 'fallback-duplicate', path, `target ${JSON.stringify(t)} is listed twice in fallbacks`);
      else if (primary.length === 1 && primary[0] === t)
        report('error', 'fallback-self', path, `target ${JSON.stringify(t)} is listed as its own fallback`);
      seen.add(t);
      if (refTarget(t, path) && pii) piiRoute(where, t, path, 'fallback ');
    });
  };

  // Aliases declared for GET /v1/models; rules and target mappings may only name those.
  const aliases = spec.models ? Object.keys(spec.models) : undefined;
  if (aliases) {
    for (const [name, t] of Object.entries(spec.targets))
      for (const alias of Object.keys(t.models ?? {}))
        if (!aliases.includes(alias))
          report('error', 'unknown-model-alias', ['targets', name, 'models'], `unknown model alias ${JSON.stringify(alias)}; declared aliases: ${aliases.join(', ')}`, alias);
  }
  const checkAliases = (c: Condition, path: DocPath) => {
    if (!aliases) return;
    for (const m of c.model ?? [])
      if (!aliases.includes(m))
        report('error', 'unknown-model-alias', [...path, 'model'], `unknown model alias ${JSON.stringify(m)}; declared aliases: ${aliases.join(', ')}`);
    c.any_of?.forEach((b, i) => checkAliases(b, [...path, 'any_of', i]));
  };

  const names = new Map<string, number>();
  const dnfs: (Conj[] | null)[] = [];
  /** PII types every PII request with one of them is caught by an earlier rule; 'all' = every PII request. */
  const caught = new Set<PiiType>();
  let piiAllCaught = false;

  spec.rules.forEach((rule, i) => {
    const rp: DocPath = ['rules', i];
    const where = `rule ${JSON.stringify(rule.name)}`;
    const prev = names.get(rule.name);
    if (prev !== undefined)
      report('error', 'duplicate-rule', [...rp, 'name'], `duplicate rule name ${JSON.stringify(rule.name)} (also rules[${prev}])`);
    else names.set(rule.name, i);
    checkAliases(rule.when, [...rp, 'when']);

    const dnf = toDnf(rule.when);
    const j = dnfs.findIndex((d) => subsumes(d, dnf));
    if (j >= 0) {
      const other = spec.rules[j]!;
      const why = dnfs[j]!.some((c) => c.length === 0) ? 'matches every request' : 'matches every request this rule would match';
      report('error', 'unreachable-rule', [...rp, 'name'], `${where} can never match: rule ${JSON.stringify(other.name)} (rules[${j}]) comes first and ${why}`);
    }
    dnfs.push(dnf);

    const pii = !piiAllCaught && piiCanMatch(dnf);
    const primary: string[] = [];
    if (rule.split) {
      const seen = new Set<string>();
      rule.split.forEach((arm, k) => {
        const ap = [...rp, 'split', k];
        if (!(arm.weight > 0)) report('error', 'split-weight', [...ap, 'weight'], `split weight must be > 0, got ${arm.weight}`);
        if (seen.has(arm.target)) report('error', 'split-duplicate-target', [...ap, 'target'], `target ${JSON.stringify(arm.target)} appears twice in the split`);
        seen.add(arm.target);
        primary.push(arm.target);
        if (refTarget(arm.target, [...ap, 'target']) && pii) piiRoute(where, arm.target, [...ap, 'target'], 'split arm ');
      });
    } else if (rule.target !== undefined) {
      primary.push(rule.target);
      if (refTarget(rule.target, [...rp, 'target']) && pii) piiRoute(where, rule.target, [...rp, 'target'], 'target ');
    }
    checkFallbacks(rule.fallbacks, primary, rp, where, pii);

    // Does this rule catch PII requests for good (so later rules and the default never see them)?
    for (const conj of dnf ?? []) {
      if (conj.length !== 1) continue;
      const a = conj[0]!;
      if (a.dim !== 'pii' || a.mode === 'none') continue;
      if (a.mode === 'any') piiAllCaught = true;
      else for (const t of a.types) caught.add(t);
    }
    if (PII_TYPES.every((t) => caught.has(t))) piiAllCaught = true;
  });

  const d = spec.default;
  if (refTarget(d.target, ['default', 'target']) && !piiAllCaught) piiRoute('the default', d.target, ['default', 'target'], 'target ');
  checkFallbacks(d.fallbacks, [d.target], ['default'], 'the default', !piiAllCaught);

  for (const t of targetNames)
    if (!used.has(t)) report('warning', 'unused-target', ['targets'], `target ${JSON.stringify(t)} is never used`, t);
  return out;
}
