import { describe, expect, it } from 'vitest';
import { checkPolicy } from './check.ts';
import { loadPolicy } from './load.ts';
import { PolicySchema, type ConditionInput as Condition } from './schema.ts';
import { formatDiagnostic } from './types.ts';

const TARGETS = {
  edge: { kind: 'edge', model: 'm' },
  cloud: { kind: 'lambda', function: 'f', region: 'us-east-1', serves: { tasks: ['chat', 'embeddings', 'classify'] } },
  oai: { kind: 'openai', base_url: 'https://o' },
  onprem: { kind: 'onprem', base_url: 'https://p' },
  onprem2: { kind: 'onprem', base_url: 'https://q' },
};
const PII_FIRST = { name: 'pii', when: { pii: 'any' }, target: 'onprem' };
const UNSCANNED_FIRST = { name: 'unscanned', when: { unscanned: 'any' }, target: 'onprem' };

/** Checks a policy given as a plain object (schema applied); returns `code path: message` lines. */
function diags(p: Record<string, unknown>, severity: 'error' | 'warning' = 'error', maxSteps?: number): string[] {
  const spec = PolicySchema.parse({ targets: TARGETS, default: { target: 'onprem' }, ...p });
  return checkPolicy(spec, maxSteps === undefined ? {} : { maxSteps })
    .filter((d) => d.severity === severity)
    .map((d) => `${d.code} ${d.path}: ${d.message}`);
}
const codes = (p: Record<string, unknown>) => diags(p).map((l) => l.split(' ')[0]);
/** The counterexample a diagnostic shows: the text between "e.g. " and the next ";". */
const example = (line: string | undefined) => /e\.g\. (a request with [^;]*);/.exec(line ?? '')?.[1];

describe('PII invariant', () => {
  it('rejects a rule that can send PII to a non-onprem target, naming rule, target, kind and a request that would', () => {
    expect(diags({ rules: [{ name: 'small', when: { tokens: { max: 100 } }, target: 'edge' }] })).toEqual([
      'pii-invariant rules[0].target: rule "small" can send PII to target "edge" (kind edge), e.g. a request with pii [PERSON], task chat, model (any other), tokens 0, stream false, tenant (any other); only onprem targets may receive PII — route PII to an onprem target in an earlier rule or add "pii: none" to this rule\'s "when"',
    ]);
  });

  it('accepts the same rule after a pii: any rule, or with pii: none (and unscanned content kept out)', () => {
    expect(diags({ rules: [PII_FIRST, UNSCANNED_FIRST, { name: 'small', when: { tokens: { max: 100 } }, target: 'edge' }] })).toEqual([]);
    expect(diags({ rules: [{ name: 'small', when: { pii: 'none', unscanned: 'none' }, target: 'edge' }] })).toEqual([]);
  });

  it('checks every path: split arms, fallbacks, default and default fallbacks', () => {
    const rules = [
      {
        name: 's',
        when: { task: 'chat' },
        split: [
          { target: 'onprem', weight: 1 },
          { target: 'oai', weight: 1 },
        ],
        bucket_by: 'tenant',
        fallbacks: ['onprem2', 'cloud'],
      },
    ];
    expect(diags({ rules, default: { target: 'edge', fallbacks: ['onprem', 'cloud'] } }).map((l) => l.split(':')[0])).toEqual([
      'pii-invariant rules[0].split[1].target',
      'pii-invariant rules[0].fallbacks[1]',
      'pii-invariant default.target',
      'pii-invariant default.fallbacks[1]',
    ]);
    // the default only sees what no rule caught: here, non-chat requests
    expect(example(diags({ rules, default: { target: 'edge' } }).find((l) => l.startsWith('pii-invariant default')))).toBe(
      'a request with pii [PERSON], task embeddings, model (any other), tokens 0, stream false, tenant (any other)',
    );
  });

  it('treats a rule matching only specific PII types as PII-reachable', () => {
    const out = diags({ rules: [{ name: 'emails', when: { pii: ['EMAIL'] }, target: 'cloud' }] });
    expect(out.map((l) => l.split(' ')[0])).toEqual(['pii-invariant']);
    expect(example(out[0])).toMatch(/^a request with pii \[EMAIL\], /);
  });

  it('lets rules that together catch every PII type protect the default, and names the type that escapes', () => {
    const all = ['PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IBAN'];
    const rest = ['BANK_ACCOUNT', 'SSN', 'NATIONAL_ID', 'PASSPORT', 'DRIVER_LICENSE', 'IP_ADDRESS', 'SECRET'];
    const rules = [
      { name: 'a', when: { pii: all }, target: 'onprem' },
      { name: 'b', when: { pii: rest }, target: 'onprem2' },
      UNSCANNED_FIRST,
    ];
    expect(diags({ rules, default: { target: 'cloud' } })).toEqual([]);
    // one type missing: PII with only SECRET reaches the default
    const out = diags({
      rules: [rules[0], { ...rules[1], when: { pii: rest.slice(0, -1) } }, UNSCANNED_FIRST],
      default: { target: 'cloud' },
    });
    expect(out.map((l) => l.split(' ')[0])).toEqual(['pii-invariant']);
    expect(example(out[0])).toMatch(/^a request with pii \[SECRET\], /);
  });

  it('does not count a conditional PII rule as catching all PII', () => {
    const rules = [{ name: 'p', when: { pii: 'any', tenant: 'acme' }, target: 'onprem' }, UNSCANNED_FIRST];
    const out = diags({ rules, default: { target: 'cloud' } });
    expect(out.map((l) => l.split(' ')[0])).toEqual(['pii-invariant']);
    expect(example(out[0])).toBe(
      'a request with pii [PERSON], no unscanned content, task chat, model (any other), tokens 0, stream false, tenant (any other)',
    );
  });

  it('understands any_of: PII-free only if every branch says pii: none', () => {
    const r = (b: Condition[]) => ({ rules: [UNSCANNED_FIRST, { name: 'r', when: { any_of: b }, target: 'cloud' }] });
    expect(
      codes(
        r([
          { pii: 'none', task: 'chat' },
          { pii: 'none', tenant: 'x' },
        ]),
      ),
    ).toEqual([]);
    const out = diags(r([{ pii: 'none', task: 'chat' }, { tenant: 'x' }]));
    expect(out.map((l) => l.split(' ')[0])).toEqual(['pii-invariant']);
    expect(example(out[0])).toContain('tenant x');
  });

  it('allows onprem everywhere', () => {
    expect(diags({ rules: [{ name: 'r', when: {}, target: 'onprem', fallbacks: ['onprem2'] }] })).toEqual([]);
  });
});

