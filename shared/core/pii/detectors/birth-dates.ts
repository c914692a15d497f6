// DATE_OF_BIRTH: a date given as someone's birth date. The span covers the date only.
//
// A date (numeric 14.03.1987 / 14/03/1987 / 03/14/1987 / 1987-03-14 / 14-03-1987, or with a month name in
// en/de/fr/es/it/nl: "14 March 1987", "March 14, 1987", "14. März 1987", "1er mars 1987",
// "14 de marzo de 1987", "14 marzo 1987", "14 maart 1987") counts when a birth word labels it:
//   - just before it (born, DOB, date of birth, geboren am, geb., Geburtsdatum, né/née le, date de naissance,
//     nacido/nacida el, fecha de nacimiento, nato/nata il, data di nascita, geboren op, geboortedatum …),
//     including keys in JSON/YAML/code ("dob": "…", birth_date: …, dateOfBirth=…);
//   - or as the header of its column in CSV / TSV / Markdown tables (birth_date, Geburtsdatum …).
// Not labelled: other dates (no birth word, or another date or a sentence break in between, or a birth
// word that labels something else: place of birth, birth certificate, birthday party); birth dates of
// historical or widely known figures in an encyclopaedic context (year before 1900, a death date or
// life-span range next to it, "(born …) was a …").
import type { Detector, Finding } from '../types.ts';
import { cellAt, fieldKind, keyBefore, normKey } from '../fields.ts';
import { caseInsensitiveLatin } from '../unicode-case.ts';
import { inDelimitedLine, inTableColumn, TABLE_DELIM_RE, tableIndex, type TableIndex } from '../tables.ts';

const NAME = 'birth-dates';

/** Birth words in en/de/fr/es/it/nl; also matches keys such as dateOfBirth, birth_date, fecha_nacimiento. */
const BIRTH_RE =
  /birth|(?<![\p{L}\p{N}])(?:born|dob|ddn|d\.o\.b\.?|b\.|geb\.|geb(?=[ \t]?[:=])|geboren|né\(e\)|née?s?|nacid[oa]s?|nac[ií]|naci[óo]|f\.?\s?nac\.?|nac\.|nat[oai]|nacque|nascita)(?![\p{L}])|geburt|naissance|nacimiento|nascita|geboorte|(?<![*\p{L}\p{N}])\*(?=\s?(?:\d|$))/giu;
