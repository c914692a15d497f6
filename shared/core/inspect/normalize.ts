// Text → the form the PII detectors should see. An attacker (or an odd client) can write a value so that it
// reads the same to a person or a model but no longer matches a detector: invisible characters inside it,
// compatibility forms (fullwidth digits, ligatures, mathematical letters), stray combining marks, HTML
// entities, percent-escapes, `\u` escapes, tag characters, accents inside an identifier, digits of other
// scripts, look-alike letters of another script inside a Latin word, numbers spelled out as words, digits and
// characters spaced out one by one, a plus sign or parentheses set apart from their number. normalizeText
// undoes all of these, in that order, so what is scanned is what a reader would understand.
//
// What hides a whole text is not undone in place: decodeEmbedded() returns the texts that base64, base32 and hex
// runs decode to, the text with markup tags taken out, text written right-to-left by bidi overrides in reading
// order, bytes smuggled in runs of variation selectors, the runs rewritten below (codes in groups, characters set
// apart, spelled letters, text backwards …) and those of encodings.ts (Morse, Ascii85, uuencoding …); the scanner
// scans each as a text of its own. Long runs of invisible characters, packed data and bytes spelled in emoji are
// reported as unreadable (`binary`).
//
// Offsets in the result do not map back to the input: the scan only decides where a request may go.
// Pure and synchronous.
import { iban, itCodiceFiscale, nino } from '../pii/checksums.ts';
import { commonest, joinSpacedDigits, numberWordsToDigits, writeSaidSeparators } from '../pii/spoken-digits.ts';
import { asLatinText, asText, B64_VALUE, base32Bytes, base64Bytes, fromCodePoint, hexBytes, utf8Text } from './bytes.ts';
import { allMatches, matchAt } from '../pii/regex-matches.ts';
import { CODE_CONTEXT, inContext, inItsWords, matchesInContext } from './context.ts';
import { encodedReadings, spellsBytesInEmoji } from './encodings.ts';
import { gluedNumbers, scatteredCardNumbers } from './scattered-digits.ts';

/** A bound on decode passes (entities of entities, `%2540` …): each pass strips one layer. */
const MAX_DECODE_PASSES = 3;

export function normalizeText(input: string): string {
  let s = input;
  for (let pass = 0; pass < MAX_DECODE_PASSES; pass++) {
    const decoded = decodeEscapes(s);
    if (decoded === s) break;
    s = decoded;
  }
  // (most texts are plain Latin: none of the steps for other characters has anything to do in them)
  const plain = isPlainLatin(s);
  if (!plain) {
    s = s.normalize('NFKC');
    s = revealTagCharacters(s);
    s = regionalLetters(s);
    s = removeInvisible(s);
  }
  s = bareCodes(s); // (a plain text stays plain: it only takes accents off letters)
  if (!plain) {
    s = asciiDigits(s);
    s = latinSkeletonOfMixedWords(s);
  }
  s = numberWordsToDigits(s);
  s = writeSaidSeparators(s);
  s = joinSpacedDigits(s);
  s = joinSpacedCharacters(s);
  s = attachSigns(s);
  return s;
}

/**
 * A character other than printable ASCII (tab and line breaks included) and the Latin-1 letters and signs that NFKC
 * leaves as they are (none of which composes with another). A text without one is its own NFKC form and has no tag
 * character, regional indicator, invisible character, odd space, digit of another script, Greek or Cyrillic.
 */
const BEYOND_PLAIN_LATIN = /[^\t\n\r\x20-\x7e\xa1-\xa7\xa9\xab\xac\xae\xb0\xb1\xb6\xb7\xbb\xbf-\xff]/;
const isPlainLatin = (s: string) => !BEYOND_PLAIN_LATIN.test(s);

function attachSigns(s: string): string {
  if (/[+(]\s/.test(s)) s = s.replace(DETACHED_OPENER, '$1');
  if (/\s\)/.test(s)) s = s.replace(DETACHED_CLOSER, ')');
  if (/\(\d/.test(s)) s = s.replace(GLUED_CLOSER, ') ');
  return s;
}

// "+ 33 3 17 …", "( 226 ) 995": a plus sign or parentheses set apart from the number they belong to, and
// "(736)813" written without the space a phone number has after its area code.
const DETACHED_OPENER = /([+(])\s+(?=\d)/g;
const DETACHED_CLOSER = /(?<=\d)\s+\)/g;
const GLUED_CLOSER = /(?<=\(\d{2,5})\)(?=\d)/g;

// Tokens shaped like identifiers — with a digit or an @ in them, or all capitals — carry no accents of their
// own: a letter with a diacritic inside one ("HCPZCZ6Ṣ1", composed by NFKC from S + a combining dot) is the
// plain letter decorated. Words (names, streets) keep their accents.
//
// Every pass here is linear in the text: a request body can be a megabyte of one "word" (digits, "x@x@…"), and a
// pattern that rescans the rest of a word from each of its characters costs seconds on it.
function bareCodes(s: string): string {
  if (!hasAccentInCode(s)) return s;
  return s.replace(CODE_RUN, (run) => (CODE_MARK.test(run) ? withoutMarks(run) : run.replace(CAPITALS_WORD, withoutMarks)));
}

/** A run of identifier characters; it is a code token whole when it holds a digit or an @. */
const CODE_RUN = /[\p{L}\p{N}@._+-]+/gu;
const CODE_MARK = /[\p{N}@]/u;
/** A word in capitals standing alone ("ÉTAT" in "…,ÉTAT-"): a code token too. */
const CAPITALS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/** Whether a whitespace-free token holds both a letter with a diacritic and a digit, an @ or a capital. */
function hasAccentInCode(s: string): boolean {
  ACCENTED.lastIndex = 0;
  for (let m = ACCENTED.exec(s); m !== null; m = ACCENTED.exec(s)) {
    let start = m.index;
    let end = m.index + 1;
    while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
    while (end < s.length && !isSpaceCode(s.charCodeAt(end))) end++;
    if (hasCodeChar(s, start, end)) return true;
    ACCENTED.lastIndex = end; // each token is read once
  }
  return false;
}

/** Whether s[start, end) has a digit, a capital A–Z or an @ (`[\dA-Z@]`, without a slice to test). */
function hasCodeChar(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 64 && c <= 90)) return true; // 0-9, @ and A-Z
  }
  return false;
}

/** Whether a code unit is one of `\s` (the same with the u flag: all are in the BMP). */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function withoutMarks(token: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII range, NUL included, is what is tested for
  return /[^\x00-\x7f]/.test(token) ? token.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : token;
}

// ---- escapes -----------------------------------------------------------------------------------------------

const HAS_ESCAPE = /[&%\\]/;

