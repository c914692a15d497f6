// The character classes differ on purpose, in the places their names say: ASCII or Latin letters too, × and ÷
// inside the Latin range or not, how far "letter" reaches.
import { describe, expect, it } from 'vitest';
import {
  isAsciiIdGlue,
  isAsciiKeyChar,
  isFieldLabelChar,
  isIdGlue,
  isKeyCharInLatinRange,
  isLatinLetter,
  isLetter,
  isWordCharInLatinRange,
} from './chars.ts';

const code = (ch: string) => ch.charCodeAt(0);
const accepts = (f: (c: number) => boolean, chars: string) => [...chars].filter((ch) => f(code(ch))).join('');

describe('character classes', () => {
  it('keys: ASCII only, or the Latin range too (× and ÷ included), or labels with spaces and number signs', () => {
    const sample = 'a_-.Zé×÷ °º#:';
    expect(accepts(isAsciiKeyChar, sample)).toBe('a_-.Z');
    expect(accepts(isKeyCharInLatinRange, sample)).toBe('a_-.Zé×÷');
    expect(accepts(isFieldLabelChar, sample)).toBe('a_-.Zé °º#');
  });

  it('letters: Latin letters leave out × and ÷; isLetter reaches Greek and Cyrillic but stops before U+2000', () => {
    expect(accepts(isLatinLetter, 'aéÿ×÷ɏΩ')).toBe('éÿɏ');
    expect(accepts(isLetter, 'aé×÷ΩЖ\u2013')).toBe('aéΩЖ');
    expect(accepts(isWordCharInLatinRange, 'a1_é×Ω-')).toBe('a1_é×');
  });

  it('glue: a card number is glued into ASCII identifiers, a national id also through handles, paths and amounts', () => {
    const sample = 'a1_./+@#$%&\\-é ';
    expect(accepts(isAsciiIdGlue, sample)).toBe('a1_./+');
    expect(accepts(isIdGlue, sample)).toBe('a1_./+@#$%&\\-é');
  });
});
