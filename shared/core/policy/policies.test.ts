// The shipped policies: the default the stack uses, and the documented examples. Each must load with no
// errors and no warnings, and route as its comments say. The vision example's comment says that without
// its `other-unscanned-onprem` rule the check rejects it: that is held here too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSCANNED_KINDS } from '../inspect/unscanned.ts';
import { evaluatePolicy } from './evaluate.ts';
import { loadPolicy } from './load.ts';
import type { CompiledPolicy, RequestFeatures } from './types.ts';

const dir = join(import.meta.dirname, 'policies');
const examples = readdirSync(join(dir, 'examples')).filter((f) => f.endsWith('.yaml'));

function load(file: string): CompiledPolicy {
  const r = loadPolicy(readFileSync(join(dir, file), 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.col} ${e.message}`).join('\n'));
  expect(r.warnings).toEqual([]);
  return r.policy;
}

const F: RequestFeatures = {
  piiTypes: [],
  unscanned: [],
  estimatedTokens: 300,
  model: 'triage-small',
  task: 'chat',
  stream: false,
  metadata: {},
  headers: {},
};
const target = (p: CompiledPolicy, f: Partial<RequestFeatures>) => {
  const d = evaluatePolicy(p, { ...F, ...f });
  return d.kind === 'route' ? [d.target, ...d.fallbacks].join(' > ') : `refuse ${d.code}`;
};

describe('shipped policies', () => {
  it('has at least 3 examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(['default.yaml', ...examples.map((e) => `examples/${e}`)])('%s passes check', (file) => {
    load(file);
  });

  it('default: PII and unscannable content on-prem only, small at the edge, large on the cloud', () => {
    const p = load('default.yaml');
    expect(target(p, { piiTypes: ['EMAIL'] })).toBe('onprem-gpu');
    expect(target(p, { piiTypes: ['EMAIL'], estimatedTokens: 9000 })).toBe('onprem-gpu');
    for (const kind of UNSCANNED_KINDS) expect(target(p, { unscanned: [kind] }), kind).toBe('onprem-gpu');
    expect(evaluatePolicy(p, { ...F, unscanned: ['image'] }).rule).toBe('unscanned-onprem');
    // a hung node is given up on after 10 s, not after the 120 s answer budget
    expect(p.targets.get('onprem-gpu')).toMatchObject({ first_byte_timeout_ms: 10000, timeout_ms: 120000 });
    expect(target(p, {})).toBe('edge-small > cloud-gpu > openai-compat');
    expect(target(p, { estimatedTokens: 5000 })).toBe('cloud-gpu > openai-compat > onprem-gpu');
  });

  it('default: every task and alias goes to targets that serve it; what the edge model cannot do skips it', () => {
    const p = load('default.yaml');
    // the cloud GPU serves chat only: embeddings and classify never fall back to it
    for (const task of ['embeddings', 'classify'] as const) {
      expect(target(p, { task })).toBe('edge-small > openai-compat > onprem-gpu');
      expect(target(p, { task, estimatedTokens: 5000 })).toBe('openai-compat > onprem-gpu');
    }
    // triage-large: not on the cloud GPU (its stage serves triage-small), nor on the tiny edge model
    expect(target(p, { model: 'triage-large' })).toBe('openai-compat > onprem-gpu');
    expect(target(p, { model: 'triage-large', estimatedTokens: 5000 })).toBe('openai-compat > onprem-gpu');
    const needs = { tools: true, vision: false, contextTokens: 300 };
    const tools = evaluatePolicy(p, { ...F, needs });
    expect(tools).toMatchObject({ kind: 'route', rule: 'small-at-edge', target: 'cloud-gpu', fallbacks: ['openai-compat'] });
    expect(tools.reasons).toContain('dropped: edge-small (no tools)');
    expect(target(p, { needs: { ...needs, tools: false, structuredOutput: 'json_schema' } })).toBe('cloud-gpu > openai-compat');
  });

  it('examples route as documented', () => {
    const regulated = load('examples/regulated-tenant.yaml');
    expect(target(regulated, { tenant: 'bank-eu' })).toBe('onprem-a > onprem-b');
    expect(target(regulated, { tenant: 'shop' })).toBe('cloud-gpu');
    expect(target(regulated, { tenant: 'shop', piiTypes: ['IBAN'], estimatedTokens: 4096 })).toBe('onprem-a > onprem-b');
    expect(target(regulated, { tenant: 'shop', piiTypes: ['IBAN'], estimatedTokens: 4097 })).toBe('onprem-b > onprem-a');
    const vision = load('examples/vision-cloud.yaml');
    expect(target(vision, { unscanned: ['image'] })).toBe('vision-cloud > onprem-gpu');
    expect(target(vision, { unscanned: ['image', 'audio'] })).toBe('onprem-gpu');
    expect(target(vision, { unscanned: ['image'], piiTypes: ['PERSON'] })).toBe('onprem-gpu');
    expect(target(vision, { unscanned: ['image'], task: 'embeddings' })).toBe('onprem-gpu');
    expect(target(vision, {})).toBe('cloud-gpu > onprem-gpu');
    const header = load('examples/header-routing.yaml');
    expect(target(header, { headers: { 'x-triage-prefer': 'openai' } })).toBe('vllm-openai > cloud-gpu');
    expect(target(header, { metadata: { tier: 'premium' } })).toBe('cloud-gpu > vllm-openai');
    expect(target(header, { piiTypes: ['PHONE'], headers: { 'x-triage-prefer': 'openai' } })).toBe('onprem-gpu');
    const cost = load('examples/cost-saver.yaml');
    expect(target(cost, { task: 'classify' })).toBe('edge-small > onprem-gpu');
    expect(target(cost, { estimatedTokens: 9000 })).toBe('cloud-gpu > onprem-gpu');
    expect(target(cost, { estimatedTokens: 3000 })).toBe('onprem-gpu > cloud-gpu');
    const canary = load('examples/canary-split.yaml');
    const arms = new Set(Array.from({ length: 100 }, (_, i) => target(canary, { tenant: `t${i}` })));
    expect(arms).toEqual(new Set(['cloud-v1', 'cloud-v2 > cloud-v1']));
  });

  it('vision example: without the rule for other unscanned kinds, the check shows a request that leaks', () => {
    const src = readFileSync(join(dir, 'examples/vision-cloud.yaml'), 'utf8');
    const cut = src.replace(/ {2}- name: other-unscanned-onprem\n[\s\S]*?\n\n/, '');
    expect(cut).not.toBe(src);
    const r = loadPolicy(cut, 'vision-cloud.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['unscanned-invariant rules[1].target']);
    expect(r.errors[0]!.message).toMatch(/e\.g\. a request with no pii, unscanned \[image, \w+\], task chat, /);
  });
});
