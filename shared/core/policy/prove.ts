// The exact routing analysis behind the `pii-invariant`, `unscanned-invariant` and `unreachable-rule`
// checks. Over the policy's finite request space (space.ts), for every rule in order and the default:
//   - reach  = a request the edge can route, that matches this rule and no earlier one;
//   - if no request reaches the rule, it is unreachable (and why: its own conditions, one earlier rule,
//     or several earlier rules together);
//   - else for each target the rule can hand the request to (target, split arms, fallbacks): a reaching
//     request with PII, if the target is not onprem and may not receive it redacted (a type outside its
//     allow_redacted, or unscanned content beside it) → a PII leak; else a reaching request whose session is
//     sticky → a sticky leak (sticky ⇒ onprem only, redacted or not); else a reaching request without PII
//     but with unscanned content the target's allow_unscanned does not list → an unscanned leak.
// Each leak carries its counterexample as a concrete request. No leak found = proof that no request can
// reach a target that may not receive it (before the evaluator's run-time drop, which holds regardless).
// Likewise for capabilities (capabilities.ts): for each target a rule can hand a request to, a reaching
// request whose task the target does not serve, or (with declared aliases) whose model alias its `models:`
// mapping does not list →
// unserved (check.ts: an error for a rule's target or split arm, a warning for a fallback).
import { Budget, and, not, or, satisfy, TooComplex, type Domains, type Formula } from './formula.ts';
import { TASKS } from './schema.ts';
import { capabilitiesOf } from './capabilities.ts';
import { allowedRedacted } from './redaction.ts';
import { RequestSpace } from './space.ts';
import type { PolicySpec, TargetSpec } from './schema.ts';
import type { DocPath, RequestFeatures } from './types.ts';

/**
 * Search steps (atoms evaluated) for one policy. The default policy and the examples need 80–650; a
 * 40-rule policy with any_of, metadata, headers and tenants ~50 000. The bound is ~0.1–0.3 s of CPU.
 */
export const MAX_PROOF_STEPS = 500_000;

export interface Leak {
  /** Index of the rule, or -1 for the default. */
  rule: number;
  target: string;
  path: DocPath;
  /** How the rule names the target: 'target', 'split arm' or 'fallback'. */
  via: 'target' | 'split arm' | 'fallback';
  sensitivity: 'pii' | 'sticky' | 'unscanned';
  /** The counterexample: a request that takes this path and that the target may not receive. */
  example: RequestFeatures;
  /** The same, readable: `a request with pii [EMAIL], task chat, …`. */
  description: string;
}

/**
 * A request a rule can hand to a target that cannot serve it (capabilities.ts): its task is not among the
 * target's tasks, or (with declared aliases) its model alias is not in the target's `models:` mapping.
 */
export interface Unserved {
  /** Index of the rule, or -1 for the default. */
  rule: number;
  target: string;
  path: DocPath;
  via: Leak['via'];
  /** What the target lacks. */
  lacks: 'task' | 'model';
  example: RequestFeatures;
  description: string;
}

export type Unreachable =
  | { rule: number; cause: 'unsatisfiable' }
  /** Earlier rules (indices) that together match every request this one would; `everything`: one rule matching all. */
  | { rule: number; cause: 'covered'; by: number[]; everything: boolean };

export type RoutingAnalysis =
  | { complete: true; leaks: Leak[]; unreachable: Unreachable[]; unserved: Unserved[]; /** search steps spent */ steps: number }
  | {
      complete: false;
      leaks: Leak[];
      unreachable: Unreachable[];
      unserved: Unserved[];
      /** the rule being analysed when the budget ran out */ rule: number;
      steps: number;
    };

interface Route {
  target: string;
  spec: TargetSpec;
  path: DocPath;
  via: Leak['via'];
}

