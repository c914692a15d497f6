// Texts hidden in the encodings jailbreak toolkits try on a model, which reads them back while a scanner that
// does not decode them reads nothing: Morse code, bits, Ascii85, uuencoding, escapes by hex code without an `x`
// (CSS's), characters made by CHAR()/chr() calls. Each decoded run, with the words around it, is another reading
// (context.ts) the detectors scan, as are words spelled in regional indicator letters; bytes spelled in emoji
// (Ecoji and its like) cannot be read and are reported as such. Each decoder has a cheap first test, so an
// ordinary prompt costs a few passes over its characters. Pure.
import { asLatinText, asText, fromCodePoint, hexBytes, unpackBits } from './bytes.ts';
import { allMatches } from '../pii/regex-matches.ts';
import { inContext } from './context.ts';

/** Readings of `normalized` (normalizeText of the text) and of `raw` (the text as given) that these encodings hide. */
export function encodedReadings(normalized: string, raw: string): string[] {
  return [
    ...morse(normalized),
    ...bits(normalized),
    ...hexPairs(normalized),
    ...rotations(normalized),
    ...hexCodeEscapes(normalized),
    ...characterCalls(normalized),
    // byte encodings use characters normalization rewrites (`%41`, `&…;`, spaces): read as given
    ...ascii85(raw),
    ...uudecoded(raw),
    ...regionalWords(raw),
  ];
}

// ---- Morse ----------------------------------------------------------------------------------------------------

// Letters, digits and the punctuation values are written with (@ . - _ + /), by their International Morse code.
const MORSE = morseTable(`A .- B -... C -.-. D -.. E . F ..-. G --. H .... I .. J .--- K -.- L .-.. M -- N -. O --- P .--. Q --.-
  R .-. S ... T - U ..- V ...- W .-- X -..- Y -.-- Z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 ..... 6 -.... 7 --...
  8 ---.. 9 ----. . .-.-.- , --..-- ? ..--.. ' .----. ! -.-.-- / -..-. ( -.--. ) -.--.- & .-... : ---... ; -.-.-.
  = -...- + .-.-. - -....- _ ..--.- " .-..-. $ ...-..- @ .--.-.`);

/** "A .- B -..." → code → character. */
function morseTable(pairs: string): Map<string, string> {
  const words = pairs.trim().split(/\s+/);
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2) table.set(words[i + 1]!, words[i]!);
  return table;
}

// Six or more codes of dots and dashes (in the forms writers use: · • for a dot, − – — _ for a dash), letters set
// apart by blanks, words by a slash, a bar or more blanks; in quotes or brackets, or ending a sentence.
const MORSE_SYMBOL = '[.·•∙\\-−–—_]';
const MORSE_RUN = new RegExp(
  `(?<![^\\s"'“„«(\\[:])${MORSE_SYMBOL}{1,7}(?:(?:[ \\t]+|[ \\t]*[/|][ \\t]*)${MORSE_SYMBOL}{1,7}){5,}(?![^\\s"'”»)\\],;:!?])`,
  'gu',
);
const MORSE_WORD_BREAK = /[ \t]*[/|][ \t]*|[ \t]{2,}/;

function morse(s: string): string[] {
  if (!/[.·•∙][-−–—_]|[-−–—_][.·•∙]/.test(s)) return [];
  return inContext(s, MORSE_RUN, ([run]) => {
    // a full stop after the last code reads as one more dot: both readings
    const readings = run.endsWith('.') ? [morseText(run), morseText(run.slice(0, -1))] : [morseText(run)];
    // Morse has no case: a key or a token reads in lower case too ("NPM_HWAU…" is "npm_hwau…" as often), and a name
    // capitalised ("MY NAME IS LEONA STRAUB" as "My Name Is Leona Straub")
    return readings.flatMap((text) => (text === undefined ? [] : [text, text.toLowerCase(), wordsCapitalised(text)]));
  });
}

