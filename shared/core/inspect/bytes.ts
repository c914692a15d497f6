// Bytes hidden in text and the text they hold: the decoders the scan's readings share (base64, base32, hex, bit
// strings) and the test of whether decoded bytes are text at all. Pure.

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Bytes → text when they are well-formed UTF-8, else undefined. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? utf8.decode(bytes) : undefined;
}

/**
 * Whether the bytes are well-formed UTF-8 (as a fatal TextDecoder judges: no overlong forms, surrogates or code
 * points past U+10FFFF), checked by hand: most runs a scan tries are not text, and a decoder that throws on each
 * costs microseconds.
 */
export function isUtf8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const extra = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (extra === 0 || i + extra >= b.length) return false;
    // the second byte's range narrows after E0 (no overlong), ED (no surrogate), F0 (no overlong), F4 (≤ U+10FFFF)
    const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (b[i + 1]! < low || b[i + 1]! > high) return false;
    for (let k = 2; k <= extra; k++) if ((b[i + k]! & 0xc0) !== 0x80) return false;
    i += extra + 1;
  }
  return true;
}

export function base32Bytes(run: string): Uint8Array | undefined {
  const s = run.replace(/=+$/, '');
  if ([1, 3, 6].includes(s.length % 8)) return undefined;
  return unpackBits(s, 5, (c) => (c >= 65 ? c - 65 : c - 24)); // A–Z → 0–25, 2–7 → 26–31
}

/** The bytes that characters worth `width` bits each spell (their value by `valueOf`; -1: not one of them). */
export function unpackBits(s: string, width: number, valueOf: (c: number) => number): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((s.length * width) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const v = valueOf(s.charCodeAt(i));
    if (v < 0) return undefined;
    value = ((value << width) | v) & 0xffff;
    bits += width;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

export function hexBytes(run: string): Uint8Array {
  const bytes = new Uint8Array(run.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export const B64_VALUE: Int16Array = (() => {
  const t = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  t['+'.charCodeAt(0)] = t['-'.charCodeAt(0)] = 62;
  t['/'.charCodeAt(0)] = t['_'.charCodeAt(0)] = 63;
  return t;
})();

/** Decodes base64 (either alphabet, padding optional); undefined if it is not base64. */
export function base64Bytes(run: string): Uint8Array | undefined {
  const s = run.replace(/=+$/, '');
  if (s.length % 4 === 1) return undefined;
  return unpackBits(s, 6, (c) => (c < 128 ? B64_VALUE[c]! : -1));
}

const UNPRINTABLE = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]/gu;

/** Bytes → text, if they are valid UTF-8 and read as text (at most 1 in 10 characters unprintable), else undefined. */
export function asText(bytes: Uint8Array): string | undefined {
  const text = utf8Text(bytes);
  if (!text) return undefined;
  const unprintable = text.match(UNPRINTABLE)?.length ?? 0;
  return unprintable * 10 <= text.length ? text : undefined;
}

/**
 * Bytes → text, as asText, and written in Latin letters, digits and punctuation (at most 1 in 20 characters beyond
 * U+024F): for runs found by their shape alone (a short base64 run, Ascii85 without delimiters, uuencoded lines),
 * which most often are words and ids whose bytes read as some text by chance — in another script, mostly.
 */
export function asLatinText(bytes: Uint8Array): string | undefined {
  const text = asText(bytes);
  if (text === undefined) return undefined;
  const beyond = text.match(/[^\t\n\r\u0020-\u024f\u2000-\u206f]/gu)?.length ?? 0;
  return beyond * 20 <= text.length ? text : undefined;
}

/** The character of a code point, or undefined for a number that is none (a surrogate, beyond U+10FFFF). */
export function fromCodePoint(cp: number): string | undefined {
  if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}
