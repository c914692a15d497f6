// `triage policy diff` and `triage policy replay` on receipt files as `triage audit pull` writes them, built by
// the same chain code the edge's ReceiptLog runs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendReceipt, EMPTY_HEAD, receiptBody, type ReceiptInput, type ShadowRecord } from '../../core/receipts/index.ts';
import type { RouteDecision } from '../../core/policy/index.ts';
import { triage } from '../../../test/support/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'triage-shadow-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const DEFAULT_POLICY = readFileSync(new URL('../../core/policy/policies/default.yaml', import.meta.url), 'utf8');

/** A receipt of a chat routed to `target`, with `tokens` estimated and PII types, and an optional shadow. */
function input(
  i: number,
  target: string,
  kind: 'edge' | 'lambda' | 'onprem',
  extra: { pii?: 'EMAIL'[]; tokens?: number; shadow?: ShadowRecord } = {},
) {
  const pii = extra.pii ?? [];
  const decision: RouteDecision = {
    kind: 'route',
    rule: 'r',
    policyVersion: 'p-live',
    reasons: [],
    piiTypes: pii,
    unscanned: [],
    target,
    targetKind: kind,
    fallbacks: [],
  };
  const tokens = extra.tokens ?? 40;
  const body: ReceiptInput = {
    time: new Date(Date.UTC(2026, 11, 1, 0, 0, i)),
    tenant: 'acme',
    keyId: 'k1',
    requestId: `req-${i}`,
    decision,
    inspection: {
      task: 'chat',
      model: 'triage-small',
      stream: false,
      piiTypes: pii,
      unscanned: [],
      estimatedTokens: tokens,
      promptTokens: tokens,
    },
    outcome: { target, kind, fallbacks: [] },
    modelDeclared: true,
    status: 200,
    ...(extra.shadow ? { shadow: extra.shadow } : {}),
  };
  return body;
}

function writeReceipts(name: string, inputs: ReceiptInput[]): string {
  let head = EMPTY_HEAD;
  const lines = inputs.map((i) => {
    const next = appendReceipt(head, receiptBody(i));
    head = next.head;
    return JSON.stringify(next.receipt);
  });
  const dir = join(root, name, 'receipts', 'acme');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '1.jsonl'), lines.join('\n') + '\n');
  return join(root, name);
}

const shadowTo = (target: string | null, kind: ShadowRecord['target_kind'], same: boolean): ShadowRecord => ({
  policy_version: 'p-candidate',
  rule: 'r2',
  decision: target ? 'route' : 'refuse',
  target,
  target_kind: kind,
  ...(target ? {} : { refusal: 'no_target' }),
  same,
});

describe('triage policy diff', () => {
  it('summarizes where the recorded shadow decisions differ from the live ones', async () => {
    const dir = writeReceipts('diff', [
      input(1, 'edge-small', 'edge', { shadow: shadowTo('cloud-gpu', 'lambda', false) }),
      input(2, 'edge-small', 'edge', { shadow: shadowTo('cloud-gpu', 'lambda', false) }),
      input(3, 'onprem-gpu', 'onprem', { pii: ['EMAIL'], shadow: shadowTo('onprem-gpu', 'onprem', true) }),
      input(4, 'edge-small', 'edge'),
    ]);
    const { code, stdout } = await triage('policy', 'diff', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('## Shadow policy p-candidate vs live');
    expect(stdout).toContain('3 decisions: 1 the same (33.3 %), 2 different (66.7 %).');
    expect(stdout).toContain('| edge-small | cloud-gpu | 2 | req-1, req-2 |');
    expect(stdout).toContain('Sensitive requests the candidate would send to a non-onprem target: 0.');
  });

  it('fails (exit 1) when a shadow decision would have sent a sensitive request off-prem', async () => {
    const dir = writeReceipts('leak', [
      input(1, 'onprem-gpu', 'onprem', { pii: ['EMAIL'], shadow: shadowTo('cloud-gpu', 'lambda', false) }),
    ]);
    const { code, stdout } = await triage('policy', 'diff', dir);
    expect(code).toBe(1);
    expect(stdout).toContain('**1 sensitive requests would reach a non-onprem target**: req-1');
  });
});

describe('triage policy replay', () => {
  const dir = writeReceipts('replay', [
    input(1, 'edge-small', 'edge', { tokens: 40 }),
    input(2, 'edge-small', 'edge', { tokens: 1500 }),
    input(3, 'onprem-gpu', 'onprem', { pii: ['EMAIL'], tokens: 1500 }),
  ]);

  it('re-decides recorded features under a candidate and prints where it differs', async () => {
    const candidate = join(root, 'candidate.yaml');
    writeFileSync(candidate, DEFAULT_POLICY.replace('tokens: { max: 2048 }', 'tokens: { max: 1000 }'));
    const { code, stdout } = await triage('policy', 'replay', candidate, '--receipts', dir, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      diff: { total: number; same: number; transitions: { from: string; to: string; examples: string[] }[] };
    };
    expect(out.diff).toMatchObject({ total: 3, same: 2 });
    expect(out.diff.transitions).toEqual([{ from: 'edge-small', to: 'cloud-gpu', count: 1, examples: ['req-2'] }]);
  });

  it('refuses a candidate that does not pass the checks, with positions', async () => {
    const candidate = join(root, 'bad.yaml');
    writeFileSync(candidate, DEFAULT_POLICY.replace('target: onprem-gpu\n    fallbacks: []', 'target: cloud-gpu\n    fallbacks: []'));
    const { code, stderr } = await triage('policy', 'replay', candidate, '--receipts', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.yaml:\d+:\d+: error\[pii-invariant\]/);
  });

  it('is a usage error without --receipts', async () => {
    expect((await triage('policy', 'replay', join(root, 'candidate.yaml'))).code).toBe(2);
  });
});