const wordsCapitalised = (text: string) => text.toLowerCase().replace(/(?<![\p{L}\p{N}'’])\p{Ll}/gu, (c) => c.toUpperCase());

/** The letters of a Morse run, or undefined if too few of its codes are Morse's. */
function morseText(run: string): string | undefined {
  let codes = 0;
  let unknown = 0;
  const letterOf = (code: string) => {
    codes++;
    const letter = MORSE.get(code.replace(/[·•∙]/gu, '.').replace(/[−–—_]/gu, '-'));
    if (letter === undefined) unknown++;
    return letter ?? '?';
  };
  const text = run
    .split(MORSE_WORD_BREAK)
    .map((word) =>
      word
        .split(/[ \t]+/)
        .filter(Boolean)
        .map(letterOf)
        .join(''),
    )
    .join(' ');
  // dashes and dots of another kind (a rule, an ellipsis, a list) spell few letters Morse has
  return unknown * 4 <= codes ? text : undefined;
}

// ---- bits -----------------------------------------------------------------------------------------------------

// Characters as bits: four or more groups of 6–8 binary digits set apart by blanks or commas ("01101011 01100001 …";
// Python's format(ord(c), 'b') writes 6 or 7), or one run of 32 or more whose length is a multiple of eight.
const BIT_GROUPS = /(?<![\w])[01]{6,8}(?:[ \t]*[, \t][ \t]*[01]{6,8}){3,}(?!\w)/g;
const BIT_RUN = /(?<!\w)(?:[01]{8}){4,}(?!\w)/g;

function bits(s: string): string[] {
  if (!/[01]{6}/.test(s)) return [];
  return [
    ...inContext(s, BIT_GROUPS, ([run]) => textOf(Uint8Array.from(run.split(/[\s,]+/), (group) => parseInt(group, 2)))),
    ...inContext(s, BIT_RUN, ([run]) => textOf(unpackBits(run, 1, (c) => c - 48))),
  ];
}

const textOf = (bytes: Uint8Array | undefined) => (bytes ? asText(bytes) : undefined);

// ---- bytes in hex pairs ---------------------------------------------------------------------------------------

// Bytes written as a hex dump does, in pairs set apart by blanks, colons or hyphens ("34 35 33 39 20 31 34 …", "0x34
// 0x35 …"): eight pairs or more (a MAC address has six), the same separator each time; read when they are Latin
// text (a hash's fingerprint in pairs is no text).
const HEX_PAIRS = /(?<![\w:-])(?:0x)?[0-9a-fA-F]{2}([ :-])(?:0x)?[0-9a-fA-F]{2}(?:\1(?:0x)?[0-9a-fA-F]{2}){6,}(?![\w:-])/g;

function hexPairs(s: string): string[] {
  // (a cheap first test: a text's bytes start with 2–7 in hex, and prose has few such pairs in a row)
  if (!/[2-7][0-9a-fA-F][ :-](?:0x)?[2-7][0-9a-fA-F][ :-](?:0x)?[2-7][0-9a-fA-F]/.test(s)) return [];
  return inContext(s, HEX_PAIRS, ([run]) => asLatinText(hexBytes(run.replace(/0x|[ :-]/g, ''))));
}

// ---- letters rotated: ROT13, Caesar, ROT47 ------------------------------------------------------------------------

// A text whose letters are rotated, and the reader told so ("Decode this ROT13: Cyrnfr jevgr gb Xneyn …", "Caesar
// cipher, shift 3", "rot47"; six languages): the whole text rotated back is another reading — ROT13 by 13, a Caesar
// cipher by every shift (the text need not say which), ROT47 over printable ASCII. Without such words (a Caesar
// salad), a text is read as written.
const ROTATION_CUE =
  /\brot[\s_-]?(?:13|47)\b|\bcaesar[\s-]+(?:cipher|shift|code|encod|encrypt)|\b(?:chiffre|code|codage) (?:de )?c[ée]sar|\bcifrado c[ée]sar|\bcifrario di cesare|\bc[äa]sar[\s-]?(?:chiffre|verschl|code)|\bcaesar[\s-]?(?:cijfer|code|versleutel)/i;

function rotations(s: string): string[] {
  if (!/rot|c(?:ae|é|e|ä|a)sar/i.test(s)) return [];
  const cue = ROTATION_CUE.exec(s);
  if (!cue) return [];
  const word = cue[0].toLowerCase();
  if (/47/.test(word)) return [rot47(s)];
  if (/13/.test(word)) return [rotateLetters(s, 13)];
  return Array.from({ length: 25 }, (_, k) => rotateLetters(s, k + 1));
}

function rotateLetters(s: string, by: number): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(base + ((c.charCodeAt(0) - base + by) % 26));
  });
}

