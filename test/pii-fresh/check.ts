// Validation of fresh.jsonl: record shape, unique ids, exact non-overlapping spans of the types docs/pii-labels.md
// defines, PERSON tokens that are not ordinary words, check digits verified with the project's validators, and
// negatives free of check-digit-valid look-alikes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ck from '../../shared/core/pii/checksums.ts';
import type { Doc, Span } from './doc.ts';
import { LANGS } from './generate.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const PARTICLES = new Set(['van', 'der', 'de', 'da', 'dos', 'di', 'del', 'von']);

/** The entity types of docs/pii-labels.md's table. */
export function labelTypes(): Set<string> {
  const doc = readFileSync(join(HERE, '../../docs/pii-labels.md'), 'utf8');
  return new Set([...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!));
}

function valueProblem(type: string, value: string, words: Set<string>): string | undefined {
  if (type === 'CREDIT_CARD') return ck.luhn(ck.digitsOf(value)) ? undefined : 'Luhn';
  if (type === 'IBAN') return ck.iban(value) ? undefined : 'mod-97';
  if (type === 'PERSON') {
    const word = value
      .toLowerCase()
      .split(/[\s.-]+/)
      .find((t) => t.length > 1 && !PARTICLES.has(t) && words.has(t));
    return word ? `ordinary word: ${word}` : undefined;
  }
  return undefined;
}

/** What is wrong with one span's value for its type (a check digit, a word that is no name), if anything. */
export type ValueProblem = (type: string, value: string) => string | undefined;

function spanProblems(doc: Doc, types: Set<string>, valueProblem: ValueProblem): string[] {
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
    const p = valueProblem(e.type, value);
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

function recordProblem(d: Partial<Doc>, n: number, langs: readonly string[]): string | undefined {
  if (typeof d.id !== 'string' || typeof d.text !== 'string' || typeof d.lang !== 'string' || !Array.isArray(d.entities))
    return `line ${n}: expected {"id","text","lang","entities"}`;
  if (!langs.includes(d.lang)) return `${d.id}: unknown language`;
  const kind = /-(pos|neg|hard)$/.exec(d.id)?.[1];
  if ((kind === 'pos') !== d.entities.length > 0) return `${d.id}: id kind disagrees with ${d.entities.length} entities`;
  return undefined;
}

/** Every problem in the set's JSON lines; empty when the set is valid. */
export function checkSet(jsonl: string, words: Set<string>): string[] {
  return checkDocs(jsonl, LANGS, (type, value) => valueProblem(type, value, words));
}

/**
 * Every problem in a labelled set's JSON lines (docs/pii-labels.md "Test sets"): record shape, languages, unique ids,
 * spans and their values (`valueProblem`), look-alikes in negatives. The blind set's checker reads its values its own way.
 */
export function checkDocs(jsonl: string, langs: readonly string[], valueProblem: ValueProblem): string[] {
  const types = labelTypes();
  const ids = new Set<string>();
  const problems: string[] = [];
  jsonl
    .split('\n')
    .filter((l) => l !== '')
    .forEach((line, i) => {
      const d = JSON.parse(line) as Partial<Doc>;
      const p = recordProblem(d, i + 1, langs);
      if (p) return void problems.push(p);
      const doc = d as Doc;
      if (ids.has(doc.id)) problems.push(`${doc.id}: duplicate id`);
      ids.add(doc.id);
      problems.push(...spanProblems(doc, types, valueProblem), ...lookAlikeProblems(doc));
    });
  return problems;
}
