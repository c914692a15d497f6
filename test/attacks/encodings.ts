// The text encodings the attack corpus hides values in, each with its inverse: the corpus encodes with them
// (obfuscations.ts) and the judge decodes with them when it looks for planted values in what reached the
// cloud tier (judge.ts). Pure: no Node APIs (btoa/atob, TextEncoder/TextDecoder are web globals).

const utf8 = new TextEncoder();

export function base64OfBytes(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64OfText(text: string): string {
  return base64OfBytes(utf8.encode(text));
}

/** RFC 4648 base32 of a text's UTF-8 bytes, padded. */
export function base32OfText(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of utf8.encode(text)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/** Bytes of an RFC 4648 base32 string (padding optional). */
export function bytesOfBase32(b32: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of b32.replace(/=+$/, '')) {
    value = ((value << 5) | alphabet.indexOf(ch)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Bytes of a base64 or base64url string, or undefined if it is not one. */
export function bytesOfBase64(b64: string): Uint8Array | undefined {
  try {
    const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * Named HTML entities for characters that occur in personal data (separators, accented Latin letters). A
 * subset of HTML5's list, enough for what a person (or a template engine) would escape in such a value.
 */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  ' ': '&nbsp;',
  '@': '&commat;',
  '.': '&period;',
  '+': '&plus;',
  ',': '&comma;',
  ':': '&colon;',
  '/': '&sol;',
  '(': '&lpar;',
  ')': '&rpar;',
  _: '&lowbar;',
  '#': '&num;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
  $: '&dollar;',
  '%': '&percnt;',
  '=': '&equals;',
  '?': '&quest;',
  '!': '&excl;',
  '*': '&ast;',
  á: '&aacute;',
  à: '&agrave;',
  â: '&acirc;',
  ä: '&auml;',
  ã: '&atilde;',
  å: '&aring;',
  ç: '&ccedil;',
  é: '&eacute;',
  è: '&egrave;',
  ê: '&ecirc;',
  ë: '&euml;',
  í: '&iacute;',
  ì: '&igrave;',
  î: '&icirc;',
  ï: '&iuml;',
  ñ: '&ntilde;',
  ó: '&oacute;',
  ò: '&ograve;',
  ô: '&ocirc;',
  ö: '&ouml;',
  õ: '&otilde;',
  ø: '&oslash;',
  ú: '&uacute;',
  ù: '&ugrave;',
  û: '&ucirc;',
  ü: '&uuml;',
  ý: '&yacute;',
  ß: '&szlig;',
  Á: '&Aacute;',
  É: '&Eacute;',
  Ö: '&Ouml;',
  Ü: '&Uuml;',
  Ä: '&Auml;',
  Ñ: '&Ntilde;',
  Ç: '&Ccedil;',
};

const ENTITY_CHAR: ReadonlyMap<string, string> = new Map([
  ...Object.entries(NAMED_ENTITIES).map(([ch, name]) => [name.slice(1, -1), ch] as [string, string]),
  ['nbsp', '\u00a0'],
  ['lt', '<'],
  ['gt', '>'],
  ['hyphen', '\u2010'],
  ['dash', '\u2010'],
  ['minus', '\u2212'],
  ['NewLine', '\n'],
  ['Tab', '\t'],
]);

/** Named (from the table above) and numeric (decimal, hex) character references → characters. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY_CHAR.get(ref) ?? m;
  });
}

/** `%XX` escapes of UTF-8 bytes, every byte of the text. */
export function percentEncodeAll(s: string): string {
  return [...utf8.encode(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Runs of `%XX` escapes → text (runs that are not valid UTF-8 stay as they are). */
export function decodePercent(s: string): string {
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** `\uXXXX` (and `\u{X…}`) escapes written out in the text → characters. */
export function decodeUnicodeEscapes(s: string): string {
  return s.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g, (m, long: string | undefined, short: string | undefined) => {
    const cp = parseInt(long ?? short ?? '', 16);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

export const NUMBER_WORD_LANGS = ['en', 'de', 'it', 'fr', 'es', 'nl', 'pt'] as const;
export type NumberWordLang = (typeof NUMBER_WORD_LANGS)[number];

/** The digits 0–9 as words, as a person reads a number out digit by digit. */
export const DIGIT_WORDS: Readonly<Record<NumberWordLang, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  // a language the detectors have no cue words in
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
};

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

// Every language's words (accents folded) → digit; no word means two different digits across these languages.
const WORD_DIGIT: ReadonlyMap<string, string> = new Map(
  Object.values(DIGIT_WORDS).flatMap((words) => words.map((w, d) => [stripMarks(w).toLowerCase(), String(d)] as [string, string])),
);

/** Digit words of any of the languages above → digits (whole words only, any case, accents optional). */
export function digitWordsToDigits(s: string): string {
  return stripMarks(s).replace(/\p{L}+/gu, (w) => WORD_DIGIT.get(w.toLowerCase()) ?? w);
}

/** Code points of the digit zero of scripts other than Latin (Arabic-Indic, Persian, Devanagari, Bengali, Thai, …). */
export const OTHER_SCRIPT_ZEROS: readonly number[] = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0be6, 0x0c66, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0x1810,
];

/**
 * Any decimal digit (Unicode `Nd`) → its ASCII digit. Decimal digits come in runs of ten from zero (or
 * several such runs back to back), so a digit's value is its distance from the start of its run, mod 10.
 */
export function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (ch) => {
    let cp = ch.codePointAt(0)!;
    if (cp <= 0x39) return ch;
    const at = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) cp--;
    return String((at - cp) % 10);
  });
}