function rot47(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(33 + ((c.charCodeAt(0) - 33 + 47) % 94)));
}

// ---- escapes by hex code and CHAR() calls ---------------------------------------------------------------------

// CSS's escapes (and others') by hex code, without the `x` or `u` of the ones normalizeText decodes in place:
// "\6b \61 \72 …", four or more in a row (one alone is as often a path's "\be").
const HEX_CODE_ESCAPES = /(?:\\+[0-9a-fA-F]{1,6} ?){4,}/g;
const HEX_CODE_ESCAPE = /\\+([0-9a-fA-F]{1,6}) ?/g;

function hexCodeEscapes(s: string): string[] {
  if (!s.includes('\\')) return [];
  return inContext(s, HEX_CODE_ESCAPES, ([run]) => charactersOf([...run.matchAll(HEX_CODE_ESCAPE)].map((m) => parseInt(m[1]!, 16))));
}

// Characters made by calls and joined the way SQL, Python, PHP and Basic join strings: "CHAR(107)+CHAR(97)…",
// "chr(107) || chr(97)", "Chr(107) & Chr(97)", "chr(107).chr(97)" — four or more.
const CALL = String.raw`\b(?:n?char|chrw?\$?)\(\s*(?:\d{1,3}|0x[0-9a-fA-F]{1,2})\s*\)`;
const CHARACTER_CALLS = new RegExp(`${CALL}(?:\\s*(?:\\+|\\|\\||&|\\.|,)?\\s*${CALL}){3,}`, 'gi');
const CALL_ARGUMENT = /\(\s*(\d{1,3}|0x[0-9a-fA-F]{1,2})\s*\)/g;

function characterCalls(s: string): string[] {
  if (!/ch(?:a?r)/i.test(s)) return [];
  return inContext(s, CHARACTER_CALLS, ([run]) => charactersOf([...run.matchAll(CALL_ARGUMENT)].map((m) => Number(m[1]))));
}

/** The characters of these code points, if every one is a character (not a surrogate, not beyond Unicode). */
function charactersOf(codes: readonly number[]): string | undefined {
  const characters = codes.map(fromCodePoint);
  return characters.every((c) => c !== undefined) ? characters.join('') : undefined;
}

// ---- Ascii85 and uuencoding -----------------------------------------------------------------------------------

// Ascii85 (Adobe's <~ … ~>, btoa, Python's a85encode without delimiters): five characters from ! to u for four
// bytes, z for four zero bytes. Without delimiters, a run of MIN_ASCII85_RUN or more such characters with nothing
// around it but blanks; most runs of that alphabet are words, paths and code, which decode to no text and are dropped.
const ASCII85_DELIMITED = /<~([!-uz\s]+?)~>/g;
const MIN_ASCII85_RUN = 20;

function ascii85(s: string): string[] {
  if (s.length < MIN_ASCII85_RUN) return [];
  const delimited = s.includes('<~') ? allMatches(s, ASCII85_DELIMITED).map((m) => m[1]!.replace(/\s+/g, '')) : [];
  const out: string[] = [];
  for (const run of delimited) readAscii85(run, asText, out);
  for (const run of undelimitedAscii85Runs(s)) readAscii85(run, asLatinText, out); // found by shape alone
  return out;
}

/** The text an Ascii85 run spells, if its bytes read as text (by `asTextOf`): added to `out`. */
function readAscii85(run: string, asTextOf: (bytes: Uint8Array) => string | undefined, out: string[]): void {
  const bytes = ascii85Bytes(run);
  const text = bytes && asTextOf(bytes);
  if (text !== undefined) out.push(text);
}