/** The targets a rule (or the default) can hand a request to, in order; undefined targets are skipped. */
function routesOf(
  targets: ReadonlyMap<string, TargetSpec>,
  r: { target?: string | undefined; split?: { target: string }[] | undefined; fallbacks: string[] },
  base: DocPath,
): Route[] {
  const refs: Omit<Route, 'spec'>[] = [];
  if (r.split) r.split.forEach((arm, k) => refs.push({ target: arm.target, path: [...base, 'split', k, 'target'], via: 'split arm' }));
  else if (r.target !== undefined) refs.push({ target: r.target, path: [...base, 'target'], via: 'target' });
  r.fallbacks.forEach((t, j) => refs.push({ target: t, path: [...base, 'fallbacks', j], via: 'fallback' }));
  return refs.flatMap((ref) => {
    const spec = targets.get(ref.target);
    return spec ? [{ ...ref, spec }] : [];
  });
}

/** What the searches of one policy share: its request space, its rules' conditions and one step budget. */
interface Search {
  space: RequestSpace;
  conds: Formula[];
  find: (f: Formula) => Domains | null;
}

export function analyseRouting(spec: PolicySpec, maxSteps = MAX_PROOF_STEPS): RoutingAnalysis {
  const space = new RequestSpace(spec);
  const budget = new Budget(maxSteps);
  const search: Search = { space, conds: spec.rules.map((r) => space.condition(r.when)), find: (f) => satisfy(f, space.sizes, budget) };
  const targets = new Map<string, TargetSpec>(Object.entries(spec.targets));
  const leaks: Leak[] = [];
  const unreachable: Unreachable[] = [];
  const unserved: Unserved[] = [];
  let rule = 0;
  try {
    for (; rule < spec.rules.length; rule++) {
      const earlier = search.conds.slice(0, rule);
      const reach = and(space.world, search.conds[rule]!, ...earlier.map(not));
      if (!search.find(reach)) {
        unreachable.push(whyUnreachable(search, rule));
        continue;
      }
      const routes = routesOf(targets, spec.rules[rule]!, ['rules', rule]);
      findLeaks(search, rule, reach, routes, leaks);
      findUnserved(search, rule, reach, routes, unserved);
    }
    rule = -1;
    const reachDefault = and(space.world, ...search.conds.map(not));
    const routes = routesOf(targets, spec.default, ['default']);
    findLeaks(search, -1, reachDefault, routes, leaks);
    findUnserved(search, -1, reachDefault, routes, unserved);
  } catch (e) {
    if (!(e instanceof TooComplex)) throw e;
    return { complete: false, leaks, unreachable, unserved, rule, steps: e.steps };
  }
  return { complete: true, leaks, unreachable, unserved, steps: budget.used };
}

/**
 * Adds to `leaks` those of one rule (or the default): requests that reach it and that a route's target may not
 * receive. Added as found, so an analysis that runs out of steps still reports what it found before.
 */
function findLeaks(search: Search, rule: number, reach: Formula, routes: Route[], leaks: Leak[]): void {
  const { space, find } = search;
  const exposed = routes.filter((r) => r.spec.kind !== 'onprem');
  if (exposed.length === 0) return;
  const piiLeaking = findPiiLeaks(search, rule, reach, exposed, leaks);
  if (
    findStickyLeaks(
      search,
      rule,
      reach,
      exposed.filter((r) => !piiLeaking.has(r)),
      leaks,
    )
  )
    return;
  // Without PII, what leaks depends on each target's allow_unscanned: one search per distinct list.
  for (const group of byAllowedUnscanned(exposed.filter((r) => !piiLeaking.has(r))).values()) {
    const hit = find(and(reach, space.piiNone, space.unscannedOutside(allowedUnscanned(group[0]!.spec))));
    if (!hit) continue;
    const example = space.features(hit);
    for (const r of group) leaks.push({ rule, ...pick(r), sensitivity: 'unscanned', example, description: space.describe(hit) });
  }
}

/**
 * PII leaks of a rule's non-onprem routes: a reaching request with PII, unless the target may receive it
 * redacted — every type in its allow_redacted and no unscanned content (redaction.ts; uncertain findings are
 * a run-time fact no condition names: the evaluator and the run step send those on-prem). One search per
 * distinct allow_redacted list. Returns the routes that leak.
 */
