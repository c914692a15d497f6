// Validation of a blind set's JSON lines, shared by test/pii-blind3 … test/pii-blind7: record shape and unique ids and
// texts, ids ending in -pos/-hard/-neg that agree with the labels, spans in range, non-empty, not overlapping, of a
// docs/pii-labels.md type, without surrounding whitespace or punctuation, values valid for their type by the set's
// own validators (its values.ts), and no look-alike a validator accepts left unlabelled. Each set's check.ts says
// which of these rules it applies.
import type { Lang } from './doc.ts';
import { LANGS } from './doc.ts';

export const TYPES = new Set([
  'PERSON',
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'SSN',
  'NATIONAL_ID',
  'PASSPORT',
  'DRIVER_LICENSE',
  'IP_ADDRESS',
  'SECRET',
]);

export interface Rec {
  id: string;
  text: string;
  lang: Lang;
  entities: { type: string; start: number; end: number }[];
}

/** What is wrong with a labelled value, or undefined when it is valid for its type. */
export type ValueProblem = (type: string, value: string, lang: Lang) => string | undefined;

/** The validators a set's look-alike scan needs (its values.ts). */
export interface LookAlikeValidators {
  digitsOf(s: string): string;
  luhnRuns(text: string): { index: number; text: string }[];
  ibanValid(s: string): boolean;
}

/** Luhn-valid digit runs (but `testCards`), mod-97-valid IBANs and tokens of `poolTokens` in a text, outside its
 * spans. */
export function unlabelled(
  d: Rec,
  v: LookAlikeValidators,
  poolTokens: ReadonlySet<string> = new Set(),
  testCards: readonly string[] = [],
): string[] {
  const out: string[] = [];
  const inSpan = (s: number, e: number) => d.entities.some((x) => s < x.end && e > x.start);
  for (const m of v.luhnRuns(d.text))
    if (!inSpan(m.index, m.index + m.text.length) && !testCards.includes(v.digitsOf(m.text)))
      out.push(`unlabelled Luhn-valid number ${m.text}`);
  for (const m of d.text.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g))
    if (v.ibanValid(m[0]) && !inSpan(m.index, m.index + m[0].length)) out.push(`unlabelled valid IBAN ${m[0]}`);
  for (const m of d.text.matchAll(/\p{L}+/gu)) {
    const t = m[0].toLowerCase();
    if (t.length >= 3 && poolTokens.has(t) && !inSpan(m.index, m.index + m[0].length))
      out.push(`a name of this set's pool outside a span: ${m[0]}`);
  }
  return out;
}

function spanProblems(d: Rec, valueProblem: ValueProblem): string[] {
  const problems: string[] = [];
  let last = 0;
  for (const e of d.entities) {
    const value = d.text.slice(e.start, e.end);
    const where = `${d.id} ${e.type} ${e.start}-${e.end} ${JSON.stringify(value)}`;
    if (Object.keys(e).join() !== 'type,start,end') problems.push(`${where}: keys`);
    if (!TYPES.has(e.type)) problems.push(`${where}: unknown type`);
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= last && e.end > e.start && e.end <= d.text.length))
      problems.push(`${where}: out of range, empty or overlapping`);
    if (/^\s|\s$/.test(value) || (e.type !== 'SECRET' && /^[,.;:!?]|[,;:!?]$/.test(value)))
      problems.push(`${where}: whitespace or punctuation at an edge`);
    const p = valueProblem(e.type, value, d.lang);
    if (p) problems.push(`${where}: ${p}`);
    last = e.end;
  }
  return problems;
}

/** Every problem in a set's JSON lines, its values judged by `valueProblem` and its texts scanned by
 * `lookAlikes`; empty when the set is valid. */