/** One layer of HTML entities, percent-escapes and `\u`/`\x` escapes. */
export function decodeEscapes(s: string): string {
  if (!HAS_ESCAPE.test(s)) return s;
  return decodeBackslashEscapes(decodePercent(decodeEntities(s)));
}

/** Named entities a text may plausibly use to hide the characters values are made of. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  commat: '@',
  period: '.',
  comma: ',',
  colon: ':',
  semi: ';',
  sol: '/',
  bsol: '\\',
  lowbar: '_',
  hyphen: '-',
  dash: '-',
  ndash: '–',
  mdash: '—',
  plus: '+',
  equals: '=',
  num: '#',
  dollar: '$',
  percnt: '%',
  excl: '!',
  quest: '?',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lcub: '{',
  rcub: '}',
  ast: '*',
  verbar: '|',
  Tab: '\t',
  NewLine: '\n',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  middot: '·',
  bull: '•',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  Eacute: 'É',
  Ntilde: 'Ñ',
  Ccedil: 'Ç',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name]! : whole;
    return fromCodePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16)) ?? whole;
  });
}

const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;

/** A `+` in a whitespace-free token with a percent-escape in it: form-encoded, where `+` is a space (`%2B` a plus). */
const FORM_ENCODED_PLUS = /(?<=%[0-9a-fA-F]{2}\S*)\+|\+(?=\S*%[0-9a-fA-F]{2})/g;
const PERCENT_ESCAPE = /%[0-9a-fA-F]{2}/;

/**
 * `%40` → `@`; a run of escapes is decoded as UTF-8 when it is valid UTF-8, else byte by byte as Latin-1. In a
 * token with escapes, `+` is read as the space it stands for in a query string ("card%3A+4539+1488+…").
 */
function decodePercent(s: string): string {
  if (!s.includes('%')) return s;
  if (!PERCENT_ESCAPE.test(s)) return s;
  const spaced = s.includes('+') ? s.replace(FORM_ENCODED_PLUS, ' ') : s;
  return spaced.replace(PERCENT_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return utf8Text(bytes) ?? String.fromCharCode(...bytes);
  });
}

// Any number of backslashes before the escape: `\\u0040` is the same escape written inside a JSON string.
const BACKSLASH_ESCAPE = /\\+(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g;
/** Octal escapes ("\\153\\141"), two or more in a row: one alone is as often a path ("C:\\100"). */
const OCTAL_ESCAPES = /(?:\\[0-3][0-7]{2}){2,}/g;

function decodeBackslashEscapes(s: string): string {
  if (!s.includes('\\')) return s;
  return s
    .replace(BACKSLASH_ESCAPE, (whole, braced: string | undefined, u4: string | undefined, x2: string | undefined) => {
      const cp = parseInt((braced ?? u4 ?? x2)!, 16);
      return fromCodePoint(cp) ?? whole;
    })
    .replace(OCTAL_ESCAPES, (run) =>
      run
        .split('\\')
        .slice(1)
        .map((o) => String.fromCharCode(parseInt(o, 8)))
        .join(''),
    );
}

// ---- invisible characters and stray marks ---------------------------------------------------------------------

// Default-ignorable code points (zero-width space/joiners, soft hyphen, word joiner, variation selectors, tag
// characters, bidi controls, BOM …) and other format characters render as nothing: a value with them inside
// reads whole. Combining marks left after NFKC composition sit on nothing a precomposed letter covers
// (underlines, enclosing circles, stacks): they decorate, so they go too. Marks of scripts that need them are
// dropped as well; those scripts are outside what the detectors cover (coverage.ts) and are judged on that.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}]/gu;
// Line and paragraph separators, and control characters other than tab and newline, read as a space.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const ODD_SPACE = /[\u2028\u2029\u0085\u000b\u000c\u0000-\u0008\u000e-\u001f\u007f]/g;
const HAS_ODD_SPACE = new RegExp(ODD_SPACE.source);

// Tag characters (U+E0020–E007E) mirror printable ASCII invisibly, and models read them: a text can be
// smuggled in them whole. They are read as the ASCII they mirror.
const TAG_CHARACTER = /[\u{e0020}-\u{e007e}]/gu;

function revealTagCharacters(s: string): string {
  if (!/[\udb40]/.test(s)) return s;
  return s.replace(TAG_CHARACTER, (ch) => String.fromCharCode(ch.codePointAt(0)! - 0xe0000));
}

// Regional indicator symbols (🇦 … 🇿) show their letter in a box; two make a flag, more spell a word.
function regionalLetters(s: string): string {
  if (!/\ud83c[\udde6-\uddff]/.test(s)) return s;
  return s.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, (ch) => String.fromCharCode(ch.codePointAt(0)! - 0x1f1e6 + 65));
}

/** Below U+0300 only the soft hyphen is invisible (the marks start there): a first test without the u flag. */
// eslint-disable-next-line no-misleading-character-class -- a range of code units, the marks' among them, is what is tested for
const MAY_HAVE_INVISIBLE = /[\u00ad\u0300-\uffff]/;

function removeInvisible(s: string): string {
  const visible = MAY_HAVE_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
  return HAS_ODD_SPACE.test(visible) ? visible.replace(ODD_SPACE, ' ') : visible; // (a replace that finds nothing costs more)
}

// ---- digits -------------------------------------------------------------------------------------------------

const NON_ASCII_DIGIT = /[^\P{Nd}0-9]/gu;

/** The first decimal digits after ASCII's are Arabic-Indic (U+0660): a first test without the u flag. */
const MAY_HAVE_OTHER_DIGITS = /[\u0660-\uffff]/;

/** Decimal digits of any script (Arabic-Indic, Devanagari, …) → 0-9: they are the same numbers. */
function asciiDigits(s: string): string {
  if (!MAY_HAVE_OTHER_DIGITS.test(s)) return s;
  return s.replace(NON_ASCII_DIGIT, (d) => String(digitValue(d)));
}

/** Unicode lays out every decimal digit set as ten consecutive code points starting at its zero. */
function digitValue(d: string): number {
  const cp = d.codePointAt(0)!;
  for (let zero = cp; zero > cp - 10; zero--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return cp - zero;
  }
  return 0;
}

// Any characters spaced out one by one ("j a n e . d o e @ e x a m p l e . c o m"): six or more single
// characters with one space between each read as the word they spell.
const SPACED_CHARACTERS = /(?<!\S)\S(?: \S(?!\S)){5,}/gu;

function joinSpacedCharacters(s: string): string {
  if (!s.includes(' ')) return s;
  return s.replace(SPACED_CHARACTERS, (run) => run.replace(/ /g, ''));
}

// ---- look-alike letters -------------------------------------------------------------------------------------

