import { describe, expect, it } from 'vitest';
import { caseInsensitiveLatin, foldsAlikeWithoutU } from './unicode-case.ts';

/** Every code point with a case mapping: the only ones case folding can touch. */
function casedCodePoints(): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x110000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const s = String.fromCodePoint(c);
    if (s.toLowerCase() !== s || s.toUpperCase() !== s) out.push(s);
  }
  return out;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

describe('foldsAlikeWithoutU', () => {
  it('flags every character on which a Latin letter matches differently with and without u', () => {
    const latin: string[] = [];
    for (let c = 0x41; c < 0x250; c++) if (c !== 0x17f && /\p{L}/u.test(String.fromCharCode(c))) latin.push(String.fromCharCode(c));
    const cased = casedCodePoints();
    const differ = new Set<string>();
    for (const p of latin) {
      const withU = new RegExp(`^${escape(p)}$`, 'iu');
      const withoutU = new RegExp(`^${escape(p)}$`, 'i');
      for (const t of cased) if (withU.test(t) !== withoutU.test(t)) differ.add(t);
    }
    const unflagged = [...differ].filter((t) => foldsAlikeWithoutU(t));
    expect(unflagged).toEqual([]);
    expect(differ.size).toBeGreaterThan(0); // ſ and K at least: the test can see a difference
  });

  it('flags surrogates, which `u` reads in pairs', () => {
    expect(foldsAlikeWithoutU('a 😀 b')).toBe(false);
    expect(foldsAlikeWithoutU('Grüße, ÉTÉ, ĳ, ǆ')).toBe(true);
  });
});

describe('caseInsensitiveLatin', () => {
  const patterns = [
    /\bnée?s?(?![a-zà-ÿ])|geboren|straße/giu,
    /^[ \t]*([^\n:]{0,20}?(?:ausweis|identit))[ \t]*:[ \t]*(\d{3,})$/gimu,
    /key|schlüssel|clé/giu,
    /(\d)[ \t]+(dash|guión)[ \t]+(?=\d)/giu,
  ];
  const alphabet = [
    'a',
    'e',
    'n',
    'N',
    'é',
    'É',
    's',
    'S',
    'k',
    'K',
    'ß',
    'ẞ',
    'ſ',
    'K',
    'Å',
    'å',
    '😀',
    ' ',
    '\n',
    ':',
    '1',
    '2',
    'ü',
    'Ü',
  ];
  const words = [
    'née',
    'NÉES',
    'geboren',
    'STRASSE',
    'straße',
    'STRAẞE',
    'Ausweis',
    'identité',
    'KEY',
    'Schlüssel',
    'CLÉ',
    'dash',
    'GUIÓN',
    'ſchlüſſel',
    'Key',
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const texts = Array.from({ length: 3000 }, () => {
    let s = '';
    for (let i = 0, n = random(12); i < n; i++) s += random(3) === 0 ? words[random(words.length)]! : alphabet[random(alphabet.length)]!;
    return s;
  });

  it('gives the same matches as the regex with `u`, on every text', () => {
    for (const re of patterns) {
      const pick = caseInsensitiveLatin(re);
      for (const t of texts) {
        const expected = [...t.matchAll(re)].map((m) => [m.index, ...m]);
        expect(
          [...t.matchAll(pick(t))].map((m) => [m.index, ...m]),
          `${re} on ${JSON.stringify(t)}`,
        ).toEqual(expected);
      }
    }
  });

  it('runs without `u` where the text allows it', () => {
    const pick = caseInsensitiveLatin(/clé/iu);
    expect(pick('la CLÉ').flags).toBe('i');
    expect(pick('la CLÉ 😀').flags).toBe('iu');
  });

  it('refuses patterns that need `u`', () => {
    expect(() => caseInsensitiveLatin(/(?<!\p{L})key/iu)).toThrow(/needs the u flag/);
    expect(() => caseInsensitiveLatin(/ключ/iu)).toThrow(/beyond Latin/);
    expect(() => caseInsensitiveLatin(/ſ/iu)).toThrow(/beyond Latin/);
    expect(() => caseInsensitiveLatin(/key/i)).toThrow(/not a case-insensitive Unicode regex/);
  });
});
