import { describe, expect, it } from 'vitest';
import { checkPolicy, subsumes, toDnf } from './check.ts';
import { loadPolicy } from './load.ts';
import { ConditionSchema, PolicySchema, type ConditionInput as Condition } from './schema.ts';
import { formatDiagnostic } from './types.ts';

const TARGETS = {
  edge: { kind: 'edge', model: 'm' },
  cloud: { kind: 'lambda', function: 'f', region: 'us-east-1' },
  oai: { kind: 'openai', base_url: 'https://o' },
  onprem: { kind: 'onprem', base_url: 'https://p' },
  onprem2: { kind: 'onprem', base_url: 'https://q' },
};
const PII_FIRST = { name: 'pii', when: { pii: 'any' }, target: 'onprem' };

/** Checks a policy given as a plain object (schema applied); returns `code path: message` lines. */
function diags(p: Record<string, unknown>, severity: 'error' | 'warning' = 'error'): string[] {
  const spec = PolicySchema.parse({ targets: TARGETS, default: { target: 'onprem' }, ...p });
  return checkPolicy(spec)
    .filter((d) => d.severity === severity)
    .map((d) => `${d.code} ${d.path}: ${d.message}`);
}
const codes = (p: Record<string, unknown>) => diags(p).map((l) => l.split(' ')[0]);

describe('PII invariant', () => {
  it('rejects a rule that can send PII to a non-onprem target, naming rule, target and kind', () => {
    expect(diags({ rules: [{ name: 'small', when: { tokens: { max: 100 } }, target: 'edge' }] })).toEqual([
      'pii-invariant rules[0].target: rule "small" can send PII to target "edge" (kind edge); only onprem targets may receive PII — route PII to an onprem target in an earlier rule or add "pii: none" to this rule\'s "when"',
    ]);
  });

  it('accepts the same rule after a pii: any rule, or with pii: none', () => {
    expect(diags({ rules: [PII_FIRST, { name: 'small', when: { tokens: { max: 100 } }, target: 'edge' }] })).toEqual([]);
    expect(diags({ rules: [{ name: 'small', when: { pii: 'none' }, target: 'edge' }] })).toEqual([]);
  });

  it('checks every path: split arms, fallbacks, default and default fallbacks', () => {
    const rules = [
      { name: 's', when: { task: 'chat' }, split: [{ target: 'onprem', weight: 1 }, { target: 'oai', weight: 1 }], bucket_by: 'tenant', fallbacks: ['onprem2', 'cloud'] },
    ];
    expect(codes({ rules, default: { target: 'edge', fallbacks: ['onprem', 'cloud'] } })).toEqual(
      Array(4).fill('pii-invariant'),
    );
    expect(diags({ rules, default: { target: 'edge', fallbacks: ['onprem', 'cloud'] } }).map((l) => l.split(':')[0])).toEqual([
      'pii-invariant rules[0].split[1].target',
      'pii-invariant rules[0].fallbacks[1]',
      'pii-invariant default.target',
      'pii-invariant default.fallbacks[1]',
    ]);
  });

  it('treats a rule matching only specific PII types as PII-reachable', () => {
    expect(codes({ rules: [{ name: 'emails', when: { pii: ['EMAIL'] }, target: 'cloud' }] })).toEqual(['pii-invariant']);
  });

  it('lets rules that together catch every PII type protect the default', () => {
    const all = ['PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IBAN'];
    const rest = ['BANK_ACCOUNT', 'SSN', 'NATIONAL_ID', 'PASSPORT', 'DRIVER_LICENSE', 'IP_ADDRESS', 'SECRET'];
    const rules = [
      { name: 'a', when: { pii: all }, target: 'onprem' },
      { name: 'b', when: { pii: rest }, target: 'onprem2' },
    ];
    expect(diags({ rules, default: { target: 'cloud' } })).toEqual([]);
    // one type missing: PII with only SECRET reaches the default
    expect(codes({ rules: [rules[0], { ...rules[1], when: { pii: rest.slice(0, -1) } }], default: { target: 'cloud' } })).toEqual(['pii-invariant']);
  });

  it('does not count a conditional PII rule as catching all PII', () => {
    const rules = [{ name: 'p', when: { pii: 'any', tenant: 'acme' }, target: 'onprem' }];
    expect(codes({ rules, default: { target: 'cloud' } })).toEqual(['pii-invariant']);
  });

  it('understands any_of: PII-free only if every branch says pii: none', () => {
    const r = (b: Condition[]) => ({ rules: [{ name: 'r', when: { any_of: b }, target: 'cloud' }] });
    expect(codes(r([{ pii: 'none', task: 'chat' }, { pii: 'none', tenant: 'x' }]))).toEqual([]);
    expect(codes(r([{ pii: 'none', task: 'chat' }, { tenant: 'x' }]))).toEqual(['pii-invariant']);
  });

  it('allows onprem everywhere', () => {
    expect(diags({ rules: [{ name: 'r', when: {}, target: 'onprem', fallbacks: ['onprem2'] }] })).toEqual([]);
  });
});

