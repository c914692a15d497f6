// Numbers spelled out so that a detector's digit patterns miss them, read back as digits:
//   - written as words, "null eins sieben sechs, vier zwei …", "oh seven seven double-oh nine …": the six
//     languages the detectors cover (en, de, fr, es, it, nl), 0–99 in each, generated from the language's own
//     rules for tens and units rather than listed, so compounds such as "vierundzwanzig", "trente-quatre",
//     "ventotto" or "drieëntwintig" are read too; "double"/"triple" (and "doppel", "dubbel", "doppio") repeat
//     the digit after them; the digits 0–9 of eight more languages (pt, pl, cs, sv, da/nb, fi, tr, ro);
//   - spaced out one digit at a time, "0 1 7 6 1 2 3 4 5 6 7", "4-9-9-4-4-4".
// Only runs are read (MIN_RUN number words, SPACED_MIN single digits), so prose with "one or two of the three"
// and short lists stay as they are. The scanner's normalization (inspect/normalize.ts) reads texts this way
// before routing; readSpelledNumbers also keeps, for every character it writes, the span of the input it
// came from, so the detectors' findings in the digits map back to the words (detect.ts).
// Pure and synchronous.
import type { Finding } from './types.ts';
import { isAsciiUpper } from './chars.ts';
import { spokenDateReadings } from './spoken-dates.ts';
import { caseInsensitiveLatin } from './unicode-case.ts';

/** A run of at least this many number words is a number read out. */
const MIN_RUN = 4;

type Words = Map<string, string>;

function add(words: Words, word: string, n: number): void {
  const w = word.toLowerCase();
  if (!words.has(w)) words.set(w, String(n));
}

/** Words for 0–99 in one language: units, irregular 10–19, and how tens and units combine. */
interface Language {
  units: readonly string[]; // 0..9
  teens: readonly string[]; // 10..19
  tens: readonly string[]; // 20, 30, … 90
  /** The spellings of tens + unit (1..9) for this language. */
  compound(ten: string, unit: string, u: number, t: number): string[];
}

const ACCENTED_ES: Record<string, string> = { dos: 'dós', tres: 'trés', seis: 'séis' };

const LANGUAGES: readonly Language[] = [
  {
    units: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    teens: ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
    tens: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
    compound: (ten, unit) => [`${ten}-${unit}`, `${ten}${unit}`],
  },
  {
    units: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
    teens: ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'],
    tens: ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
    compound: (ten, unit, u) => [`${u === 1 ? 'ein' : unit}und${ten}`],
  },
  {
    units: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
    teens: ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'],
    tens: ['vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante-dix', 'quatre-vingt', 'quatre-vingt-dix'],
    compound: (ten, unit, u, t) => {
      // 70 and 90 count on from 60 and 80: soixante-et-onze, quatre-vingt-douze.
      if (t === 7 || t === 9) {
        const base = t === 7 ? 'soixante' : 'quatre-vingt';
        const teen = ['onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'][u - 1]!;
        return u === 1 && t === 7 ? [`${base}-et-${teen}`, `${base}-${teen}`] : [`${base}-${teen}`];
      }
      return u === 1 && t !== 8 ? [`${ten}-et-un`, `${ten}-un`] : [`${ten}-${unit}`];
    },
  },
  {
    units: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
    teens: ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'],
    tens: ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'],
    // 22, 23, 26 carry an accent (veintidós, veintitrés, veintiséis); the reading without it is kept too.
    compound: (ten, unit, _u, t) => (t === 2 ? [`veinti${unit}`, `veinti${ACCENTED_ES[unit] ?? unit}`] : [`${ten} y ${unit}`]),
  },
  {
    units: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
    teens: ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'],
    tens: ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'],
    // The tens lose their final vowel before uno and otto (ventuno, trentotto); with tre they end in an
    // accented é (ventitré, trentatré), often typed without it.
    compound: (ten, unit, u) => (u === 3 ? [ten + 'tré', ten + 'tre'] : [u === 1 || u === 8 ? ten.slice(0, -1) + unit : ten + unit]),
  },
  {
    units: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
    teens: ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'],
    tens: ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'],
    // A unit ending in e takes a diaeresis on the joining e: drieëntwintig, tweeëndertig.
    compound: (ten, unit) => (unit.endsWith('e') ? [`${unit}ën${ten}`, `${unit}en${ten}`] : [`${unit}en${ten}`]),
  },
];

