// Dates said in words, so that a date of birth shows no digit: "the twenty-first of July, nineteen seventy-five",
// "am einundzwanzigsten Juli neunzehnhundertfünfundsiebzig", "le vingt et un juillet mille neuf cent
// soixante-quinze", "el veintiuno de julio de mil novecientos setenta y cinco", "il ventuno luglio
// millenovecentosettantacinque", "op eenentwintig juli negentienhonderdvijfenzeventig". Around each month name, the
// day said before or after it and the year said after it are read as digits ("21 July, 1975"); the birth-date
// detector then reads the date as one written with digits. Only a date with its year is read (a day and a month
// alone are no date of birth), so "March, three of us" and "one May morning" stay words. Pure.

/** A stretch of the input and the digits it reads as. */
export interface DateReading {
  start: number;
  end: number;
  text: string;
}

/** The value of a number word 0–99 of the six languages (spoken-digits.ts's table), or undefined. */
export type NumberOf = (word: string) => number | undefined;

const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus';
const MONTH = new RegExp(`(?<![\\p{L}])(?:${MONTH_NAMES})(?![\\p{L}])`, 'giu');
/** A cheap first test: the names without their bounds, and without the Unicode flag (faster). */
const MAY_NAME_A_MONTH = new RegExp(MONTH_NAMES, 'i');

/** Words that may stand between a day, its month and its year: "the 21st of July", "21 de julio de 1975". */
const LINKS = new Set('the of in de del di le il el am den der op en im jahr jahre year anno año an année jaar'.split(' '));

/** Hundreds (those of Spanish and Italian carrying their multiplier: "novecientos", "novecento") and thousands. */
const SCALES: ReadonlyMap<string, number> = new Map([
  ...'hundred hundert cent cents cien ciento cento honderd'.split(' ').map((w) => [w, 100] as const),
  ...hundredsFrom('doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos'),
  ...hundredsFrom('duecento trecento quattrocento cinquecento seicento settecento ottocento novecento'),
  ...'thousand tausend mille mil mila duizend'.split(' ').map((w) => [w, 1000] as const),
]);

/** "doscientos … novecientos" → 200 … 900. */
function hundredsFrom(words: string): (readonly [string, number])[] {
  return words.split(' ').map((w, i) => [w, (i + 2) * 100] as const);
}

/** Ordinals that are not a cardinal with an ending: "first", "erste", "premier", "primero", "primo", "eerste" … */
const IRREGULAR_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fifth: 5,
  eighth: 8,
  ninth: 9,
  twelfth: 12,
  erst: 1,
  dritt: 3,
  siebt: 7,
  premier: 1,
  première: 1,
  primero: 1,
  primer: 1,
  primo: 1,
  eerste: 1,
  tweede: 2,
  derde: 3,
};