// Cyrillic and Greek letters that look like Latin ones (Unicode's confusables, UTS #39, restricted to these two
// scripts). A word that mixes them with Latin letters or digits is a disguise — "jаne" with a Cyrillic а — and
// reads as its Latin skeleton. Words written wholly in Greek or Cyrillic are left alone (real text in those
// scripts; coverage.ts reports it).
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ɡ: 'g',
  // letters that read as digits beside digits: "4З4-28-245З"
  з: '3',
  З: '3',
  б: '6',
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ї: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  Һ: 'H',
  Ӏ: 'I',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

const WORD_WITH_GREEK_OR_CYRILLIC = /[\p{L}\p{N}_.@+-]*[\p{Script=Greek}\p{Script=Cyrillic}][\p{L}\p{N}_.@+-]*/gu;
const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9]/u;

function latinSkeletonOfMixedWords(s: string): string {
  if (!/[\u0370-\u052f]/.test(s)) return s;
  return s.replace(WORD_WITH_GREEK_OR_CYRILLIC, (word) => {
    if (!LATIN_OR_DIGIT.test(word)) return word;
    let out = '';
    for (const ch of word) out += Object.hasOwn(LOOKALIKES, ch) ? LOOKALIKES[ch]! : ch;
    return out;
  });
}

// ---- embedded encodings -----------------------------------------------------------------------------------------

// Runs long enough to hide a value (twelve characters of base64 are nine bytes: a national id): base64 (standard
// or URL alphabet, padding optional) and hex. Shorter runs are ids, hashes' prefixes or words.
const MIN_RUN = 12;
/** Shorter runs are as often words whose bytes read as some text by chance: only a text in Latin letters counts. */
const MIN_SURE_RUN = 16;

export interface EmbeddedDecoding {
  /** Texts that base64 or hex runs in the input decode to. */
  texts: string[];
  /** A long run decoded to bytes that are not text: something the scanner cannot read. */
  binary: boolean;
}

/** A run at least this long that decodes to non-text is unreadable content, not a key or a hash. */
export const BINARY_RUN_MIN = 200;

/**
 * Texts hidden in `raw` (as given) and in `normalized` (normalizeText of it) that a reader or a model could
 * still recover, and whether some hidden run could not be read at all.
 */
export function decodeEmbedded(normalized: string, raw: string = normalized): EmbeddedDecoding {
  const found: EmbeddedDecoding = { texts: [], binary: false };
  // plain Latin (most texts) has no emoji, bidi control or variation selector, and no letter with a rarer diacritic
  const rawPlain = isPlainLatin(raw);
  const normalizedPlain = normalized === raw ? rawPlain : isPlainLatin(normalized);
  decodeRuns(normalized, found);
  const unmarked = stripMarkup(normalized);
  if (unmarked !== normalized) found.texts.push(unmarked);
  found.texts.push(
    ...spacedCodes(normalized),
    ...digitLookalikes(normalized),
    ...leetAddresses(normalized),
    ...(normalizedPlain ? [] : withoutDiacritics(normalized)),
    ...separatedCharacters(normalized),
    ...regroupedDigits(normalized),
    ...scatteredCardNumbers(normalized),
    ...gluedNumbers(normalized),
    ...spelledLetters(normalized),
    ...charCodeLists(normalized),
    ...concatenated(normalized),
    ...backwards(normalized),
    ...encodedReadings(normalized, raw),
  );
  if (!rawPlain && spellsBytesInEmoji(raw)) found.binary = true;
  // Normalization may have joined a part of such a run already ("I,T,4,0,V,0,7,8,8" → "I,T,4,0,V,0788"): the text as given too.
  if (raw !== normalized) found.texts.push(...separatedCharacters(raw));
  // eslint-disable-next-line no-misleading-character-class -- lone code units (variation selectors, a tag character's high surrogate) are what is looked for
  if (!rawPlain && raw.length > 1 && /[\u202a-\u202e\u2066-\u2069\ufe00-\ufe0f\udb40\u200b-\u200f\u2060-\u2064\ufeff]/.test(raw)) {
    found.texts.push(...rightToLeftRuns(raw), ...variationSelectorPayloads(raw));
    if (INVISIBLE_RUN.test(raw)) found.binary = true;
  }
  // two readings may agree (a text backwards, and told so): each is scanned once
  return { texts: found.texts.length > 1 ? [...new Set(found.texts)] : found.texts, binary: found.binary };
}

/** Base64 and hex runs: decoded texts; a long base64 run of bytes that are not text makes `binary`. */
function decodeRuns(s: string, found: EmbeddedDecoding): void {
  for (const { run, start, end } of base64Runs(s)) {
    const bytes = runBytes(run);
    if (!bytes) continue; // a word or a constant, not an encoding
    const text = run.length < MIN_SURE_RUN ? asLatinText(bytes) : asText(bytes);
    if (text !== undefined) found.texts.push(run.length < CODE_CONTEXT ? withCueWords(s, start, end, text) : text);
    else if ((!/^[0-9a-fA-F]+$/.test(run) && run.length >= BINARY_RUN_MIN) || isPackedData(bytes)) found.binary = true;
  }
}

/** A short run is a value, its cue words outside it ("ssn: NDM0MjgyNDUz"): its text is read with them. */
function withCueWords(s: string, start: number, end: number, text: string): string {
  const padding = /^=*/.exec(s.slice(end))![0].length; // base32's padding runs longer than base64's
  return inItsWords(s, start, end + padding, text).trim();
}

/**
 * The bytes a run spells, by what it can be: hex; base64 (lower and upper case, or capitals with digits that
 * base32 does not use: a short run may have no lower case); base32. Undefined for a word or a constant.
 */
function runBytes(run: string): Uint8Array | undefined {
  if (/^[0-9a-fA-F]+$/.test(run)) return run.length % 2 === 0 ? hexBytes(run) : undefined;
  if (/[a-z]/.test(run) ? /[A-Z0-9]/.test(run) : /[A-Z]/.test(run) && /[0189]/.test(run)) return base64Bytes(run);
  return BASE32_RUN.test(run) ? base32Bytes(run) : undefined;
}

// Compressed or archived data starts with its format's signature ("magic number"): gzip, zlib, zip, bzip2, xz,
// zstd, 7z, PDF. However short, it hides a text the scanner cannot read — and a reader can unpack.
const PACKED_SIGNATURES: readonly (readonly number[])[] = [
  [0x1f, 0x8b, 0x08], // gzip (deflate)
  [0x78, 0x01], // zlib, no compression …
  [0x78, 0x5e],
  [0x78, 0x9c], // … default …
  [0x78, 0xda], // … best
  [0x50, 0x4b, 0x03, 0x04], // zip
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
];

function isPackedData(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PACKED_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b));
}

