import { describe, expect, it } from 'vitest';
import { RedactionMapping } from './placeholders.ts';
import { restoreText, StreamRestorer } from './restore.ts';

function mappingOf(entries: [type: 'EMAIL' | 'PHONE' | 'PERSON', value: string][]): RedactionMapping {
  const m = new RedactionMapping();
  for (const [type, value] of entries) m.placeholderOf(type, value, () => false);
  return m;
}

/** mulberry32: a seeded generator, so a failing case reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function splitRandomly(text: string, rnd: () => number): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    const n = 1 + Math.floor(rnd() * 6);
    pieces.push(text.slice(at, at + n));
    at += n;
  }
  return pieces;
}

const mapping = mappingOf([
  ['EMAIL', 'anna@example.org'],
  ['EMAIL', 'o"brien@example.org'],
  ['PHONE', '+49 30 1234567'],
  ['PERSON', 'Jürgen [Jay] Weiß'],
]);

describe('restoreText', () => {
  it('puts values back, JSON-escaped inside a JSON text, and leaves unknown placeholders as written', () => {
    expect(restoreText('To [EMAIL_1], [EMAIL_9] and [PHONE_1]', mapping)).toBe('To anna@example.org, [EMAIL_9] and +49 30 1234567');
    expect(restoreText('{"to":"[EMAIL_2]"}', mapping, 'json')).toBe('{"to":"o\\"brien@example.org"}');
    expect(JSON.parse(restoreText('{"to":"[EMAIL_2]"}', mapping, 'json'))).toEqual({ to: 'o"brien@example.org' });
  });
});

describe('StreamRestorer', () => {
  it('holds back only a tail that can still become a placeholder', () => {
    const s = new StreamRestorer(mapping);
    expect(s.push('Sure, I wrote to [EM')).toBe('Sure, I wrote to ');
    expect(s.push('AIL_1] and [see')).toBe('anna@example.org and [see');
    expect(s.push(' notes] [')).toBe(' notes] ');
    expect(s.push('PHONE_1')).toBe('');
    expect(s.push(']')).toBe('+49 30 1234567');
    expect(s.push('[EMAIL_')).toBe('');
    expect(s.flush()).toBe('[EMAIL_');
  });

  it('passes text without a "[" on at once', () => {
    const s = new StreamRestorer(mapping);
    expect(s.push('Hello')).toBe('Hello');
    expect(s.holding).toBe(false);
  });

  it('a restored value that itself contains "[" is not read again', () => {
    const s = new StreamRestorer(mapping);
    expect(s.push('[PERSON_1]') + s.flush()).toBe('Jürgen [Jay] Weiß');
  });

  it('fuzz: any split of a text with placeholders restores exactly, in text and JSON contexts', () => {
    const rnd = random(15);
    const words = ['[EMAIL_1]', '[EMAIL_2]', '[PHONE_1]', '[PERSON_1]', '[EMAIL_9]', '[', ']', 'x', ' ', '[EMAIL_', '_1]', 'ü', '😀', '"'];
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => words[Math.floor(rnd() * words.length)]).join('');
      for (const context of ['text', 'json'] as const) {
        const s = new StreamRestorer(mapping, context);
        const out =
          splitRandomly(text, rnd)
            .map((p) => s.push(p))
            .join('') + s.flush();
        expect(out, JSON.stringify(text)).toBe(restoreText(text, mapping, context));
      }
    }
  });
});
