// Validation of independent.jsonl: the shape of every record, exact and non-overlapping spans, known types,
// PERSON values free of gazetteer and tagger-locale tokens, check digits of the structured values (verified with
// the project's validators), negatives free of check-digit-valid look-alikes, and the balance of the set.
import * as ck from '../../shared/core/pii/checksums.ts';
import { PII_TYPES } from '../../shared/core/pii/types.ts';
import type { Doc, Span } from './compose.ts';
import { excludedBecause } from './exclusion.ts';
import { LANGS } from './rng.ts';

const KNOWN = new Set<string>(PII_TYPES);
const PUBLISHED_TEST_CARDS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005']);

function nationalIdValid(s: string): boolean {
  return [ck.nino, ck.nhs, ck.deSteuerId, ck.frNir, ck.esDniNie, ck.itCodiceFiscale, ck.nlBsn].some((f) => f(s));
}

/** A bank account span: national formats must pass their check; a number after "routing"/"ABA" must be a valid routing number. */
function bankAccountProblem(doc: Doc, e: Span, value: string): string | undefined {
  const alnum = ck.alnumOf(value);
  const before = doc.text.slice(Math.max(0, e.start - 20), e.start).toLowerCase();
  if (/^\d{20}$/.test(alnum) && !ck.esCcc(value)) return 'CCC control digits';
  if (/^\d{10}[0-9A-Z]{11}\d{2}$/.test(alnum) && !ck.frRib(value)) return 'RIB key';
  if (/^[A-Z]\d{10}[0-9A-Z]{12}$/.test(alnum) && !ck.itBban(value)) return 'BBAN CIN';
  if (/^\d{3}-\d{7}-\d{2}$/.test(value) && !ck.beBankAccount(value)) return 'BE account check';
  if (/(routing|aba)[^\d]*$/.test(before) && !ck.abaRouting(value)) return 'ABA checksum';
  return undefined;
}

function valueProblem(doc: Doc, e: Span): string | undefined {
  const value = doc.text.slice(e.start, e.end);
  switch (e.type) {
    case 'PERSON':
      return excludedBecause(value);
    case 'CREDIT_CARD':
      return ck.luhn(ck.digitsOf(value)) && !PUBLISHED_TEST_CARDS.has(ck.digitsOf(value)) ? undefined : 'Luhn';
    case 'IBAN':
      return ck.iban(value) ? undefined : 'mod-97';
    case 'SSN':
      return ck.ssn(value) ? undefined : 'SSN rules';
    case 'NATIONAL_ID':
      return nationalIdValid(value) ? undefined : 'no national scheme validates it';
    case 'BANK_ACCOUNT':
      return bankAccountProblem(doc, e, value);
    default:
      return undefined;
  }
}

function spanProblems(doc: Doc): string[] {
  const out: string[] = [];
  const sorted = [...doc.entities].sort((a, b) => a.start - b.start);
  sorted.forEach((e, i) => {
    const where = `${doc.id} ${e.type} [${e.start},${e.end})`;
    if (!KNOWN.has(e.type)) out.push(`${where}: unknown type`);
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= doc.text.length))
      return void out.push(`${where}: offsets outside the text`);
    const value = doc.text.slice(e.start, e.end);
    if (value.trim() !== value) out.push(`${where}: whitespace at a span edge`);
    if (i > 0 && sorted[i - 1]!.end > e.start) out.push(`${where}: overlaps the previous span`);
    const p = valueProblem(doc, e);
    if (p) out.push(`${where} "${value}": ${p}`);
  });
  return out;
}

/** A negative must not hold a check-digit-valid card or IBAN that nobody labelled. */
function lookAlikeProblems(doc: Doc): string[] {
  if (doc.entities.length > 0) return [];
  const out: string[] = [];
  for (const m of doc.text.matchAll(/\d(?:[ -]?\d){12,18}/g)) {
    const d = ck.digitsOf(m[0]);
    if (ck.luhn(d) && !PUBLISHED_TEST_CARDS.has(d)) out.push(`${doc.id}: unlabelled Luhn-valid number ${m[0]}`);
  }
  for (const m of doc.text.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g))
    if (ck.iban(m[0])) out.push(`${doc.id}: unlabelled valid IBAN ${m[0]}`);
  return out;
}

function recordProblems(d: Partial<Doc>, n: number): string[] {
  if (typeof d.id !== 'string' || typeof d.text !== 'string' || typeof d.lang !== 'string' || !Array.isArray(d.entities))
    return [`line ${n}: expected {"id","text","lang","entities"}`];
  if (!(LANGS as readonly string[]).includes(d.lang)) return [`${d.id}: unknown language ${d.lang}`];
  const kind = /-(pos|neg|hard)$/.exec(d.id)?.[1];
  if ((kind === 'pos') !== d.entities.length > 0) return [`${d.id}: id kind ${kind} disagrees with ${d.entities.length} entities`];
  return [];
}

/** Languages roughly equal, about half sensitive in each, hard negatives at least 40 % of each language's negatives. */
function balanceProblems(docs: readonly Doc[]): string[] {
  const out: string[] = [];
  const mean = docs.length / LANGS.length;
  for (const lang of LANGS) {
    const own = docs.filter((d) => d.lang === lang);
    const sensitive = own.filter((d) => d.entities.length > 0).length;
    const negatives = own.length - sensitive;
    const hard = own.filter((d) => d.id.endsWith('-hard')).length;
    if (Math.abs(own.length - mean) > mean * 0.1) out.push(`${lang}: ${own.length} documents, mean ${mean.toFixed(0)}`);
    if (sensitive < own.length * 0.4 || sensitive > own.length * 0.6) out.push(`${lang}: ${sensitive}/${own.length} sensitive`);
    if (hard < negatives * 0.4) out.push(`${lang}: ${hard}/${negatives} hard negatives`);
  }
  return out;
}

/** Every problem found in the set's JSON lines; an empty list means the set is valid. */
export function checkSet(jsonl: string): string[] {
  const problems: string[] = [];
  const docs: Doc[] = [];
  const ids = new Set<string>();
  jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .forEach((line, i) => {
      const d = JSON.parse(line) as Partial<Doc>;
      const p = recordProblems(d, i + 1);
      if (p.length) return void problems.push(...p);
      const doc = d as Doc;
      if (ids.has(doc.id)) problems.push(`${doc.id}: duplicate id`);
      ids.add(doc.id);
      problems.push(...spanProblems(doc), ...lookAlikeProblems(doc));
      docs.push(doc);
    });
  return [...problems, ...balanceProblems(docs)];
}