// Digits read out one by one in other languages written in Latin script (pt, pl, cs, sv, da/nb, fi, tr, ro): a
// number said in a language the detectors' cue words do not cover is still read. The digits alone, 0–9. Those that
// are also ordinary words elsewhere ("to", "en", "ni", "fire", "sex", "um", "opt", "bir") count only beside a
// digit word of their own language ("… nove um quatro …"), so "from one to two" stays prose.
const MORE_DIGIT_WORDS: Readonly<Record<string, readonly string[]>> = {
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  cs: ['nula', 'jedna', 'dva', 'tři', 'čtyři', 'pět', 'šest', 'sedm', 'osm', 'devět'],
  sv: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
  da: ['nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni'],
  fi: ['nolla', 'yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän'],
  tr: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
  ro: ['zero', 'unu', 'doi', 'trei', 'patru', 'cinci', 'șase', 'șapte', 'opt', 'nouă'],
};
const ORDINARY_ELSEWHERE = new Set(['to', 'en', 'ni', 'fire', 'sex', 'um', 'opt', 'doi', 'bir', 'ett', 'fem', 'osm', 'unu']);

/** The languages of MORE_DIGIT_WORDS each word is a digit of. */
function languagesOfDigitWords(): Map<string, Set<string>> {
  const langs = new Map<string, Set<string>>();
  for (const [lang, digits] of Object.entries(MORE_DIGIT_WORDS))
    for (const w of digits)
      for (const spelling of [w, ...plainSpellings(w)]) langs.set(spelling, (langs.get(spelling) ?? new Set()).add(lang));
  return langs;
}

// Other ways of saying a number: "oh" and "nought" for 0 in English, "zwo" for 2 on a German phone line,
// "ein"/"eine" in German, "één" in Dutch, French 80 with its plural s when nothing follows.
const OTHER_WORDS: Record<string, number> = { oh: 0, nought: 0, zwo: 2, ein: 1, eine: 1, één: 1, 'quatre-vingts': 80 };

function buildWords(): Words {
  const words: Words = new Map();
  for (const lang of LANGUAGES) {
    lang.units.forEach((w, n) => add(words, w, n));
    lang.teens.forEach((w, n) => add(words, w, 10 + n));
    lang.tens.forEach((ten, i) => {
      const t = i + 2;
      add(words, ten, t * 10);
      for (let u = 1; u <= 9; u++) for (const w of lang.compound(ten, lang.units[u]!, u, t)) add(words, w, t * 10 + u);
    });
  }
  for (const digits of Object.values(MORE_DIGIT_WORDS)) digits.forEach((w, n) => ORDINARY_ELSEWHERE.has(w) || add(words, w, n));
  for (const [w, n] of Object.entries(OTHER_WORDS)) add(words, w, n);
  // The same words typed without their accents or umlauts: "funf"/"fuenf", "dieciseis", "zero", "dreissig".
  for (const [w, n] of [...words]) for (const plain of plainSpellings(w)) add(words, plain, Number(n));
  return words;
}

function plainSpellings(word: string): string[] {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
  const transliterated = word.replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae').replace(/ß/g, 'ss');
  return [bare, transliterated, bare.replace(/ß/g, 'ss')].filter((w) => w !== word);
}

