import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy, type CompiledPolicy } from '../policy/index.ts';
import { destination } from './compare.ts';
import { diffDecisions, EXAMPLES, formatDiff, type DecisionPair } from './diff.ts';
import { onpremOnly } from '../receipts/report.ts';
import { replay, unreplayableRules, type ReplayableReceipt } from './replay.ts';

const defaultPolicyText = readFileSync(new URL('../policy/policies/default.yaml', import.meta.url), 'utf8');

function policy(text: string): CompiledPolicy {
  const r = loadPolicy(text, 'p.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.policy;
}

const pair = (id: string, from: string | null, to: string | null, sensitive = false): DecisionPair => ({
  request_id: id,
  tenant: 't',
  sensitive,
  live: from ? { decision: 'route', target: from } : { decision: 'refuse', target: null, refusal: 'pii_no_onprem' },
  candidate: to
    ? { decision: 'route', target: to, target_kind: to.startsWith('onprem') ? 'onprem' : 'lambda' }
    : { decision: 'refuse', target: null, target_kind: null, refusal: 'no_target' },
});

describe('diffDecisions', () => {
  it('counts transitions by destination, largest first, with a bounded list of examples', () => {
    const pairs = [
      ...Array.from({ length: 7 }, (_, i) => pair(`a${i}`, 'edge-small', 'cloud-gpu')),
      pair('b', 'cloud-gpu', null),
      pair('c', 'onprem-gpu', 'onprem-gpu', true),
      pair('d', null, null),
    ];
    const diff = diffDecisions(pairs);
    expect(diff).toMatchObject({ total: 10, same: 1, different: 9, sensitiveLeaks: [] });
    expect(diff.transitions.map((t) => [t.from, t.to, t.count])).toEqual([
      ['edge-small', 'cloud-gpu', 7],
      ['cloud-gpu', 'refuse:no_target', 1],
      ['refuse:pii_no_onprem', 'refuse:no_target', 1],
    ]);
    expect(diff.transitions[0]!.examples).toHaveLength(EXAMPLES);
    expect(formatDiff(diff, 'Shadow')).toContain('| edge-small | cloud-gpu | 7 |');
  });

  it('flags a sensitive request the candidate would send off-prem', () => {
    const diff = diffDecisions([pair('x', 'onprem-gpu', 'cloud-gpu', true), pair('y', 'edge-small', 'cloud-gpu')]);
    expect(diff.sensitiveLeaks).toEqual(['x']);
    expect(formatDiff(diff, 'Shadow')).toContain('**1 sensitive requests would reach a non-onprem target**: x');
  });

  it('names refusals by their code', () => {
    expect(destination({ decision: 'refuse', target: null, refusal: 'pii_no_onprem' })).toBe('refuse:pii_no_onprem');
  });
});

describe('replay', () => {
  const receipt = (id: string, extra: Partial<ReplayableReceipt> = {}): ReplayableReceipt => ({
    request_id: id,
    tenant: 'acme',
    decision: 'route',
    target: 'edge-small',
    fallbacks: [],
    pii_types: [],
    unscanned: [],
    features: { task: 'chat', model: 'triage-small', stream: false, estimated_tokens: 40, pii: [], unscanned: [] },
    ...extra,
  });

  it('re-decides recorded features under a candidate and compares with what was decided', () => {
    const candidate = policy(defaultPolicyText.replace('tokens: { max: 2048 }', 'tokens: { max: 20 }'));
    const pairs = [
      ...replay(candidate, [
        receipt('small'),
        // Fell back from edge-small to cloud-gpu: the live decision was edge-small.
        receipt('fell-back', { target: 'cloud-gpu', fallbacks: [{ target: 'edge-small' }] }),
        receipt('pii', {
          target: 'onprem-gpu',
          pii_types: ['EMAIL'],
          features: { task: 'chat', model: 'triage-small', stream: false, estimated_tokens: 40, pii: ['EMAIL'], unscanned: [] },
        }),
      ]),
    ];
    expect(pairs.map((p) => [p.request_id, p.live.target, p.candidate.target, p.sensitive])).toEqual([
      ['small', 'edge-small', 'cloud-gpu', false],
      ['fell-back', 'edge-small', 'cloud-gpu', false],
      ['pii', 'onprem-gpu', 'onprem-gpu', true],
    ]);
  });

  it('a request whose every PII type left redacted is not on-prem-only; one with a type sent as found is', () => {
    const redactedAway = receipt('redacted', { pii_types: ['EMAIL', 'PHONE'], redactions: [{ type: 'EMAIL' }, { type: 'PHONE' }] });
    expect(onpremOnly(redactedAway)).toBe(false);
    expect(onpremOnly(receipt('partly', { pii_types: ['EMAIL', 'PERSON'], redactions: [{ type: 'EMAIL' }] }))).toBe(true);
    expect(onpremOnly(receipt('as-found', { pii_types: ['EMAIL'] }))).toBe(true);
    expect(onpremOnly(receipt('sticky', { sticky: true }))).toBe(true);
    expect(onpremOnly(receipt('unscanned', { unscanned: ['image'] }))).toBe(true);
    expect(onpremOnly(receipt('clean'))).toBe(false);
  });

  it('names the rules a replay cannot reproduce (they route on header or metadata values)', () => {
    const candidate = policy(
      defaultPolicyText.replace(
        '  - name: small-at-edge\n',
        '  - name: beta-testers\n    when: { any_of: [{ headers: { x-beta: "1" } }] }\n    target: openai-compat\n  - name: small-at-edge\n',
      ),
    );
    expect(unreplayableRules(candidate)).toEqual(['beta-testers']);
    expect(unreplayableRules(policy(defaultPolicyText))).toEqual([]);
  });
});
