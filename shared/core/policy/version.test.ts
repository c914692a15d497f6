import { describe, expect, it } from 'vitest';
import { loadPolicy } from './load.ts';
import { canonicalJson } from './version.ts';

const A = `# a comment
targets:
  edge: {kind: edge, model: m}
  onprem: {kind: onprem, base_url: "https://p"}
rules:
  - name: pii
    description: PII stays home
    when: {pii: any}
    target: onprem
  - name: small
    when: {tokens: {max: 100}, task: chat, pii: none, unscanned: none}
    target: edge
default: {target: onprem}
`;

// The same policy: block style, other key order, no comments, defaults spelled out, `x` for `[x]`,
// different descriptions.
const B = `default:
  fallbacks: []
  target: onprem
rules:
- target: onprem
  when:
    pii: any
  name: pii
  fallbacks: []
- when:
    pii: none
    unscanned: none
    task: [chat]
    tokens:
      max: 100
  name: small
  target: edge
  description: small requests
format: 1
cache:
  ttl_seconds: 300
  enabled: false
targets:
  onprem:
    base_url: https://p
    kind: onprem
    timeout_ms: 30000
  edge:
    model: m
    kind: edge
    retries: 0
`;

function version(src: string): string {
  const r = loadPolicy(src);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.policy.version;
}

describe('policy version', () => {
  it('is a short content hash', () => {
    expect(version(A)).toMatch(/^p-[0-9a-f]{16}$/);
  });

  it('does not change with formatting, comments, key order, defaults or descriptions', () => {
    expect(version(B)).toBe(version(A));
    expect(version(A.replace('# a comment\n', '\n\n# other\n'))).toBe(version(A));
  });

  it.each([
    ['a token bound', A.replace('max: 100', 'max: 101')],
    ['a target setting', A.replace('model: m', 'model: m2')],
    [
      'rule order',
      A.replace(
        / {2}- name: pii[\s\S]*?target: onprem\n( {2}- name: small[\s\S]*?target: edge\n)/,
        (_m, small: string) => small + '  - name: pii\n    when: {pii: any}\n    target: onprem\n',
      ),
    ],
    ['a rule name', A.replace('name: small', 'name: small2')],
    ['the default timeout spelled differently', A.replace('model: m}', 'model: m, timeout_ms: 1000}')],
  ])('changes with %s', (_n, changed) => {
    expect(changed).not.toBe(A);
    expect(version(changed)).not.toBe(version(A));
  });

  it('versions targets named like Object.prototype members as ordinary targets', () => {
    const named = (name: string, model: string) =>
      `targets:\n  ${name}: {kind: onprem, base_url: "https://p", models: {${name}: ${model}}}\ndefault: {target: ${name}}\n`;
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(version(named(name, 'x'))).toMatch(/^p-[0-9a-f]{16}$/);
      expect(version(named(name, 'y')), name).not.toBe(version(named(name, 'x')));
      expect(version(named(name, 'x')), name).not.toBe(version(named('other', 'x')));
    }
  });

  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"f":2}]},"b":1}');
  });
});
