import { describe, expect, it } from 'vitest';
import { loadPolicy, MAX_POLICY_BYTES } from './load.ts';
import { formatDiagnostic } from './types.ts';

// Line numbers below refer to this text: targets are lines 1-11, the rest starts at line 12.
const TARGETS = `targets:
  edge-small:
    kind: edge
    model: m
  cloud-gpu:
    kind: lambda
    function: f
    region: us-east-1
  onprem-gpu:
    kind: onprem
    base_url: https://x
`;
const DEFAULT = 'default:\n  target: onprem-gpu\n';

/** All error lines of loading `src`, formatted as the CLI prints them. */
function errors(src: string, file = 'p.yaml'): string[] {
  const r = loadPolicy(src, file);
  return r.ok ? [] : r.errors.map(formatDiagnostic);
}

describe('loadPolicy', () => {
  it('loads a minimal valid policy with defaults applied', () => {
    const r = loadPolicy(TARGETS + DEFAULT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.spec.rules).toEqual([]);
    expect(r.policy.spec.default.fallbacks).toEqual([]);
    expect(r.policy.spec.targets['edge-small']).toMatchObject({ timeout_ms: 30000, retries: 0 });
    expect(r.policy.spec.cache).toEqual({ enabled: false, ttl_seconds: 300 });
    expect(r.policy.version).toMatch(/^p-[0-9a-f]{16}$/);
    // edge-small and cloud-gpu are defined but never used
    expect(r.warnings.map((w) => w.code)).toEqual(['unused-target', 'unused-target']);
  });

  it('reports an unknown target kind at the value, listing the kinds', () => {
    expect(errors(TARGETS.replace('kind: edge', 'kind: gpu') + DEFAULT)).toEqual([
      'p.yaml:3:11: error[schema]: targets.edge-small.kind: expected one of "edge", "lambda", "onprem", "openai", got "gpu"',
    ]);
  });

  it('reports a missing key on the parent map', () => {
    expect(errors(TARGETS.replace('    kind: edge\n', '') + DEFAULT)).toEqual([
      'p.yaml:3:5: error[schema]: targets.edge-small: missing required key "kind"; expected one of "edge", "lambda", "onprem", "openai"',
    ]);
    expect(errors(TARGETS)).toEqual(['p.yaml:1:1: error[schema]: missing required key "default"']);
    expect(errors(TARGETS.replace('    model: m\n', '') + DEFAULT)).toEqual([
      'p.yaml:3:5: error[schema]: targets.edge-small: missing required key "model"',
    ]);
  });

  it('rejects unknown keys (typos) at the key, naming the allowed ones', () => {
    const src = TARGETS + 'rules:\n  - name: a\n    when: {pii: none}\n    target: edge-small\n    fallback: [cloud-gpu]\n' + DEFAULT;
    expect(errors(src)).toEqual([
      'p.yaml:16:5: error[schema]: rules[0]: unknown key "fallback"; expected one of: name, description, when, target, split, bucket_by, fallbacks, cache',
    ]);
    expect(errors(TARGETS + DEFAULT + 'rulez: []\n')).toEqual([
      'p.yaml:14:1: error[schema]: unknown key "rulez"; expected one of: format, description, targets, models, cache, rules, default, sticky',
    ]);
  });

  it('reports unknown targets with the list of defined ones', () => {
    const src = TARGETS + 'rules:\n  - name: a\n    when: {pii: none}\n    target: cloud-gpu2\n' + DEFAULT;
    expect(errors(src, 'default.yaml')).toEqual([
      'default.yaml:15:13: error[unknown-target]: rules[0].target: unknown target "cloud-gpu2"; expected one of: edge-small, cloud-gpu, onprem-gpu',
    ]);
  });

  it('rejects duplicate keys (so duplicate target names)', () => {
    expect(errors(TARGETS + '  edge-small:\n    kind: edge\n    model: m\n' + DEFAULT)).toEqual([
      'p.yaml:12:3: error[duplicate-key]: duplicate key "edge-small"',
    ]);
  });

  it('rejects keys that are one key once read: 1 and "1", ~ and "" (so target names too)', () => {
    expect(
      errors(TARGETS + '  1:\n    kind: onprem\n    base_url: https://a\n  "1":\n    kind: onprem\n    base_url: https://b\n' + DEFAULT),
    ).toEqual(['p.yaml:15:3: error[duplicate-key]: duplicate key "1" (the key at 12:3 is the same once read)']);
    const rule = TARGETS + 'rules:\n  - name: a\n    when: {metadata: {~: x, "": y}}\n    target: onprem-gpu\n' + DEFAULT;
    expect(errors(rule)).toEqual(['p.yaml:14:29: error[duplicate-key]: duplicate key "" (the key at 14:23 is the same once read)']);
    expect(errors(TARGETS + DEFAULT + 'cache: {ttl_seconds: 5, "ttl_seconds": 6}\n')).toEqual([
      'p.yaml:14:25: error[duplicate-key]: duplicate key "ttl_seconds"',
    ]);
  });

  it('rejects a __proto__ key anywhere, with its position (it would vanish from the parsed policy)', () => {
    const meta = TARGETS + 'rules:\n  - name: a\n    when: {metadata: {__proto__: x}}\n    target: onprem-gpu\n' + DEFAULT;
    expect(errors(meta)).toEqual([
      'p.yaml:14:23: error[reserved-key]: key "__proto__" is not allowed (it is not an ordinary key in JavaScript, and a policy never needs it)',
    ]);
    expect(
      errors(TARGETS + 'rules:\n  - name: a\n    when:\n      headers:\n        "__proto__": [a]\n    target: onprem-gpu\n' + DEFAULT)[0],
    ).toMatch(/^p\.yaml:16:9: error\[reserved-key\]: key "__proto__"/);
    expect(errors(TARGETS.replace('  onprem-gpu:', '  __proto__:\n    kind: edge\n    model: x\n  onprem-gpu:') + DEFAULT)[0]).toMatch(
      /^p\.yaml:9:3: error\[reserved-key\]/,
    );
  });

  it('reports YAML syntax errors with a position', () => {
    expect(errors(TARGETS + 'default:\n  target: [onprem-gpu\n')).toEqual([
      'p.yaml:14:1: error[yaml-syntax]: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(errors('targets: {a: 1\n')[0]).toMatch(/^p\.yaml:\d+:\d+: error\[yaml-syntax\]: /);
  });

  it('rejects empty, non-map and oversize files', () => {
    expect(errors('')).toEqual(['p.yaml:1:1: error[empty]: policy file is empty; expected a map with "targets", "rules" and "default"']);
    expect(errors('# only a comment\n')).toHaveLength(1);
    expect(errors('- a\n- b\n')).toEqual(['p.yaml:1:1: error[schema]: expected a map, got a list']);
    expect(errors('#'.repeat(MAX_POLICY_BYTES + 1))).toEqual([
      `p.yaml: error[too-large]: policy file is ${MAX_POLICY_BYTES + 1} bytes; the limit is ${MAX_POLICY_BYTES}`,
    ]);
  });

  const rule = (when: string, rest = '    target: onprem-gpu\n') => TARGETS + `rules:\n  - name: a\n    when:\n${when}${rest}` + DEFAULT;

  it.each([
    [
      'pii: [EMAIL, FOO]',
      'p.yaml:15:20: error[schema]: rules[0].when.pii[1]: expected one of "PERSON", "EMAIL", "PHONE", "ADDRESS", "DATE_OF_BIRTH", "CREDIT_CARD", "IBAN", "BANK_ACCOUNT", "SSN", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "IP_ADDRESS", "SECRET", got "FOO"',
    ],
    [
      'pii: some',
      'p.yaml:15:12: error[schema]: rules[0].when.pii: expected "any", "none" or a list of PII types (PERSON, EMAIL, PHONE, ADDRESS, DATE_OF_BIRTH, CREDIT_CARD, IBAN, BANK_ACCOUNT, SSN, NATIONAL_ID, PASSPORT, DRIVER_LICENSE, IP_ADDRESS, SECRET), got "some"',
    ],
    ['pii: []', 'p.yaml:15:12: error[schema]: rules[0].when.pii: expected at least one PII type'],
    [
      'task: [chat, chats]',
      'p.yaml:15:20: error[schema]: rules[0].when.task[1]: expected one of "chat", "embeddings", "classify", got "chats"',
    ],
    ['task: 5', 'p.yaml:15:13: error[schema]: rules[0].when.task: expected a task or a non-empty list of tasks, got 5'],
    ['tokens: {min: 10, max: 5}', 'p.yaml:15:15: error[schema]: rules[0].when.tokens: min (10) is greater than max (5)'],
    ['tokens: {}', 'p.yaml:15:15: error[schema]: rules[0].when.tokens: expected "min", "max" or both'],
    ['tokens: {max: 1.5}', 'p.yaml:15:21: error[schema]: rules[0].when.tokens.max: expected an integer, got 1.5'],
    ['stream: yes', 'p.yaml:15:15: error[schema]: rules[0].when.stream: expected true or false, got "yes"'],
    [
      'metadata: {tier: {x: 1}}',
      'p.yaml:15:24: error[schema]: rules[0].when.metadata.tier: expected a string or a non-empty list of strings, got a map',
    ],
    [
      'headers: {"bad header": x}',
      'p.yaml:15:17: error[schema]: rules[0].when.headers: invalid key "bad header": expected an HTTP header name',
    ],
    [
      'any_of: [{task: chat}, {tenant: [a, 5]}]',
      'p.yaml:15:43: error[schema]: rules[0].when.any_of[1].tenant[1]: expected a string, got 5',
    ],
    [
      'any_of: [{taskk: chat}]',
      'p.yaml:15:17: error[schema]: rules[0].when.any_of[0]: unknown key "taskk"; expected one of: pii, unscanned, tokens, model, task, tenant, stream, metadata, headers, sticky, any_of',
    ],
  ])('condition %s', (when, expected) => {
    expect(errors(rule(`      ${when}\n`))).toEqual([expected]);
  });

  it('checks rule shape: target or split, bucket_by with split only', () => {
    expect(errors(rule('      pii: any\n', ''))).toEqual(['p.yaml:13:5: error[schema]: rules[0]: expected "target" or "split"']);
    const split = '    split:\n      - {target: onprem-gpu, weight: 1}\n      - {target: onprem-gpu, weight: 2}\n';
    expect(errors(rule('      pii: any\n', split))).toEqual([
      'p.yaml:13:5: error[schema]: rules[0]: a split needs "bucket_by" (tenant, request_id, model, metadata.<key> or header.<name>)',
    ]);
    expect(errors(rule('      pii: any\n', '    target: onprem-gpu\n    bucket_by: tenant\n'))).toEqual([
      'p.yaml:17:16: error[schema]: rules[0].bucket_by: "bucket_by" only applies to a split',
    ]);
    expect(errors(rule('      pii: any\n', split + '    bucket_by: cookie\n'))).toEqual([
      'p.yaml:19:16: error[schema]: rules[0].bucket_by: expected tenant, request_id, model, metadata.<key> or header.<name>, got "cookie"',
    ]);
    expect(errors(rule('      pii: any\n', '    split:\n      - {target: onprem-gpu, weight: 1}\n    bucket_by: tenant\n'))).toEqual([
      'p.yaml:17:7: error[schema]: rules[0].split: a split needs at least two arms',
    ]);
  });

  it('checks target settings', () => {
    expect(errors(TARGETS.replace('model: m', 'model: m\n    timeout_ms: -5') + DEFAULT)).toEqual([
      'p.yaml:5:17: error[schema]: targets.edge-small.timeout_ms: expected a number > 0, got -5',
    ]);
    expect(errors(TARGETS.replace('model: m', 'model: m\n    timeout_ms: fast') + DEFAULT)).toEqual([
      'p.yaml:5:17: error[schema]: targets.edge-small.timeout_ms: expected a number, got "fast"',
    ]);
    expect(errors(TARGETS.replace('https://x', 'ftp://x') + DEFAULT)).toEqual([
      'p.yaml:11:15: error[schema]: targets.onprem-gpu.base_url: expected an http(s) URL, got "ftp://x"',
    ]);
    expect(errors(TARGETS.replace('us-east-1', 'mars') + DEFAULT)).toEqual([
      'p.yaml:8:13: error[schema]: targets.cloud-gpu.region: expected an AWS region such as "us-east-1", got "mars"',
    ]);
    expect(errors('targets: {}\n' + DEFAULT)).toEqual(['p.yaml:1:10: error[schema]: targets: expected at least one target']);
  });

  it('reports every schema problem, not only the first', () => {
    const src = TARGETS.replace('kind: edge', 'kind: gpu').replace('us-east-1', 'mars') + 'default: {target: 5}\n';
    expect(errors(src).map((e) => e.split(': error')[0])).toEqual(['p.yaml:3:11', 'p.yaml:8:13', 'p.yaml:12:19']);
  });

  it('follows YAML aliases when locating (an error in a shared node points at the anchor)', () => {
    const src = 'targets:\n  a: &t {kind: gpu}\n  b: *t\ndefault: {target: a}\n';
    expect(errors(src).map((e) => e.split(': expected')[0])).toEqual([
      'p.yaml:2:16: error[schema]: targets.a.kind',
      'p.yaml:2:16: error[schema]: targets.b.kind',
    ]);
  });
});

describe('the sticky: section', () => {
  it('loads a header, the user field or both, with a TTL', () => {
    for (const section of ['sticky:\n  header: x-session\n  ttl_seconds: 60\n', 'sticky: {user: true, ttl_seconds: 86400}\n']) {
      const r = loadPolicy(TARGETS + DEFAULT + section);
      expect(r.ok, section).toBe(true);
    }
    const r = loadPolicy(TARGETS + DEFAULT + 'sticky: {header: X-Session, user: true, ttl_seconds: 60}\n');
    expect(r.ok && r.policy.spec.sticky).toEqual({ header: 'X-Session', user: true, ttl_seconds: 60 });
  });

  it('reports what is wrong with it at the line and column', () => {
    expect(errors(TARGETS + DEFAULT + 'sticky:\n  ttl_seconds: 60\n')).toEqual([
      'p.yaml:15:3: error[schema]: sticky: expected a session id source: "header", "user: true" or both',
    ]);
    expect(errors(TARGETS + DEFAULT + 'sticky:\n  header: x-session\n')).toEqual([
      'p.yaml:15:3: error[schema]: sticky: missing required key "ttl_seconds"',
    ]);
    expect(errors(TARGETS + DEFAULT + 'sticky:\n  header: "x session"\n  ttl_seconds: 0\n  ttl: 5\n')).toEqual([
      'p.yaml:15:11: error[schema]: sticky.header: expected an HTTP header name, got "x session"',
      'p.yaml:16:16: error[schema]: sticky.ttl_seconds: expected a number >= 1, got 0',
      'p.yaml:17:3: error[schema]: sticky: unknown key "ttl"; expected one of: header, user, ttl_seconds',
    ]);
  });
});