const WORDS = buildWords();
const LANGUAGES_OF = languagesOfDigitWords();
/** The digit words that are ordinary words elsewhere: their digit, read only beside a word of their language. */
const WEAK_WORDS: ReadonlyMap<string, string> = new Map(
  Object.values(MORE_DIGIT_WORDS).flatMap((digits) =>
    digits.flatMap((w, n) => (ORDINARY_ELSEWHERE.has(w) ? [[w, String(n)] as const] : [])),
  ),
);
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));

/** Words that say the digit after them comes twice or three times ("double seven", "triple zero", "doppel null"). */
const REPEATS = new Map<string, number>([
  ['double', 2],
  ['triple', 3],
  ['doppel', 2],
  ['doppelt', 2],
  ['dubbel', 2],
  ['doppio', 2],
]);

/**
 * The words for the punctuation inside a number, in the six languages: "dot" (a '.': "one nine two dot one six
 * eight …"), "dash" (a '-': "four three four dash two eight …"), "slash" (a '/').
 */
const SEPARATOR_WORDS: ReadonlyMap<string, string> = new Map([
  ...['dot', 'punkt', 'point', 'punto', 'punt'].map((w) => [w, '.'] as const),
  ...[
    'dash',
    'hyphen',
    'minus',
    'strich',
    'bindestrich',
    'tiret',
    'moins',
    'guion',
    'guión',
    'menos',
    'trattino',
    'meno',
    'streepje',
    'koppelteken',
  ].map((w) => [w, '-'] as const),
  ...['slash', 'schrägstrich', 'barra', 'streep'].map((w) => [w, '/'] as const),
]);
const SEPARATOR_WORD = new RegExp(`\\b(?:${[...SEPARATOR_WORDS.keys()].join('|')})\\b`, 'giu');
const separatorOf = (word: string) => SEPARATOR_WORDS.get(word.toLowerCase())!;

/** Digits with a separator said as a word between them ("434 dash 28 dash 2453"): the separator written. */
const SAID_SEPARATOR = caseInsensitiveLatin(new RegExp(`(\\d)[ \\t]+(${[...SEPARATOR_WORDS.keys()].join('|')})[ \\t]+(?=\\d)`, 'giu'));

export function writeSaidSeparators(s: string): string {
  return s.replace(SAID_SEPARATOR(s), (_, digit: string, word: string) => digit + separatorOf(word));
}

// Between the tokens of a run: spaces and punctuation, the words for "and" and for the separators; never more than
// a few characters (the test is cheap on the long gaps between words that are not numbers).
const MAX_JOINER = 16;
const JOINER_WORDS = ['and', 'und', 'et', 'y', 'e', 'en', ...SEPARATOR_WORDS.keys()];
const JOINER = new RegExp(`^(?:[\\s,;./:()-]|\\b(?:${JOINER_WORDS.join('|')})\\b)*$`, 'iu');
// Punctuation inside a number that a joiner keeps: "twee nul / nul zeven" is 20/07, "six seven . four" 67.4,
// "ocho aea :: siete" 8aea::7; everything else between the words goes.
const NUMBER_PUNCTUATION = '/.:()-';
const KEPT_PUNCTUATION = new RegExp(`[${NUMBER_PUNCTUATION}]`);
const DROPPED_JOINERS = new RegExp(`[^${NUMBER_PUNCTUATION}]+`, 'g');
/** Between the last number word and a code group after it: spaces and number punctuation only. */
const CODE_CONTINUES = new RegExp(`^[ ${NUMBER_PUNCTUATION}]+$`);
/** Between a repeat word and its digit: a space or a hyphen ("double seven", "double-oh"). */
const SAME_NUMBER = /^[ -]$/;

interface Token {
  start: number;
  end: number;
  /** The digits a number word stands for, or the letters of a code group. */
  text: string;
  number: boolean;
  /** A digit word that is an ordinary word elsewhere (WEAK_WORDS): the word, lower case. */
  weak?: string;
  /** Four lower-case letters that may be an IBAN's bank code (isIbanBankCode). */
  bankCode?: boolean;
}

/** A stretch of the input and what it reads as. */
interface Reading {
  start: number;
  end: number;
  text: string;
}