/**
 * Runs of MIN_ASCII85_RUN or more characters from ! to u (and z) with nothing but blanks (or non-ASCII) around them,
 * and a symbol in them other than those of words, numbers, paths, dates and base64 (`- . / : _ +`): twenty
 * characters of Ascii85 all but never lack one, and a timestamp or a URL is not tried. One pass.
 */
function undelimitedAscii85Runs(s: string): string[] {
  const runs: string[] = [];
  let start = 0; // of the current run of printable ASCII
  let outside = false; // the run has a character outside Ascii85's alphabet (v–y, {, |, }, ~)
  let symbol = false; // the run has a symbol of Ascii85's that words and paths do not use
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 118) {
      symbol ||= ASCII85_SYMBOL[c] === 1;
      continue;
    }
    if (c > 32 && c < 127) {
      outside ||= c !== 122;
      continue;
    }
    if (!outside && symbol && i - start >= MIN_ASCII85_RUN) runs.push(s.slice(start, i));
    start = i + 1;
    outside = false;
    symbol = false;
  }
  if (!outside && symbol && s.length - start >= MIN_ASCII85_RUN) runs.push(s.slice(start));
  return runs;
}

const ASCII85_SYMBOL: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const ch of '!"#$%&\'()*,;<=>?@[\\]^`') table[ch.charCodeAt(0)] = 1;
  return table;
})();

function ascii85Bytes(run: string): Uint8Array | undefined {
  const digits = run.replace(/z/g, '!!!!!');
  if (digits.length % 5 === 1) return undefined;
  const padded = digits.padEnd(Math.ceil(digits.length / 5) * 5, 'u');
  const out = new Uint8Array((padded.length / 5) * 4);
  for (let i = 0; i < padded.length; i += 5) {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (padded.charCodeAt(i + k) - 33);
    if (value > 0xffffffff) return undefined;
    out.set([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff], (i / 5) * 4);
  }
  return out.subarray(0, out.length - (padded.length - digits.length));
}

// uuencoding: each line a length character (32 + its bytes, at most 45) and four characters from space to ` for
// each three bytes — after `begin 644 name` or alone (Python's b2a_uu writes one line). Consecutive lines are
// one text; a line may also end one written after a label ("uuencoded: M5&AE…").
function uudecoded(s: string): string[] {
  const out: string[] = [];
  let bytes: number[] = [];
  for (let start = 0; start < s.length;) {
    const newline = s.indexOf('\n', start);
    const end = newline < 0 ? s.length : newline;
    // a line of six bytes or more has nine characters; a block's last line may be shorter
    const decoded = uuLine(s, start, s.charCodeAt(end - 1) === 13 ? end - 1 : end, bytes.length > 0 ? 2 : 9);
    if (decoded) bytes.push(...decoded);
    else if (bytes.length > 0) bytes = readUuBlock(bytes, out);
    start = end + 1;
  }
  readUuBlock(bytes, out);
  return out;
}

/** The text of a block of uuencoded lines' bytes, if they read as text: added to `out`. The next block: a new one. */
function readUuBlock(bytes: readonly number[], out: string[]): number[] {
  const text = bytes.length >= 6 ? asLatinText(Uint8Array.from(bytes)) : undefined; // lines found by shape alone
  if (text !== undefined) out.push(text);
  return [];
}

const isUuCharacter = (c: number) => c >= 32 && c <= 96;

/**
 * The bytes of the uuencoded tail of the line s[lineStart, lineEnd), or undefined: the tail (at least `minChars`
 * long) must start with a length character that matches its length.
 */