describe('the exact check: designs the old heuristic rejected', () => {
  /** PII rules to on-prem (given conditions), then unscanned on-prem, then everything to the cloud. */
  const partition = (...pii: Condition[]) => ({
    rules: [
      ...pii.map((when, i) => ({ name: `pii-${i}`, when: { pii: 'any', ...when }, target: i % 2 ? 'onprem2' : 'onprem' })),
      UNSCANNED_FIRST,
      { name: 'cloud', when: {}, target: 'cloud', fallbacks: ['oai'] },
    ],
  });

  it.each<[string, Condition[]]>([
    ['token ranges', [{ tokens: { max: 2048 } }, { tokens: { min: 2049 } }]],
    ['three token ranges', [{ tokens: { max: 10 } }, { tokens: { min: 11, max: 99 } }, { tokens: { min: 100 } }]],
    ['stream true / false', [{ stream: true }, { stream: false }]],
    ['every task', [{ task: ['chat', 'embeddings', 'classify'] }]],
    ['tasks one by one', [{ task: 'chat' }, { task: 'embeddings' }, { task: 'classify' }]],
    ['streams are chat only', [{ stream: false }, { task: 'chat' }]],
    ['any_of branches', [{ any_of: [{ tokens: { max: 5 } }, { task: 'chat' }] }, { tokens: { min: 6 }, task: ['embeddings', 'classify'] }]],
    ['PII types split over two rules', [{ pii: ['EMAIL', 'PHONE'] }, { pii: 'any' }]],
  ])('accepts PII partitioned by %s', (_name, parts) => {
    expect(diags(partition(...parts))).toEqual([]);
  });

  it.each<[string, Condition[], string]>([
    ['a gap between token ranges', [{ tokens: { max: 2048 } }, { tokens: { min: 2050 } }], 'tokens 2049'],
    ['a missing task', [{ task: ['chat', 'classify'] }], 'task embeddings'],
    ['stream true only', [{ stream: true }], 'stream false'],
    ['a missing tenant', [{ tenant: ['a', 'b'] }], 'tenant (any other)'],
  ])('rejects PII partitioned with %s, showing the request that falls through', (_name, parts, shows) => {
    const out = diags(partition(...parts));
    expect(out.map((l) => l.split(':')[0])).toEqual([
      'pii-invariant rules[' + (parts.length + 1) + '].target',
      'pii-invariant rules[' + (parts.length + 1) + '].fallbacks[0]',
    ]);
    expect(example(out[0])).toContain(shows);
  });

  it('prints the counterexample in a readable form', () => {
    const out = diags(partition({ tokens: { max: 2048 } }, { tokens: { min: 2050 } }));
    expect(example(out[0])).toBe(
      'a request with pii [PERSON], no unscanned content, task chat, model (any other), tokens 2049, stream false, tenant (any other)',
    );
  });

  it('knows that with "models" declared only declared aliases reach routing, each for its tasks', () => {
    const models = { small: { tasks: ['chat', 'embeddings'] }, large: { tasks: ['chat'] } };
    const rules = [
      { name: 'pii-small', when: { pii: 'any', model: 'small' }, target: 'onprem' },
      { name: 'pii-large', when: { pii: 'any', model: 'large' }, target: 'onprem2' },
      UNSCANNED_FIRST,
    ];
    expect(diags({ models, rules, default: { target: 'cloud' } })).toEqual([]);
    // without `models`, any other model name may come
    expect(example(diags({ rules, default: { target: 'cloud' } })[0])).toContain('model (any other)');
    // with large serving chat only, "large + classify" never reaches routing: a PII rule for it is not needed
    const byTask = [
      { name: 'pii-chat', when: { pii: 'any', task: 'chat' }, target: 'onprem' },
      { name: 'pii-small', when: { pii: 'any', model: 'small' }, target: 'onprem' },
      UNSCANNED_FIRST,
    ];
    expect(diags({ models, rules: byTask, default: { target: 'cloud' } })).toEqual([]);
    const escapes = diags({ models: { ...models, large: { tasks: ['chat', 'classify'] } }, rules: byTask, default: { target: 'cloud' } });
    expect(example(escapes[0])).toContain('task classify, model large');
  });

  it('tells metadata and header values apart, and absent from any other value', () => {
    const rules = [
      { name: 'pii-gold', when: { pii: 'any', metadata: { tier: 'gold' } }, target: 'onprem' },
      { name: 'pii-x', when: { pii: 'any', headers: { 'X-Route': ['a', 'b'] } }, target: 'onprem' },
      UNSCANNED_FIRST,
    ];
    const out = diags({ rules, default: { target: 'cloud' } });
    expect(example(out[0])).toBe(
      'a request with pii [PERSON], no unscanned content, task chat, model (any other), tokens 0, stream false, tenant (any other), metadata.tier (any other), header x-route (any other)',
    );
  });
});

