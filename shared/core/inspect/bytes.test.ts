import { describe, expect, it } from 'vitest';
import { asText, isUtf8 } from './bytes.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const isUtf8ByDecoder = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("isUtf8: the fatal decoder's judgement without its exceptions", () => {
  it('agrees with a fatal TextDecoder on the edge cases of the encoding', () => {
    const cases = [
      [0x41],
      [0xc3, 0xa9],
      [0xc0, 0xaf],
      [0xc1, 0xbf],
      [0xc2],
      [0xe0, 0x80, 0xaf],
      [0xe0, 0xa0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xef, 0xbf, 0xbf],
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe2, 0x82],
      [0xe2, 0x28, 0xa1],
      [0x80],
      [0xff],
      [0xef, 0xbb, 0xbf, 0x41],
    ].map((b) => Uint8Array.from(b));
    for (const bytes of cases) expect(isUtf8(bytes), [...bytes].map((b) => b.toString(16)).join(' ')).toBe(isUtf8ByDecoder(bytes));
  });

  it('agrees on random bytes, and asText keeps only what reads as text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256;
    for (let k = 0; k < 20_000; k++) {
      const bytes = Uint8Array.from({ length: 1 + (k % 7) }, () => (k % 2 ? random() | 0x80 : random()));
      expect(isUtf8(bytes)).toBe(isUtf8ByDecoder(bytes));
    }
    expect(asText(new TextEncoder().encode('Grüße, 4539 1488'))).toBe('Grüße, 4539 1488');
    expect(asText(Uint8Array.from([0x01, 0x02, 0x03, 0x41]))).toBeUndefined();
  });
});
