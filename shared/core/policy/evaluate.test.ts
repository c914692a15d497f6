import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluatePolicy, fnv1a32, splitBucket } from './evaluate.ts';
import { loadPolicy } from './load.ts';
import { PolicySchema, type PolicySpec } from './schema.ts';
import type { CompiledPolicy, Decision, RequestFeatures, RouteDecision } from './types.ts';

const TARGETS = `targets:
  edge: {kind: edge, model: m}
  cloud: {kind: lambda, function: f, region: us-east-1, serves: {tasks: [chat, embeddings, classify]}}
  oai: {kind: openai, base_url: "https://o"}
  onprem: {kind: onprem, base_url: "https://p"}
  onprem2: {kind: onprem, base_url: "https://q"}
`;

function policy(rest: string): CompiledPolicy {
  const r = loadPolicy(TARGETS + rest);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.policy;
}

const F: RequestFeatures = {
  piiTypes: [],
  unscanned: [],
  estimatedTokens: 100,
  model: 'small',
  task: 'chat',
  stream: false,
  metadata: {},
  headers: {},
};
const req = (over: Partial<RequestFeatures> = {}): RequestFeatures => ({ ...F, ...over });

function route(d: Decision): RouteDecision {
  if (d.kind !== 'route') throw new Error(`expected a route, got refuse: ${d.reason}`);
  return d;
}

/** A policy with one rule (condition `when`) to `onprem2`, default `onprem`: does `f` match the rule? */
function matches(when: string, f: RequestFeatures): boolean {
  const p = policy(`rules:\n  - name: r\n    when: ${when}\n    target: onprem2\ndefault: {target: onprem}\n`);
  return route(evaluatePolicy(p, f)).target === 'onprem2';
}