// An element's tags (`<b>`, `</span>`, `<i class="x">`) inside a value ("jane<b></b>@example.com"). An address
// in angle brackets is not a tag: no `@` may appear in one. Without them (and without Markdown's marks) the
// text is another reading.
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>@]{0,200})?\/?>/g;

// A comment inside a value ("jane<!-- x -->@example.com"): a browser shows the value without it.
const HTML_COMMENT = /<!--[\s\S]{0,200}?-->/g;

// Markdown's emphasis and code marks inside a value ("jane.**doe**@example.com", "jane.`doe`@…").
const MARKDOWN_MARK = /\*+|`+|~~|__/g;

function stripMarkup(s: string): string {
  const uncommented = s.includes('<!--') ? s.replace(HTML_COMMENT, '') : s;
  const untagged = uncommented.includes('<') ? uncommented.replace(MARKUP_TAG, '') : uncommented;
  return /[*`~_]/.test(untagged) ? untagged.replace(MARKDOWN_MARK, '') : untagged;
}

// An identifier written in groups of capitals and digits ("CLMDVD6 4B5 4D5 4 9U", "IBAN ES 3915…", wrapped over lines
// "DE44 5001⏎0517 5407⏎…"), or an IPv6 address with spaces inside its groups ("2a0 3:7dd:db3e:5 6 1c"): the groups
// joined — from the group just before the first one with a digit (a prefix: "ES", "WZN"; a label before it stays
// apart) — with the text around them, for the detectors whose check digits, formats and cue words then decide.
const SPACED_CODE = /(?<![\p{L}\p{N}])[A-Z0-9]{1,34}(?:(?: |\r?\n)[A-Z0-9]{1,34})+(?![\p{L}\p{N}])/gu;
const SPACED_HEX = /(?<![\p{L}\p{N}:])[0-9a-fA-F]{1,4}(?: ?:{1,2} ?[0-9a-fA-F]{0,4}| [0-9a-fA-F]{1,4}){4,}(?![\p{L}\p{N}])/gu;

function spacedCodes(s: string): string[] {
  const codes = matchesInContext(s, spacedCodeMatches(s), (m) => joinCodeGroups(m[0]));
  const hex = matchesInContext(s, spacedHexMatches(s), (m) => (m[0].includes(':') ? m[0].replace(/ /g, '') : undefined));
  return hex.length === 0 ? codes : [...codes, ...hex];
}

// SPACED_CODE and SPACED_HEX start their tries at every capital, digit or hex letter (most letters of a text), each
// behind a Unicode look-behind: each is looked for only where it can match, with the same pattern made sticky.
const SPACED_CODE_AT = new RegExp(SPACED_CODE.source, 'uy');
const SPACED_HEX_AT = new RegExp(SPACED_HEX.source, 'uy');
/** The end of a group of a code, a blank or line break, the start of the next: every SPACED_CODE match has one. */
const CODE_GROUPS_MEET = /[A-Z0-9](?: |\r?\n)[A-Z0-9]/g;
const isCodeCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90); // [A-Z0-9]

/**
 * What `s.matchAll(SPACED_CODE)` finds. A match starts where a run of code characters starts (a letter or digit
 * before it would fail the look-behind), and its first group ends where two groups meet: so it can only start at
 * the start of the run ending where two groups next meet — tried there, and nowhere before it.
 */
function spacedCodeMatches(s: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0; // the end of the last match: none starts before it
  CODE_GROUPS_MEET.lastIndex = 0;
  for (let meet = CODE_GROUPS_MEET.exec(s); meet !== null; meet = CODE_GROUPS_MEET.exec(s)) {
    let start = meet.index;
    while (start > from && isCodeCode(s.charCodeAt(start - 1))) start--;
    // (a run that started before the last match's end started inside it: a code character ends every match)
    const m = start > 0 && isCodeCode(s.charCodeAt(start - 1)) ? null : matchAt(SPACED_CODE_AT, s, start);
    if (m === null) {
      CODE_GROUPS_MEET.lastIndex = meet.index + 1; // the next meeting may share this one's second group
      continue;
    }
    matches.push(m);
    from = CODE_GROUPS_MEET.lastIndex = m.index + m[0].length;
  }
  return matches;
}

const isHexCode = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102); // [0-9a-fA-F]
const isSpacedHexCode = (c: number) => c === 32 || c === 58 || isHexCode(c); // hex digits, blanks and colons

/**
 * The matches of SPACED_HEX that have a colon and a blank (the others read as they are), in the order
 * `s.matchAll(SPACED_HEX)` finds them. A match is made of hex digits, blanks and colons only, so each stretch of those
 * is matched on its own, and a stretch without a colon and a blank needs no look; in a stretch, a match starts at
 * a hex digit at its start or after a blank (after a hex digit or a colon the look-behind fails).
 */
function spacedHexMatches(s: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let colon = s.indexOf(':'); colon >= 0;) {
    let start = colon;
    let end = colon + 1;
    while (start > 0 && isSpacedHexCode(s.charCodeAt(start - 1))) start--;
    while (end < s.length && isSpacedHexCode(s.charCodeAt(end))) end++;
    if (hasBlank(s, start, end)) {
      for (let at = start; at < end; at++) {
        if (!isHexCode(s.charCodeAt(at)) || (at > start && s.charCodeAt(at - 1) !== 32)) continue;
        const m = matchAt(SPACED_HEX_AT, s, at);
        if (m !== null) {
          matches.push(m);
          at = m.index + m[0].length - 1;
        }
      }
    }
    colon = s.indexOf(':', end);
  }
  return matches;
}

function hasBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) === 32) return true;
  return false;
}

function joinCodeGroups(run: string): string {
  const groups = run.split(/ |\r?\n/);
  const firstDigits = groups.findIndex((g) => /\d/.test(g));
  if (firstDigits < 0 || !/[A-Z]/.test(run)) return run;
  // "IBAN IT8 1 S917…": the first group with digits carries its own prefix; "IBAN ES 3915…": the one before.
  const from = /^[A-Z]/.test(groups[firstDigits]!) ? firstDigits : Math.max(0, firstDigits - 1);
  return [...groups.slice(0, from), groups.slice(from).join('')].join(' ');
}