/** "*14.03.1987": the genealogical star for "born". */
const STAR_BIRTH_RE = /[\s(,;]\*\s?\d/;
/** Birth words and stems, after the abbreviation "b." and a digit (BIRTH_PREFILTER_RE). */
const BIRTH_STEMS = String.raw`gebdat|geb[_ -]?dat|geb[ \t]?[:=]|nac\b|_nac|naiss|nasc|bday|birth|born|nac\.|dob|ddn|d\.o\.b|geb\.|geboren|geburt|\bnée?s?(?![a-zà-ÿ])|naissance|nacid|nací|nació|nacimiento|\bnat[oai]\b|nascita|geboorte`;
const BIRTH_PREFILTER_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])b\.\s?\d|` + BIRTH_STEMS, 'iu');
/** BIRTH_PREFILTER_RE without its one `\p` (a wider test): it runs without `u` on most texts, ~20× cheaper. */
const BIRTH_WORD_GATE = caseInsensitiveLatin(new RegExp(String.raw`b\.\s?\d|` + BIRTH_STEMS, 'iu'));

function mayHaveBirthWord(text: string): boolean {
  return BIRTH_WORD_GATE(text).test(text) && BIRTH_PREFILTER_RE.test(text);
}

/** Birth words that label something other than the date (place of birth, certificate, birthday party …). */
const NOT_A_BIRTH_DATE_RE =
  /place of|birthplace|country of|\b(?:lieu|acte|pays|extrait|certificat|ville) de|\b(?:lugar|partida|acta|pa[ií]s|certificado|ciudad) de|\b(?:luogo|atto|certificato|paese|comune|citt[àa]) di|birth[\s_-]*(?:certificate|cert|weight|rate|control|order|name|place|country|city|rank|registration|announcement|day[\s_-]*(?:party|cake|present|gift|card))|geburts(?:ort|name|urkunde|land|gewicht|rate|anzeige|stadt|tagsfeier|tagsparty|tagsgeschenk)|geboorte(?:plaats|akte|land|gewicht|aangifte|stad)|\b(?:party|feier|fête|fete|fiesta|festa|feest)\b|issued|ausgestellt|délivr|expedid|rilasciat|afgegeven|expir|valid until|gültig|released|published|founded|launched|opened|erschien|veröffentlicht|gegründet|sorti|publié|fondé|lanzad|publicad|fundad|uscit|pubblicat|fondat|uitgebracht|gepubliceerd|opgericht|redact|unknown|unbekannt|inconnu|desconocid|sconosciut|onbekend|\bn\/a\b|\bnull\b|\bnone\b|\btbd\b|\bxx|e\.\s?g\.|for example|such as|z\.\s?b\.|beispiel|par exemple|p\.\s?ex|por ejemplo|p\.\s?ej|per esempio|ad es\.|bijvoorbeeld|bijv\./i;

/** Words in the gap that mean the date belongs to something else. */
const GAP_BREAK_RE = /[.!?;](?:\s|$)(?!$)|\n\s*\n|\b(?:but|and then|until|bis|jusqu|hasta|fino|tot)\b/i;

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|' +
  'janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januari|februari|maart|mei|augustus|' +
  'jan|feb|febr|mar|mär|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|déc|janv|févr|avr|juil|' +
  'ene|abr|ago|dic|gen|mag|giu|lug|set|ott|mrt';

const MONTH_NUM: Record<string, number> = {};
{
  const table: [number, string][] = [
    [1, 'january januar jänner janvier enero gennaio januari jan janv ene gen'],
    [2, 'february februar février fevrier febrero febbraio februari feb febr févr'],
    [3, 'march märz maerz mars marzo maart mar mär mrt'],
    [4, 'april avril abril aprile apr avr abr'],
    [5, 'may mai mayo maggio mei mag'],
    [6, 'june juni juin junio giugno jun giu'],
    [7, 'july juli juillet julio luglio jul juil lug'],
    [8, 'august août aout agosto augustus aug ago'],
    [9, 'september septembre septiembre setiembre settembre sep sept set'],
    [10, 'october oktober octobre octubre ottobre oct okt ott'],
    [11, 'november novembre noviembre nov'],
    [12, 'december dezember décembre decembre diciembre dicembre dec dez déc dic'],
  ];
  for (const [n, names] of table) for (const w of names.split(' ')) MONTH_NUM[w] = n;
}

/**
 * One regex for all date shapes; every branch starts with a digit so the scan is cheap. Groups:
 * 1 d, 2 sep, 3 m, 4 y (d.m.y / m/d/y); 5 y, 6 sep, 7 m, 8 d (ISO); 9 d, 10 month name, 11 y;
 * 12 d, 13 y ("March 14, 1987": the month name before the day is checked by hand).
 */
const DATE_RE = new RegExp(
  '(?:' +
    '(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})' +
    '|(\\d{4})([./-])(\\d{1,2})\\6(\\d{1,2})' +
    `|(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?(?:\\s*|-)(?:(?:de|of)\\s+)?(${MONTHS})\\.?(?:\\s+de(?:l)?)?(?:,?\\s+|-)(\\d{4})` +
    '|(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})' +
    ')(?![\\p{N}]|[./-]\\p{N})',
  'giu',
);
/** The month name just before "14, 1987". */
const MONTH_BEFORE_RE = new RegExp(`(?<![\\p{L}])(${MONTHS})\\.?\\s+$`, 'iu');

interface ParsedDate {
  y: number;
  ok: boolean;
}

function parse(m: RegExpExecArray, monthBefore: string | undefined): ParsedDate {
  let d: number, mo: number, y: number;
  if (m[1] !== undefined) {
    const a = +m[1],
      b = +m[3]!;
    y = +m[4]!;
    if (m[4]!.length === 2) y += y > 30 ? 1900 : 2000;
    // d.m.y or m/d/y: accept if either reading is a valid day/month
    const dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const md = b >= 1 && b <= 31 && a >= 1 && a <= 12;
    return { y, ok: dm || md };
  }
  if (m[5] !== undefined) {
    y = +m[5];
    mo = +m[7]!;
    d = +m[8]!;
  } else if (m[9] !== undefined) {
    d = +m[9];
    mo = MONTH_NUM[m[10]!.toLowerCase()] ?? 0;
    y = +m[11]!;
  } else {
    mo = monthBefore === undefined ? 0 : (MONTH_NUM[monthBefore.toLowerCase()] ?? 0);
    d = +m[12]!;
    y = +m[13]!;
  }
  return { y, ok: d >= 1 && d <= 31 && mo >= 1 && mo <= 12 };
}

/** A birth word labels the date just after it: returns that word, or null.  */
interface Keyword {
  start: number;
  word: string;
}

/** All birth words of the text, in order (one pass per text). */
function birthWords(text: string): Keyword[] {
  const out: Keyword[] = [];
  BIRTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BIRTH_RE.exec(text)) !== null) out.push({ start: m.index, word: m[0] });
  return out;
}

function labelledBefore(text: string, start: number, words: readonly Keyword[]): string | null {
  const from = Math.max(0, start - 60);
  // the last birth word that ends before the date and starts within the window
  let k: Keyword | undefined;
  for (let lo = 0, hi = words.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const w = words[mid]!;
    if (w.start + w.word.length <= start) {
      k = w;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!k || k.start < from) return null;
  const win = text.slice(from, start);
  const last = { index: k.start - from, 0: k.word };
  const kwEnd = last.index + last[0].length;
  // The rest of the identifier the birth word sits in: birth|Date, birth|_date, Geburt|sdatum, birth|day.
  const tail = IDENT_TAIL_RE.exec(win.slice(kwEnd))![0];
  // Compounds other than "…date"/"…day" name something else: Geburtsort, birthplace, Geburtsvorbereitungskurs.
  if (!BIRTH_TAIL_OK_RE.test(tail)) return null;
  const gap = win.slice(kwEnd + tail.length);
  if (gap.length > 40) return null;
  // Genealogical "*" for born: "Huber, *14.03.1987", "(*14.03.1987)", "TSOU, * 16.09.1962" — attached, or set
  // apart by one space after a comma or a parenthesis; not a line-start bullet unless a death's "†" follows on its line.
  if (last[0] === '*') {
    const before = win.charCodeAt(last.index - 1);
    if (gap === '' && (before === 32 || before === 40 || before === 44)) return '*';
    if (gap === ' ' && (before === 40 || (before === 32 && /[,(]/.test(win[last.index - 2] ?? '')))) return '*';
    // a death notice's line of dates may open with the star: "* 18.5.1934   † 1.6.2025"
    const lineEnd = text.indexOf('\n', start);
    return /^[ \t]?$/.test(gap) && text.slice(start, lineEnd < 0 ? undefined : lineEnd).includes('†') ? '*' : null;
  }
  // The phrase around the birth word: "place of birth", "birth certificate", "birthday party" …
  const phrase = win.slice(Math.max(0, last.index - 12), kwEnd) + tail + gap;
  if (NOT_A_BIRTH_DATE_RE.test(phrase)) return null;
  if (GAP_BREAK_RE.test(gap)) return null;
  // A label on one line and the value on the next: nothing else may sit in between.
  if (gap.includes('\n') && !/^[\s:=\-"'|*]*$/.test(gap)) return null;
  // another date (or a year) between the birth word and this date
  if (/\d{4}|\d{1,2}[./-]\d{1,2}/.test(gap)) return null;
  // a whole clause in between ("born of necessity, it took effect on …")
  if (wordCount(gap) > 5) return null;
  // "birth" as a modifier of another noun: birth plan, birth rate, birth announcement …
  if (/^birth$/i.test(last[0] + tail) && /^\s+\p{L}/u.test(gap) && !/^\s+(?:date|day|on|in|at|is|was|of|to|:)\b/iu.test(gap)) return null;
  // after a comma only prepositions and place names may follow: "born in Graz, on …" but not
  // "date of birth: [withheld], visit on …"
  const comma = gap.lastIndexOf(',');
  if (comma >= 0 && !AFTER_COMMA_OK_RE.test(gap.slice(comma + 1))) return null;
  // another key in between: `dob: null, created: 2024-01-01`
  if (NEXT_KEY_RE.test(gap)) return null;
  // "birthday"/"Geburtstag"-style words only when they directly label the date (form field, key)
  if (/^(?:day|stag)/i.test(tail) && !/^\s*(?:is|was|ist)?[\s:="'=]*$/i.test(gap)) return null;
  return last[0];
}

const AFTER_COMMA_OK_RE =
  /^(?:\s*(?:on|the|of|in|at|am|den|le|el|il|op|de|del|di|a|à|en|le|la|is|was|ist|est|es|è|\p{Lu}[\p{L}'-]*|[()"'’:=-]))*\s*$/u;

/**
 * A birth word right after the date: verb-final German/Dutch ("ich bin am 14.03.1987 in Graz geboren",
 * "ik ben op 2 mei 1990 geboren") or a parenthesised label ("14/03/1987 (DOB)").
 */
const BIRTH_AFTER_RE =
  /^\s*(?:(?:in|im|zu|te)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?(geboren)(?![\p{L}])|^\s*\(\s*(dob|d\.o\.b\.?|born|date of birth|birth ?date|geb\.?|geburtsdatum|n[ée]e?|date de naissance|fecha de nacimiento|data di nascita|geboortedatum)\s*\)/iu;
function labelledAfter(text: string, end: number): string | null {
  const m = BIRTH_AFTER_RE.exec(text.slice(end, end + 48));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function wordCount(s: string): number {
  const m = s.match(/\p{L}+/gu);
  return m ? m.length : 0;
}

const IDENT_TAIL_RE = /^[\p{L}\p{N}_-]*/u;
const BIRTH_TAIL_OK_RE = /^(?:s?[-_]?(?:date|datum|day|dt|tag)(?:[-_][\p{L}\p{N}_-]*)?|[-_][\p{L}\p{N}_-]*)?$/iu;
const NEXT_KEY_RE = /[,;{]\s*["']?[\p{L}_][\p{L}\p{N}_ -]{0,30}["']?\s*[:=]/u;

/**
 * Header cells of delimited tables that name a birth-date column (letters, at most four words, a birth word for
 * the date itself), and blank lines.
 */
function birthColumns(text: string): TableIndex {
  return tableIndex(text, mayHaveBirthWord, (cell) => {
    if (!/\p{L}/u.test(cell) || wordCount(cell) > 4) return false;
    BIRTH_RE.lastIndex = 0;
    return BIRTH_RE.test(cell) && !NOT_A_BIRTH_DATE_RE.test(cell);
  });
}

/** The date's key (fechaNac:, GEBDAT=) or its table column names it as a birth date. */
function fieldIsBirth(text: string, start: number): boolean {
  const key = keyBefore(text, start);
  if (key) return fieldKind(normKey(key)) === 'DOB';
  if (!inDelimitedLine(text, start, TABLE_DELIM_RE)) return false;
  const cell = cellAt(text, start);
  return cell !== undefined && fieldKind(normKey(cell.col)) === 'DOB';
}

const DEATH_RE =
  /(?<![\p{L}])(?:died|death|deceased|gestorben|verstorben|starb|mort|morte|décédée?|decedee?|murió|muri[óo]|falleci\p{L}*|morto|morta|morì|overleden|stierf)(?![\p{L}])|†|✝/iu;
const COPULA_AFTER_RE =
  /^[^\n]{0,30}?\)\s*(?:was|is|war|ist|était|est|fue|es|era|è|fu|was|is)\s+(?:a|an|the|ein|eine|un|une|uno|una|een|de|der|die|le|la|il|stato|stata)\b/iu;
/** Birth words of running prose ("X was born on …"), as opposed to form labels (DOB:, Geburtsdatum:). */
const PROSE_BIRTH_RE = /^(?:born|geboren|n[ée]e?s?|nacid|nac[ií]|naci[óo]|nat[oai]|nacque)/i;
/** Biography / encyclopaedia cues: words about public figures' lives and professions, in six languages. */
const ENCYCLOPAEDIC_RE =
  /biogra|wikipedia|encyclop|enzyklop|enciclop|nobel|famous|renowned|celebrated|berühmt|célèbre|famos[oa]|beroemd|physicist|chemist|mathematician|composer|painter|poet\b|novelist|philosopher|inventor|astronomer|president of|prime minister|emperor|empress|physiker|komponist|maler\b|dichter|schriftsteller|philosoph|physicien|compositeur|peintre|écrivain|philosophe|físico|compositor|pintor|escritor|filósofo|fisico|compositore|pittore|scrittore|filosofo|natuurkundige|componist|schilder\b|schrijver|filosoof|history of|geschichte|histoire|historia|storia|geschiedenis/i;

/** A death notice's heading or formula, in the six languages: its dates are a private person's. */
const DEATH_NOTICE_RE =
  /obituary|death notice|in loving memory|funeral|traueranzeige|in stiller trauer|nachruf|beerdigung|trauerfeier|avis de décès|nécrologie|obsèques|esquela|obituario|necrológica|funeral|necrologio|annuncio funebre|funerale|in memoria|overlijdensbericht|in liefdevolle herinnering|uitvaart|rouwadvertentie/i;

/** Historical / famous-person contexts: long-ago years, a life span, a death date, "(born …) was a …". */
function encyclopaedic(text: string, start: number, end: number, year: number, keyword: string): boolean {
  if (year < 1900) return true;
  const after = text.slice(end, end + 80);
  // a life span: "14 March 1879 – 18 April 1955"
  if (/^\s*(?:[–—]|-\s|\s-)\s*(?:\p{L}+\s+)?\d/u.test(after)) return true;
  // The rest only for running prose ("X was born …"): a form field (DOB:, Geburtsdatum:) stays a birth
  // date even next to a date of death (an insurance claim about a relative is still personal data).
  if (!PROSE_BIRTH_RE.test(keyword)) return false;
  // a death notice is about a private person, whose dates are personal data ("Esquela … Nació el … y falleció …")
  if (DEATH_NOTICE_RE.test(text.slice(Math.max(0, start - 300), start))) return false;
  if (DEATH_RE.test(after.slice(0, 60)) || DEATH_RE.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (COPULA_AFTER_RE.test(after)) return true;
  // "The composer X was born on …": a prose birth word in a biography-like passage.
  return ENCYCLOPAEDIC_RE.test(text.slice(Math.max(0, start - 200), end + 200));
}

/** A chat line's speaker or timestamp before its message: "Kunde: ", "[10:44] customer: ". */
const LINE_PREFIX_RE = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[\p{L}\p{M}][\p{L}\p{M} .'’-]{0,30}[ \t]*:[ \t]*)?$/u;
/** A question for the birth date, in the six languages. */
const BIRTH_QUESTION_RE = /(?:birth|born|dob|geburt|geboren|naissance|né|nacimiento|naciste|nació|nascita|nato|nata|geboorte)[^\n]*\?/iu;

/**
 * A date that answers the line above asking for the birth date, alone on its line after the speaker ("agent: And the
 * date of birth, please?\ncustomer: 1985-02-22", "Support: Und Ihr Geburtsdatum?\nKunde: 2.4.1944").
 */
function answersBirthQuestion(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || !LINE_PREFIX_RE.test(text.slice(lineStart, start))) return false;
  if (!/^[ \t.!]*(?:\r?\n|$)/u.test(text.slice(end, end + 4))) return false;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return BIRTH_QUESTION_RE.test(above);
}

export const birthDateDetector: Detector = {
  name: NAME,
  types: ['DATE_OF_BIRTH'],
  detect(text: string): Finding[] {
    if (!mayHaveBirthWord(text) && !(text.indexOf('*') >= 0 && STAR_BIRTH_RE.test(text))) return [];
    const out: Finding[] = [];
    const sql = /insert\s/i.test(text);
    let tables: TableIndex | undefined;
    let words: Keyword[] | undefined;
    DATE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE_RE.exec(text)) !== null) {
      let start = m.index;
      const end = start + m[0].length;
      const prev = text.charCodeAt(start - 1);
      if ((prev >= 48 && prev <= 57) || prev === 46 || prev === 47 || prev === 45) continue;
      let monthBefore: string | undefined;
      if (m[12] !== undefined) {
        const mb = MONTH_BEFORE_RE.exec(text.slice(Math.max(0, start - 14), start));
        if (!mb) continue;
        monthBefore = mb[1]!;
        start -= mb[0].length;
      }
      const p = parse(m, monthBefore);
      if (!p.ok || p.y > 2035) continue;
      // A value in an SQL INSERT tuple: its column alone decides (the words nearby belong to other columns).
      const cell = sql ? cellAt(text, start) : undefined;
      if (cell?.sql) {
        if (fieldKind(normKey(cell.col)) !== 'DOB') continue;
        out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.85, detector: NAME });
        continue;
      }
      let byWord = labelledBefore(text, start, (words ??= birthWords(text))) ?? labelledAfter(text, end);
      // A key in any casing or abbreviation (fechaNac:, GEBDAT=, date_naiss …) or a column named so.
      if (!byWord && fieldIsBirth(text, start)) byWord = 'field';
      if (!byWord && answersBirthQuestion(text, start, end)) byWord = 'answer';
      // Or a header above it names its column (the index is built only when a date has no birth word).
      if (!byWord && !(inDelimitedLine(text, start, TABLE_DELIM_RE) && inTableColumn(text, start, (tables ??= birthColumns(text)))))
        continue;
      if (encyclopaedic(text, start, end, p.y, byWord ?? '')) continue;
      out.push({ type: 'DATE_OF_BIRTH', start, end, score: byWord ? 0.9 : 0.8, detector: NAME });
    }
    return out;
  },
};