describe('conditions', () => {
  it.each<[string, string, Partial<RequestFeatures>, boolean]>([
    ['tokens max (inclusive)', '{tokens: {max: 100}}', { estimatedTokens: 100 }, true],
    ['tokens max', '{tokens: {max: 100}}', { estimatedTokens: 101 }, false],
    ['tokens min (inclusive)', '{tokens: {min: 100}}', { estimatedTokens: 100 }, true],
    ['tokens min', '{tokens: {min: 100}}', { estimatedTokens: 99 }, false],
    ['tokens range', '{tokens: {min: 10, max: 20}}', { estimatedTokens: 15 }, true],
    ['model one', '{model: small}', {}, true],
    ['model list', '{model: [big, small]}', {}, true],
    ['model other', '{model: big}', {}, false],
    ['model missing', '{model: small}', { model: undefined }, false],
    ['task', '{task: [chat, classify]}', { task: 'classify' }, true],
    ['task other', '{task: chat}', { task: 'embeddings' }, false],
    ['tenant', '{tenant: acme}', { tenant: 'acme' }, true],
    ['tenant other', '{tenant: acme}', { tenant: 'beta' }, false],
    ['tenant missing', '{tenant: acme}', {}, false],
    ['stream true', '{stream: true}', { stream: true }, true],
    ['stream false', '{stream: false}', { stream: true }, false],
    ['metadata', '{metadata: {tier: [gold, silver]}}', { metadata: { tier: 'gold' } }, true],
    ['metadata other', '{metadata: {tier: gold}}', { metadata: { tier: 'bronze' } }, false],
    ['metadata missing', '{metadata: {tier: gold}}', {}, false],
    ['header (names case-insensitive)', '{headers: {X-Route: fast}}', { headers: { 'x-route': 'fast' } }, true],
    ['header value is case-sensitive', '{headers: {x-route: fast}}', { headers: { 'x-route': 'Fast' } }, false],
    ['AND of conditions', '{task: chat, tenant: acme}', { tenant: 'acme' }, true],
    ['AND, one fails', '{task: chat, tenant: acme}', { tenant: 'acme', task: 'classify' }, false],
    ['any_of, second branch', '{any_of: [{tenant: x}, {task: chat}]}', {}, true],
    ['any_of, no branch', '{any_of: [{tenant: x}, {task: classify}]}', {}, false],
    ['unconditional', '{}', {}, true],
    ['unscanned any', '{unscanned: any}', { unscanned: ['audio'] }, true],
    ['unscanned any, none found', '{unscanned: any}', {}, false],
    ['unscanned none', '{unscanned: none}', {}, true],
    ['unscanned none, some found', '{unscanned: none}', { unscanned: ['file'] }, false],
    ['unscanned list: one of them', '{unscanned: [image, file]}', { unscanned: ['audio', 'file'] }, true],
    ['unscanned list: none of them', '{unscanned: [image, file]}', { unscanned: ['audio'] }, false],
    ['tokens are whole numbers: 2048.5 counts as 2049', '{tokens: {min: 2049}}', { estimatedTokens: 2048.5 }, true],
    ['tokens are whole numbers: 2048.5 is not <= 2048', '{tokens: {max: 2048}}', { estimatedTokens: 2048.5 }, false],
    ['tokens: a negative estimate counts as 0', '{tokens: {max: 0}}', { estimatedTokens: -3 }, true],
    ['tokens: NaN counts as unbounded', '{tokens: {min: 100000}}', { estimatedTokens: Number.NaN }, true],
    ['metadata: a key only its prototype has is absent', '{metadata: {constructor: x}}', {}, false],
  ])('%s', (_n, when, over, expected) => {
    expect(matches(when, req(over))).toBe(expected);
  });

  it('explains unscanned conditions with kind names', () => {
    const p = policy(`rules:
  - {name: pii, when: {pii: any}, target: onprem}
  - {name: media, when: {unscanned: [image, audio]}, target: onprem2}
  - {name: rest, when: {unscanned: any}, target: onprem}
default: {target: onprem}
`);
    const d = route(evaluatePolicy(p, req({ unscanned: ['image', 'token_ids'] })));
    expect(d.reasons).toContain('rule media: matched: unscanned [image] ∈ [image, audio]');
    const e = route(evaluatePolicy(p, req({ unscanned: ['token_ids'] })));
    expect(e.reasons).toEqual([
      'rule pii: not matched: no PII found (rule needs pii: any)',
      'rule media: not matched: unscanned content [token_ids], none of [image, audio]',
      'rule rest: matched: unscanned content [token_ids]',
    ]);
  });

  it('pii: any / none / types', () => {
    const p = policy(`rules:
  - {name: emails, when: {pii: [EMAIL, PHONE]}, target: onprem2}
  - {name: other-pii, when: {pii: any}, target: onprem}
  - {name: clean, when: {pii: none, unscanned: none}, target: edge}
default: {target: onprem}
`);
    expect(route(evaluatePolicy(p, req({ piiTypes: ['PHONE', 'SSN'] }))).rule).toBe('emails');
    expect(route(evaluatePolicy(p, req({ piiTypes: ['SSN'] }))).rule).toBe('other-pii');
    expect(route(evaluatePolicy(p, req())).rule).toBe('clean');
  });
});

describe('decisions', () => {
  const p = policy(`cache: {enabled: true, ttl_seconds: 60}
rules:
  - name: pii
    when: {pii: any}
    target: onprem
    fallbacks: [onprem2]
  - {name: unscanned, when: {unscanned: any}, target: onprem}
  - name: small
    when: {tokens: {max: 500}, task: chat}
    target: edge
    fallbacks: [cloud, oai]
    cache: {ttl_seconds: 10}
  - name: nocache
    when: {tenant: secret}
    target: cloud
    cache: {enabled: false}
default: {target: cloud, fallbacks: [oai]}
`);

  it('returns target, kind, fallbacks, rule, version, cache and reasons', () => {
    expect(evaluatePolicy(p, req())).toEqual({
      kind: 'route',
      target: 'edge',
      targetKind: 'edge',
      fallbacks: ['cloud', 'oai'],
      rule: 'small',
      policyVersion: p.version,
      piiTypes: [],
      unscanned: [],
      cache: { ttlSeconds: 10 },
      reasons: [
        'rule pii: not matched: no PII found (rule needs pii: any)',
        'rule unscanned: not matched: no unscanned content (rule needs unscanned: any)',
        'rule small: matched: tokens 100 <= 500, task chat ∈ [chat]',
      ],
    });
  });

  it('explains why rules did not match, and falls to the default', () => {
    const d = route(evaluatePolicy(p, req({ estimatedTokens: 900, tenant: 'acme' })));
    expect(d).toMatchObject({ target: 'cloud', targetKind: 'lambda', fallbacks: ['oai'], rule: 'default', cache: { ttlSeconds: 60 } });
    expect(d.reasons).toEqual([
      'rule pii: not matched: no PII found (rule needs pii: any)',
      'rule unscanned: not matched: no unscanned content (rule needs unscanned: any)',
      'rule small: not matched: tokens 900 not <= 500',
      'rule nocache: not matched: tenant acme ∉ [secret]',
      'no rule matched: default',
    ]);
  });

  it('caches per rule settings and never for PII', () => {
    expect(route(evaluatePolicy(p, req({ estimatedTokens: 900, tenant: 'secret' }))).cache).toBeUndefined();
    const d = route(evaluatePolicy(p, req({ piiTypes: ['EMAIL'] })));
    expect(d).toMatchObject({ target: 'onprem', fallbacks: ['onprem2'], rule: 'pii', piiTypes: ['EMAIL'] });
    expect(d.cache).toBeUndefined();
  });
});

