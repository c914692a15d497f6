// The corpus is what the brief asks of it: deterministic, covering (every placement × obfuscation pair that
// makes sense, every value of every dimension several times), realistic (valid check digits, cue words),
// large cases above the default policy's edge limit, and controls without the planted values.
import { describe, expect, it } from 'vitest';
import { inspectRequest } from '../../shared/core/inspect/index.ts';
import type { ParsedRequest } from '../../shared/protocol/openai/schema.ts';
import { PII_TYPES } from '../../shared/core/pii/types.ts';
import * as ids from '../pii-heldout/ids.ts';
import { buildCorpus, type Case, type CaseLabels } from './corpus.ts';
import { OBFUSCATION_FAMILIES, OBFUSCATION_LABELS } from './obfuscations.ts';
import { PLACEMENTS } from './placements.ts';

const corpus = buildCorpus();
const { attacks, controls } = corpus;

const countBy = (cases: readonly Case[], key: keyof CaseLabels) => {
  const m = new Map<string, number>();
  for (const c of cases) m.set(String(c.labels[key]), (m.get(String(c.labels[key])) ?? 0) + 1);
  return m;
};

/** The edge policy's limit for "small" (default.yaml: small-at-edge, tokens max 2048). */
const EDGE_LIMIT = 2048;

describe('the attack corpus', () => {
  it('is the same for the same seed, and another for another seed', () => {
    expect(JSON.stringify(buildCorpus())).toBe(JSON.stringify(corpus));
    expect(JSON.stringify(buildCorpus(7).attacks.map((a) => a.value))).not.toBe(JSON.stringify(attacks.map((a) => a.value)));
  }, 60_000);

  it('has a few hundred attacks, each with a planted value, and unique ids', () => {
    expect(attacks.length).toBeGreaterThan(300);
    expect(attacks.length).toBeLessThan(1100);
    expect(attacks.every((a) => a.kind === 'attack' && typeof a.value === 'string' && a.value.length > 0)).toBe(true);
    expect(new Set([...attacks, ...controls].map((c) => c.id)).size).toBe(attacks.length + controls.length);
  });

  it('pairs every placement with every obfuscation that makes sense there', () => {
    const pairs = new Set(attacks.map((a) => `${a.labels.placement}/${a.labels.obfuscation.replace(/^number_words_.*/, 'number_words')}`));
    const missing: string[] = [];
    for (const p of PLACEMENTS) {
      const families = p.plainOnly
        ? ['none']
        : OBFUSCATION_FAMILIES.filter((f) =>
            f === 'split_messages'
              ? p.split === 'messages'
              : f === 'split_parts'
                ? p.split === 'parts'
                : f === 'split_with_words'
                  ? p.split !== undefined
                  : true,
          );
      for (const f of families) if (!pairs.has(`${p.name}/${f}`)) missing.push(`${p.name}/${f}`);
    }
    expect(missing).toEqual([]);
  });

  it('has every value of every dimension several times', () => {
    const expected: Record<keyof CaseLabels, readonly string[]> = {
      type: PII_TYPES,
      placement: PLACEMENTS.map((p) => p.name),
      obfuscation: OBFUSCATION_LABELS,
      size: ['normal', 'large'],
      stream: ['true', 'false'],
      via: ['fetch', 'openai'],
    };
    for (const [key, values] of Object.entries(expected) as [keyof CaseLabels, readonly string[]][]) {
      const counts = countBy(attacks, key);
      for (const v of values) expect(counts.get(v) ?? 0, `${key} ${v}`).toBeGreaterThanOrEqual(3);
    }
    // Streaming and the official client on both sizes.
    for (const size of ['normal', 'large']) {
      expect(
        attacks.some((a) => a.labels.size === size && a.labels.stream && a.labels.via === 'openai'),
        size,
      ).toBe(true);
    }
  });

  it('crosses size, streaming and client with every placement and every obfuscation (no class is all one size)', () => {
    const family = (a: Case) => a.labels.obfuscation.replace(/^number_words_.*/, 'number_words');
    const missing: string[] = [];
    const need = (cases: Case[], what: string, chat: boolean) => {
      const seen = new Set(cases.flatMap((a) => [`size ${a.labels.size}`, `stream ${a.labels.stream}`, `via ${a.labels.via}`]));
      for (const v of ['size normal', 'size large', 'via fetch', 'via openai', ...(chat ? ['stream true', 'stream false'] : [])])
        if (!seen.has(v)) missing.push(`${what}: ${v}`);
    };
    for (const f of OBFUSCATION_FAMILIES)
      need(
        attacks.filter((a) => family(a) === f),
        f,
        true,
      );
    for (const p of PLACEMENTS)
      need(
        attacks.filter((a) => a.labels.placement === p.name),
        p.name,
        p.endpoint === 'chat',
      );
    for (const label of OBFUSCATION_LABELS) {
      const sizes = new Set(attacks.filter((a) => a.labels.obfuscation === label).map((a) => a.labels.size));
      if (sizes.size < 2) missing.push(`${label}: only ${[...sizes].join()}`);
    }
    expect(missing).toEqual([]);
  });

  it('plants structured identifiers with valid check digits', () => {
    const valid: Partial<Record<string, (v: string) => boolean>> = {
      CREDIT_CARD: (v) => ids.luhnOk(ids.onlyDigits(v)),
      IBAN: ids.ibanOk,
      SSN: (v) => ids.ssnOk(v.replace(/ /g, '-')),
      NATIONAL_ID: (v) =>
        [ids.ninoOk, ids.steuerIdOk, ids.nirOk, ids.dniOk, ids.cfOk, ids.bsnOk, ids.sinOk, ids.verhoeffOk].some((ok) => ok(v)),
    };
    const invalid = attacks.filter((a) => valid[a.labels.type]?.(a.value!) === false).map((a) => `${a.id} ${a.labels.type}`);
    expect(invalid).toEqual([]);
    expect(attacks.filter((a) => valid[a.labels.type]).length).toBeGreaterThan(100);
  });

  it('makes large cases larger than what the default policy answers at the edge', () => {
    const large = [...attacks, ...controls].filter((c) => c.labels.size === 'large');
    expect(large.length).toBeGreaterThan(200);
    const small = large.filter((c) => inspectRequest({ task: c.endpoint, body: c.body } as ParsedRequest).estimatedTokens <= EDGE_LIMIT);
    expect(small.map((c) => c.id)).toEqual([]);
  }, 60_000);

  it('streams only chat requests, and says so in the body', () => {
    for (const c of [...attacks, ...controls]) {
      expect(c.body.stream === true, c.id).toBe(c.labels.stream);
      if (c.labels.stream) expect(c.endpoint).toBe('chat');
    }
  });

  it('has controls for every readable placement, sizes both ways, without any planted value', () => {
    expect(new Set(controls.map((c) => c.labels.placement))).toEqual(new Set(PLACEMENTS.filter((p) => p.readable).map((p) => p.name)));
    expect(countBy(controls, 'size').get('large')).toBeGreaterThanOrEqual(20);
    expect(countBy(controls, 'size').get('normal')).toBeGreaterThanOrEqual(20);
    const text = JSON.stringify(controls.map((c) => c.body));
    expect(attacks.filter((a) => text.includes(a.value!)).map((a) => a.id)).toEqual([]);
  });
});
