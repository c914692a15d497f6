// Capability-aware routing: what targets serve (capabilities.ts), the evaluator dropping those that cannot serve
// a request, and the static check rejecting (warning for fallbacks) a rule that routes a task or model alias to a
// target that cannot serve it.
import { describe, expect, it } from 'vitest';
import { capabilitiesOf, KIND_CAPABILITIES, servesAlias, unmet } from './capabilities.ts';
import { compilePolicy, evaluatePolicy } from './evaluate.ts';
import { loadPolicy } from './load.ts';
import { analyseRouting } from './prove.ts';
import { PolicySchema, type TargetSpec } from './schema.ts';
import { formatDiagnostic, type RequestFeatures } from './types.ts';

const spec = (t: Record<string, unknown>) => PolicySchema.parse({ targets: { t }, default: { target: 't' } }).targets['t'] as TargetSpec;
const EDGE = spec({ kind: 'edge', model: 'm' });
const LAMBDA = spec({ kind: 'lambda', function: 'f', region: 'us-east-1' });

const F: RequestFeatures = {
  piiTypes: [],
  unscanned: [],
  estimatedTokens: 100,
  model: 'small',
  task: 'chat',
  stream: false,
  metadata: {},
  headers: {},
  needs: { tools: false, vision: false, contextTokens: 100 },
};
const TOOLS: RequestFeatures = { ...F, needs: { ...F.needs!, tools: true } };

describe('what a target serves', () => {
  it('takes its kind defaults, each key of `serves` replacing one', () => {
    expect(capabilitiesOf(EDGE)).toEqual({ tasks: ['chat', 'embeddings', 'classify'], tools: false, json_schema: false, vision: false });
    expect(capabilitiesOf(LAMBDA)).toEqual(KIND_CAPABILITIES.lambda);
    expect(capabilitiesOf(LAMBDA).tasks).toEqual(['chat']);
    const narrowed = spec({ kind: 'onprem', base_url: 'https://p', serves: { tools: false, max_context_tokens: 8192 } });
    expect(capabilitiesOf(narrowed)).toEqual({
      tasks: ['chat', 'embeddings', 'classify'],
      tools: false,
      json_schema: true,
      vision: true,
      max_context_tokens: 8192,
    });
  });

  it('a models mapping lists the aliases a target serves; without one it serves any', () => {
    const mapped = spec({ kind: 'openai', base_url: 'https://o', models: { big: 'llama-8b' } });
    expect(servesAlias(mapped, 'big')).toBe(true);
    expect(servesAlias(mapped, 'small')).toBe(false);
    expect(servesAlias(mapped, 'constructor')).toBe(false);
    expect(servesAlias(EDGE, 'anything')).toBe(true);
    expect(servesAlias(mapped, 'small', false)).toBe(true); // no aliases declared: the mapping only renames
  });

  it('says what a target lacks, without quoting the request', () => {
    expect(unmet(EDGE, F)).toEqual([]);
    expect(unmet(EDGE, TOOLS)).toEqual(['no tools']);
    expect(unmet(EDGE, { ...F, needs: { ...F.needs!, structuredOutput: 'json_schema', vision: true } })).toEqual([
      'no json_schema',
      'no vision',
    ]);
    expect(unmet(LAMBDA, { ...F, task: 'embeddings' })).toEqual(['no embeddings']);
    const mapped = spec({ kind: 'openai', base_url: 'https://o', models: { big: 'x' }, serves: { max_context_tokens: 50 } });
    expect(unmet(mapped, { ...F, model: 'jana.novak@example.org' })).toEqual(['model not in its models mapping', 'context 100 > 50']);
    // a request recorded without needs is held to its task and model only
    const { needs: _, ...old } = TOOLS;
    expect(unmet(EDGE, old)).toEqual([]);
  });

  it('rejects unknown keys and empty task lists in `serves`', () => {
    const bad = (serves: unknown) =>
      PolicySchema.safeParse({ targets: { t: { kind: 'edge', model: 'm', serves } }, default: { target: 't' } });
    expect(bad({ tool: true }).success).toBe(false);
    expect(bad({ tasks: [] }).success).toBe(false);
    expect(bad({ tasks: ['translate'] }).success).toBe(false);
    expect(bad({ tasks: ['chat'], tools: true, json_schema: true, vision: false, max_context_tokens: 4096 }).success).toBe(true);
  });
});