/** The text with its runs of number words written as digits ("zero six" → "06", "twelve" → "12"). */
export function numberWordsToDigits(s: string): string {
  return withReadings(s, numberWordRuns(s));
}

/** The text with its runs of single spaced-out digits joined. */
export function joinSpacedDigits(s: string): string {
  return withReadings(s, spacedDigitRuns(s));
}

function withReadings(s: string, readings: readonly Reading[]): string {
  if (readings.length === 0) return s;
  let out = '';
  let at = 0;
  for (const r of readings) {
    out += s.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + s.slice(at);
}

/** Runs of number words, and dates said in words (spoken-dates.ts), which take the place of any run they overlap. */
function numberWordRuns(s: string): Reading[] {
  const dates = spokenDateReadings(s, numberOf);
  if (dates.length === 0) return numberRuns(s);
  const runs = numberRuns(s).filter((r) => !dates.some((d) => d.start < r.end && r.start < d.end));
  return [...dates, ...runs].sort((a, b) => a.start - b.start);
}

/** A number word's value (0–99), or undefined. */
const numberOf = (word: string): number | undefined => {
  const digits = WORDS.get(word.toLowerCase());
  return digits === undefined ? undefined : Number(digits);
};

function numberRuns(s: string): Reading[] {
  if (!mayHaveRun(s)) return [];
  const tokens = tokensOf(s);
  if (countNumbers(tokens) < MIN_RUN) return [];
  const runs: Reading[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j + 1 < tokens.length && joins(s, tokens[j]!, tokens[j + 1]!)) j++;
    const run = trimCodeLetters(s, tokens.slice(i, j + 1));
    if (countNumbers(run) >= MIN_RUN) runs.push({ start: run[0]!.start, end: run[run.length - 1]!.end, text: readRun(s, run) });
    i = j + 1;
  }
  return runs;
}

/**
 * Whether two tokens are of one number: what stands between them is short and nothing but JOINER — and only
 * spaces and number punctuation beside a code group, so a short word after a comma ("fünf, ab sechs") ends
 * the number instead of joining it as hex letters.
 */
function joins(s: string, a: Token, b: Token): boolean {
  if (b.start - a.end > MAX_JOINER) return false;
  const between = s.slice(a.end, b.start);
  return a.number && b.number ? JOINER.test(between) : CODE_CONTINUES.test(between);
}

const countNumbers = (tokens: readonly Token[]) => tokens.reduce((n, t) => n + (t.number ? 1 : 0), 0);

/**
 * Number words (a repeat word joined to the digit after it), and code letter groups that could sit inside a
 * code with them: up to four capitals ("SZ quatre zéro …", "A huit six cinq HMS …"), glued to the digits as
 * they are in the code; in a text with colons, lower-case hex groups too (an IPv6 address read out: "dos a
 * cero dos : d ocho").
 */
function tokensOf(s: string): Token[] {
  const tokens: Token[] = [];
  const hex = s.includes(':');
  let repeat: { start: number; end: number; times: number } | undefined;
  forEachWord(s, (start, end) => {
    const word = mayBeNumberWord(s, start, end) ? s.slice(start, end).toLowerCase() : undefined;
    const times = word === undefined ? undefined : REPEATS.get(word);
    if (times !== undefined) {
      repeat = { start, end, times };
      return;
    }
    const digits = word === undefined ? undefined : WORDS.get(word);
    const weak = word === undefined || digits !== undefined ? undefined : WEAK_WORDS.get(word);
    if (digits !== undefined) {
      const repeated = repeat && digits.length === 1 && SAME_NUMBER.test(s.slice(repeat.end, start)) ? repeat : undefined;
      if (repeated) tokens.push({ start: repeated.start, end, text: digits.repeat(repeated.times), number: true });
      else tokens.push({ start, end, text: digits, number: true });
    } else if (weak !== undefined) {
      tokens.push({ start, end, text: weak, number: true, weak: word });
    } else if (isCodeLetters(s, start, end) || (hex && end - start <= 4 && allOf(s, start, end, isHexLetter))) {
      tokens.push({ start, end, text: s.slice(start, end), number: false });
    } else if (end - start === 4 && allOf(s, start, end, isAsciiLower)) {
      tokens.push({ start, end, text: s.slice(start, end), number: false, bankCode: true });
    }
    repeat = undefined;
  });
  if (!tokens.some((t) => t.weak || t.bankCode)) return tokens;
  return tokens.filter((t, k) => (t.weak ? besideItsLanguage(s, tokens, k) : !t.bankCode || isIbanBankCode(tokens, k)));
}