describe('references, fallbacks, names, splits, aliases', () => {
  it('reports unknown targets everywhere', () => {
    const rules = [
      { name: 'a', when: { pii: 'none', tenant: 'x' }, target: 'nope1', fallbacks: ['nope2'] },
      { name: 'b', when: { pii: 'none', task: 'chat' }, split: [{ target: 'nope3', weight: 1 }, { target: 'edge', weight: 1 }], bucket_by: 'tenant' },
    ];
    expect(diags({ rules, default: { target: 'nope4', fallbacks: ['nope5'] } }).map((l) => l.split(';')[0])).toEqual([
      'unknown-target rules[0].target: unknown target "nope1"',
      'unknown-target rules[0].fallbacks[0]: unknown target "nope2"',
      'unknown-target rules[1].split[0].target: unknown target "nope3"',
      'unknown-target default.target: unknown target "nope4"',
      'unknown-target default.fallbacks[0]: unknown target "nope5"',
    ]);
  });

  it('reports a target as its own fallback and duplicate fallbacks', () => {
    expect(diags({ rules: [{ name: 'a', target: 'onprem', fallbacks: ['onprem2', 'onprem'] }] })).toEqual([
      'fallback-self rules[0].fallbacks[1]: target "onprem" is listed as its own fallback',
    ]);
    expect(diags({ default: { target: 'onprem', fallbacks: ['onprem2', 'onprem2'] } })).toEqual([
      'fallback-duplicate default.fallbacks[1]: target "onprem2" is listed twice in fallbacks',
    ]);
    // a split arm may be a fallback (the evaluator never retries the chosen arm as its own fallback)
    const split = { name: 's', split: [{ target: 'onprem', weight: 9 }, { target: 'onprem2', weight: 1 }], bucket_by: 'tenant', fallbacks: ['onprem'] };
    expect(diags({ rules: [split] })).toEqual([]);
  });

  it('reports duplicate rule names', () => {
    expect(diags({ rules: [{ name: 'a', when: { tenant: 'x' }, target: 'onprem' }, { name: 'a', when: { tenant: 'y' }, target: 'onprem' }] })).toEqual([
      'duplicate-rule rules[1].name: duplicate rule name "a" (also rules[0])',
    ]);
  });

  it('checks split weights and distinct arms', () => {
    const split = (arms: { target: string; weight: number }[]) => ({ rules: [{ name: 's', split: arms, bucket_by: 'tenant' }] });
    expect(diags(split([{ target: 'onprem', weight: 0 }, { target: 'onprem2', weight: -1 }]))).toEqual([
      'split-weight rules[0].split[0].weight: split weight must be > 0, got 0',
      'split-weight rules[0].split[1].weight: split weight must be > 0, got -1',
    ]);
    expect(diags(split([{ target: 'onprem', weight: 1 }, { target: 'onprem', weight: 2 }]))).toEqual([
      'split-duplicate-target rules[0].split[1].target: target "onprem" appears twice in the split',
    ]);
    expect(diags(split([{ target: 'onprem', weight: 1 }, { target: 'onprem2', weight: 2 }]))).toEqual([]);
  });

  it('checks model aliases against the declared ones (when declared)', () => {
    const rules = [{ name: 'a', when: { any_of: [{ model: 'big' }, { model: ['small', 'tiny'] }] }, target: 'onprem' }];
    expect(diags({ rules })).toEqual([]); // no `models` section: anything goes
    const models = { small: { tasks: ['chat'] }, big: {} };
    expect(diags({ rules, models })).toEqual([
      'unknown-model-alias rules[0].when.any_of[1].model: unknown model alias "tiny"; declared aliases: small, big',
    ]);
    const targets = { ...TARGETS, onprem: { ...TARGETS.onprem, models: { huge: 'x' } } };
    expect(diags({ targets, models })).toEqual(['unknown-model-alias targets.onprem.models: unknown model alias "huge"; declared aliases: small, big']);
  });

  it('warns about unused targets', () => {
    expect(diags({}, 'warning')).toEqual([
      'unused-target targets: target "edge" is never used',
      'unused-target targets: target "cloud" is never used',
      'unused-target targets: target "oai" is never used',
      'unused-target targets: target "onprem2" is never used',
    ]);
  });
});

