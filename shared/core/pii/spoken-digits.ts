// Numbers written as words → digits, so "null eins sieben sechs, vier zwei …" is scanned as the phone number
// it is. The six languages the detectors cover (en, de, fr, es, it, nl); 0–99 in each, generated from the
// language's own rules for tens and units rather than listed, so compounds such as "vierundzwanzig",
// "trente-quatre", "ventotto" or "drieëntwintig" are read too.
//
// Only runs of at least MIN_RUN number words are rewritten (a phone or account number read out), so prose
// with "one or two" is left alone. Each word becomes its digits ("zero six" → "06", "twelve" → "12").
// Pure and synchronous.

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
    compound: (ten, unit, _u, t) => (t === 2 ? [`veinti${unit}`] : [`${ten} y ${unit}`]),
  },
  {
    units: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
    teens: ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'],
    tens: ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'],
    // The tens lose their final vowel before uno and otto: ventuno, trentotto.
    compound: (ten, unit, u) => [u === 1 || u === 8 ? ten.slice(0, -1) + unit : ten + unit],
  },
  {
    units: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
    teens: ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'],
    tens: ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'],
    // A unit ending in e takes a diaeresis on the joining e: drieëntwintig, tweeëndertig.
    compound: (ten, unit) => (unit.endsWith('e') ? [`${unit}ën${ten}`, `${unit}en${ten}`] : [`${unit}en${ten}`]),
  },
];

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
  // Other ways of saying a number: "oh" for 0 in English phone numbers, "ein"/"eine" in German, French 80
  // with its plural s when nothing follows.
  add(words, 'oh', 0);
  add(words, 'ein', 1);
  add(words, 'eine', 1);
  add(words, 'quatre-vingts', 80);
  return words;
}

const WORDS = buildWords();

// Between the tokens of a run: spaces and punctuation, and the words for "and".
const JOINER = /^(?:[\s,;./:()-]|\b(?:and|und|et|y|e|en)\b)*$/iu;
// Punctuation inside a number that a joiner keeps: "twee nul / nul zeven" is 20/07, "six seven . four" 67.4,
// "ocho aea :: siete" 8aea::7; everything else between the words goes.
const NUMBER_PUNCTUATION = '/.:()-';
const KEPT_PUNCTUATION = new RegExp(`[${NUMBER_PUNCTUATION}]`);
const DROPPED_JOINERS = new RegExp(`[^${NUMBER_PUNCTUATION}]+`, 'g');
/** Between the last number word and a code group after it: spaces and number punctuation only. */
const CODE_CONTINUES = new RegExp(`^[ ${NUMBER_PUNCTUATION}]+$`);
// Letters written between number words as part of one code ("SZ quatre zéro …", "A huit six cinq HMS …"):
// short upper-case groups, glued to the digits as they are in the code.
const CODE_LETTERS = /^[A-Z]{1,4}$/;
// In a text with colons, lower-case hex groups count too: an IPv6 address read out ("dos a cero dos : d ocho").
const HEX_LETTERS = /^[a-f]{1,4}$/;

interface Token {
  start: number;
  end: number;
  /** The digits a number word stands for, or the letters of a code group. */
  text: string;
  number: boolean;
}

export function numberWordsToDigits(s: string): string {
  const tokens = tokensOf(s);
  if (tokens.filter((t) => t.number).length < MIN_RUN) return s;
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j + 1 < tokens.length && JOINER.test(s.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
    const run = trimCodeLetters(s, tokens.slice(i, j + 1));
    if (run.filter((t) => t.number).length >= MIN_RUN) {
      out += s.slice(at, run[0]!.start) + readRun(s, run);
      at = run[run.length - 1]!.end;
    }
    i = j + 1;
  }
  return out + s.slice(at);
}

/** Number words, and code letter groups that could sit inside a code with them. */
function tokensOf(s: string): Token[] {
  const tokens: Token[] = [];
  const hex = s.includes(':');
  forEachWord(s, (start, end) => {
    const word = s.slice(start, end);
    const digits = end - start <= LONGEST_WORD ? WORDS.get(word.toLowerCase()) : undefined;
    if (digits !== undefined) tokens.push({ start, end, text: digits, number: true });
    else if (CODE_LETTERS.test(word) || (hex && HEX_LETTERS.test(word))) tokens.push({ start, end, text: word, number: false });
  });
  return tokens;
}

const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));

/** Latin letters, accented ones included: every number word is spelled with them. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Calls `visit` with each word's bounds: letters, with hyphens inside ("trente-quatre"). A hand-written scan
 * (one pass, no match objects): the number words are looked for in every text the scanner reads.
 */
function forEachWord(s: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (isWordChar(c) || (c === 45 /* - */ && start >= 0 && isWordChar(s.charCodeAt(i + 1)))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
}

/**
 * A run from one code group before its first number word to one code group after its last — the one after
 * only when nothing but spaces and number punctuation stands between (", I need …" ends the number).
 */
function trimCodeLetters(s: string, run: readonly Token[]): Token[] {
  const first = run.findIndex((t) => t.number);
  if (first < 0) return [];
  let last = run.length - 1;
  while (!run[last]!.number) last--;
  const after = run[last + 1];
  const end = after && CODE_CONTINUES.test(s.slice(run[last]!.end, after.start)) ? last + 2 : last + 1;
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
    if (k > 0) out += s.slice(run[k - 1]!.end, t.start).replace(DROPPED_JOINERS, '') || (k === 1 && !run[0]!.number ? ' ' : '');
    const next = run[k + 1];
    if (
      t.number &&
      isTens(t.text) &&
      next?.number &&
      next.text.length === 1 &&
      next.text !== '0' &&
      !KEPT_PUNCTUATION.test(s.slice(t.end, next.start))
    ) {
      out += t.text[0] + next.text;
      k++;
    } else out += t.text;
  }
  return out;
}

const isTens = (d: string) => d.length === 2 && d.endsWith('0') && d !== '10';
