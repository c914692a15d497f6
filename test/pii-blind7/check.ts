// Validation of blind7.jsonl with this set's own rules and validators (values.ts): record shape and unique ids and
// texts, ids ending in -pos/-hard/-neg that agree with the labels, spans in range, non-empty, not overlapping, of a
// docs/pii-labels.md type, without surrounding whitespace or punctuation, values valid for their type (Luhn, mod 97,
// national check digits, account check digits, ABA, SSN ranges, phone digits or digit words, passport and licence
// shapes), PERSON tokens of three letters or more that no other set's PERSON spans hold, no token of this set's own
// name pool outside a span (so every mention is labelled and no negative names anyone), and no Luhn-
// or mod-97-valid look-alike left unlabelled.
import type { Lang } from '../pii-blind/doc.ts';
import { LANGS } from '../pii-blind/doc.ts';
import { nameTokenParts, PARTICLES } from './names.ts';
import * as v from './values.ts';

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

const DOC_RANGES = /^(?:192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|127\.|0\.0\.0\.0$)|^2001:db8:|^::1?$/i;

function personProblem(value: string, others: Set<string>): string | undefined {
  if (!/^[\p{L}\s.,'’-]+$/u.test(value)) return 'not a name';
  for (const { token, syllable } of nameTokenParts(value)) {
    if (token.length === 1 || PARTICLES.has(token)) continue;
    if (token.length < 3 && !syllable) return `token shorter than three letters: ${token}`;
    if (token.length >= 3 && others.has(token)) return `a name of another set: ${token}`;
  }
  return undefined;
}

function phoneProblem(value: string, lang: Lang): string | undefined {
  const spoken = v.spokenDigits(value, lang);
  if (spoken !== undefined) return spoken.length >= 9 ? undefined : 'too few spoken digits';
  return /^[+(\d][\d ()./+-]+\d$/.test(value) && v.digitsOf(value).length >= 9 ? undefined : 'phone shape';
}

function valueProblem(type: string, value: string, lang: Lang, others: Set<string>): string | undefined {
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
      return v.passportValid(value) ? undefined : 'passport shape';
    case 'DRIVER_LICENSE':
      return v.driverLicenseValid(value) ? undefined : 'licence shape';
    case 'EMAIL':
      return /@|＠|\bat\b|\(at\)|\[at\]/i.test(value) ? undefined : 'no at';
    case 'PHONE':
      return phoneProblem(value, lang);
    case 'IP_ADDRESS':
      return /^[\d.]+$|^[0-9a-f:]+$/i.test(value) && !DOC_RANGES.test(value) && !value.includes('/') ? undefined : 'not a host address';
    case 'PERSON':
      return personProblem(value, others);
    default:
      return undefined;
  }
}

interface Rec {
  id: string;
  text: string;
  lang: Lang;
  entities: { type: string; start: number; end: number }[];
}

/** Luhn-valid digit runs, mod-97-valid IBANs and this set's name tokens in a text, outside the given spans. */
function unlabelled(d: Rec, poolTokens: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const inSpan = (s: number, e: number) => d.entities.some((x) => s < x.end && e > x.start);
  for (const m of v.luhnRuns(d.text))
    if (!inSpan(m.index, m.index + m.text.length) && !v.TEST_CARDS.includes(v.digitsOf(m.text)))
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

function spanProblems(d: Rec, others: Set<string>): string[] {
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
    const p = valueProblem(e.type, value, d.lang, others);
    if (p) problems.push(`${where}: ${p}`);
    last = e.end;
  }
  return problems;
}

/** Every problem in the set's JSON lines; empty when the set is valid. `poolTokens`: the tokens of this set's own
 * name pool (three letters or more). */
export function checkSet(jsonl: string, others: Set<string>, poolTokens: ReadonlySet<string> = new Set()): string[] {
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
    problems.push(...spanProblems(d, others));
    for (const p of unlabelled(d, poolTokens)) problems.push(`${d.id}: ${p}`);
  });
  return problems;
}
