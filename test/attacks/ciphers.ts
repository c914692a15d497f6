// The encodings jailbreak toolkits try on a model (garak's encoding probes and their like), each with its
// inverse: the corpus hides sentences in them (obfuscations.ts) and the judge reads them back (judge.ts). Written
// apart from the gateway's own decoders (shared/core/inspect/encodings.ts), as an attacker would write them.
// Pure: web globals only.

const utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder();

// ---- Morse ------------------------------------------------------------------------------------------------------

/** International Morse code: character, code, character, code … */
const MORSE_PAIRS = `a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--. q --.-
  r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 ..... 6 -.... 7 --...
  8 ---.. 9 ----. . .-.-.- , --..-- ? ..--.. ' .----. / -..-. ( -.--. ) -.--.- : ---... = -...- + .-.-. - -....-
  _ ..--.- @ .--.-.`
  .trim()
  .split(/\s+/);
const MORSE = new Map(MORSE_PAIRS.flatMap((word, i) => (i % 2 === 0 ? [[word, MORSE_PAIRS[i + 1]!] as const] : [])));
const FROM_MORSE = new Map([...MORSE].map(([ch, code]) => [code, ch]));

/** Morse of a text: letters set apart by a space, words by " / "; undefined if a character has no code. */
export function morseOf(text: string): string | undefined {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const codes = words.map((w) => [...w].map((ch) => MORSE.get(ch)));
  return codes.every((w) => w.every(Boolean)) ? codes.map((w) => w.join(' ')).join(' / ') : undefined;
}

const MORSE_RUN = /[.-]{1,7}(?:(?: \/ | )[.-]{1,7}){3,}/g;

/** Every Morse run in a text read as letters (a run ending in a dot also without it: the dot may end the sentence). */
export function readMorse(s: string): string[] {
  const runs = s.match(MORSE_RUN) ?? [];
  return [...runs, ...runs.filter((r) => r.endsWith('.')).map((r) => r.slice(0, -1))].map((run) =>
    run
      .split(' / ')
      .map((w) =>
        w
          .split(' ')
          .map((code) => FROM_MORSE.get(code) ?? '')
          .join(''),
      )
      .join(' '),
  );
}

// ---- bits -------------------------------------------------------------------------------------------------------

/** A text's UTF-8 bytes as groups of eight binary digits set apart by spaces. */
export function bitsOf(text: string): string {
  return [...utf8.encode(text)].map((b) => b.toString(2).padStart(8, '0')).join(' ');
}

const BIT_GROUPS = /[01]{8}(?: [01]{8}){3,}/g;

export function readBits(s: string): string[] {
  return (s.match(BIT_GROUPS) ?? []).map((run) => utf8Lenient.decode(Uint8Array.from(run.split(' '), (g) => parseInt(g, 2))));
}

// ---- hex dump ---------------------------------------------------------------------------------------------------

/** A text's UTF-8 bytes as a hex dump writes them: two hex digits a byte, set apart by `sep`. */
export function hexDumpOf(text: string, sep: ' ' | ':' | '-' = ' '): string {
  return [...utf8.encode(text)].map((b) => b.toString(16).padStart(2, '0')).join(sep);
}

const HEX_DUMP = /[0-9a-f]{2}(?:[ :-][0-9a-f]{2}){3,}/gi;

export function readHexDump(s: string): string[] {
  return (s.match(HEX_DUMP) ?? []).map((run) => utf8Lenient.decode(Uint8Array.from(run.split(/[ :-]/), (h) => parseInt(h, 16))));
}

// ---- Ascii85 ----------------------------------------------------------------------------------------------------

/** Ascii85 as Python's base64.a85encode writes it (no delimiters, `z` for a group of four zero bytes). */
export function ascii85Of(text: string): string {
  const bytes = utf8.encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    let value = 0;
    for (let k = 0; k < 4; k++) value = value * 256 + (bytes[i + k] ?? 0);
    if (n === 4 && value === 0) {
      out += 'z';
      continue;
    }
    let group = '';
    for (let k = 0; k < 5; k++) {
      group = String.fromCharCode(33 + (value % 85)) + group;
      value = Math.floor(value / 85);
    }
    out += group.slice(0, n + 1);
  }
  return out;
}

const ASCII85_RUN = /[!-uz]{10,}/g;