describe('unscanned invariant', () => {
  const VISION = { kind: 'openai', base_url: 'https://v', allow_unscanned: ['image'] };
  const targets = { ...TARGETS, vision: VISION };

  it('rejects a PII-free rule that can send unscanned content to a target that does not allow it', () => {
    expect(diags({ rules: [PII_FIRST, { name: 'r', when: {}, target: 'edge' }] })).toEqual([
      'unscanned-invariant rules[1].target: rule "r" can send content the edge cannot scan to target "edge" (kind edge, no allow_unscanned), e.g. a request with no pii, unscanned [image], task chat, model (any other), tokens 0, stream false, tenant (any other); only onprem targets and targets whose allow_unscanned lists every kind present may receive it — route it to an onprem target in an earlier rule (when: {unscanned: any}), add "unscanned: none" to this rule\'s "when", or list the kind in the target\'s allow_unscanned',
    ]);
    expect(diags({ rules: [PII_FIRST, { name: 'r', when: { unscanned: 'none' }, target: 'edge' }] })).toEqual([]);
  });

  it('reports PII first: a path that leaks both is a pii-invariant', () => {
    expect(codes({ rules: [{ name: 'r', when: {}, target: 'edge' }] })).toEqual(['pii-invariant']);
  });

  it('lets allowed kinds through to a target that allows them, and shows a mix that it does not', () => {
    const images = { name: 'images', when: { unscanned: ['image'] }, target: 'vision', fallbacks: ['onprem'] };
    const others = {
      name: 'others',
      when: { unscanned: ['audio', 'video', 'file', 'token_ids', 'binary', 'uncovered_script', 'tagger_failed'] },
      target: 'onprem',
    };
    expect(diags({ targets, rules: [PII_FIRST, others, images], default: { target: 'cloud' } })).toEqual([]);
    // images first: an image next to another kind matches it too, and the vision target may not take that
    const out = diags({ targets, rules: [PII_FIRST, images, others], default: { target: 'cloud' } });
    expect(out.map((l) => l.split(':')[0])).toEqual(['unscanned-invariant rules[1].target']);
    expect(out[0]).toContain('(kind openai, allow_unscanned [image])');
    expect(example(out[0])).toMatch(
      /^a request with no pii, unscanned \[image, (audio|video|file|token_ids|binary|uncovered_script|tagger_failed)\], /,
    );
    // on a target that allows nothing, a single unscanned kind is a counterexample
    const bare = diags({ targets, rules: [PII_FIRST, others], default: { target: 'cloud' } });
    expect(bare.map((l) => l.split(':')[0])).toEqual(['unscanned-invariant default.target']);
    expect(example(bare[0])).toBe(
      'a request with no pii, unscanned [image], task chat, model (any other), tokens 0, stream false, tenant (any other)',
    );
  });

  it('checks each target against its own allow_unscanned list', () => {
    const both = { ...VISION, allow_unscanned: ['image', 'audio'] };
    const rest = {
      name: 'rest',
      when: { unscanned: ['video', 'file', 'token_ids', 'binary', 'uncovered_script', 'tagger_failed'] },
      target: 'onprem',
    };
    const rules = [PII_FIRST, rest, { name: 'media', when: { unscanned: ['image', 'audio'] }, target: 'both', fallbacks: ['vision'] }];
    const out = diags({ targets: { ...targets, both }, rules });
    // audio alone (or with an image) may go to "both" but not to "vision"
    expect(out.map((l) => l.split(':')[0])).toEqual(['unscanned-invariant rules[2].fallbacks[0]']);
    expect(example(out[0])).toMatch(/unscanned \[(image, )?audio\]/);
  });
});

