// Property test of the exact routing analysis: random small policies × many random requests.
//   sound: if the analysis finds no leak, no request reaches — through its first matching rule's target,
//          split arms or fallbacks, before the evaluator's run-time drop — a target that may not receive it;
//   exact: every leak it reports comes with a request that, evaluated, really takes that path and that
//          the target may not receive; a rule it calls unreachable is never the one a request matches.
// Seeded, so a failure names the seed that reproduces it.
import { describe, expect, it } from 'vitest';
import type { UnscannedKind } from '../inspect/unscanned.ts';
import { TASKS, type Task } from '../../protocol/openai/schema.ts';
import type { PiiType } from '../pii/types.ts';
import { checkPolicy } from './check.ts';
import { compilePolicy, evaluatePolicy } from './evaluate.ts';
import { analyseRouting } from './prove.ts';
import { PolicySchema, type ConditionInput, type PolicySpec, type TargetSpec } from './schema.ts';
import { mayReceive } from './sensitivity.ts';
import type { RequestFeatures } from './types.ts';

/** mulberry32: a tiny seeded PRNG, so every run draws the same policies. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  const subset = <T>(xs: readonly T[], p = 0.5): T[] => xs.filter(() => chance(p));
  const nonEmpty = <T>(xs: readonly T[]): T[] => {
    const s = subset(xs);
    return s.length ? s : [pick(xs)];
  };
  return { int, pick, chance, subset, nonEmpty };
}
type Rng = ReturnType<typeof rng>;

// Value pools: conditions draw from the first ones; requests also from values no condition mentions.
const PII: PiiType[] = ['EMAIL', 'PHONE', 'SSN'];
const PII_REQ: PiiType[] = [...PII, 'IBAN'];
const UNSCANNED: UnscannedKind[] = ['image', 'audio', 'file'];
const BOUNDS = [0, 5, 10, 11, 100];
const TOKENS_REQ = [0, 1, 4, 5, 6, 9, 10, 11, 12, 99, 100, 101, 5000];
const MODELS = ['a', 'b'];
const TENANTS = ['x', 'y'];
const TIERS = ['g', 's'];
const ROUTES = ['1', '2'];

const TARGETS = {
  onprem: { kind: 'onprem', base_url: 'https://p' },
  onprem2: { kind: 'onprem', base_url: 'https://q' },
  edge: { kind: 'edge', model: 'm' },
  vision: { kind: 'openai', base_url: 'https://v', allow_unscanned: ['image'] },
  media: { kind: 'lambda', function: 'f', region: 'us-east-1', allow_unscanned: ['image', 'audio'] },
};
const NAMES = Object.keys(TARGETS);
const ONPREM = ['onprem', 'onprem2'];

function condition(r: Rng, depth = 0): ConditionInput {
  const c: ConditionInput = {};
  if (r.chance(0.35)) c.pii = r.pick(['any', 'none', 'list'] as const) === 'list' ? r.nonEmpty(PII) : r.pick(['any', 'none'] as const);
  if (r.chance(0.3)) c.unscanned = r.chance(0.5) ? r.nonEmpty(UNSCANNED) : r.pick(['any', 'none'] as const);
  if (r.chance(0.3)) {
    const [lo, hi] = [r.pick(BOUNDS), r.pick(BOUNDS)].sort((x, y) => x - y) as [number, number];
    c.tokens = r.chance(0.33) ? { min: lo } : r.chance(0.5) ? { max: hi } : { min: lo, max: hi };
  }
  if (r.chance(0.25)) c.task = r.nonEmpty(TASKS);
  if (r.chance(0.2)) c.stream = r.chance(0.5);
  if (r.chance(0.2)) c.model = r.nonEmpty(MODELS);
  if (r.chance(0.2)) c.tenant = r.nonEmpty(TENANTS);
  if (r.chance(0.15)) c.metadata = { tier: r.nonEmpty(TIERS) };
  if (r.chance(0.15)) c.headers = { 'X-Route': r.nonEmpty(ROUTES) };
  if (depth === 0 && r.chance(0.2)) c.any_of = [condition(r, 1), condition(r, 1)];
  return c;
}

/** A random policy; guard rules to on-prem come first often enough that a fair share of policies pass. */
function randomPolicy(r: Rng): PolicySpec {
  const rules: Record<string, unknown>[] = [];
  const n = 1 + r.int(5);
  for (let i = 0; i < n; i++) {
    // A guard: PII (or unscanned content) to on-prem, often under further conditions, so that guards
    // together sometimes do and sometimes do not cover every sensitive request.
    const guard = r.chance(0.5);
    const when = condition(r);
    if (guard && r.chance(0.6)) when.pii = 'any';
    else if (guard) when.unscanned = 'any';
    const target = guard || r.chance(0.3) ? r.pick(ONPREM) : r.pick(NAMES);
    const rule: Record<string, unknown> = { name: `r${i}`, when };
    if (!guard && r.chance(0.2)) {
      const a = r.pick(NAMES);
      const b = r.pick(NAMES.filter((t) => t !== a));
      rule.split = [
        { target: a, weight: 1 + r.int(3) },
        { target: b, weight: 1 + r.int(3) },
      ];
      rule.bucket_by = 'tenant';
    } else rule.target = target;
    rule.fallbacks = [...new Set(r.subset(NAMES, 0.2))].filter((t) => t !== target);
    rules.push(rule);
  }
  // Sometimes whole guards at random places: the rules after them are then safe, the ones before may not be.
  if (r.chance(0.4)) rules.splice(r.int(rules.length + 1), 0, { name: 'all-pii', when: { pii: 'any' }, target: r.pick(ONPREM) });
  if (r.chance(0.4))
    rules.splice(r.int(rules.length + 1), 0, { name: 'all-unscanned', when: { unscanned: 'any' }, target: r.pick(ONPREM) });
  const models = r.chance(0.3) ? Object.fromEntries(MODELS.map((m) => [m, { tasks: r.nonEmpty(TASKS) }])) : undefined;
  const dflt = r.chance(0.7) ? r.pick(ONPREM) : r.pick(NAMES);
  return PolicySchema.parse({
    targets: TARGETS,
    ...(models ? { models } : {}),
    rules,
    default: { target: dflt, fallbacks: r.subset(ONPREM, 0.3).filter((t) => t !== dflt) },
  });
}

