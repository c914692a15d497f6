import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PII_TYPES } from '../pii/types.ts';
import { checkPolicy } from './check.ts';
import { compilePolicy, evaluatePolicy } from './evaluate.ts';
import { loadPolicy } from './load.ts';
import { mayReceiveRedacted } from './redaction.ts';
import { PolicySchema } from './schema.ts';
import { formatDiagnostic, type RequestFeatures } from './types.ts';

const TARGETS = {
  cloud: { kind: 'openai', base_url: 'https://o', allow_redacted: ['EMAIL', 'PHONE'] },
  plain: { kind: 'lambda', function: 'f', region: 'us-east-1', serves: { tasks: ['chat', 'embeddings', 'classify'] } },
  local: { kind: 'onprem', base_url: 'https://p' },
};
/** Every type the cloud does not take redacted goes on-prem first; then PII with nothing unscanned → cloud, redacted. */
const NOT_REDACTABLE = PII_TYPES.filter((t) => t !== 'EMAIL' && t !== 'PHONE');
const RULES = [
  { name: 'pii-other', when: { pii: NOT_REDACTABLE }, target: 'local' },
  { name: 'pii-redacted', when: { pii: 'any', unscanned: 'none' }, target: 'cloud', fallbacks: ['local'] },
  { name: 'sensitive', when: { any_of: [{ pii: 'any' }, { unscanned: 'any' }] }, target: 'local' },
];
const spec = (p: Record<string, unknown> = {}) =>
  PolicySchema.parse({ targets: TARGETS, rules: RULES, default: { target: 'plain' }, ...p });