describe('references, fallbacks, names, splits, aliases', () => {
  it('reports unknown targets everywhere', () => {
    const rules = [
      { name: 'a', when: { pii: 'none', tenant: 'x' }, target: 'nope1', fallbacks: ['nope2'] },
      {
        name: 'b',
        when: { pii: 'none', unscanned: 'none', task: 'chat' },
        split: [
          { target: 'nope3', weight: 1 },
          { target: 'edge', weight: 1 },
        ],
        bucket_by: 'tenant',
      },
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
    const split = {
      name: 's',
      split: [
        { target: 'onprem', weight: 9 },
        { target: 'onprem2', weight: 1 },
      ],
      bucket_by: 'tenant',
      fallbacks: ['onprem'],
    };
    expect(diags({ rules: [split] })).toEqual([]);
  });

  it('reports duplicate rule names', () => {
    expect(
      diags({
        rules: [
          { name: 'a', when: { tenant: 'x' }, target: 'onprem' },
          { name: 'a', when: { tenant: 'y' }, target: 'onprem' },
        ],
      }),
    ).toEqual(['duplicate-rule rules[1].name: duplicate rule name "a" (also rules[0])']);
  });

  it('checks split weights and distinct arms', () => {
    const split = (arms: { target: string; weight: number }[]) => ({ rules: [{ name: 's', split: arms, bucket_by: 'tenant' }] });
    expect(
      diags(
        split([
          { target: 'onprem', weight: 0 },
          { target: 'onprem2', weight: -1 },
        ]),
      ),
    ).toEqual([
      'split-weight rules[0].split[0].weight: split weight must be > 0, got 0',
      'split-weight rules[0].split[1].weight: split weight must be > 0, got -1',
    ]);
    expect(
      diags(
        split([
          { target: 'onprem', weight: 1 },
          { target: 'onprem', weight: 2 },
        ]),
      ),
    ).toEqual(['split-duplicate-target rules[0].split[1].target: target "onprem" appears twice in the split']);
    expect(
      diags(
        split([
          { target: 'onprem', weight: 1 },
          { target: 'onprem2', weight: 2 },
        ]),
      ),
    ).toEqual([]);
  });

  it('checks model aliases against the declared ones (when declared)', () => {
    const rules = [{ name: 'a', when: { any_of: [{ model: 'big' }, { model: ['small', 'tiny'] }] }, target: 'onprem' }];
    expect(diags({ rules })).toEqual([]); // no `models` section: anything goes
    const models = { small: { tasks: ['chat'] }, big: {} };
    expect(diags({ rules, models })).toEqual([
      'unknown-model-alias rules[0].when.any_of[1].model: unknown model alias "tiny"; declared aliases: small, big',
    ]);
    const targets = { ...TARGETS, onprem: { ...TARGETS.onprem, models: { huge: 'x' } } };
    expect(diags({ targets, models }).filter((l) => !l.startsWith('capability '))).toEqual([
      'unknown-model-alias targets.onprem.models: unknown model alias "huge"; declared aliases: small, big',
    ]);
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

describe('holes', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'a target named %s counts as defined only if the policy defines it',
    (name) => {
      const spec = PolicySchema.parse({ targets: TARGETS, default: { target: 'onprem' } });
      const rule = {
        name: 'r',
        when: {},
        target: name,
        fallbacks: [name === 'toString' ? 'constructor' : 'toString'],
        split: undefined,
        bucket_by: undefined,
        cache: undefined,
      };
      const out = checkPolicy({ ...spec, rules: [rule] }).filter((d) => d.severity === 'error');
      expect(out.map((d) => `${d.code} ${d.path}`)).toEqual(['unknown-target rules[0].target', 'unknown-target rules[0].fallbacks[0]']);
    },
  );

  it('a target named "constructor" that the policy does define is checked like any other', () => {
    const targets = {
      ...TARGETS,
      constructor: { kind: 'lambda', function: 'f', region: 'us-east-1', serves: { tasks: ['chat', 'embeddings', 'classify'] } },
    };
    expect(codes({ targets, rules: [{ name: 'r', when: {}, target: 'constructor' }] })).toEqual(['pii-invariant']);
    expect(codes({ targets, rules: [PII_FIRST, UNSCANNED_FIRST, { name: 'r', when: {}, target: 'constructor' }] })).toEqual([]);
  });

  it.each([
    ['https://api.openai.com/v1', "public AI provider's API (openai.com)"],
    ['https://my-resource.openai.azure.com/openai', '(azure.com)'],
    ['http://bedrock-runtime.us-east-1.amazonaws.com', '(amazonaws.com)'],
    ['https://generativelanguage.googleapis.com/v1beta/openai', '(googleapis.com)'],
    ['http://gpu.example.com:8000/v1', 'plain http:// to gpu.example.com, which is not a private address'],
    ['http://8.8.8.8/v1', 'plain http:// to 8.8.8.8'],
    ['http://[2001:db8::1]:8000', 'plain http:// to [2001:db8::1]'],
  ])('rejects an onprem base_url %s', (url, why) => {
    const out = diags({ targets: { ...TARGETS, onprem: { kind: 'onprem', base_url: url } } });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^onprem-not-private targets\.onprem\.base_url: base_url is /);
    expect(out[0]).toContain(why);
  });

  it.each([
    'http://127.0.0.1:8788/v1',
    'http://10.1.2.3',
    'http://172.16.0.1',
    'http://192.168.1.20:8000',
    'http://169.254.10.1',
    'http://100.64.0.9',
    'http://[::1]:8000',
    'http://[fd12:3456::1]',
    'http://[fe80::1]',
    'http://localhost:8000',
    'http://gpu-node:8000',
    'http://gpu.local',
    'http://gpu.internal',
    'http://gpu.lan',
    'http://gpu.home.arpa',
    'http://vllm.inference.svc',
    'http://vllm.inference.svc.cluster.local:8000',
    'https://gpu.example.com',
    'https://gpu.internal.example:8443',
  ])('accepts an onprem base_url %s', (url) => {
    expect(diags({ targets: { ...TARGETS, onprem: { kind: 'onprem', base_url: url } } })).toEqual([]);
  });

  it('does not lint other kinds (a cloud target is meant to be public)', () => {
    const oai = { kind: 'openai', base_url: 'http://api.openai.com/v1' };
    expect(diags({ targets: { ...TARGETS, oai }, rules: [PII_FIRST, UNSCANNED_FIRST, { name: 'r', when: {}, target: 'oai' }] })).toEqual(
      [],
    );
  });

  it('rejects a first-byte timeout longer than the whole timeout (explicit or default)', () => {
    const onprem = (t: Record<string, number>) => ({ targets: { ...TARGETS, onprem: { kind: 'onprem', base_url: 'https://p', ...t } } });
    expect(diags(onprem({ timeout_ms: 5000, first_byte_timeout_ms: 6000 }))).toEqual([
      'first-byte-timeout targets.onprem.first_byte_timeout_ms: first_byte_timeout_ms (6000) is greater than timeout_ms (5000); the answer must start before the whole request times out',
    ]);
    expect(codes(onprem({ first_byte_timeout_ms: 30001 }))).toEqual(['first-byte-timeout']);
    expect(codes(onprem({ first_byte_timeout_ms: 30000 }))).toEqual([]);
    expect(codes(onprem({ timeout_ms: 120000, first_byte_timeout_ms: 10000 }))).toEqual([]);
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
    ['unscanned any ⊇ kinds', { unscanned: 'any' }, { unscanned: ['image'] }, true],
    ['unscanned kinds ⊉ any', { unscanned: ['image'] }, { unscanned: 'any' }, false],
    ['stream', { stream: true }, { stream: true, tenant: 'a' }, true],
    ['stream differs', { stream: true }, { stream: false }, false],
    ['metadata', { metadata: { tier: ['a', 'b'] } }, { metadata: { tier: 'a', x: 'y' } }, true],
    ['metadata other key', { metadata: { tier: 'a' } }, { metadata: { plan: 'a' } }, false],
    ['header names case-insensitive', { headers: { 'X-A': '1' } }, { headers: { 'x-a': '1' } }, true],
    ['tenant vs model', { tenant: 'a' }, { model: 'a' }, false],
    ['any_of earlier: one branch covers', { any_of: [{ tenant: 'x' }, { task: 'chat' }] }, { task: 'chat', stream: true }, true],
    [
      'any_of later: every branch covered',
      { task: 'chat' },
      {
        any_of: [
          { task: 'chat', tenant: 'a' },
          { task: 'chat', stream: true },
        ],
      },
      true,
    ],
    ['any_of later: one branch escapes', { task: 'chat' }, { any_of: [{ task: 'chat' }, { tenant: 'a' }] }, false],
    ['streams are chat only', { task: 'chat' }, { stream: true }, true],
    ['pii none + any is everything', { any_of: [{ pii: 'none' }, { pii: 'any' }] }, { tenant: 'a' }, true],
  ])('%s', (_name, earlier, later, unreachable) => {
    expect(codes({ rules: [rule('first', earlier), rule('second', later)] })).toEqual(unreachable ? ['unreachable-rule'] : []);
  });

  it('finds rules that only several earlier rules cover together, and names just those', () => {
    const rules = [
      rule('small', { tokens: { max: 100 } }),
      rule('acme', { tenant: 'acme' }),
      rule('large', { tokens: { min: 101 } }),
      rule('chat', { task: 'chat' }),
    ];
    expect(diags({ rules })).toEqual([
      'unreachable-rule rules[3].name: rule "chat" can never match: rule "small" (rules[0]) and rule "large" (rules[2]) come first and together match every request this rule would match',
    ]);
  });

  it('reports a rule no request the edge routes can satisfy', () => {
    const msg = 'can never match: no request the edge routes satisfies its "when"';
    expect(diags({ rules: [rule('x', { stream: true, task: 'embeddings' })] })[0]).toContain(msg);
    const models = { small: { tasks: ['chat'] } };
    expect(diags({ models, rules: [rule('x', { model: 'small', task: 'classify' })] })[0]).toContain(msg);
    expect(diags({ rules: [rule('x', { model: 'small', task: 'classify' })] })).toEqual([]);
  });

  it('does not hold an unreachable rule to the invariants (no request reaches its targets)', () => {
    expect(codes({ rules: [rule('all', {}), { name: 'dead', when: {}, target: 'cloud' }] })).toEqual(['unreachable-rule']);
  });
});

describe('a bounded search that fails safe', () => {
  it('rejects the policy as too complex when the bound is hit, never passes it', () => {
    const rules = [PII_FIRST, UNSCANNED_FIRST, { name: 'r', when: { tokens: { max: 10 } }, target: 'cloud' }];
    expect(diags({ rules })).toEqual([]);
    const out = diags({ rules }, 'error', 3);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^too-complex rules\[\d\]\.name: the policy is too complex to prove that PII and unscanned content only reach targets that may receive them \(the search bound of 3 steps was reached at rule "\w+"\)/,
    );
  });

  it('proves a policy with many PII type lists and tenants well within the default bound', () => {
    const types = [
      'PERSON',
      'EMAIL',
      'PHONE',
      'ADDRESS',
      'DATE_OF_BIRTH',
      'CREDIT_CARD',
      'IBAN',
      'BANK_ACCOUNT',
      'SSN',
      'NATIONAL_ID',
      'PASSPORT',
      'DRIVER_LICENSE',
      'IP_ADDRESS',
      'SECRET',
    ];
    const rules = [
      ...types.map((t, i) => ({ name: `pii-${i}`, when: { pii: [t], tenant: [`t${i}`, `u${i}`] }, target: 'onprem' })),
      ...types.map((t, i) => ({ name: `pii-rest-${i}`, when: { pii: [t] }, target: 'onprem2' })),
      UNSCANNED_FIRST,
      ...Array.from({ length: 20 }, (_, i) => ({
        name: `tier-${i}`,
        when: { metadata: { tier: `x${i}` }, tokens: { min: i * 100 } },
        target: 'cloud',
      })),
    ];
    expect(diags({ rules, default: { target: 'oai' } })).toEqual([]);
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

describe('sticky invariant', () => {
  const STICKY = { header: 'x-session', ttl_seconds: 600 };
  const STICKY_FIRST = { name: 'sticky', when: { sticky: true }, target: 'onprem' };
  const SMALL = { name: 'small', when: { tokens: { max: 100 } }, target: 'edge', fallbacks: ['cloud'] };

  it('with a sticky: section, rejects a path a sticky session without PII of its own can take off-prem, showing such a request', () => {
    const out = diags({ sticky: STICKY, rules: [PII_FIRST, UNSCANNED_FIRST, SMALL] });
    expect(out.map((l) => l.split(':')[0])).toEqual(['sticky-invariant rules[2].target', 'sticky-invariant rules[2].fallbacks[0]']);
    expect(out[0]).toBe(
      'sticky-invariant rules[2].target: rule "small" can send a request of a sticky session (PII seen in it earlier) to target "edge" (kind edge), ' +
        'e.g. a request with no pii, no unscanned content, task chat, model (any other), tokens 0, stream false, tenant (any other), sticky session; ' +
        'only onprem targets may receive it — route sticky sessions to an onprem target in an earlier rule (when: {sticky: true}) or add "sticky: false" to this rule\'s "when"',
    );
  });

  it('accepts the same policy with a sticky guard first, or "sticky: false" on the rule; without the section, nothing changes', () => {
    expect(diags({ sticky: STICKY, rules: [PII_FIRST, UNSCANNED_FIRST, STICKY_FIRST, SMALL] })).toEqual([]);
    expect(
      diags({ sticky: STICKY, rules: [PII_FIRST, UNSCANNED_FIRST, { ...SMALL, when: { tokens: { max: 100 }, sticky: false } }] }),
    ).toEqual([]);
    expect(diags({ rules: [PII_FIRST, UNSCANNED_FIRST, SMALL] })).toEqual([]);
  });

  it('a guard for some sessions only (another condition) leaves the rest to the default, which the check then holds to it', () => {
    const rules = [PII_FIRST, UNSCANNED_FIRST, { name: 'sticky-acme', when: { sticky: true, tenant: 'acme' }, target: 'onprem' }];
    const out = diags({ sticky: STICKY, rules, default: { target: 'cloud' } });
    expect(out.map((l) => l.split(':')[0])).toEqual(['sticky-invariant default.target']);
    expect(example(out[0])).toMatch(/tenant \(any other\), sticky session$/);
  });

  it('reports "sticky: true" without a sticky: section where it is written (the rule can never match)', () => {
    const out = diags({ rules: [PII_FIRST, { name: 'x', when: { any_of: [{ task: 'chat' }, { sticky: true }] }, target: 'onprem' }] });
    expect(out.map((l) => l.split(':')[0])).toEqual(['sticky-undeclared rules[1].when.any_of[1].sticky']);
    expect(codes({ rules: [STICKY_FIRST] })).toEqual(['sticky-undeclared', 'unreachable-rule']);
  });
});