/** A random request the edge could route under this policy (streams are chat only; declared models only). */
function randomRequest(r: Rng, spec: PolicySpec): RequestFeatures {
  let task: Task = r.pick(TASKS);
  let model: string = r.pick([...MODELS, 'zzz']);
  if (spec.models) {
    model = r.pick(Object.keys(spec.models));
    task = r.pick(spec.models[model]!.tasks);
  }
  const tenant = r.pick([...TENANTS, 'other', undefined]);
  const tier = r.pick([...TIERS, 'other', undefined]);
  const route = r.pick([...ROUTES, 'other', undefined]);
  return {
    piiTypes: r.chance(0.5) ? [] : r.subset(PII_REQ, 0.4),
    unscanned: r.chance(0.5) ? [] : r.subset([...UNSCANNED, 'token_ids'], 0.4),
    estimatedTokens: r.pick(TOKENS_REQ),
    model,
    task,
    stream: task === 'chat' && r.chance(0.5),
    metadata: tier === undefined ? {} : { tier },
    headers: route === undefined ? {} : { 'x-route': route },
    ...(tenant !== undefined ? { tenant } : {}),
  };
}

/** The targets the rule a request matched first can hand it to (target, split arms, fallbacks). */
function routes(spec: PolicySpec, ruleName: string): [string, TargetSpec][] {
  const rule = ruleName === 'default' ? spec.default : spec.rules.find((x) => x.name === ruleName)!;
  const names = [...('split' in rule && rule.split ? rule.split.map((a) => a.target) : [rule.target!]), ...rule.fallbacks];
  return names.map((t) => [t, spec.targets[t]!]);
}

const POLICIES = 300;
const REQUESTS = 200;