// Digits written with the letters that look like them, inside groups of digits ("4539 l488 O343 6467", "S0I"): O
// and o for 0, I, l and | for 1, Z for 2, S for 5, B for 8. A run of such groups, six characters or more and two
// of them digits (a group of two look-alikes or more may have none: "O2/ll/l9Bl"), read with the digits, is
// another reading.
const DIGIT_LOOKALIKE: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', '|': '1', Z: '2', S: '5', B: '8' };
const DIGITISH_GROUP = '[\\dOoIl|ZSB]*\\d[\\dOoIl|ZSB]*';
const LOOKALIKE_GROUP = '[OoIl|ZSB]{2,}';
const GROUP_SEPARATOR = '(?:[.\\/-]| {1,2})';
const DIGITISH_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LOOKALIKE_GROUP}${GROUP_SEPARATOR})*${DIGITISH_GROUP}(?:${GROUP_SEPARATOR}(?:${DIGITISH_GROUP}|${LOOKALIKE_GROUP}))*(?:\\.[OoIlZSB|])?(?![\\p{L}\\p{N}])`,
  'gu',
);

// An e-mail address in leetspeak, digits for the letters they look like ("k4rl4.3b3rt@p0st30.d3"): its top-level
// domain has a digit, so it is no address as written; read with the letters, it is another reading. Not a package
// at a version ("web@0.17.18"): each label of its domain has a letter.
const LEET_ADDRESS = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.(?=[a-z0-9]*\d)[a-z0-9]{2,6}(?![\w.-])/gi;
const LEET_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

function leetAddresses(s: string): string[] {
  if (!s.includes('@')) return [];
  // every label of the domain with a letter: "web@0.17.18" is a package at a version
  const spelled = (run: string) =>
    run
      .split('@')[1]!
      .split('.')
      .every((label) => /[a-z]/i.test(label));
  return inContext(s, LEET_ADDRESS, ([run]) => (spelled(run) ? run.replace(/[013457-9]/g, (d) => LEET_LETTER[d] ?? d) : undefined));
}

function digitLookalikes(s: string): string[] {
  return [...lookalikeDigitGroups(s), ...lookalikeCheckedCodes(s)];
}

/** A look-alike glued to a digit, or a group of them between digit groups: where such a run may be. */
const LOOKALIKE_BESIDE_DIGIT = /\d[OoIlZSB|]|[OoIlZSB|]\d|\d[ ./-][OoIlZSB|]{2,}[ ./-]\d/g;
/** Characters on each side of such a place read for its run (an IBAN in groups is 42). */
const LOOKALIKE_REACH = 48;

/**
 * LOOKALIKE_BESIDE_DIGIT from a digit, which every match has first or second (a first test: the letters O, l, S …
 * of a text would each start a try of that pattern).
 */
const LOOKALIKE_AT_DIGIT = /\d(?:[OoIlZSB|]|[ ./-][OoIlZSB|]{2,}[ ./-]\d|(?<=[OoIlZSB|]\d))/g;

/**
 * Where `s.matchAll(LOOKALIKE_BESIDE_DIGIT)` finds its matches. The first match from a point starts at the first
 * digit from there that LOOKALIKE_AT_DIGIT finds, or just before it: that pattern is searched from there.
 */
function lookalikePlaces(s: string): number[] {
  const places: number[] = [];
  for (let from = 0; ;) {
    LOOKALIKE_AT_DIGIT.lastIndex = from;
    const digit = LOOKALIKE_AT_DIGIT.exec(s);
    if (digit === null) break;
    LOOKALIKE_BESIDE_DIGIT.lastIndex = Math.max(from, digit.index - 1);
    const place = LOOKALIKE_BESIDE_DIGIT.exec(s);
    if (place === null) break;
    places.push(place.index);
    from = place.index + place[0].length;
  }
  LOOKALIKE_AT_DIGIT.lastIndex = LOOKALIKE_BESIDE_DIGIT.lastIndex = 0;
  return places;
}

function lookalikeDigitGroups(s: string): string[] {
  const out: string[] = [];
  let readUpTo = 0;
  // the run pattern is read only around each place (a text's other letters O, l, S … would each start a try)
  for (const place of lookalikePlaces(s)) {
    if (place < readUpTo) continue;
    const from = Math.max(0, place - LOOKALIKE_REACH);
    // (the runs that start after the place are not its: not looked for)
    for (const m of allMatches(s.slice(from, place + LOOKALIKE_REACH), DIGITISH_RUN, place - from)) {
      const [start, end] = [from + m.index, from + m.index + m[0].length];
      if (end <= place) continue;
      readUpTo = end;
      const digits = m[0].match(/\d/g)?.length ?? 0;
      const lookalikes = m[0].match(/[OoIlZSB|]/g)?.length ?? 0;
      if (lookalikes > 0 && digits >= 2 && digits + lookalikes >= 6)
        out.push(
          withCueWords(
            s,
            start,
            end,
            m[0].replace(/[OoIlZSB|]/g, (ch) => DIGIT_LOOKALIKE[ch]!),
          ),
        );
    }
  }
  return out;
}

// A code with check characters and look-alike letters among its digits — an IBAN ("NLl2RABO2O99B6l27l", "IT42 B4lO
// 24Sl …" in groups), a codice fiscale ("CLMGLIS2H6OH662U"), a National Insurance number ("CZO62l7OD"): which of
// them are digits its letters cannot tell ("RABO" is a bank's code), but its check characters (or its format) can —
// the one reading that passes them.
const CODE_WITH_LOOKALIKES = /(?<![\p{L}\p{N}])[A-Z]{2}[A-Z\dOoIlZSB|]{2,32}(?: [A-Z\dOoIlZSB|]{1,4}){0,8}(?![\p{L}\p{N}])/gu;
const MAY_HAVE_CHECKED_CODE = /[A-Z]{2}[\dOoIlZSB]{2}|[A-Z]{6}[\dOoIlZSB]{2}[A-Z]/;
/** Look-alikes tried both ways at most: 2^8 readings, each a 1-in-97 (1-in-26) chance of passing the check by accident. */
const MAX_AMBIGUOUS = 8;
/** Where an IBAN of these countries has letters (Italy's CIN; a bank's code): never a digit written as a letter. */
const IBAN_LETTER_PLACES: Readonly<Record<string, readonly number[]>> = {
  IT: [4],
  SM: [4],
  GB: [4, 5, 6, 7],
  IE: [4, 5, 6, 7],
  NL: [4, 5, 6, 7],
};
/** Where a codice fiscale has digits (or the letters that stand for them). */
const CF_DIGIT_PLACES = [6, 7, 9, 10, 12, 13, 14];

function lookalikeCheckedCodes(s: string): string[] {
  if (!MAY_HAVE_CHECKED_CODE.test(s)) return [];
  return inContext(s, CODE_WITH_LOOKALIKES, ([run]) => {
    // the code may start at any of the groups ("IBAN IT42 B4lO …")
    const groups = run.split(' ');
    for (let k = 0; k < groups.length; k++) {
      const found = checkedReading(groups.slice(k).join(''));
      if (found) return [...groups.slice(0, k), found].join(' ');
    }
    return undefined;
  });
}

/** The reading of a code with look-alikes that passes its check (an IBAN's, a codice fiscale's, a NINO's format). */
function checkedReading(code: string): string | undefined {
  if (!/[OoIlZSB|]/.test(code)) return undefined;
  const lookalikesAt = (places: readonly number[]) => places.filter((i) => isLookalike(code[i]!));
  if (code.length >= 15 && /^[A-Z]{2}[\dOoIlZSB]{2}/.test(code)) {
    // an IBAN: a look-alike beside a digit may be one; the others are letters ("RABO2": the O may be, the B is not)
    const letters = IBAN_LETTER_PLACES[code.slice(0, 2)] ?? [];
    const besideDigit = (i: number) => /\d/.test(code[i - 1] ?? '') || /\d/.test(code[i + 1] ?? '');
    // (its check digits are digits wherever they stand)
    const places = Array.from(code, (_, i) => i).filter((i) => i === 2 || i === 3 || (i > 3 && !letters.includes(i) && besideDigit(i)));
    const found = firstPassing(code, lookalikesAt(places), iban);
    if (found) return found;
  }
  // a codice fiscale: its digit places; a National Insurance number: its six digits
  if (code.length === 16) return firstPassing(code, lookalikesAt(CF_DIGIT_PLACES), itCodiceFiscale);
  if (/^[A-Z]{2}[\dOoIlZSB|]{6}[A-D]$/.test(code)) return firstPassing(code, lookalikesAt([2, 3, 4, 5, 6, 7]), nino);
  return undefined;
}

const isLookalike = (ch: string) => Object.hasOwn(DIGIT_LOOKALIKE, ch);

/** The first reading of `code` with some of the look-alikes at `places` read as digits that passes `check`. */
function firstPassing(code: string, places: readonly number[], check: (candidate: string) => boolean): string | undefined {
  if (places.length === 0 || places.length > MAX_AMBIGUOUS) return undefined;
  for (let choice = 1; choice < 1 << places.length; choice++) {
    const chars = [...code];
    places.forEach((at, k) => {
      if (choice & (1 << k)) chars[at] = DIGIT_LOOKALIKE[chars[at]!]!;
    });
    const candidate = chars.join('');
    if (check(candidate)) return candidate;
  }
  return undefined;
}

// Letters of the six covered languages (their accents included); a Latin letter with any other diacritic in a
// text — a name decorated with marks, or written in an alphabet the name lists may not spell — gets a variant
// without diacritics as an extra text.
const UNCOVERED_LATIN = /[^\P{Script=Latin}A-Za-zªºÀ-ÖØ-öø-ÿŒœ]/u;

// Characters written one by one with something between them other than a single space (which normalizeText
// joins in place): "k-a-r-l-a", "k,a,r,l,a", one per line, "K a r l a  E b e r t". Six or more single
// characters; the gap that spaces them out (the commonest) goes, a character between two of them stays, and a
// blank between two is a word break. Each run joined, with its words around it, is another reading.
const SEPARATED_CHARACTERS = /(?<![\p{L}\p{N}@])[\p{L}\p{N}@+(#](?:[\s,;|/·•*_.-]{1,7}[\p{L}\p{N}@.+_'():#-](?![\p{L}\p{N}])){5,}/gu;
const CHARACTER_GAP = /[\s,;|/·•*_.-]{1,7}(?=[\p{L}\p{N}@.+_'():#-])/gu;

/** A cheap first test (Latin letters and digits): four one-character words in a row, at most seven others between them. */
function mayHaveSeparated(s: string): boolean {
  let singles = 0; // one-character words in a row
  let gap = 0; // characters since the last word
  for (let i = 0; i < s.length; i++) {
    if (!isWordCode(s.charCodeAt(i))) {
      if (++gap > 7) singles = 0;
      continue;
    }
    const start = i;
    while (i + 1 < s.length && isWordCode(s.charCodeAt(i + 1))) i++;
    // the character after the word (or the text's end) is the gap's first
    if (i === start) {
      if (++singles >= 4) return true;
      gap = 1;
    } else {
      singles = 0;
      gap = 0;
    }
    i++;
  }
  return false;
}

/** 1 for a digit, a Latin letter (U+00C0–U+024F taken whole) or an @, by code. */
const IS_WORD: Uint8Array = (() => {
  const table = new Uint8Array(0x250);
  for (let c = 0; c < table.length; c++)
    table[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c >= 0xc0 || c === 64 ? 1 : 0;
  return table;
})();
const isWordCode = (c: number) => c < 0x250 && IS_WORD[c] === 1;

function separatedCharacters(s: string): string[] {
  if (!mayHaveSeparated(s)) return [];
  // Split by the spacer, a character its other gaps absorbed ("a,.,e", "4,/,0") is itself again; an empty or
  // blank piece is a word break.
  return inContext(s, SEPARATED_CHARACTERS, ([run]) =>
    run
      .split(commonest(run.match(CHARACTER_GAP) ?? []))
      .map((piece) => piece.trim() || ' ')
      .join(''),
  );
}

// Groups of digits (and capitals: an IBAN's; dots inside: an id's) set apart by one unusual separator, the same
// each time ("4539🔹1488🔹0343🔹6467", "IT71·H204·3444·…", "09_10_1998", "22.577.847🔹N", "4539 | 1488 | …", one
// group a line, the first in brackets: "(829)🔹397🔹1800"): the groups set apart by spaces, by hyphens (a date's)
// and by nothing are other readings. Two groups are enough for a symbol between them; blanks and line breaks need
// three.
const ODD_GROUPS =
  /(?<![\p{L}\p{N}])\(?[A-Z\d][A-Z\d.]{0,11}\)?([^\p{L}\p{N}\s.,;/:()-]|[ \t]?[^\p{L}\p{N}\s.,;()]{1,2}[ \t]|[ \t]*\r?\n[ \t]*)[A-Z\d][A-Z\d.]{0,11}(?:\1[A-Z\d][A-Z\d.]{0,11})*(?<!\.)(?![\p{L}\p{N}])/gu;

/**
 * A cheap first test (no Unicode classes): three groups with the same separator, two with a symbol other than a
 * table's bar, or a letter alone after a bar.
 */
const MAY_HAVE_ODD_GROUPS =
  /\d([^A-Za-z0-9\s.,;/:-]{1,2}|[ \t]?[^A-Za-z0-9\s.,;]{1,2}[ \t]|[ \t]*\r?\n[ \t]*)[A-Z\d][A-Z\d.]{0,11}\1[A-Z\d]|\d(?:[^A-Za-z0-9\s.,;/:|-]{1,2}|[ \t][^A-Za-z0-9\s.,;|]{1,2}[ \t])[A-Z\d]|\d[ \t]?\|[ \t]?[A-Z](?![A-Za-z\d])/;

function regroupedDigits(s: string): string[] {
  if (!MAY_HAVE_ODD_GROUPS.test(s)) return [];
  const regroup = (joiner: string) =>
    inContext(s, ODD_GROUPS, ([run, sep]) => {
      const groups = run.split(sep!);
      // words in capitals ("THE_BIG_CAT"); two lines, two words, two cells of a table ("18234 | 97.1") — unless
      // the second is one letter, a check letter ("98.392.623 | A")
      const twoCells = groups.length < 3 && !/[^\s|]/.test(sep!) && !/^[A-Z]$/.test(groups[1]!);
      if ((run.match(/\d/g)?.length ?? 0) < 5 || twoCells) return undefined;
      return groups.join(joiner);
    });
  const spaced = regroup(' ');
  return spaced.length > 0 ? [...spaced, ...regroup('-'), ...regroup('')] : [];
}

// Letters spelled with the ICAO alphabet, two or more in a row ("Delta Echo four four …" is an IBAN's "DE44…"):
// the letters are another reading. Not in place: Victor, Oscar and Romeo are names too.
const ICAO_WORDS = `alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november
  oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu`.split(/\s+/);
const ICAO_RUN = new RegExp(`\\b(?:${ICAO_WORDS.join('|')})(?:[ ,]+(?:${ICAO_WORDS.join('|')}))+\\b`, 'gi');

function spelledLetters(s: string): string[] {
  return inContext(s, ICAO_RUN, ([run]) =>
    run
      .split(/[ ,]+/)
      .map((w) => w[0]!.toUpperCase())
      .join(''),
  );
}

// A text as a list of its character codes, decimal or hex ("107, 97, 114, 108, 97, 64, …" — String.fromCharCode's
// arguments, a byte array): six or more codes of printable ASCII read as the text they spell.
const CHAR_CODE_LIST = /(?<![\w.])(?:(?:0x[0-9a-fA-F]{2}|\d{2,3})[ \t]*,[ \t]*){5,}(?:0x[0-9a-fA-F]{2}|\d{2,3})(?![\w.])/g;

/** A first test: a comma before a code (each code starts with a digit, "0x" too), as every list has five of. */
const MAY_HAVE_CHAR_CODE_LIST = /,[ \t]*\d/;

function charCodeLists(s: string): string[] {
  if (!s.includes(',') || !MAY_HAVE_CHAR_CODE_LIST.test(s)) return [];
  return inContext(s, CHAR_CODE_LIST, ([run]) => {
    const codes = run.split(',').map((c) => Number(c.trim()));
    return codes.every((c) => c >= 32 && c <= 126) ? String.fromCharCode(...codes) : undefined;
  });
}

// Pieces of a value in quotes joined by `+`, as code builds a string ("'4539 1488' + ' 0343 6467'"): the
// pieces joined are another reading.
const STRING_CONCATENATION = /(["'`])\s*\+\s*(["'`])/g;
/** Quoted pieces with `+` between them, the pieces at most 64 characters each. */
const CONCATENATED_PIECES = /["'`][^"'`\n]{0,64}["'`](?:\s*\+\s*["'`][^"'`\n]{0,64}["'`])+/g;

/** A first test, from the `+` (the faster search): quotes around a `+`, as between the pieces. */
const MAY_HAVE_CONCATENATION = /\+(?<=["'`]\s*\+)\s*["'`]/;

function concatenated(s: string): string[] {
  if (!s.includes('+') || !MAY_HAVE_CONCATENATION.test(s)) return [];
  return inContext(s, CONCATENATED_PIECES, ([run]) => run.replace(STRING_CONCATENATION, ''));
}

// Text written backwards: its capitalised words end in their capital ("trebE alraK"). With two such words (or
// one ending a text that starts with a full stop), the whole text read backwards, and those words read backwards
// where they stand, are other readings.
const BACKWARDS_WORD = /(?<![\p{L}\p{N}])\p{Ll}{2,}\p{Lu}(?![\p{L}\p{N}])/gu;
const BACKWARDS_RUN = /(?<![\p{L}\p{N}])\p{Ll}{2,}\p{Lu}(?:[ \t]+\p{Ll}{2,}\p{Lu})*(?![\p{L}\p{N}])/gu;
const reversed = (s: string) => [...s].reverse().join('');
/**
 * A text read backwards. Where only a value was written backwards in a sentence, the sentence's own stop after it
 * now stands glued before it (".417 Place de la Pompe"): set apart, so the number reads as one.
 */
function readBackwards(s: string): string {
  return reversed(s).replace(/(^|\s)([.,;:!?]+)(?=\p{N})/gu, '$1$2 ');
}

function backwards(s: string): string[] {
  return [...backwardsText(s), ...toldBackwards(s)];
}

// Told to read a value backwards ("my card number, backwards: 7646 3430 8841 9354", "… (written backwards)"; six
// languages): each run of words with a digit or an @ in them reversed, and the text around the cue read backwards
// (a name, an address), are other readings. Words that also mean "conversely" ("umgekehrt", "omgekeerd") and
// "reverse" alone (a reverse proxy) are no cue; nor is a version or an address in dots reversed (1.17.2.7).
const REVERSAL_CUE = /(?<!\p{L})(?:backwards?|reversed|in reverse|rückwärts|à l'envers|al revés|a rovescio|achterstevoren)(?!\p{L})/giu;
const CODE_WORDS = /[^\s\d@]*[\d@][^\s]*(?: [^\s\d@]*[\d@][^\s]*)*/g;
const DOTTED_NUMBER = /\d+(?:\.\d+){2,}/g;
const NOTE_IN_BRACKETS = /\s*\([^()\n]{0,40}\)/g;
/** Characters read backwards on each side of a cue: a sentence's worth. */
const REVERSAL_REACH = 240;

/** A cheap first test: REVERSAL_CUE's words without their bounds (a regex without Unicode classes runs faster). */
const MAY_HAVE_REVERSAL_CUE = /backward|reversed|in reverse|rückwärts|envers|revés|rovescio|achterstevoren/i;

function toldBackwards(s: string): string[] {
  if (!MAY_HAVE_REVERSAL_CUE.test(s)) return [];
  const cues = [...s.matchAll(REVERSAL_CUE)];
  if (cues.length === 0) return [];
  // (without its numbers in dots: versions most often, which read as addresses either way once their words are
  // backwards and no longer say "version")
  const around = cues.map((cue) =>
    readBackwards(s.slice(Math.max(0, cue.index - REVERSAL_REACH), cue.index + cue[0].length + REVERSAL_REACH)).replace(DOTTED_NUMBER, ''),
  );
  // the note that says so taken out, so the value stands in its sentence ("a letter for (written backwards) alloppoC odniB")
  const unnoted = s.replace(NOTE_IN_BRACKETS, (note) => (note.match(REVERSAL_CUE) ? '' : note)).replace(BACKWARDS_RUN, reversed);
  const codes = /\d{2}|@/.test(s) ? inContext(s, CODE_WORDS, ([run]) => (/^[\d.]+$/.test(run) ? undefined : reversedCode(run))) : [];
  return [...around, ...(unnoted !== s ? [unnoted] : []), ...codes];
}

/** A code reversed, the sentence's stop after it kept after it ("J-527.504.23." → "32.405.725-J."). */
function reversedCode(run: string): string {
  const stop = /[.,;:!?]*$/.exec(run)![0];
  return reversed(run.slice(0, run.length - stop.length)) + stop;
}

/** The text ends in a word written backwards, its capital last ("… ruo si ereH"): a sentence's first word. */
const ENDS_IN_BACKWARDS_WORD = /(?<![\p{L}\p{N}])\p{Ll}{2,}\p{Lu}\s*$/u;

function backwardsText(s: string): string[] {
  const opensWithStop = /^\s*[.!?]/.test(s);
  if (!opensWithStop && !/[a-z][A-Z](?![A-Za-z])/.test(s)) return [];
  const words = s.match(BACKWARDS_WORD)?.length ?? 0;
  // A sentence backwards also starts with its full stop and ends with its first word: ".yadot … esaelP", "? … saw I"
  const sentence = words <= 1 && (opensWithStop || ENDS_IN_BACKWARDS_WORD.test(s)) && /[\p{Ll}\s]\p{Lu}\s*$/u.test(s);
  if (words < 2 && !sentence) return [];
  // the words reversed where they stand, for a name backwards in a sentence written forwards: a text with no word
  // written forwards is backwards whole (another reading's, reversed), and its words reversed alone would read
  // as a jumble ("Goethe nov Johann Wolfgang")
  const forwards = /\p{Lu}\p{Ll}/u.test(s);
  return forwards ? [readBackwards(s), s.replace(BACKWARDS_RUN, reversed)] : [readBackwards(s)];
}

function withoutDiacritics(s: string): string[] {
  // eslint-disable-next-line no-control-regex -- the Latin-1 range, NUL included, is what is tested for
  if (!/[^\x00-\xff]/.test(s) || !UNCOVERED_LATIN.test(s)) return [];
  return [s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')];
}

// Right-to-left overrides and isolates (U+202E RLO, U+202B RLE, U+2067 RLI) display the characters after them
// in reverse, up to the closing PDF / PDI or the end of the line: what a reader sees is the reverse.
const RTL_RUN = /[\u202b\u202e\u2067]([^\u202c\u2069\n]*)/g;

function rightToLeftRuns(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(RTL_RUN)) if (m[1]!.length > 1) out.push(reversed(m[1]!));
  return out;
}

// Bytes hidden as variation selectors (VS1–VS16 = 0–15, VS17–VS256 = 16–255), a known way to smuggle a text
// behind an emoji. A single selector after an emoji is ordinary; two or more in a row are decoded.
const SELECTOR_RUN = /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]{2,}/gu;

function variationSelectorPayloads(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(SELECTOR_RUN)) {
    const bytes = Uint8Array.from([...m[0]], (ch) => {
      const cp = ch.codePointAt(0)!;
      return cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16;
    });
    const text = asText(bytes);
    if (text !== undefined) out.push(text);
  }
  return out;
}

// Sixteen or more zero-width / format characters in a row carry something (zero-width steganography encodes
// bits in them) but no text a scanner can read.
// eslint-disable-next-line no-misleading-character-class -- each code unit on its own (combining grapheme joiner included) is what is counted
const INVISIBLE_RUN = /[\u200b-\u200f\u2060-\u2064\ufeff\u180e\u034f]{16,}/;

/** A run of an encoding's characters (groups joined), and where it stands in the text. */
interface EncodedRun {
  run: string;
  start: number;
  end: number;
}

/**
 * Runs of base64 characters (hex is a subset) of at least MIN_RUN, trailing `=` included; and base64 broken into
 * groups of one width — lines of 76 (MIME) or 64 (PEM), or groups of four set apart by spaces — joined into one
 * run (only the last group may be shorter; words of prose are not one width). One pass, over every maximal run of
 * base64 characters: from its start to the end of its characters, and to its end with up to two `=` after it.
 */
function base64Runs(s: string): EncodedRun[] {
  const runs: EncodedRun[] = [];
  let chain: number[] = []; // start and end of each group
  let width = 0;
  let open = false; // the last group is as wide as the first and unpadded: another may follow
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128 || IS_BASE64[c] === 0) continue;
    const start = i;
    do i++;
    while (i < s.length && (c = s.charCodeAt(i)) < 128 && IS_BASE64[c] === 1);
    const chars = i;
    let end = chars;
    while (end < s.length && end < chars + 2 && s.charCodeAt(end) === 61 /* = */) end++;

    if (chars - start >= MIN_RUN) runs.push({ run: s.slice(start, end), start, end });
    const continues: boolean = open && end - start <= width && onlySpaceBetween(s, chain[chain.length - 1]!, start);
    if (!continues && chain.length > 0) chain = flushChain(s, chain, runs);
    const mayStart = (chars - start) % 4 === 0 && end === chars;
    if (continues || mayStart) {
      if (chain.length === 0) width = end - start;
      chain.push(start, end);
    }
    open = (continues || mayStart) && end - start === width && end === chars;
  }
  flushChain(s, chain, runs);
  return runs;
}

/** 1 for the characters of base64 (either alphabet), by code; a table is the fastest test in a loop over a text. */
const IS_BASE64: Uint8Array = Uint8Array.from(B64_VALUE, (v) => (v >= 0 ? 1 : 0));

/** A chain of groups (start and end of each) that spells a run: added to `runs`. The next chain: a new one. */
function flushChain(s: string, chain: readonly number[], runs: EncodedRun[]): number[] {
  if (chain.length >= 4 && chain[chain.length - 1]! - chain[0]! >= MIN_RUN) {
    const groups: string[] = [];
    for (let k = 0; k < chain.length; k += 2) groups.push(s.slice(chain[k], chain[k + 1]));
    if (groups.some(isEncodedGroup)) runs.push({ run: groups.join(''), start: chain[0]!, end: chain[chain.length - 1]! });
  }
  return [];
}

/** A capital, a digit or a symbol after a group's first character: an encoding's, not a word's ("nouveaux chiffres du"). */
const isEncodedGroup = (g: string) => /[A-Z0-9+/_-]/.test(g.slice(1));

/** Whether s[from, to) is spaces and tabs with at most one line break. */
function onlySpaceBetween(s: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return breaks <= 1;
}

/** Base32 (RFC 4648: capitals and 2–7, `=` padding): what an all-capitals run may be. */
const BASE32_RUN = /^[A-Z2-7]+=*$/;
