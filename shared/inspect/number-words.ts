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

// A word, hyphenated compounds included ("trente-quatre", "soixante-dix-huit").
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
// Between number words in a run: spaces and punctuation, and the words for "and".
const JOINER = /^(?:[\s,;./-]|\b(?:and|und|et|y|e|en)\b)*$/iu;

interface NumberWord {
  start: number;
  end: number;
  digits: string;
}

export function numberWordsToDigits(s: string): string {
  const hits = numberWordsIn(s);
  if (hits.length < MIN_RUN) return s;
  let out = '';
  let at = 0;
  for (let i = 0; i < hits.length; ) {
    let j = i;
    while (j + 1 < hits.length && JOINER.test(s.slice(hits[j]!.end, hits[j + 1]!.start))) j++;
    if (j - i + 1 >= MIN_RUN) {
      out += s.slice(at, hits[i]!.start) + readRun(hits.slice(i, j + 1));
      at = hits[j]!.end;
    }
    i = j + 1;
  }
  return out + s.slice(at);
}

function numberWordsIn(s: string): NumberWord[] {
  const hits: NumberWord[] = [];
  for (const m of s.matchAll(WORD)) {
    const digits = WORDS.get(m[0].toLowerCase());
    if (digits !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return hits;
}

/** A run's digits; a tens word followed by a unit is one number ("treinta y uno", "twenty one" → 31, 21). */
function readRun(run: readonly NumberWord[]): string {
  let out = '';
  for (let k = 0; k < run.length; k++) {
    const d = run[k]!.digits;
    const next = run[k + 1]?.digits;
    if (d.length === 2 && d.endsWith('0') && d !== '10' && next !== undefined && next.length === 1 && next !== '0') {
      out += d[0] + next;
      k++;
    } else out += d;
  }
  return out;
}
