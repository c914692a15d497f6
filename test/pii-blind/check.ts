// Validation of blind.jsonl: record shape, unique ids, exact non-overlapping spans of the types docs/pii-labels.md
// defines, PERSON tokens that are neither ordinary words nor names of the other sets, check digits verified with
// the project's validators, and negatives free of check-digit-valid look-alikes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ck from '../../shared/core/pii/checksums.ts';
import type { Doc, Span } from './doc.ts';
import { LANGS } from './doc.ts';
import { nameTokens, ROOT } from './names.ts';

const NATIONAL = [ck.nhs, ck.deSteuerId, ck.frNir, ck.esDniNie, ck.itCodiceFiscale, ck.nlBsn];
/** The particles nameForm may put before a surname: shared with everyone's names, not a name of their own. */
export const PARTICLES = new Set(['van', 'de', 'da', 'du', 'di', 'von', 'ter', 'del', 'ben']);

/** The entity types of docs/pii-labels.md's table. */
export function labelTypes(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs/pii-labels.md'), 'utf8');
  return new Set([...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!));
}

export interface NameRules {
  common: Set<string>;
  otherSets: Set<string>;
}

function personProblem(value: string, rules: NameRules): string | undefined {
  for (const t of nameTokens(value)) {
    if (t.length === 1 || PARTICLES.has(t)) continue;
    if (rules.common.has(t)) return `ordinary word: ${t}`;
    if (rules.otherSets.has(t)) return `a name of another set: ${t}`;
  }
  return undefined;
}

function valueProblem(type: string, value: string, rules: NameRules): string | undefined {
  if (type === 'CREDIT_CARD') return ck.luhn(ck.digitsOf(value)) ? undefined : 'Luhn';
  if (type === 'IBAN') return ck.iban(value) ? undefined : 'mod-97';
  if (type === 'NATIONAL_ID') return NATIONAL.some((f) => f(value)) ? undefined : 'no national scheme validates it';
  if (type === 'PERSON') return personProblem(value, rules);
  return undefined;
}

function spanProblems(doc: Doc, types: Set<string>, rules: NameRules): string[] {
  const out: string[] = [];
  const sorted = [...doc.entities].sort((a, b) => a.start - b.start);
  sorted.forEach((e: Span, i) => {
    const where = `${doc.id} ${e.type} [${e.start},${e.end})`;
    if (!types.has(e.type)) out.push(`${where}: not a type of docs/pii-labels.md`);
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= doc.text.length))
      return void out.push(`${where}: empty or outside the text`);
    const value = doc.text.slice(e.start, e.end);
    if (value.trim() !== value) out.push(`${where}: whitespace at a span edge`);
    if (i > 0 && sorted[i - 1]!.end > e.start) out.push(`${where}: overlaps the previous span`);
    const p = valueProblem(e.type, value, rules);
    if (p) out.push(`${where}: ${p}`);
  });
  return out;
}

function lookAlikeProblems(doc: Doc): string[] {
  if (doc.entities.length > 0) return [];
  const out: string[] = [];
  for (const m of doc.text.matchAll(/\d(?:[ -]?\d){12,18}/g))
    if (ck.luhn(ck.digitsOf(m[0]))) out.push(`${doc.id}: unlabelled Luhn-valid number`);
  for (const m of doc.text.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g))
    if (ck.iban(m[0])) out.push(`${doc.id}: unlabelled valid IBAN`);
  return out;
}

function recordProblem(d: Partial<Doc>, n: number): string | undefined {
  if (typeof d.id !== 'string' || typeof d.text !== 'string' || typeof d.lang !== 'string' || !Array.isArray(d.entities))
    return `line ${n}: expected {"id","text","lang","entities"}`;
  if (!(LANGS as readonly string[]).includes(d.lang)) return `${d.id}: unknown language`;
  const kind = /-(pos|neg|hard)$/.exec(d.id)?.[1];
  if ((kind === 'pos') !== d.entities.length > 0) return `${d.id}: id kind disagrees with ${d.entities.length} entities`;
  return undefined;
}

/** Every problem in the set's JSON lines; empty when the set is valid. */
export function checkSet(jsonl: string, rules: NameRules): string[] {
  const types = labelTypes();
  const ids = new Set<string>();
  const problems: string[] = [];
  jsonl
    .split('\n')
    .filter((l) => l !== '')
    .forEach((line, i) => {
      const d = JSON.parse(line) as Partial<Doc>;
      const p = recordProblem(d, i + 1);
      if (p) return void problems.push(p);
      const doc = d as Doc;
      if (ids.has(doc.id)) problems.push(`${doc.id}: duplicate id`);
      ids.add(doc.id);
      problems.push(...spanProblems(doc, types, rules), ...lookAlikeProblems(doc));
    });
  return problems;
}