/**
 * Four lower-case letters between an IBAN's country and check digits and its other digits ("GB sette tre monz sei
 * …"): its bank code, written in lower case; any other four-letter word ends the number.
 */
function isIbanBankCode(tokens: readonly Token[], k: number): boolean {
  const [country, check1, check2] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
  return (
    country !== undefined &&
    /^[A-Z]{2}$/.test(country.text) &&
    [check1, check2].every((t) => t?.number && t.text.length === 1) &&
    tokens[k + 1]?.number === true
  );
}

/**
 * A weak digit word counts when the nearest other digit word on either side (past other weak ones) is of its
 * own language ("nove um quatro", "nul fire en to tre"), not beside another language's ("one to two").
 */
function besideItsLanguage(s: string, tokens: readonly Token[], k: number): boolean {
  const langs = LANGUAGES_OF.get(tokens[k]!.weak!)!;
  const strongAt = (i: number): boolean => {
    const t = tokens[i];
    if (t === undefined || !t.number || t.weak) return false;
    return [...(LANGUAGES_OF.get(s.slice(t.start, t.end).toLowerCase()) ?? [])].some((l) => langs.has(l));
  };
  for (const step of [-1, 1]) {
    let i = k + step;
    while (tokens[i]?.weak && Math.abs(i - k) < 4) i += step;
    if (strongAt(i)) return true;
  }
  return false;
}

const isHexLetter = (c: number): boolean => c >= 97 && c <= 102;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** A code's letters between its digits read out ("X drei neun neun LDDUS fünf fünf"): up to six capitals. */
const isCodeLetters = (s: string, start: number, end: number): boolean => end - start <= 6 && allOf(s, start, end, isAsciiUpper);

function allOf(s: string, start: number, end: number, test: (c: number) => boolean): boolean {
  for (let i = start; i < end; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

// Most words of a text are not number words; their length and first two letters, read in place, tell most of
// them apart without slicing and lower-casing each one (the number words are looked for in every text).
const WORD_SHAPES = new Set(
  [...WORDS.keys(), ...WEAK_WORDS.keys(), ...REPEATS.keys()].map((w) => shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(1))),
);

function mayBeNumberWord(s: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 2 && length <= LONGEST_WORD && WORD_SHAPES.has(shapeOf(length, s.charCodeAt(start), s.charCodeAt(start + 1)));
}

function shapeOf(length: number, first: number, second: number): number {
  return length * 0x100000 + lowerCase(first) * 0x400 + lowerCase(second);
}

/** The lower-case of an ASCII or Latin-1 capital (À–Þ), the code unit itself otherwise. */
function lowerCase(c: number): number {
  return isAsciiUpper(c) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** Latin letters, accented ones included (every number word is spelled with them), as a table: read per character. */
const LATIN_LETTER: Uint8Array = (() => {
  const table = new Uint8Array(0x250);
  for (let c = 0; c < table.length; c++)
    table[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
  return table;
})();

const isWordChar = (c: number): boolean => c < 0x250 && LATIN_LETTER[c] === 1;

/**
 * Calls `visit` with each word's bounds: letters, with hyphens inside ("trente-quatre"); a hyphenated word that
 * is not one number word is visited part by part ("double-oh", "zero-six-one"). A hand-written scan (one pass,
 * no match objects): the number words are looked for in every text the scanner reads.
 */
function forEachWord(s: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  let hyphen = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (isWordChar(c) || (c === 45 /* - */ && start >= 0 && isWordChar(s.charCodeAt(i + 1)))) {
      if (start < 0) start = i;
      if (c === 45) hyphen = true;
    } else if (start >= 0) {
      if (hyphen && !WORDS.has(s.slice(start, i).toLowerCase())) visitParts(s, start, i, visit);
      else visit(start, i);
      start = -1;
      hyphen = false;
    }
  }
}

function visitParts(s: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && s.charCodeAt(i) !== 45) continue;
    visit(from, i);
    from = i + 1;
  }
}

