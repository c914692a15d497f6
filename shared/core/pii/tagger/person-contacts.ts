// A contact list: lines in a row that each give a name and how to reach that person — a phone number or an e-mail
// address (or, in a list of donors or payees, the sum), a role in parentheses or a time of day around them ("Hesam
// Ghorbani (entrenador) +34 688 87 03 95", "10:30 Tassanee Phosri – tassanee_phosr@example.com", "K. Jaroenpong +66 95
// 946 4269", "MUANGSRI Apisit +353 83 …"). No label says "person": the contact beside each name does, and two such
// lines in a row make a list. So does a parenthesis after a name that gives the person's number or birth date
// ("Dendup Kunga (mobile +44 7509 …)"), and a birth date after a name's comma ("Anna Berg, née le …"). The names are
// rare words (no common word of the six languages: not "Pizzeria Roma", "Hotline Support"). Found without the model;
// pure.
import { digitsOf } from '../checksums.ts';
import { fromCapitals } from '../detectors/names-structured.ts';
import { isRareNamePart, personAt, surnameCommaGivenAt, VOWEL, type Reading } from './name-runs.ts';
import type { TextSpan } from './windows.ts';

/** A phone number: a plus or a digit, then digits with the separators numbers are written with. */
const PHONE = String.raw`(?:\+|\(\+?)?\d[\d \t().\/-]{5,22}\d`;
/** An e-mail address, also as people hide it ("tannaz75 (at) gmail.com", "t dot k at gmx dot net"). */
const EMAIL = String.raw`[\p{L}\p{N}._+-]+(?:[ \t]*(?:@|＠|\[at\]|\(at\))[ \t]*|[ \t]at[ \t])[\p{L}\p{N}-]+(?:(?:\.|[ \t]dot[ \t])[\p{L}\p{N}-]+)+`;
/** A sum given or paid, with its currency: a list of donors or payees ("Tovan Merisk — £25", "… – 20 €"). */
const AMOUNT = String.raw`(?:[£€$][ \t]?\d{1,7}(?:[.,]\d{2})?|\d{1,7}(?:[.,]\d{2})?[ \t]?(?:€|EUR|GBP|USD|CHF|£|\$))`;
const CONTACT = `(?:${PHONE}|${EMAIL}|${AMOUNT})`;
/** Between the name and its contact, or between two contacts: a dash, a colon, a comma, a semicolon, a bar, or blanks alone. */
const BETWEEN = String.raw`[ \t]*(?:[-–—:,;|/][ \t]*)?`;
/** More fields of a delimited row after its contacts ("Name;e-mail;card number"). */
const MORE_FIELDS = String.raw`(?:[;|\t][^\n]{0,80})?`;
/**
 * One line of a contact list: a bullet or a time may open it; the name (letters, dots, hyphens, apostrophes, a
 * comma of "Surname, Given"); a role in parentheses; one or two contacts, then maybe more fields of a delimited row.
 */
