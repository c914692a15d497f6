import { describe, expect, it } from 'vitest';
import { createStreamRestorer, redact, restore } from './redact.ts';
import type { PiiEntity } from './types.ts';

const text = 'Mail anna@example.org or call +49 30 1234567; again: anna@example.org.';
const entities: PiiEntity[] = [
  { type: 'EMAIL', start: 5, end: 21 },
  { type: 'PHONE', start: 30, end: 44 },
  { type: 'EMAIL', start: 53, end: 69 },
];

describe('redact', () => {
  it('replaces entities with typed placeholders, the same value with the same placeholder', () => {
    const r = redact(text, entities);
    expect(r.text).toBe('Mail [EMAIL_1] or call [PHONE_1]; again: [EMAIL_1].');
    expect([...r.placeholders]).toEqual([
      ['[EMAIL_1]', 'anna@example.org'],
      ['[PHONE_1]', '+49 30 1234567'],
    ]);
  });

  it('round-trips through restore', () => {
    const r = redact(text, entities);
    expect(restore(r.text, r.placeholders)).toBe(text);
  });

  it('never reuses a placeholder that the user text already contains', () => {
    const t = 'Template [EMAIL_1] goes to bob@example.com';
    const r = redact(t, [{ type: 'EMAIL', start: t.indexOf('bob'), end: t.length }]);
    expect(r.text).toBe('Template [EMAIL_1] goes to [EMAIL_2]');
    expect(restore(r.text, r.placeholders)).toBe(t);
  });

  it('works with non-ASCII text before the entity (UTF-16 offsets)', () => {
    const t = '😀 Grüße an jürgen@beispiel.de';
    const start = t.indexOf('jürgen');
    const r = redact(t, [{ type: 'EMAIL', start, end: t.length }]);
    expect(r.text).toBe('😀 Grüße an [EMAIL_1]');
  });
});

describe('createStreamRestorer', () => {
  it('restores placeholders split across chunks, without holding back ordinary text', () => {
    const { placeholders } = redact(text, entities);
    const s = createStreamRestorer(placeholders);
    const out = [s.push('Sure, I wrote to [EM'), s.push('AIL_1] and [PHO'), s.push('NE_1]. Done [see'), s.push(' notes]'), s.flush()];
    expect(out[0]).toBe('Sure, I wrote to ');
    expect(out.join('')).toBe('Sure, I wrote to anna@example.org and +49 30 1234567. Done [see notes]');
  });

  it('leaves unknown placeholders untouched', () => {
    const s = createStreamRestorer(new Map([['[EMAIL_1]', 'a@b.co']]));
    expect(s.push('[EMAIL_2] [EMAIL_1]') + s.flush()).toBe('[EMAIL_2] a@b.co');
  });
});