/** The digits each spoken date around a month name stands for, in text order. */
export function spokenDateReadings(s: string, numberOf: NumberOf): DateReading[] {
  if (!MAY_NAME_A_MONTH.test(s)) return [];
  const out: DateReading[] = [];
  for (const month of s.matchAll(MONTH)) {
    const monthEnd = month.index + month[0].length;
    const before = spokenNumber(s, month.index, 'before', 3, dayValue, numberOf);
    const after = before ? undefined : spokenNumber(s, monthEnd, 'after', 3, dayValue, numberOf);
    const day = before ?? after;
    const year = spokenNumber(s, after?.end ?? monthEnd, 'after', 6, yearValue, numberOf);
    if (!year) continue; // a day and month alone are no date of birth: the words stay
    for (const r of [day, year]) if (r && !out.some((o) => o.start < r.end && r.start < o.end)) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word of letters (hyphens and apostrophes inside), with where it stands. */
interface Word {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

function wordsIn(s: string, from: number, to: number): Word[] {
  return [...s.slice(from, to).matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

/** Only blanks, commas, full stops and LINKS between two places. */
function linked(s: string, from: number, to: number): boolean {
  return s
    .slice(from, to)
    .split(/[\s,.]+/u)
    .every((w) => w === '' || LINKS.has(w.toLowerCase()));
}

/** Characters read on each side of a month for its day and year: "twenty-first of", "mille neuf cent soixante-quinze". */
const REACH = 64;

/**
 * The longest run of up to `most` words right before (or after) `at`, with only LINKS between, that `value` reads
 * as a number: a day ("twenty-first of", "einundzwanzigsten", "vingt et un"; three words) or a year ("mil
 * novecientos setenta y cinco"; six words).
 */
function spokenNumber(
  s: string,
  at: number,
  side: 'before' | 'after',
  most: number,
  value: (words: readonly string[], numberOf: NumberOf) => number | undefined,
  numberOf: NumberOf,
): DateReading | undefined {
  const near = side === 'before' ? wordsIn(s, Math.max(0, at - REACH), at) : wordsIn(s, at, Math.min(s.length, at + REACH));
  const words = near.filter((w) => !LINKS.has(w.word));
  for (let n = Math.min(most, words.length); n >= 1; n--) {
    const run = side === 'before' ? words.slice(-n) : words.slice(0, n);
    const [first, last] = [run[0]!, run[n - 1]!];
    const besideIt = side === 'before' ? linked(s, last.end, at) : linked(s, at, first.start);
    if (!besideIt || !joinedAsOne(s, run)) continue;
    const number = value(
      run.map((w) => w.word),
      numberOf,
    );
    if (number !== undefined) return { start: first.start, end: last.end, text: String(number) };
  }
  return undefined;
}

/** The words are one number's: blanks between them, "and" words ("vingt et un", "setenta y cinco") inside. */
function joinedAsOne(s: string, run: readonly Word[]): boolean {
  for (let k = 1; k < run.length; k++) if (!/^\s+$/u.test(s.slice(run[k - 1]!.end, run[k]!.start))) return false;
  return true;
}

const AND_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'en']);

/** A day 1–31 said as a cardinal or an ordinal, in one to three words. */
function dayValue(words: readonly string[], numberOf: NumberOf): number | undefined {
  const parts = words.flatMap((w) => w.split('-')).filter((w) => !AND_WORDS.has(w));
  if (parts.length === 0 || parts.length > 2) return undefined;
  const values = parts.map((p, i) => (i === parts.length - 1 ? (numberOf(p) ?? ordinalValue(p, numberOf)) : numberOf(p)));
  if (values.some((v) => v === undefined)) return undefined;
  const [a, b] = values as number[];
  const day = b === undefined ? a! : a! % 10 === 0 && a! >= 20 && b < 10 ? a! + b : undefined;
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined;
}

/** An ordinal word's number: "twenty-first" (its last part), "fourth", "twentieth", "einundzwanzigsten", "vijfde". */
function ordinalValue(word: string, numberOf: NumberOf): number | undefined {
  if (IRREGULAR_ORDINALS[word] !== undefined) return IRREGULAR_ORDINALS[word];
  // German ordinals take an ending (-e, -en, -er, -es, -em) after -t or -st: "zweiten", "zwanzigsten", "ersten"
  const german = /^(.+?)s?t(?:e|en|er|es|em)$/u.exec(word)?.[1];
  if (german !== undefined) {
    const n = IRREGULAR_ORDINALS[`${german}t`] ?? IRREGULAR_ORDINALS[`${german}st`] ?? numberOf(german) ?? numberOf(`${german}t`);
    if (n !== undefined) return n;
  }
  const stems = [
    word.replace(/ieth$/u, 'y'), // twentieth
    word.replace(/th$/u, ''), // fourth, sixteenth
    word.replace(/s?te$/u, ''), // twintigste, achtste
    word.replace(/de$/u, ''), // vierde, tiende
  ];
  for (const stem of stems) if (stem !== word && numberOf(stem) !== undefined) return numberOf(stem);
  return undefined;
}

/**
 * A year 1000–2099 said in words: "nineteen seventy-five" and "twenty twenty-one" (two numbers, century then year),
 * "nineteen oh five", "two thousand (and) three", "mille neuf cent soixante-quinze", and compounds written as one
 * word ("neunzehnhundertfünfundsiebzig", "millenovecentosettantacinque", "tweeduizenddrie").
 */
function yearValue(words: readonly string[], numberOf: NumberOf): number | undefined {
  const tokens = words.flatMap((w) => splitCompound(w, numberOf) ?? [w]).filter((t) => !AND_WORDS.has(t));
  const values = tokens.map((t) => numberOf(t) ?? SCALES.get(t));
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  const year = valueOf(tokens, values as number[]);
  return year !== undefined && year >= 1000 && year <= 2099 ? year : undefined;
}

/**
 * The number the words' values make: a thousand or a plain hundred multiplies what stands before it ("neuf cent",
 * "dos mil"); a hundred that carries its multiplier ("novecientos") adds, as the other words do.
 */
function valueOf(tokens: readonly string[], values: readonly number[]): number | undefined {
  const scaled = tokens.some((t) => SCALES.has(t));
  if (!scaled) {
    // century then year: "nineteen seventy-five" (two numbers), "nineteen oh five" (a zero, then a digit)
    if (values.length === 2 && values[0]! >= 10) return values[0]! * 100 + values[1]!;
    if (values.length === 3 && values[0]! >= 10 && values[1] === 0 && values[2]! < 10) return values[0]! * 100 + values[2]!;
    return undefined;
  }
  let total = 0;
  let current = 0;
  tokens.forEach((t, i) => {
    const v = values[i]!;
    if (SCALES.get(t) === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (SCALES.get(t) === 100) {
      current = (current || 1) * 100;
    } else current += v;
  });
  return total + current;
}

/** A number written as one word ("neunzehnhundertfünfundsiebzig") as its parts, or undefined if it is no such word. */
function splitCompound(word: string, numberOf: NumberOf): string[] | undefined {
  if (numberOf(word) !== undefined || SCALES.has(word)) return [word];
  // the fewest parts, each a number word, a hundred or a thousand (dynamic programming over the word's letters)
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 16); start < end; start++) {
      const prefix = best[start];
      const part = word.slice(start, end);
      if (!prefix || (numberOf(part) === undefined && !SCALES.has(part))) continue;
      if (!best[end] || best[end]!.length > prefix.length + 1) best[end] = [...prefix, part];
    }
  }
  const parts = best[word.length];
  return parts && parts.length > 1 ? parts : undefined;
}