/**
 * A run from one code group before its first number word to one code group after its last — the one after
 * only when nothing but spaces and number punctuation stands between (", I need …" ends the number), and only
 * capitals or a group after a colon.
 */
function trimCodeLetters(s: string, run: readonly Token[]): Token[] {
  const first = run.findIndex((t) => t.number);
  if (first < 0) return [];
  let last = run.length - 1;
  while (!run[last]!.number) last--;
  const after = run[last + 1];
  // a lower-case group after the last number is a word ("… cinque e aspetto": Italian "and"), unless a colon
  // sets it off as an address's hex group; a code's capitals stay
  const between = after ? s.slice(run[last]!.end, after.start) : '';
  const trailingGroup =
    after !== undefined && CODE_CONTINUES.test(between) && (isCodeLetters(s, after.start, after.end) || between.includes(':'));
  const end = trailingGroup ? last + 2 : last + 1;
  // The group before stays apart ("IP 80.70…", "DE 31…"): a label or a prefix; decodeEmbedded's spaced-code
  // variant joins a prefix to its digits.
  return run.slice(first > 0 ? first - 1 : first, end);
}

/**
 * A run's text: digits and code letters glued, punctuation between them kept. A tens word followed by a unit
 * is one number ("treinta y uno", "twenty one" → 31, 21).
 */
function readRun(s: string, run: readonly Token[]): string {
  let out = '';
  for (let k = 0; k < run.length; k++) {
    const t = run[k]!;
    if (k > 0 && !digitsHyphenated(s, run[k - 1]!, t))
      out +=
        s
          .slice(run[k - 1]!.end, t.start)
          .replace(SEPARATOR_WORD, separatorOf)
          .replace(DROPPED_JOINERS, '') || (k === 1 && !run[0]!.number ? ' ' : '');
    const next = run[k + 1];
    const sum = next ? oneNumber(t, next, s.slice(t.end, next.start)) : undefined;
    if (sum !== undefined) {
      out += sum;
      k++;
    } else out += t.text;
  }
  return out;
}

/**
 * Two digit words joined by a hyphen alone are spelt together, as a compound is ("zero two-zero six-seven", "huit-un-
 * sept", "uno-dos"): the hyphen is the spelling's, not the number's ("4-9" said as digits keeps it: spacedDigitRuns).
 */
function digitsHyphenated(s: string, before: Token, after: Token): boolean {
  return before.number && after.number && before.text.length === 1 && after.text.length === 1 && s.slice(before.end, after.start) === '-';
}

/** Two number words that say one number together, as digits; undefined when they are two numbers. */
function oneNumber(t: Token, next: Token, between: string): string | undefined {
  if (!t.number || !next.number) return undefined;
  if (isTens(t.text) && /^[1-9]$/.test(next.text) && !KEPT_PUNCTUATION.test(between)) return t.text[0] + next.text;
  return undefined;
}

/** 20, 30, … 90 (not 10, nor the 00 of "double oh"). */
const isTens = (d: string) => /^[2-9]0$/.test(d);

// ---- a cheap look first ---------------------------------------------------------------------------------------