export function checkRecords(jsonl: string, valueProblem: ValueProblem, lookAlikes: (d: Rec) => string[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  const lines = jsonl.split('\n');
  if (lines.pop() !== '') problems.push('file does not end in a newline');
  lines.forEach((line, i) => {
    let d: Rec;
    try {
      d = JSON.parse(line) as Rec;
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    if (Object.keys(d).join() !== 'id,text,lang,entities') problems.push(`line ${i + 1}: keys ${Object.keys(d).join()}`);
    if (ids.has(d.id)) problems.push(`${d.id}: duplicate id`);
    ids.add(d.id);
    if (texts.has(d.text)) problems.push(`${d.id}: duplicate text`);
    texts.add(d.text);
    if (!LANGS.includes(d.lang)) problems.push(`${d.id}: language ${d.lang}`);
    const kind = /-(pos|hard|neg)$/.exec(d.id)?.[1];
    if (!kind) problems.push(`${d.id}: id does not end in -pos, -hard or -neg`);
    if ((kind === 'pos') !== d.entities.length > 0) problems.push(`${d.id}: ${d.entities.length} entities`);
    problems.push(...spanProblems(d, valueProblem));
    for (const p of lookAlikes(d)) problems.push(`${d.id}: ${p}`);
  });
  return problems;
}

/** The validators of a set from test/pii-blind4 on (its values.ts); a set without passport or licence shapes leaves
 * those types unchecked. */
export interface Validators extends LookAlikeValidators {
  luhn(digits: string): boolean;
  TEST_CARDS: readonly string[];
  NATIONAL_VALIDATORS: readonly ((s: string) => boolean)[];
  ssnValid(s: string): boolean;
  bankAccountValid(s: string): boolean;
  spokenDigits(value: string, lang: Lang): string | undefined;
  passportValid?: (s: string) => boolean;
  driverLicenseValid?: (s: string) => boolean;
}

/** How a set splits a name into tokens (its names.ts). */
export interface NameRules {
  nameTokenParts(name: string): { token: string; syllable: boolean }[];
  PARTICLES: ReadonlySet<string>;
}

const DOC_RANGES = /^(?:192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|127\.|0\.0\.0\.0$)|^2001:db8:|^::1?$/i;

/** The value rules of the sets from test/pii-blind4 on: Luhn (published test cards refused), mod 97, national
 * check digits, account check digits, ABA, SSN ranges, phone digits or digit words, passport and licence shapes
 * where the set has them, host addresses outside the documentation ranges, and PERSON tokens of three letters or
 * more (a syllable of a hyphenated name excepted) that `others` does not hold. */
export function valueRules(v: Validators, names: NameRules, others: Set<string>): ValueProblem {
  const personProblem = (value: string): string | undefined => {
    if (!/^[\p{L}\s.,'’-]+$/u.test(value)) return 'not a name';
    for (const { token, syllable } of names.nameTokenParts(value)) {
      if (token.length === 1 || names.PARTICLES.has(token)) continue;
      if (token.length < 3 && !syllable) return `token shorter than three letters: ${token}`;
      if (token.length >= 3 && others.has(token)) return `a name of another set: ${token}`;
    }
    return undefined;
  };
  const phoneProblem = (value: string, lang: Lang): string | undefined => {
    const spoken = v.spokenDigits(value, lang);
    if (spoken !== undefined) return spoken.length >= 9 ? undefined : 'too few spoken digits';
    return /^[+(\d][\d ()./+-]+\d$/.test(value) && v.digitsOf(value).length >= 9 ? undefined : 'phone shape';
  };
  return (type, value, lang) => {
    switch (type) {
      case 'CREDIT_CARD':
        return v.luhn(v.digitsOf(value)) && /^[\d .-]+$/.test(value) && !v.TEST_CARDS.includes(v.digitsOf(value)) ? undefined : 'Luhn';
      case 'IBAN':
        return v.ibanValid(value) ? undefined : 'mod 97';
      case 'NATIONAL_ID':
        return v.NATIONAL_VALIDATORS.some((f) => f(value)) ? undefined : 'no national scheme validates it';
      case 'SSN':
        return v.ssnValid(value) ? undefined : 'SSN ranges';
      case 'BANK_ACCOUNT':
        return v.bankAccountValid(value) ? undefined : 'not a valid account number';
      case 'PASSPORT':
        return !v.passportValid || v.passportValid(value) ? undefined : 'passport shape';
      case 'DRIVER_LICENSE':
        return !v.driverLicenseValid || v.driverLicenseValid(value) ? undefined : 'licence shape';
      case 'EMAIL':
        return /@|＠|\bat\b|\(at\)|\[at\]/i.test(value) ? undefined : 'no at';
      case 'PHONE':
        return phoneProblem(value, lang);
      case 'IP_ADDRESS':
        return /^[\d.]+$|^[0-9a-f:]+$/i.test(value) && !DOC_RANGES.test(value) && !value.includes('/') ? undefined : 'not a host address';
      case 'PERSON':
        return personProblem(value);
      default:
        return undefined;
    }
  };
}