const policy = (p: Record<string, unknown>) =>
  compilePolicy(
    PolicySchema.parse({
      targets: {
        edge: { kind: 'edge', model: 'm' },
        cloud: { kind: 'lambda', function: 'f', region: 'us-east-1', models: { small: 'small-v2' } },
        onprem: { kind: 'onprem', base_url: 'https://p' },
      },
      default: { target: 'edge', fallbacks: ['cloud', 'onprem'] },
      ...p,
    }),
  );

describe('the evaluator drops targets that cannot serve the request', () => {
  it('a tools request skips the edge, and the trail says why', () => {
    const d = evaluatePolicy(policy({}), TOOLS);
    expect(d).toMatchObject({ kind: 'route', target: 'cloud', fallbacks: ['onprem'] });
    expect(d.reasons).toContain('dropped: edge (no tools)');
  });

  it('a task or an alias a target does not serve skips it too', () => {
    expect(evaluatePolicy(policy({}), { ...F, task: 'embeddings' })).toMatchObject({ target: 'edge', fallbacks: ['onprem'] });
    const models = { small: {}, big: {} };
    const big = evaluatePolicy(policy({ models, default: { target: 'cloud', fallbacks: ['onprem'] } }), { ...F, model: 'big' });
    expect(big).toMatchObject({ kind: 'route', target: 'onprem', fallbacks: [] });
    expect(big.reasons).toContain('dropped: cloud (model not in its models mapping)');
    // without declared aliases a mapping only renames: an alias it does not list passes through
    expect(evaluatePolicy(policy({ default: { target: 'cloud' } }), { ...F, model: 'big' })).toMatchObject({ target: 'cloud' });
  });

  it('refuses with no_capable_target when no target is left', () => {
    const d = evaluatePolicy(policy({ default: { target: 'edge' } }), TOOLS);
    expect(d).toMatchObject({ kind: 'refuse', code: 'no_capable_target', rule: 'default' });
    expect(d.reasons.slice(-2)).toEqual(['dropped: edge (no tools)', 'no target left that can serve the request']);
  });

  it('sensitivity first: a PII request is refused as pii_no_onprem, not for capabilities', () => {
    const p = policy({ default: { target: 'edge', fallbacks: ['cloud'] } });
    expect(evaluatePolicy(p, { ...TOOLS, piiTypes: ['EMAIL'] })).toMatchObject({ kind: 'refuse', code: 'pii_no_onprem' });
    const narrowed = compilePolicy(
      PolicySchema.parse({
        targets: { onprem: { kind: 'onprem', base_url: 'https://p', serves: { tools: false } } },
        default: { target: 'onprem' },
      }),
    );
    expect(evaluatePolicy(narrowed, { ...TOOLS, piiTypes: ['EMAIL'] })).toMatchObject({ kind: 'refuse', code: 'no_capable_target' });
  });
});

const YAML = (rules: string, extra = '') => `targets:
  edge:
    kind: edge
    model: m
  cloud:
    kind: lambda
    function: f
    region: us-east-1${extra}
  onprem:
    kind: onprem
    base_url: https://p
rules:
  - name: pii
    when: { pii: any }
    target: onprem
  - name: unscanned
    when: { unscanned: any }
    target: onprem
${rules}
default:
  target: onprem
`;