// Most texts have no run of MIN_RUN number words, and tokenizing them word by word costs several times what one
// native regex pass does: look first. NUMBER_WORD matches every letter run whose lower case is a number word, or
// the first part of a hyphenated one ("trente" of "trente-quatre"); two matches are counted in one run when
// nothing stands between them that would end a run (mayBridge). The look never says no where tokensOf finds
// such a run: each number token holds a match, and what lies between two tokens of a run is bridged.
const LETTER_CLASS = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f'; // isWordChar
const COUNTED_WORDS = new Set([...WORDS.keys(), ...WEAK_WORDS.keys()].map(countedPart));
// Not after an ASCII letter: most matches inside words ("someone", "often") are never returned (the other
// letters before a match are left to mayHaveRun).
const NUMBER_WORD = new RegExp(`(?<![A-Za-z])(?:${[...COUNTED_WORDS].join('|')})(?![${LETTER_CLASS}])`, 'gi');

/** The part of a number word the look matches: the word itself, or the first of its parts that is a number word. */
function countedPart(word: string): string {
  const parts = word.split(/[- ]/);
  return parts.length === 1 ? word : (parts.find((p) => WORDS.has(p)) ?? word);
}

/** Whether `s` may hold a run of MIN_RUN number words (a match inside a word is none). */
function mayHaveRun(s: string): boolean {
  let count = 0;
  let previousEnd = -1;
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(s); m; m = NUMBER_WORD.exec(s)) {
    if (m.index > 0 && isWordChar(s.charCodeAt(m.index - 1))) continue;
    count = previousEnd >= 0 && mayBridge(s, previousEnd, m.index) ? count + 1 : 1;
    if (count >= MIN_RUN) return true;
    previousEnd = m.index + m[0].length;
  }
  return false;
}

const BRIDGE_PUNCTUATION = /[\s,;./:()-]+/y; // JOINER's
const BRIDGE_WORDS = new Set([...JOINER_WORDS, ...REPEATS.keys()]);

/**
 * Whether s[start, end) may lie between two number words of one run: joiner punctuation and words, repeat
 * words, code groups (up to four capitals or hex letters) and the other parts of a hyphenated word. It allows
 * more than JOINER and tokensOf do (no length limit, hex groups without a colon), never less; one pass, it
 * stops at the first word that ends every run.
 */
function mayBridge(s: string, start: number, end: number): boolean {
  for (let i = start; i < end;) {
    if (!isWordChar(s.charCodeAt(i))) {
      BRIDGE_PUNCTUATION.lastIndex = i;
      if (!BRIDGE_PUNCTUATION.test(s)) return false;
      i = BRIDGE_PUNCTUATION.lastIndex;
      continue;
    }
    let j = i + 1;
    while (j < end && isWordChar(s.charCodeAt(j))) j++;
    if (!mayBeInRun(s, i, j)) return false;
    i = j;
  }
  return true;
}

function mayBeInRun(s: string, start: number, end: number): boolean {
  const hyphenated = s.charCodeAt(start - 1) === 45 || (s.charCodeAt(end) === 45 && isWordChar(s.charCodeAt(end + 1)));
  if (hyphenated) return true;
  if (isCodeLetters(s, start, end) || (end - start <= 4 && allOf(s, start, end, isHexLetter))) return true;
  return BRIDGE_WORDS.has(s.slice(start, end).toLowerCase());
}

// ---- spaced digits --------------------------------------------------------------------------------------------

// Single digits separated by one to three spacing or punctuation characters ("4 9 9 4", "4-9-9-4",
// "4 . 9 . 9"): a number spelled out one digit at a time. Six or more digits, so "1, 2, 3" stays a list.
// The first digit may follow letters ("BE5 7 2 6 …": the letters of an IBAN, then its digits spaced out).
const SPACED_DIGITS = /(?<!\p{N})\d(?:[^\p{L}\p{N}\n]{1,3}\d(?![\p{L}\p{N}])){5,}/gu;

const DIGIT_GAP = /[^\d]+/g;