function uuLine(s: string, lineStart: number, lineEnd: number, minChars: number): number[] | undefined {
  let from = lineEnd;
  while (from > lineStart && isUuCharacter(s.charCodeAt(from - 1))) from--;
  if (lineEnd - from < minChars) return undefined;
  for (let at = from; at < lineEnd; at++) {
    const count = s.charCodeAt(at) - 32;
    const want = 4 * Math.ceil(count / 3);
    const chars = lineEnd - at - 1;
    // blanks (zero sextets) at a line's end may have been trimmed on the way
    if (count < 1 || count > 45 || chars > want || chars < want - 3) continue;
    const body = s.slice(at + 1, lineEnd).padEnd(want, ' ');
    const decoded = unpackBits(body, 6, (c) => (c - 32) & 63);
    return decoded ? [...decoded.subarray(0, count)] : undefined;
  }
  return undefined;
}

// ---- letters as emoji --------------------------------------------------------------------------------------------

// Words spelled in regional indicator symbols (🇰🇦🇷🇱🇦, zero-width characters between them so no two make a flag;
// letters the symbols lack, as é, written plainly). normalizeText reads them in capitals, as codes are written; a
// name or a street reads as such only capitalised, so each such word capitalised is another reading.
const REGIONAL_LETTER = /[\u{1F1E6}-\u{1F1FF}]/gu;
const HAS_REGIONAL_LETTER = /[\u{1F1E6}-\u{1F1FF}]/u;
const SPELLING_JOINERS = /[\u200b-\u200d\u2060\ufeff]/g;
const REGIONAL_RUN =
  /[\p{L}\u{1F1E6}-\u{1F1FF}][\p{L}\u{1F1E6}-\u{1F1FF}\u200b-\u200d\u2060\ufeff]*(?: [\p{L}\u{1F1E6}-\u{1F1FF}][\p{L}\u{1F1E6}-\u{1F1FF}\u200b-\u200d\u2060\ufeff]*)*/gu;
const MIN_REGIONAL_LETTERS = 3;

function regionalWords(s: string): string[] {
  if (!/\ud83c[\udde6-\uddff]/.test(s)) return []; // a first test without the Unicode flag (faster)
  // a flag is two: a word is three or more
  const spelled = (word: string) => (word.match(REGIONAL_LETTER)?.length ?? 0) >= MIN_REGIONAL_LETTERS;
  return inContext(s, REGIONAL_RUN, ([run]) => {
    const words = run.split(' ');
    return words.some(spelled) ? words.map((word) => (HAS_REGIONAL_LETTER.test(word) ? capitalised(word) : word)).join(' ') : undefined;
  });
}

/** A word with regional indicator letters in it, as a name is written: "🇦🇩é🇴🇩🇦🇹" → "Adéodat". */
function capitalised(word: string): string {
  const letters = word
    .replace(SPELLING_JOINERS, '')
    .replace(REGIONAL_LETTER, (ch) => String.fromCharCode(ch.codePointAt(0)! - 0x1f1e6 + 97))
    .toLowerCase();
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

// ---- bytes in emoji -------------------------------------------------------------------------------------------

// Sixteen or more emoji in a row, twelve or more of them different: bytes spelled in emoji (Ecoji's 1024, or any
// table of them), not a mood — a reader with the table decodes it, the scanner cannot.
const PICTOGRAPH = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator})`;
// eslint-disable-next-line no-misleading-character-class -- skin tones, VS16 and ZWJ between pictographs are each what is skipped
const EMOJI_RUN = new RegExp(`${PICTOGRAPH}(?:[\\u{1F3FB}-\\u{1F3FF}\\uFE0F\\u200D]*${PICTOGRAPH}){15,}`, 'gu');
const ONE_PICTOGRAPH = new RegExp(PICTOGRAPH, 'gu');
const MIN_DISTINCT_EMOJI = 12;

export function spellsBytesInEmoji(raw: string): boolean {
  if (!/\ud83c|\ud83d|\ud83e/.test(raw)) return false; // the surrogates of U+1F000–1FAFF, tested without the Unicode flag (faster)
  for (const [run] of raw.matchAll(EMOJI_RUN)) {
    const distinct = new Set(run.match(ONE_PICTOGRAPH));
    if (distinct.size >= MIN_DISTINCT_EMOJI) return true;
  }
  return false;
}
