import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { main } from './main.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const DEFAULT_POLICY = readFileSync(join(root, 'shared/core/policy/policies/default.yaml'), 'utf8');

const BAD_POLICY = `targets:
  edge: {kind: edge, model: m}
  onprem: {kind: onprem, base_url: "https://p"}
rules:
  - name: everything-at-edge
    target: edge
default: {target: onprem}
`;

const CHAT = { model: 'triage-small', max_tokens: 50, messages: [{ role: 'user', content: 'What is the capital of France?' }] };
const PII_CHAT = {
  model: 'triage-small',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Please email jane.doe@example.com about it.' }] }],
};

/** An in-memory CliIo: `files` is the file system; output is collected. */
function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: (async function* () {})(),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return f;
    },
  };
  return { io, out };
}

async function run(argv: string[], files: Record<string, string> = {}) {
  const { io, out } = fakeIo({
    'default.yaml': DEFAULT_POLICY,
    'bad.yaml': BAD_POLICY,
    'chat.json': JSON.stringify(CHAT),
    'pii.json': JSON.stringify(PII_CHAT),
    ...files,
  });
  const code = await main(argv, io);
  return { code, ...out };
}

describe('triage policy check', () => {
  it('says ok with the version and counts, exit 0', async () => {
    const r = await run(['policy', 'check', 'default.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^default\.yaml: ok \(version p-[0-9a-f]{16}, 4 targets, 7 rules\)\n$/);
    expect(r.stderr).toBe('');
  });

  it('prints one diagnostic per line and exits 1 for an invalid policy', async () => {
    const r = await run(['policy', 'check', 'default.yaml', 'bad.yaml']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^default\.yaml: ok /);
    expect(lines.slice(1)).toEqual([
      'bad.yaml:6:13: error[pii-invariant]: rules[0].target: rule "everything-at-edge" can send PII to target "edge" (kind edge), e.g. a request with pii [PERSON], task chat, model (any other), tokens 0, stream false, tenant (any other); only onprem targets may receive PII — route PII to an onprem target in an earlier rule or add "pii: none" to this rule\'s "when"',
    ]);
  });

  it('prints the request that falls through a gap, so the fix is obvious', async () => {
    const gap = `targets:
  cloud: {kind: lambda, function: f, region: us-east-1, serves: {tasks: [chat, embeddings, classify]}}
  onprem: {kind: onprem, base_url: "https://p"}
rules:
  - {name: pii-small, when: {pii: any, tokens: {max: 2048}}, target: onprem}
  - {name: pii-large, when: {pii: any, tokens: {min: 2050}}, target: onprem}
  - {name: unscanned, when: {unscanned: any}, target: onprem}
default: {target: cloud}
`;
    const r = await run(['policy', 'check', 'gap.yaml'], { 'gap.yaml': gap });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'gap.yaml:8:19: error[pii-invariant]: default.target: the default can send PII to target "cloud" (kind lambda), e.g. a request with pii [PERSON], no unscanned content, task chat, model (any other), tokens 2049, stream false, tenant (any other); only onprem targets may receive PII — route PII to an onprem target in a rule\n',
    );
    // closing the gap (max 2048, min 2049) proves the policy
    const fixed = await run(['policy', 'check', 'gap.yaml'], { 'gap.yaml': gap.replace('min: 2050', 'min: 2049') });
    expect(fixed.code).toBe(0);
  });

  it('prints warnings but still passes', async () => {
    const r = await run(['policy', 'check', 'w.yaml'], {
      'w.yaml': 'targets:\n  a: {kind: onprem, base_url: "https://a"}\n  b: {kind: onprem, base_url: "https://b"}\ndefault: {target: a}\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^w\.yaml: ok \(version p-[0-9a-f]+, 2 targets, 0 rules, 1 warning\)\nw\.yaml:3:3: warning\[unused-target\]: targets: target "b" is never used\n$/,
    );
  });

  it('exits 3 for an unreadable file, saying which and why', async () => {
    const r = await run(['policy', 'check', 'default.yaml', 'missing.yaml']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('triage policy: cannot read policy missing.yaml: no such file\n');
  });

  it('exits 2 for usage errors', async () => {
    for (const argv of [['policy', 'check'], ['policy'], ['policy', 'lint', 'x'], ['policy', 'check', '--strict', 'x']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^triage: /);
    }
  });
});

describe('triage policy explain', () => {
  it('shows target, rule, fallbacks, version, PII, tokens and reasons', async () => {
    const r = await run(['policy', 'explain', 'default.yaml', '--request', 'chat.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^decision: {2}route to edge-small \(edge\)\n/);
    expect(r.stdout).toContain('rule:      small-at-edge\n');
    expect(r.stdout).toContain('fallbacks: cloud-gpu (lambda), openai-compat (openai)\n');
    expect(r.stdout).toMatch(/policy: {4}p-[0-9a-f]{16}\n/);
    expect(r.stdout).toContain('pii:       none\nunscanned: none\nsticky:    no\n');
    expect(r.stdout).toMatch(/tokens: {4}\d+ \(estimated/);
    expect(r.stdout).toContain(
      'reasons:\n  - rule pii-onprem: not matched: no PII found (rule needs pii: any)\n' +
        '  - rule unscanned-onprem: not matched: no unscanned content (rule needs unscanned: any)\n' +
        '  - rule sticky-onprem: not matched: session is not sticky, rule needs sticky: true\n  - rule small-at-edge: matched: ',
    );
  });

  it('"triage": {"sticky": true} explains a clean turn of a sticky session: on-prem, and why', async () => {
    const r = await run(['policy', 'explain', 'default.yaml', '--request', 's.json'], {
      's.json': JSON.stringify({ ...CHAT, triage: { sticky: true } }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^decision: {2}route to onprem-gpu \(onprem\)\n/);
    expect(r.stdout).toContain('rule:      sticky-onprem\n');
    expect(r.stdout).toContain('pii:       none\nunscanned: none\nsticky:    yes (PII seen earlier in the session: on-prem only)\n');
    expect(r.stdout).toContain('  - rule sticky-onprem: matched: session is sticky\n');
    const j = await run(['policy', 'explain', '--json', 'default.yaml', '--request', 's.json'], {
      's.json': JSON.stringify({ ...CHAT, triage: { sticky: true } }),
    });
    expect(JSON.parse(j.stdout)).toMatchObject({ decision: { sticky: true, target: 'onprem-gpu' }, features: { sticky: true } });
  });

  it('finds PII in text parts and routes on-prem, naming types but never values', async () => {
    const r = await run(['policy', 'explain', 'default.yaml', '--request', 'pii.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^decision: {2}route to onprem-gpu \(onprem\)\n/);
    expect(r.stdout).toContain('pii:       EMAIL\n');
    expect(r.stdout).not.toContain('jane');
  });

  it('--json gives the decision and features', async () => {
    const withTriage = { ...CHAT, triage: { tenant: 'acme', metadata: { tier: 'gold' }, headers: { 'X-Trace': '1' }, request_id: 'r1' } };
    const r = await run(['policy', 'explain', '--json', 'default.yaml', '--request=t.json'], { 't.json': JSON.stringify(withTriage) });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { decision: Record<string, unknown>; features: Record<string, unknown> };
    expect(j.decision).toMatchObject({
      kind: 'route',
      target: 'edge-small',
      targetKind: 'edge',
      rule: 'small-at-edge',
      fallbacks: ['cloud-gpu', 'openai-compat'],
    });
    expect(j.features).toMatchObject({
      task: 'chat',
      tenant: 'acme',
      metadata: { tier: 'gold' },
      headers: { 'x-trace': '1' },
      requestId: 'r1',
      piiTypes: [],
      stream: false,
    });
    expect(j.features.estimatedTokens).toBeGreaterThan(50);
  });

  it('derives the task from the body shape (and "triage".task for classify)', async () => {
    const emb = JSON.stringify({ model: 'triage-small', input: ['hello', 'world'] });
    const r = await run(['policy', 'explain', 'default.yaml', '--request', 'e.json', '--json'], { 'e.json': emb });
    expect((JSON.parse(r.stdout) as { features: { task: string } }).features.task).toBe('embeddings');
    const cls = JSON.stringify({ model: 'triage-small', input: 'hello', triage: { task: 'classify' } });
    const c = await run(['policy', 'explain', 'default.yaml', '--request', 'c.json', '--json'], { 'c.json': cls });
    expect((JSON.parse(c.stdout) as { features: { task: string } }).features.task).toBe('classify');
  });

  it('will not explain with a policy that could send PII off-prem (exit 1, diagnostics on stderr)', async () => {
    const cloudOnly =
      'targets:\n  c: {kind: lambda, function: f, region: us-east-1}\nrules:\n  - {name: clean, when: {pii: none}, target: c}\ndefault: {target: c}\n';
    const r = await run(['policy', 'explain', 'c.yaml', '--request', 'pii.json'], { 'c.yaml': cloudOnly });
    // the default sends PII to the cloud: the policy does not load
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('c.yaml:5:19: error[pii-invariant]: default.target: the default can send PII to target "c" (kind lambda)');
  });

  it('rejects invalid request JSON and bodies clearly (exit 3)', async () => {
    const cases: [string, string][] = [
      ['{nope', 'r.json: not valid JSON ('],
      ['[1]', 'r.json: expected a JSON object (an OpenAI-style request body)'],
      ['{"model":"m"}', 'r.json: cannot tell the task: expected "messages" (chat) or "input"'],
      ['{"model":"m","messages":[]}', 'r.json: invalid chat request: messages: '],
      ['{"model":"m","input":"x","triage":{"tenant":5}}', 'r.json: invalid triage: tenant: '],
      ['{"model":"m","input":"x","triage":{"tennant":"a"}}', 'r.json: invalid triage: (top level): '],
    ];
    for (const [body, msg] of cases) {
      const r = await run(['policy', 'explain', 'default.yaml', '--request', 'r.json'], { 'r.json': body });
      expect(r.code, body).toBe(3);
      expect(r.stderr, body).toContain(`triage policy: ${msg}`);
      expect(r.stdout).toBe('');
    }
  });

  it('exit codes for missing files and usage errors', async () => {
    expect((await run(['policy', 'explain', 'default.yaml', '--request', 'nope.json'])).code).toBe(3);
    expect((await run(['policy', 'explain', 'nope.yaml', '--request', 'chat.json'])).code).toBe(3);
    expect((await run(['policy', 'explain', 'default.yaml'])).code).toBe(2);
    expect((await run(['policy', 'explain', '--request', 'chat.json'])).code).toBe(2);
    expect((await run(['policy', 'explain', 'default.yaml', '--request'])).code).toBe(2);
    expect((await run(['policy', 'explain', 'default.yaml', '--request', 'chat.json', '--verbose'])).code).toBe(2);
  });
});

describe('triage policy check (real process)', () => {
  it('runs through shared/tools/cli/triage.mjs with real files and exit codes', () => {
    const node = (args: string[]) =>
      spawnSync(process.execPath, ['shared/tools/cli/triage.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    const ok = node([
      'policy',
      'check',
      'shared/core/policy/policies/default.yaml',
      'shared/core/policy/policies/examples/canary-split.yaml',
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      /^shared\/core\/policy\/policies\/default\.yaml: ok \(version p-[0-9a-f]{16}, 4 targets, 7 rules\)\nshared\/core\/policy\/policies\/examples\/canary-split\.yaml: ok /,
    );
    const missing = node(['policy', 'check', 'no/such/policy.yaml']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toBe('triage policy: cannot read policy no/such/policy.yaml: no such file\n');
  }, 180_000); // two node + tsx start-ups: seconds on a busy machine, so a generous bound (not a timing claim)
});