describe('weighted split', () => {
  const p = policy(`rules:
  - name: pii
    when: {pii: any}
    target: onprem
  - {name: unscanned, when: {unscanned: any}, target: onprem}
  - name: canary
    split:
      - {target: cloud, weight: 90}
      - {target: oai, weight: 10}
    bucket_by: tenant
    fallbacks: [cloud]
default: {target: onprem}
`);

  it('is deterministic: same key, same arm, and says which bucket', () => {
    const d1 = route(evaluatePolicy(p, req({ tenant: 'acme' })));
    for (let i = 0; i < 20; i++) expect(route(evaluatePolicy(p, req({ tenant: 'acme' }))).target).toBe(d1.target);
    const bucket = splitBucket('canary', 'acme', 100);
    expect(bucket).toBe(fnv1a32('canary\u0000acme') % 100);
    const arm = bucket < 90 ? 'cloud (weight 90)' : 'oai (weight 10)';
    expect(d1.reasons).toContain(`bucket ${bucket} of 100 by tenant → ${arm}`);
  });

  it('pins the hash (same arm across runs and runtimes)', () => {
    // FNV-1a 32 reference values
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes (as TextEncoder encodes them, lone surrogates included)', () => {
    const reference = (s: string) => {
      let h = 0x811c9dc5;
      for (const b of new TextEncoder().encode(s)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
      return h;
    };
    for (const s of ['tenant-ü', 'Zürich€', '租户', 'emoji 🚀 x', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d']) {
      expect(fnv1a32(s), s).toBe(reference(s));
    }
  });

  it('distributes roughly by weight and drops the chosen arm from its fallbacks', () => {
    const n = 10000;
    let oai = 0;
    for (let i = 0; i < n; i++) {
      const d = route(evaluatePolicy(p, req({ tenant: `tenant-${i}` })));
      if (d.target === 'oai') {
        oai++;
        expect(d.fallbacks).toEqual(['cloud']);
      } else expect(d.fallbacks).toEqual([]);
    }
    expect(oai / n).toBeGreaterThan(0.085);
    expect(oai / n).toBeLessThan(0.115);
  });

  it('reads metadata and headers as own keys only (a key only Object.prototype has is not given)', () => {
    const q = policy(`rules:
  - {name: pii, when: {pii: any}, target: onprem}
  - {name: unscanned, when: {unscanned: any}, target: onprem}
  - name: m
    when: {task: chat}
    split: [{target: cloud, weight: 1}, {target: oai, weight: 1}]
    bucket_by: metadata.constructor
  - name: h
    when: {headers: {__defineGetter__: x}}
    target: oai
default: {target: onprem}
`);
    const d = route(evaluatePolicy(q, req()));
    expect(d.reasons.at(-1)).toBe(
      `bucket ${splitBucket('m', '', 2)} of 2 by metadata.constructor (metadata.constructor not given, bucketed as "") → ${d.target} (weight 1)`,
    );
    const sent = route(evaluatePolicy(q, req({ metadata: { constructor: 'u1' } })));
    expect(sent.reasons.at(-1)).toBe(`bucket ${splitBucket('m', 'u1', 2)} of 2 by metadata.constructor → ${sent.target} (weight 1)`);
    const h = route(evaluatePolicy(q, req({ task: 'classify' })));
    expect(h.reasons).toContain('rule h: not matched: header __definegetter__ not given, expected one of [x]');
    // a JSON-parsed "__proto__" key is an own key like any other
    const proto = JSON.parse('{"__proto__": "u2"}') as Record<string, string>;
    const r = route(evaluatePolicy(q, req({ metadata: proto })));
    expect(r.reasons.at(-1)).toMatch(/^bucket \d of 2 by metadata\.constructor \(metadata\.constructor not given/);
  });

  it('a hand-built "__proto__" metadata condition tests the own key, never Object.prototype', () => {
    const when = { metadata: Object.fromEntries([['__proto__', ['x']]]) as Record<string, string[]> };
    const p = compilePolicy(
      PolicySchema.parse({
        targets: { onprem: { kind: 'onprem', base_url: 'https://p' }, onprem2: { kind: 'onprem', base_url: 'https://q' } },
        default: { target: 'onprem' },
      }),
    );
    const q = compilePolicy({ ...p.spec, rules: [{ name: 'proto', when, target: 'onprem2', fallbacks: [] }] });
    const miss = route(evaluatePolicy(q, req()));
    expect(miss.rule).toBe('default');
    expect(miss.reasons[0]).toBe('rule proto: not matched: metadata.__proto__ not given, expected one of [x]');
    const own = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    expect(route(evaluatePolicy(q, req({ metadata: own }))).rule).toBe('proto');
  });

  it('buckets by metadata and header keys; a missing key buckets as ""', () => {
    const q = policy(`rules:
  - {name: pii, when: {pii: any}, target: onprem}
  - {name: unscanned, when: {unscanned: any}, target: onprem}
  - name: m
    when: {task: chat}
    split: [{target: cloud, weight: 1}, {target: oai, weight: 1}]
    bucket_by: metadata.user
  - name: h
    split: [{target: cloud, weight: 1}, {target: oai, weight: 1}]
    bucket_by: header.X-Session
default: {target: onprem}
`);
    const targets = new Set<string>();
    for (let i = 0; i < 50; i++) targets.add(route(evaluatePolicy(q, req({ metadata: { user: `u${i}` } }))).target);
    expect(targets).toEqual(new Set(['cloud', 'oai']));
    const h = route(evaluatePolicy(q, req({ task: 'classify', headers: { 'x-session': 's1' } })));
    expect(h.reasons.at(-1)).toBe(`bucket ${splitBucket('h', 's1', 2)} of 2 by header.X-Session → ${h.target} (weight 1)`);
    const none = route(evaluatePolicy(q, req()));
    expect(none.reasons.at(-1)).toMatch(/^bucket \d of 2 by metadata\.user \(metadata\.user not given, bucketed as ""\) → /);
  });
});

describe('run-time PII rule (independent of the static checks)', () => {
  /** A policy object that never went through checkPolicy: it sends everything to the cloud. */
  function unchecked(over: Partial<PolicySpec>): CompiledPolicy {
    return compilePolicy(
      PolicySchema.parse({
        targets: {
          edge: { kind: 'edge', model: 'm' },
          cloud: { kind: 'lambda', function: 'f', region: 'us-east-1' },
          onprem: { kind: 'onprem', base_url: 'https://p' },
        },
        default: { target: 'cloud' },
        ...over,
      }),
    );
  }

  it('refuses (fail closed) when no onprem target is left', () => {
    const p = unchecked({ rules: [{ name: 'all', when: {}, target: 'edge', fallbacks: ['cloud'] }] });
    const d = evaluatePolicy(p, req({ piiTypes: ['SSN'] }));
    expect(d).toMatchObject({
      kind: 'refuse',
      code: 'pii_no_onprem',
      reason: 'PII found and no on-prem target available',
      rule: 'all',
      piiTypes: ['SSN'],
    });
    expect('target' in d).toBe(false);
    expect(d.reasons).toContain('PII found [SSN]: non-onprem targets dropped: edge, cloud');
    // without PII the same policy routes
    expect(route(evaluatePolicy(p, req())).target).toBe('edge');
  });

  it('keeps only onprem targets, promoting an onprem fallback', () => {
    const p = unchecked({
      rules: [{ name: 'all', when: {}, target: 'cloud', fallbacks: ['edge', 'onprem'] }],
      cache: { enabled: true, ttl_seconds: 5 },
    });
    const d = route(evaluatePolicy(p, req({ piiTypes: ['EMAIL'] })));
    expect(d).toMatchObject({ target: 'onprem', targetKind: 'onprem', fallbacks: [] });
    expect(d.cache).toBeUndefined();
  });

  it('applies to the default and to split arms', () => {
    expect(evaluatePolicy(unchecked({}), req({ piiTypes: ['PERSON'] })).kind).toBe('refuse');
    const split = unchecked({
      rules: [
        {
          name: 's',
          when: {},
          split: [
            { target: 'cloud', weight: 1 },
            { target: 'edge', weight: 1 },
          ],
          bucket_by: 'tenant',
          fallbacks: [],
        },
      ],
    });
    for (let i = 0; i < 20; i++) expect(evaluatePolicy(split, req({ tenant: `t${i}`, piiTypes: ['IBAN'] })).kind).toBe('refuse');
  });

  it('drops targets the policy does not define', () => {
    const p = unchecked({ rules: [{ name: 'ghost', when: {}, target: 'nope', fallbacks: ['edge'] }] });
    expect(route(evaluatePolicy(p, req()))).toMatchObject({ target: 'edge', fallbacks: [] });
    const q = unchecked({ rules: [{ name: 'ghost', when: {}, target: 'nope', fallbacks: [] }] });
    expect(evaluatePolicy(q, req())).toMatchObject({ kind: 'refuse', code: 'no_target' });
  });

  it('drops targets that do not allow every unscanned kind, and says which kinds', () => {
    const p = unchecked({
      targets: {
        edge: { kind: 'edge', model: 'm', timeout_ms: 1, retries: 0 },
        vision: { kind: 'openai', base_url: 'https://v', allow_unscanned: ['image'], timeout_ms: 1, retries: 0 },
        media: { kind: 'openai', base_url: 'https://m', allow_unscanned: ['image', 'audio'], timeout_ms: 1, retries: 0 },
        onprem: { kind: 'onprem', base_url: 'https://p', timeout_ms: 1, retries: 0 },
      },
      rules: [{ name: 'all', when: {}, target: 'edge', fallbacks: ['vision', 'media', 'onprem'] }],
      cache: { enabled: true, ttl_seconds: 5 },
    });
    const img = route(evaluatePolicy(p, req({ unscanned: ['image'] })));
    expect(img).toMatchObject({ target: 'vision', fallbacks: ['media', 'onprem'], unscanned: ['image'] });
    expect(img.reasons).toContain('unscanned content [image]: targets dropped: edge (does not allow image)');
    expect(img.cache).toBeUndefined(); // never cached: the edge could not see what it would cache
    const both = route(evaluatePolicy(p, req({ unscanned: ['image', 'audio'] })));
    expect(both).toMatchObject({ target: 'media', fallbacks: ['onprem'] });
    expect(both.reasons).toContain(
      'unscanned content [image, audio]: targets dropped: edge (does not allow image, audio), vision (does not allow audio)',
    );
    expect(route(evaluatePolicy(p, req({ unscanned: ['file'] })))).toMatchObject({ target: 'onprem', fallbacks: [] });
    // without unscanned content nothing is dropped, and the rule's cache applies
    expect(route(evaluatePolicy(p, req()))).toMatchObject({
      target: 'edge',
      fallbacks: ['vision', 'media', 'onprem'],
      cache: { ttlSeconds: 5 },
    });
  });

  it('refuses with unscanned_no_onprem when no target may take the unscanned content, pii_no_onprem when there is PII', () => {
    const p = unchecked({ rules: [{ name: 'all', when: {}, target: 'edge', fallbacks: ['cloud'] }] });
    const d = evaluatePolicy(p, req({ unscanned: ['uncovered_script'] }));
    expect(d).toMatchObject({ kind: 'refuse', code: 'unscanned_no_onprem', rule: 'all', unscanned: ['uncovered_script'] });
    expect(d.reasons).toContain(
      'unscanned content [uncovered_script]: targets dropped: edge (does not allow uncovered_script), cloud (does not allow uncovered_script)',
    );
    expect(evaluatePolicy(p, req({ unscanned: ['image'], piiTypes: ['EMAIL'] }))).toMatchObject({ kind: 'refuse', code: 'pii_no_onprem' });
  });

  it('holds for a hand-built spec object that bypassed the schema too', () => {
    // Bypass even the schema: a spec object assembled by hand.
    const spec = {
      format: 1,
      targets: { gpu: { kind: 'openai', base_url: 'https://x', timeout_ms: 1, retries: 0 } },
      cache: { enabled: true, ttl_seconds: 1 },
      rules: [{ name: 'pii', when: { pii: 'any' }, target: 'gpu', fallbacks: [] }],
      default: { target: 'gpu', fallbacks: [] },
    } as const satisfies PolicySpec;
    expect(evaluatePolicy(compilePolicy(spec), req({ piiTypes: ['SECRET'] })).kind).toBe('refuse');
  });
});

describe('sticky sessions (run-time rule and the sticky condition)', () => {
  const STICKY = 'sticky: {header: x-session, ttl_seconds: 60}\n';
  const spec = (rest: object) =>
    PolicySchema.parse({
      targets: {
        edge: { kind: 'edge', model: 'm' },
        cloud: { kind: 'lambda', function: 'f', region: 'us-east-1' },
        onprem: { kind: 'onprem', base_url: 'https://p' },
      },
      default: { target: 'edge', fallbacks: ['cloud', 'onprem'] },
      ...rest,
    });

  it('the sticky condition holds for a sticky session only, and explains itself', () => {
    const p = policy(`${STICKY}rules:\n  - {name: s, when: {sticky: true}, target: onprem}\ndefault: {target: onprem2}\n`);
    const q = policy(`${STICKY}rules:\n  - {name: s, when: {sticky: false}, target: onprem}\ndefault: {target: onprem2}\n`);
    const target = (pol: CompiledPolicy, f: RequestFeatures) => route(evaluatePolicy(pol, f)).target;
    expect([target(p, req({ sticky: true })), target(p, req()), target(q, req()), target(q, req({ sticky: true }))]).toEqual([
      'onprem',
      'onprem2',
      'onprem',
      'onprem2',
    ]);
    expect(evaluatePolicy(p, req()).reasons[0]).toBe('rule s: not matched: session is not sticky, rule needs sticky: true');
    expect(evaluatePolicy(p, req({ sticky: true })).reasons[0]).toBe('rule s: matched: session is sticky');
  });

  it('a sticky request keeps only onprem targets, is never cached, and says sticky', () => {
    const p = compilePolicy(spec({ cache: { enabled: true, ttl_seconds: 5 } }));
    const d = route(evaluatePolicy(p, req({ sticky: true })));
    expect(d).toMatchObject({ target: 'onprem', targetKind: 'onprem', fallbacks: [], sticky: true, piiTypes: [] });
    expect(d.cache).toBeUndefined();
    expect(d.reasons).toContain('session is sticky (PII seen in it): non-onprem targets dropped: edge, cloud');
    // not sticky: the same request routes as before, and the decision does not say sticky
    const clean = route(evaluatePolicy(p, req()));
    expect(clean).toMatchObject({ target: 'edge', fallbacks: ['cloud', 'onprem'], cache: { ttlSeconds: 5 } });
    expect(clean.sticky).toBeUndefined();
  });

  it('refuses with sticky_no_onprem when no onprem target is left (pii_no_onprem when the turn has PII itself)', () => {
    const p = compilePolicy(spec({ default: { target: 'edge', fallbacks: ['cloud'] } }));
    const d = evaluatePolicy(p, req({ sticky: true }));
    expect(d).toMatchObject({
      kind: 'refuse',
      code: 'sticky_no_onprem',
      reason: 'the session is sticky (PII seen in it earlier) and no on-prem target available',
      sticky: true,
    });
    expect(evaluatePolicy(p, req({ sticky: true, piiTypes: ['EMAIL'] }))).toMatchObject({ kind: 'refuse', code: 'pii_no_onprem' });
    // sticky is stricter than an allow_unscanned target: a sticky request with unscanned content is sticky_no_onprem
    expect(evaluatePolicy(p, req({ sticky: true, unscanned: ['image'] }))).toMatchObject({ kind: 'refuse', code: 'sticky_no_onprem' });
  });
});