export function readAscii85(s: string): string[] {
  const out: string[] = [];
  for (const run of s.match(ASCII85_RUN) ?? []) {
    const digits = run.replace(/z/g, '!!!!!');
    const pad = (5 - (digits.length % 5)) % 5;
    const padded = digits + 'u'.repeat(pad);
    const bytes: number[] = [];
    for (let i = 0; i < padded.length; i += 5) {
      let value = 0;
      for (let k = 0; k < 5; k++) value = value * 85 + padded.charCodeAt(i + k) - 33;
      bytes.push(Math.floor(value / 2 ** 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
    }
    out.push(utf8Lenient.decode(Uint8Array.from(bytes.slice(0, bytes.length - pad))));
  }
  return out;
}

// ---- uuencoding -------------------------------------------------------------------------------------------------

/** uuencoding as binascii.b2a_uu writes it, 45 bytes a line, with `begin 644 <name>` and `end` around it. */
export function uuencodedOf(text: string, name = 'note.txt'): string {
  const bytes = utf8.encode(text);
  const lines = [`begin 644 ${name}`];
  for (let i = 0; i < bytes.length; i += 45) {
    const chunk = bytes.subarray(i, i + 45);
    let line = String.fromCharCode(32 + chunk.length);
    for (let k = 0; k < chunk.length; k += 3) {
      const n = ((chunk[k] ?? 0) << 16) | ((chunk[k + 1] ?? 0) << 8) | (chunk[k + 2] ?? 0);
      for (const shift of [18, 12, 6, 0]) line += String.fromCharCode(32 + ((n >> shift) & 63));
    }
    lines.push(line);
  }
  return [...lines, '`', 'end'].join('\n');
}

export function readUuencoded(s: string): string[] {
  const block = /begin \d{3} \S+\n([\s\S]*?)\n`?\nend/.exec(s);
  if (!block) return [];
  const bytes: number[] = [];
  for (const line of block[1]!.split('\n')) {
    const count = (line.charCodeAt(0) - 32) & 63;
    const got: number[] = [];
    for (let k = 1; got.length < count; k += 4) {
      // past the line's end (trimmed blanks) a character reads as a blank: zero
      const [a, b, c, d] = [0, 1, 2, 3].map((j) => ((line.charCodeAt(k + j) || 32) - 32) & 63) as [number, number, number, number];
      got.push((a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d);
    }
    bytes.push(...got.slice(0, count));
  }
  return [utf8Lenient.decode(Uint8Array.from(bytes))];
}

// ---- escapes and calls by character code ------------------------------------------------------------------------

/** CSS's escapes: each character as a backslash, its hex code and a space. */
export function cssEscapesOf(text: string): string {
  return [...text].map((ch) => `\\${ch.codePointAt(0)!.toString(16)} `).join('');
}

export function readCssEscapes(s: string): string[] {
  const runs = s.match(/(?:\\[0-9a-f]{1,6} ?){4,}/gi) ?? [];
  return runs.map((run) => [...run.matchAll(/\\([0-9a-f]{1,6}) ?/gi)].map((m) => String.fromCodePoint(parseInt(m[1]!, 16))).join(''));
}

/** SQL's CHAR() calls joined by `+` (SQL Server), or chr() calls joined by `||` (Oracle, PostgreSQL). */
export function characterCallsOf(text: string, dialect: 'sqlserver' | 'postgres'): string | undefined {
  const codes = [...text].map((ch) => ch.codePointAt(0)!);
  if (codes.some((c) => c > 255)) return undefined;
  return dialect === 'sqlserver' ? codes.map((c) => `CHAR(${c})`).join('+') : codes.map((c) => `chr(${c})`).join(' || ');
}

export function readCharacterCalls(s: string): string[] {
  const runs = s.match(/(?:(?:char|chr)\(\d+\)(?:\+| \|\| )?){4,}/gi) ?? [];
  return runs.map((run) => [...run.matchAll(/\((\d+)\)/g)].map((m) => String.fromCharCode(Number(m[1]))).join(''));
}

// ---- letters and bytes as emoji ---------------------------------------------------------------------------------

/** Latin letters as regional indicator symbols (🇦 … 🇿), each followed by a zero-width space so no two make a flag. */
export function regionalLettersOf(text: string): string {
  return text.replace(/[a-z]/gi, (ch) => String.fromCodePoint(0x1f1e6 + ch.toLowerCase().charCodeAt(0) - 97) + '\u200b');
}

export function readRegionalLetters(s: string): string {
  return s.replace(/[\u{1f1e6}-\u{1f1ff}]/gu, (ch) => String.fromCharCode(ch.codePointAt(0)! - 0x1f1e6 + 97)).replace(/\u200b/g, '');
}

/** Each UTF-8 byte as one emoji of a table of 256 (U+1F400 + the byte): a substitution any reader given the table undoes. */
export function emojiBytesOf(text: string): string {
  return [...utf8.encode(text)].map((b) => String.fromCodePoint(0x1f400 + b)).join('');
}

export function readEmojiBytes(s: string): string[] {
  const runs = s.match(/[\u{1f400}-\u{1f4ff}]{4,}/gu) ?? [];
  return runs.map((run) => utf8Lenient.decode(Uint8Array.from([...run], (ch) => ch.codePointAt(0)! - 0x1f400)));
}

// ---- letters for digits -----------------------------------------------------------------------------------------

/** The letters written for digits (0 → O, 1 → l, 5 → S, 8 → B), as a reader still reads them. */
export const LOOKALIKE_OF_DIGIT: Readonly<Record<string, string>> = { '0': 'O', '1': 'l', '5': 'S', '8': 'B' };
const DIGIT_OF_LOOKALIKE = Object.fromEntries(Object.entries(LOOKALIKE_OF_DIGIT).map(([digit, letter]) => [letter, digit]));

/** The text with the letters that look like digits read as the digits. */
export function readLookalikeDigits(s: string): string {
  return s.replace(/[OlSB]/g, (ch) => DIGIT_OF_LOOKALIKE[ch]!);
}