describe('unreachable rules', () => {
  const rule = (name: string, when: Condition) => ({ name, when, target: 'onprem' });
  it('reports a rule after an unconditional one', () => {
    expect(diags({ rules: [rule('all', {}), rule('later', { task: 'chat' })] })).toEqual([
      'unreachable-rule rules[1].name: rule "later" can never match: rule "all" (rules[0]) comes first and matches every request',
    ]);
  });

  it.each<[string, Condition, Condition, boolean]>([
    ['task subset', { task: ['chat', 'classify'] }, { task: 'chat', tokens: { max: 10 } }, true],
    ['task not subset', { task: 'chat' }, { task: ['chat', 'classify'] }, false],
    ['tokens range inside', { tokens: { min: 10, max: 100 } }, { tokens: { min: 20, max: 50 } }, true],
    ['tokens range overlapping', { tokens: { min: 10, max: 100 } }, { tokens: { min: 20, max: 500 } }, false],
    ['open range', { tokens: { min: 10 } }, { tokens: { min: 20 } }, true],
    ['later has no bound', { tokens: { max: 10 } }, {}, false],
    ['pii any ⊇ pii types', { pii: 'any' }, { pii: ['EMAIL'] }, true],
    ['pii types ⊉ pii any', { pii: ['EMAIL'] }, { pii: 'any' }, false],
    ['pii types subset', { pii: ['EMAIL', 'PHONE'] }, { pii: ['PHONE'] }, true],
    ['pii none vs any', { pii: 'none' }, { pii: 'any' }, false],
    ['stream', { stream: true }, { stream: true, tenant: 'a' }, true],
    ['stream differs', { stream: true }, { stream: false }, false],
    ['metadata', { metadata: { tier: ['a', 'b'] } }, { metadata: { tier: 'a', x: 'y' } }, true],
    ['metadata other key', { metadata: { tier: 'a' } }, { metadata: { plan: 'a' } }, false],
    ['header names case-insensitive', { headers: { 'X-A': '1' } }, { headers: { 'x-a': '1' } }, true],
    ['tenant vs model', { tenant: 'a' }, { model: 'a' }, false],
    ['any_of earlier: one branch covers', { any_of: [{ tenant: 'x' }, { task: 'chat' }] }, { task: 'chat', stream: true }, true],
    ['any_of later: every branch covered', { task: 'chat' }, { any_of: [{ task: 'chat', tenant: 'a' }, { task: 'chat', stream: true }] }, true],
    ['any_of later: one branch escapes', { task: 'chat' }, { any_of: [{ task: 'chat' }, { tenant: 'a' }] }, false],
  ])('%s', (_name, earlier, later, unreachable) => {
    const out = codes({ rules: [rule('first', earlier), rule('second', later)] });
    expect(out).toEqual(unreachable ? ['unreachable-rule'] : []);
    expect(subsumes(toDnf(ConditionSchema.parse(earlier)), toDnf(ConditionSchema.parse(later)))).toBe(unreachable);
  });
});

describe('positions', () => {
  it('points check diagnostics at the YAML node', () => {
    const src = `targets:
  edge: {kind: edge, model: m}
  onprem: {kind: onprem, base_url: "https://p"}
rules:
  - name: edge-all
    target: edge
    fallbacks: [onprem, onprem]
default: {target: onprem}
`;
    const r = loadPolicy(src, 'x.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatDiagnostic).map((l) => l.split(': ').slice(0, 3).join(': '))).toEqual([
      'x.yaml:6:13: error[pii-invariant]: rules[0].target',
      'x.yaml:7:25: error[fallback-duplicate]: rules[0].fallbacks[1]',
    ]);
  });
});