const CONTACT_LINE_RE = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]+)?(?:\d{1,2}[:.h]\d{2}[ \t]+)?` +
    String.raw`(\p{L}[\p{L}\p{M}.'’-]*(?:,?[ \t]+\p{L}[\p{L}\p{M}.'’-]*){0,4})` +
    String.raw`(?:[ \t]*\([^()\n]{1,30}\))?${BETWEEN}${CONTACT}(?:${BETWEEN}${CONTACT})?${MORE_FIELDS}[ \t]*$`,
  'gmu',
);
const AMOUNT_RE = new RegExp(`^${BETWEEN}${AMOUNT}`, 'u');
/** What makes a list of sums one of people: giving, thanking, paying or owing (en/de/fr/es/it/nl). */
const GIVING_OR_PAYING =
  /donat|donor|donne|spend|spende|gift|thank|dank|merci|gracias|grazie|bedank|contribu|sponsor|paid|pays|bezahlt|payé|pagad|pagat|betaald|owes|schuld|doit|debe|deve\b/iu;
const INITIAL = /^\p{Lu}\.$/u;
const NAME_WORD = /^(?:\p{Lu}\p{Ll}[\p{Ll}\p{M}]*|\p{Lu}{2,})(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+|[-'’]\p{Lu}+)*$/u;
/** Digits a phone number has at least: "12:30 – 14:00" is no contact. */
const MIN_PHONE_DIGITS = 7;

/** The names the contact lists of `text` give, and the names a parenthesis after them details, in text order. */
export function contactNames(text: string, reading: Reading): TextSpan[] {
  return [...listedContacts(text, reading), ...namesWithDetails(text, reading), ...namesBeforeBirth(text, reading)].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * A name, a comma, then born: "Tanas Mironski, geboren am", "Anna Berg, née le", "nacida el", "nato a", "NIMOL VENG,
 * DOB 29 Sep 1960".
 */
const BORN_AFTER_RE = /,[ \t]+(?:born|b\.|DOB|D\.O\.B\.|date of birth|geb\.|geboren|née?|nacid[oa]|nat[oa])(?![\p{L}\p{M}])/gu;
/** Where a name may open before ", born": a line's start (after a list's bullet) or a clause's. */
const NAME_OPENS_AT = /(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?$|[:;(][ \t]*$/u;
/** The birth date itself after the birth word ("(e) le 4 mars …", "/a el 9-12-1976"): a name may then stand anywhere. */
const DATE_FOLLOWS_RE = /^[^\n\d]{0,14}\d/u;

/**
 * The person a birth date after a comma is of: the clause before the comma when it is a name ("- Yaliuk, Vilina, geb.
 * …"), or, when the date follows, the name right before the comma anywhere — a prescription's, a parish sheet's, a
 * voicemail transcript's in lower case ("hola soy rumbidzayi anesu zinyemba, nacida el …"): two words or more, or an
 * initial and a surname, each rare.
 */
function namesBeforeBirth(text: string, reading: Reading): TextSpan[] {
  const out: TextSpan[] = [];
  if (!text.includes(', ')) return out;
  for (const m of text.matchAll(BORN_AFTER_RE)) {
    const clause = clauseNameBefore(text, m.index, reading);
    if (clause) out.push(clause);
    else if (DATE_FOLLOWS_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) {
      const name = nameRightBefore(text, m.index, reading);
      if (name) out.push(name);
    }
  }
  return out;
}

/** The clause before the comma at `comma`, from where a name may open, when it is a name and ends at the comma. */
function clauseNameBefore(text: string, comma: number, reading: Reading): TextSpan | undefined {
  const lineStart = text.lastIndexOf('\n', comma) + 1;
  const head = text.slice(Math.max(lineStart, comma - 80), comma);
  const opens = /[^:;(\n]*$/u.exec(head)!;
  const from = comma - opens[0].length + (/^[ \t]*(?:[-*•–][ \t]+)?/u.exec(opens[0])?.[0].length ?? 0);
  if (!NAME_OPENS_AT.test(text.slice(Math.max(0, from - 4), from)) && from !== lineStart) return undefined;
  // a run of name parts, or a surname, a comma and a given name: "Yaliuk, Vilina, geb. …"
  const run = personAt(text, from, reading);
  if (run?.end === comma) return run;
  const inverted = run ? surnameCommaGivenAt(text, from, reading) : undefined;
  return inverted?.end === comma ? inverted : undefined;
}

/** Two or more rare capitalised words (an initial and a surname) right before `comma`, or two or three in lower case. */
function nameRightBefore(text: string, comma: number, reading: Reading): TextSpan | undefined {
  const before = text.slice(Math.max(0, comma - NAME_REACH), comma);
  const name = NAME_BEFORE_RE.exec(before)?.[0];
  const words = name === undefined ? 0 : nameWords(name, reading);
  if (name !== undefined && (words >= 2 || (words === 1 && /^\p{Lu}\./u.test(name)))) return { start: comma - name.length, end: comma };
  const lower = LOWER_NAME_BEFORE_RE.exec(before)?.[0];
  if (lower !== undefined && lower.split(/[ \t]+/u).every((w) => VOWEL.test(w) && isRareNamePart(w, reading)))
    return { start: comma - lower.length, end: comma };
  return undefined;
}

/** Two or three words in lower case right before the comma. */
const LOWER_NAME_BEFORE_RE = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]+){1,2}$/u;

/** A parenthesis after a blank, and what it holds (one level of parentheses inside): read first, the name after. */
const DETAILS_RE = / \(((?:[^()\n]|\([^()\n]*\)){4,80}?)\)/gu;
/** The name ending right before the parenthesis's blank: two to four capitalised words, an initial first maybe. */
const NAME_BEFORE_RE = /(?<![\p{L}\p{M}.'’-])(?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,3}$/u;
/** Characters before a parenthesis a name may take. */
const NAME_REACH = 80;
const BIRTH_WORD = /^(?:born|b\.|geb(?:oren|\.)|née?\(?e?\)?|nacid[oa]|nat[oa]|geboren)(?![\p{L}])/iu;
const EMAIL_RE = new RegExp(EMAIL, 'u');
/** A phone number as people write it beside a name: an international prefix or a trunk 0 ("(1922-1975)" is no number). */
const PHONE_IN_DETAILS = /(?:\+|(?<![\d])0)\d{1,4}\)?[ \t./-]?\d[\d \t()./-]{4,}\d/u;
/** A quotation's attribution line: "\t\t-- Pier Paolo Pasolini (1922-1975), scrittore". */
const ATTRIBUTION_LINE = /^[ \t]*(?:--|—|―)/u;

/**
 * A name, then in parentheses how to reach that person or when the person was born: "Dendup Kunga (extension 6,
 * mobile +44 7509 558 715)", "Kosuke Kikuchi ((+34) 796004891)", "Saburō Tokunaga (nacido/a el 1956-06-19, …)".
 * Two words or more, or an initial and a surname, each rare.
 */
function namesWithDetails(text: string, reading: Reading): TextSpan[] {
  const out: TextSpan[] = [];
  if (!text.includes(' (')) return out;
  for (const m of text.matchAll(DETAILS_RE)) {
    const inside = m[1]!;
    if (!BIRTH_WORD.test(inside) && !EMAIL_RE.test(inside) && !PHONE_IN_DETAILS.test(inside)) continue;
    const before = text.slice(Math.max(0, m.index - NAME_REACH), m.index);
    const name = NAME_BEFORE_RE.exec(before)?.[0];
    if (name === undefined) continue;
    const start = m.index - name.length;
    if (ATTRIBUTION_LINE.test(text.slice(text.lastIndexOf('\n', start) + 1, start))) continue; // "-- Ugo Cei (ugo@…)": a quote's source
    const words = nameWords(name, reading);
    if (words >= 2 || (words === 1 && /^\p{Lu}\./u.test(name))) out.push({ start, end: m.index });
  }
  return out;
}

/** The names the contact lists of `text` give, in text order. */
function listedContacts(text: string, reading: Reading): TextSpan[] {
  const out: TextSpan[] = [];
  let block: { span: TextSpan; words: number }[] = [];
  let lastLineEnd = -2;
  const flush = () => {
    if (block.length >= 2 && block.some((line) => line.words >= 2)) out.push(...block.map((line) => line.span));
    block = [];
  };
  const givesOrPays = GIVING_OR_PAYING.test(text); // a sum beside a name: a donor's or a payee's, not a product's price
  for (const m of text.matchAll(CONTACT_LINE_RE)) {
    if (m.index !== lastLineEnd + 1) flush();
    lastLineEnd = m.index + m[0].length;
    const contact = m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length);
    const words = nameWords(m[1]!, reading);
    const email = /\p{L}/u.test(contact); // a phone number has no letter
    const amount = AMOUNT_RE.test(contact);
    const label = words === 1 && /^[ \t]*:/u.test(contact); // "Rückfragen: …@…" under a list is its heading's word
    if (words === 0 || label || (amount ? !givesOrPays : !email && digitsOf(contact).length < MIN_PHONE_DIGITS)) {
      flush();
      continue;
    }
    const start = m.index + m[0].indexOf(m[1]!);
    block.push({ span: { start, end: start + m[1]!.replace(/,$/u, '').length }, words });
  }
  flush();
  return out;
}

/** How many words of a name `name` has (initials not counted), or 0 when it is not a name: a word not a rare one. */
function nameWords(name: string, reading: Reading): number {
  let words = 0;
  for (const raw of name.split(/[ \t]+/u)) {
    const word = raw.replace(/,$/u, '');
    if (INITIAL.test(word)) continue;
    if (!NAME_WORD.test(word) || !VOWEL.test(word.toLowerCase()) || !isRareNamePart(fromCapitals(word), reading)) return 0;
    words++;
  }
  return words;
}