const features = (f: Partial<RequestFeatures>): RequestFeatures => ({
  piiTypes: [],
  unscanned: [],
  estimatedTokens: 10,
  task: 'chat',
  stream: false,
  metadata: {},
  headers: {},
  ...f,
});
const errors = (p: Record<string, unknown>) =>
  checkPolicy(spec(p))
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.path}: ${d.message}`);

describe('mayReceiveRedacted', () => {
  const cloud = spec().targets.cloud!;
  it('only when every type is allowed, nothing is unscanned and every finding is certain', () => {
    expect(mayReceiveRedacted(cloud, { piiTypes: ['EMAIL', 'PHONE'], unscanned: [] })).toBe(true);
    expect(mayReceiveRedacted(cloud, { piiTypes: ['EMAIL', 'IBAN'], unscanned: [] })).toBe(false);
    expect(mayReceiveRedacted(cloud, { piiTypes: ['EMAIL'], unscanned: ['image'] })).toBe(false);
    expect(mayReceiveRedacted(cloud, { piiTypes: ['EMAIL'], unscanned: [], piiUncertain: true })).toBe(false);
    expect(mayReceiveRedacted(cloud, { piiTypes: [], unscanned: [] })).toBe(false);
    expect(mayReceiveRedacted(spec().targets.local!, { piiTypes: ['EMAIL'], unscanned: [] })).toBe(false);
  });
});

describe('evaluatePolicy with allow_redacted', () => {
  const policy = compilePolicy(spec());
  it('routes a request whose PII the target allows redacted there, saying what to redact, on-prem kept as fallback', () => {
    const d = evaluatePolicy(policy, features({ piiTypes: ['EMAIL', 'PHONE'] }));
    expect(d).toMatchObject({ kind: 'route', target: 'cloud', targetKind: 'openai', fallbacks: ['local'], redact: ['EMAIL', 'PHONE'] });
    expect(d.reasons).toContain('PII found [EMAIL, PHONE]: target cloud receives it redacted (allow_redacted [EMAIL, PHONE])');
    expect(d.kind === 'route' && d.cache).toBeUndefined();
  });

  it('keeps it on-prem for a type not allowed, an uncertain finding, or unscanned content', () => {
    expect(evaluatePolicy(policy, features({ piiTypes: ['EMAIL', 'IBAN'] }))).toMatchObject({ target: 'local', fallbacks: [] });
    const uncertain = evaluatePolicy(policy, features({ piiTypes: ['EMAIL'], piiUncertain: true }));
    expect(uncertain).toMatchObject({ target: 'local', fallbacks: [] });
    expect(uncertain).not.toHaveProperty('redact');
    expect(evaluatePolicy(policy, features({ piiTypes: ['EMAIL'], unscanned: ['image'] }))).toMatchObject({ target: 'local' });
  });

  it('says nothing about redaction without PII, or when only on-prem targets are left', () => {
    expect(evaluatePolicy(policy, features({}))).not.toHaveProperty('redact');
    expect(evaluatePolicy(policy, features({ piiTypes: ['IBAN'] }))).not.toHaveProperty('redact');
  });
});

describe('static check with allow_redacted', () => {
  it('proves a policy that sends only allowed types redacted to the cloud', () => {
    expect(errors({})).toEqual([]);
  });

  it('rejects a path that can give the target a type it does not allow redacted, with the request and the type', () => {
    const [line, ...rest] = errors({ rules: RULES.slice(1) });
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^pii-invariant rules\[0\]\.target: rule "pii-redacted" can send PII to target "cloud" \(kind openai\) that it may not receive even redacted, e\.g\. a request with pii \[[A-Z_, ]+\]/,
    );
    expect(line).toMatch(/PII \[[A-Z_, ]+\] is not in its allow_redacted \[EMAIL, PHONE\]/);
  });

  it('rejects a path where unscanned content comes with allowed PII', () => {
    const rules = [RULES[0], { ...RULES[1], when: { pii: 'any' } }, RULES[2]];
    expect(errors({ rules })).toEqual([expect.stringMatching(/^pii-invariant rules\[1\]\.target: .*unscanned content comes with the PII/)]);
  });

  it('still rejects PII to a target without allow_redacted, as before', () => {
    const rules = [RULES[0], { ...RULES[1], target: 'plain' }, RULES[2]];
    expect(errors({ rules })).toEqual([expect.stringMatching(/^pii-invariant rules\[1\]\.target: .*only onprem targets may receive PII/)]);
  });

  it('holds the evaluator to the proof: every class of request routed by the proven policy goes where it may', () => {
    const policy = compilePolicy(spec());
    for (const a of PII_TYPES)
      for (const b of PII_TYPES)
        for (const unscanned of [[], ['image']] as const) {
          const piiTypes = PII_TYPES.filter((t) => t === a || t === b);
          const d = evaluatePolicy(policy, features({ piiTypes, unscanned: [...unscanned] }));
          if (d.kind !== 'route' || d.targetKind === 'onprem') continue;
          for (const t of piiTypes) expect(['EMAIL', 'PHONE']).toContain(t);
          expect(unscanned).toEqual([]);
          expect(d.redact).toEqual(piiTypes);
        }
  });
});

describe('the redact-to-cloud example', () => {
  const file = join(import.meta.dirname, 'policies/examples/redact-to-cloud.yaml');
  const src = readFileSync(file, 'utf8');

  it('routes as its comments say', () => {
    const r = loadPolicy(src, 'redact-to-cloud.yaml');
    if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
    const d = (f: Partial<RequestFeatures>) => evaluatePolicy(r.policy, features(f));
    expect(d({ piiTypes: ['EMAIL', 'PHONE'] })).toMatchObject({
      target: 'cloud-llm',
      fallbacks: ['onprem-gpu'],
      redact: ['EMAIL', 'PHONE'],
    });
    expect(d({ piiTypes: ['EMAIL', 'PERSON'] })).toMatchObject({ target: 'onprem-gpu', fallbacks: [] });
    expect(d({ piiTypes: ['EMAIL'], unscanned: ['image'] })).toMatchObject({ target: 'onprem-gpu' });
    expect(d({ piiTypes: ['EMAIL'], task: 'embeddings' })).toMatchObject({ target: 'onprem-gpu' });
    expect(d({})).not.toHaveProperty('redact');
  });

  it('without its pii-onprem rule, the check shows a request that leaks', () => {
    const cut = src.replace(/ {2}- name: pii-onprem\n[\s\S]*?\n\n/, '');
    expect(cut).not.toBe(src);
    const r = loadPolicy(cut, 'redact-to-cloud.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['pii-invariant rules[0].target']);
    expect(r.errors[0]!.message).toMatch(/is not in its allow_redacted \[EMAIL, PHONE\]/);
  });
});