describe('the routing analysis is sound and exact (random policies × random requests)', () => {
  const tally = { accepted: 0, rejected: 0, leaksChecked: 0, unreachable: 0 };

  it.each(Array.from({ length: POLICIES }, (_, i) => i + 1))('seed %i', (seed) => {
    const r = rng(seed);
    const spec = randomPolicy(r);
    const analysis = analyseRouting(spec);
    expect(analysis.complete).toBe(true);
    const policy = compilePolicy(spec);
    const ruleIndex = (name: string) => (name === 'default' ? -1 : spec.rules.findIndex((x) => x.name === name));

    // exact: every counterexample, evaluated, takes the path the leak names and may not go there
    for (const leak of analysis.leaks) {
      tally.leaksChecked++;
      const f = leak.example;
      expect(!f.stream || f.task === 'chat').toBe(true);
      if (spec.models) expect(spec.models[f.model!]?.tasks).toContain(f.task);
      const d = evaluatePolicy(policy, f);
      expect(ruleIndex(d.rule), `seed ${seed}: ${leak.description}`).toBe(leak.rule);
      expect(routes(spec, d.rule).map(([t]) => t)).toContain(leak.target);
      expect(mayReceive(spec.targets[leak.target]!, f)).toBe(false);
      expect(leak.sensitivity === 'pii').toBe(f.piiTypes.length > 0);
    }
    const unreachable = new Set(analysis.unreachable.map((u) => u.rule));
    tally.unreachable += unreachable.size;
    if (analysis.leaks.length) tally.rejected++;
    else tally.accepted++;

    // sound: with no leak, no request reaches a target that may not receive it; no request ever
    // matches a rule called unreachable first
    const violations: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const f = randomRequest(r, spec);
      const d = evaluatePolicy(policy, f);
      if (unreachable.has(ruleIndex(d.rule))) violations.push(`${JSON.stringify(f)} matched unreachable rule ${d.rule}`);
      if (analysis.leaks.length === 0)
        for (const [t, target] of routes(spec, d.rule))
          if (!mayReceive(target, f)) violations.push(`${JSON.stringify(f)} reaches ${t} via ${d.rule}`);
    }
    expect(violations, `seed ${seed}`).toEqual([]);
    // and the diagnostics say the same as the analysis
    const codes = checkPolicy(spec).filter((x) => x.code.endsWith('-invariant')).length;
    expect(codes).toBe(analysis.leaks.length);
  });

  it('drew a fair mix of accepted and rejected policies (so both halves of the property were exercised)', () => {
    expect(tally.accepted).toBeGreaterThan(POLICIES / 10);
    expect(tally.rejected).toBeGreaterThan(POLICIES / 10);
    expect(tally.leaksChecked).toBeGreaterThan(POLICIES / 2);
    expect(tally.unreachable).toBeGreaterThan(0);
  });
});

/** randomPolicy with a `sticky:` section and, at random places, rules that guard sticky sessions (sometimes partly). */
function randomStickyPolicy(r: Rng): PolicySpec {
  const base = randomPolicy(r);
  const rules: Record<string, unknown>[] = [...base.rules];
  const guards = r.int(3);
  for (let i = 0; i < guards; i++) {
    const when = r.chance(0.5) ? { sticky: true } : { ...condition(r), sticky: true };
    rules.splice(r.int(rules.length + 1), 0, { name: `sticky-${i}`, when, target: r.pick(ONPREM), fallbacks: [] });
  }
  if (r.chance(0.3))
    rules.splice(r.int(rules.length + 1), 0, { name: 'clean', when: { sticky: false, pii: 'none' }, target: r.pick(NAMES) });
  return PolicySchema.parse({ ...base, rules, sticky: { header: 'x-session', ttl_seconds: 60 } });
}

describe('the routing analysis is sound and exact for sticky sessions (random policies × random requests)', () => {
  const tally = { stickyLeaks: 0, accepted: 0 };

  it.each(Array.from({ length: 150 }, (_, i) => 1000 + i))('seed %i', (seed) => {
    const r = rng(seed);
    const spec = randomStickyPolicy(r);
    const analysis = analyseRouting(spec);
    expect(analysis.complete).toBe(true);
    const policy = compilePolicy(spec);
    for (const leak of analysis.leaks) {
      const d = evaluatePolicy(policy, leak.example);
      expect(routes(spec, d.rule).map(([t]) => t)).toContain(leak.target);
      expect(mayReceive(spec.targets[leak.target]!, leak.example)).toBe(false);
      if (leak.sensitivity === 'sticky') {
        tally.stickyLeaks++;
        expect(leak.example).toMatchObject({ sticky: true, piiTypes: [] });
        expect(leak.description).toContain('sticky session');
      }
    }
    if (analysis.leaks.length > 0) return;
    tally.accepted++;
    // sound: no request, sticky or not, reaches a target that may not receive it
    const violations: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const f = { ...randomRequest(r, spec), ...(r.chance(0.5) ? { sticky: true } : {}) };
      const d = evaluatePolicy(policy, f);
      for (const [t, target] of routes(spec, d.rule))
        if (!mayReceive(target, f)) violations.push(`${JSON.stringify(f)} reaches ${t} via ${d.rule}`);
    }
    expect(violations, `seed ${seed}`).toEqual([]);
  });

  it('found sticky leaks and accepted policies both', () => {
    expect(tally.stickyLeaks).toBeGreaterThan(10);
    expect(tally.accepted).toBeGreaterThan(5);
  });
});