function spacedDigitRuns(s: string): Reading[] {
  const runs: Reading[] = [];
  for (const m of s.matchAll(SPACED_DIGITS)) runs.push({ start: m.index, end: m.index + m[0].length, text: joinDigits(m[0]) });
  return runs;
}

/**
 * The gap that spaces the digits out (the commonest one) goes; what else stands between two of them is the
 * writer's own: its punctuation stays, a blank is a space ("0 7.1 0.1 9 9 2" → 07.10.1992, "4-5-3-9 1-4-8-8" →
 * 4539 1488, "0/2/4/ /4/8" → 024 48).
 */
function joinDigits(run: string): string {
  return run
    .split(commonest(run.match(DIGIT_GAP) ?? []))
    .map((piece) => piece.trim().replace(/[^\d./:()-]+/g, ' ') || ' ')
    .join('');
}

/** The string that occurs most often in `items` (of equals, the first to reach that count); '' for none. */
export function commonest(items: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = '';
  for (const item of items) {
    const n = (counts.get(item) ?? 0) + 1;
    counts.set(item, n);
    if (n > (counts.get(best) ?? 0)) best = item;
  }
  return best;
}

// ---- where the digits came from --------------------------------------------------------------------------------

/** A text with its spelled-out numbers read as digits, and for each of its code units the span of the input it reads. */
export interface SpelledNumbers {
  text: string;
  from: readonly number[];
  to: readonly number[];
  /** Numbers read out in words, nine to fifteen digits and nothing else (DICTATED): where they stand in the input. */
  dictated: readonly { start: number; end: number }[];
}

/** The input with its number words and spaced digits read as digits; undefined when it has none. */
export function readSpelledNumbers(s: string): SpelledNumbers | undefined {
  const words = numberWordRuns(s);
  const dictated = words.filter(isDictated).map(({ start, end }) => ({ start, end }));
  const first = words.length > 0 ? { ...mapped(s, words), dictated } : undefined;
  const text = first?.text ?? s;
  const spaced = spacedDigitRuns(text);
  if (spaced.length === 0) return first;
  const second = mapped(text, spaced);
  return first
    ? { text: second.text, from: second.from.map((i) => first.from[i]!), to: second.to.map((j) => first.to[j - 1]!), dictated }
    : { ...second, dictated };
}

/**
 * A number read out in words, nine to fifteen digits and nothing else, no counting ("one two three … nine"): what
 * a caller dictates is a phone or an account number, and the scan takes it for one when no detector names it.
 */
const DICTATED = /^\d{9,15}$/;
/** Counting up or down ("one two three …", "ten nine eight …"). */
const COUNTING = /^(?:0?12345|10?98765|98765)/;
function isDictated(r: Reading): boolean {
  return DICTATED.test(r.text) && !COUNTING.test(r.text);
}

function mapped(s: string, readings: readonly Reading[]): Omit<SpelledNumbers, 'dictated'> {
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  const keep = (end: number) => {
    for (; at < end; at++) {
      from.push(at);
      to.push(at + 1);
    }
  };
  for (const r of readings) {
    keep(r.start);
    for (let k = 0; k < r.text.length; k++) {
      from.push(r.start);
      to.push(r.end);
    }
    at = r.end;
  }
  keep(s.length);
  return { text: withReadings(s, readings), from, to };
}

/**
 * A finding in the read text over the input it was read from — when it covers digits that were spelled out
 * (a finding elsewhere is found in the input as written).
 */
export function findingInInput(read: SpelledNumbers, f: Finding): Finding | undefined {
  if (!coversReading(read, f.start, f.end)) return undefined;
  return { ...f, start: read.from[f.start]!, end: read.to[f.end - 1]! };
}

/** Whether a code unit in [start, end) stands for more than itself, or input was left out between two of them. */
function coversReading(read: SpelledNumbers, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (read.to[i]! - read.from[i]! !== 1) return true;
    if (i + 1 < end && read.from[i + 1] !== read.to[i]) return true;
  }
  return false;
}