function findPiiLeaks({ space, find }: Search, rule: number, reach: Formula, exposed: Route[], leaks: Leak[]): Set<Route> {
  const leaking = new Set<Route>();
  for (const group of groupBy(exposed, (r) => allowedRedacted(r.spec)).values()) {
    const allowed = allowedRedacted(group[0]!.spec);
    const unfit = allowed.length === 0 ? space.piiAny : and(space.piiAny, or(space.piiOutside(allowed), space.unscannedAny));
    const hit = find(and(reach, unfit));
    if (!hit) continue;
    const example = space.features(hit);
    for (const r of group) {
      leaking.add(r);
      leaks.push({ rule, ...pick(r), sensitivity: 'pii', example, description: space.describe(hit) });
    }
  }
  return leaking;
}

/**
 * Sticky leaks: a reaching request whose session is sticky, on any of these non-onprem routes (a sticky
 * session goes on-prem only, whatever its own PII and a target's allow_redacted). True when there are any.
 */
function findStickyLeaks({ space, find }: Search, rule: number, reach: Formula, exposed: Route[], leaks: Leak[]): boolean {
  const hit = exposed.length > 0 ? find(and(reach, space.stickyYes)) : undefined;
  if (!hit) return false;
  const example = space.features(hit);
  for (const r of exposed) leaks.push({ rule, ...pick(r), sensitivity: 'sticky', example, description: space.describe(hit) });
  return true;
}

/**
 * Adds to `unserved` each route of one rule (or the default) whose target cannot serve some request that
 * reaches it: a task outside the target's tasks, or (with declared aliases) one its `models:` mapping does not list.
 */
function findUnserved({ space, find }: Search, rule: number, reach: Formula, routes: Route[], unserved: Unserved[]): void {
  // Without declared aliases a mapping only renames (capabilities.ts: servesAlias).
  const declared = space.aliasesDeclared;
  for (const r of routes) {
    const tasks = capabilitiesOf(r.spec).tasks;
    const gaps: [Unserved['lacks'], Formula | undefined][] = [
      ['task', tasks.length < TASKS.length ? not(space.taskIn(tasks)) : undefined],
      ['model', declared && r.spec.models ? not(space.modelIn(Object.keys(r.spec.models))) : undefined],
    ];
    for (const [lacks, gap] of gaps) {
      const hit = gap && find(and(reach, gap));
      if (!hit) continue;
      unserved.push({ rule, ...pick(r), lacks, example: space.features(hit), description: space.describe(hit) });
      break;
    }
  }
}

/** Routes grouped by a list their target gives (as a set), in order of first appearance. */
function groupBy(routes: Route[], listOf: (r: Route) => readonly string[]): Map<string, Route[]> {
  const groups = new Map<string, Route[]>();
  for (const r of routes) {
    const key = [...new Set(listOf(r))].sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

const allowedUnscanned = (spec: TargetSpec) => ('allow_unscanned' in spec ? (spec.allow_unscanned ?? []) : []);

/** Routes grouped by the set of unscanned kinds their target allows (in order of first appearance). */
const byAllowedUnscanned = (routes: Route[]) => groupBy(routes, (r) => allowedUnscanned(r.spec));

function whyUnreachable({ space, conds, find }: Search, i: number): Unreachable {
  const own = and(space.world, conds[i]!);
  if (!find(own)) return { rule: i, cause: 'unsatisfiable' };
  // One earlier rule alone? Report the first, as the old subsumption check did.
  for (let j = 0; j < i; j++)
    if (!find(and(own, not(conds[j]!)))) return { rule: i, cause: 'covered', by: [j], everything: !find(and(space.world, not(conds[j]!))) };
  // Several together: keep only the overlapping ones, then drop any the rest still cover without.
  let by = [...Array(i).keys()].filter((j) => find(and(own, conds[j]!)));
  for (const j of [...by]) {
    const rest = by.filter((k) => k !== j);
    if (!find(and(own, ...rest.map((k) => not(conds[k]!))))) by = rest;
  }
  return { rule: i, cause: 'covered', by, everything: false };
}

const pick = (r: Route) => ({ target: r.target, path: r.path, via: r.via });