describe('the static check', () => {
  it('rejects a rule whose target cannot serve a task it routes, at its line and column, with such a request', () => {
    const r = loadPolicy(YAML('  - name: big\n    when: { tokens: { min: 1000 } }\n    target: cloud\n'), 'p.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatDiagnostic)).toEqual([
      'p.yaml:21:13: error[capability]: rules[2].target: rule "big" can route a request to target "cloud" (kind lambda) that it cannot serve, e.g. a request with no pii, no unscanned content, task embeddings, model (any other), tokens 1000, stream false, tenant (any other): it serves chat only (its "serves: {tasks}", or the default of kind lambda) — route such requests to a target that serves them in an earlier rule, narrow this rule\'s "task", or declare what the target serves ("serves", "models")',
    ]);
  });

  it('accepts it once the rule is narrowed to chat, or the target declares the task', () => {
    expect(loadPolicy(YAML('  - name: big\n    when: { task: chat, tokens: { min: 1000 } }\n    target: cloud\n')).ok).toBe(true);
    const declared = YAML(
      '  - name: big\n    when: { tokens: { min: 1000 } }\n    target: cloud\n',
      '\n    serves: { tasks: [chat, embeddings, classify] }',
    );
    expect(loadPolicy(declared).ok).toBe(true);
  });

  it('warns (does not reject) for a fallback that cannot serve every request its rule routes', () => {
    const r = loadPolicy(
      YAML('  - name: small\n    when: { tokens: { max: 999 } }\n    target: edge\n    fallbacks: [cloud, onprem]\n'),
      'p.yaml',
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => `${w.line}:${w.col} ${w.code} ${w.path}`)).toEqual(['22:17 capability-fallback rules[2].fallbacks[0]']);
    expect(r.warnings[0]!.message).toMatch(/task embeddings.*such a request skips it$/);
  });

  it('with aliases declared, rejects routing one to a target whose models mapping does not list it (split arms too)', () => {
    const rules = `  - name: canary
    when: { task: chat }
    split:
      - { target: cloud, weight: 9 }
      - { target: edge, weight: 1 }
    bucket_by: tenant
`;
    const declared = 'models:\n  small: {}\n  big: {}\n';
    expect(loadPolicy(YAML(rules, '\n    models: { small: small-v2 }')).ok).toBe(true); // undeclared: a mapping renames
    const r = loadPolicy(declared + YAML(rules, '\n    models: { small: small-v2 }'), 'p.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['capability rules[2].split[0].target']);
    expect(r.errors[0]!.message).toMatch(/model big.*its "models" mapping lists only small/);
    const narrowed = rules.replace('{ task: chat }', '{ task: chat, model: small }');
    expect(loadPolicy(declared + YAML(narrowed, '\n    models: { small: small-v2 }')).ok).toBe(true);
  });

  it('checks the default like a rule', () => {
    const r = loadPolicy(YAML('').replace('default:\n  target: onprem', 'default:\n  target: cloud'), 'p.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['capability default.target']);
    expect(r.errors[0]!.message).toContain('route such requests to a target that serves them in a rule (when: {task: …})');
  });

  it('every request the check shows, evaluated, has that target dropped for what it lacks', () => {
    const spec = PolicySchema.parse({
      targets: {
        edge: { kind: 'edge', model: 'm', models: { small: 's' } },
        cloud: { kind: 'lambda', function: 'f', region: 'us-east-1' },
        oai: { kind: 'openai', base_url: 'https://o', models: { big: 'b' } },
        onprem: { kind: 'onprem', base_url: 'https://p', serves: { tasks: ['chat', 'embeddings'] } },
      },
      rules: [
        { name: 'pii', when: { pii: 'any' }, target: 'onprem' },
        { name: 'unscanned', when: { unscanned: 'any' }, target: 'onprem' },
        { name: 'small', when: { tokens: { max: 500 } }, target: 'edge', fallbacks: ['cloud', 'oai'] },
        { name: 'tasks', when: { task: ['embeddings', 'classify'] }, target: 'oai', fallbacks: ['onprem'] },
      ],
      models: { small: {}, big: { tasks: ['chat', 'embeddings'] } },
      default: { target: 'cloud', fallbacks: ['oai', 'onprem'] },
    });
    const analysis = analyseRouting(spec);
    expect(analysis.complete).toBe(true);
    expect(analysis.unserved.length).toBeGreaterThan(3);
    const p = compilePolicy(spec);
    for (const u of analysis.unserved) {
      const d = evaluatePolicy(p, u.example);
      expect(d.rule, u.description).toBe(u.rule < 0 ? 'default' : spec.rules[u.rule]!.name);
      expect(
        d.reasons.some((r) => r.startsWith(`dropped: ${u.target} (`)),
        `${u.target}: ${u.description}`,
      ).toBe(true);
    }
  });
});
