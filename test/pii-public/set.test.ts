// The public-figure set's own checks: the committed files rebuild byte for byte and every document has the
// shape docs/pii-labels.md asks of a labelled set. No detector runs here and no score is asserted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  JSONL_PATH,
  KINDS,
  MAX_WORDS,
  MIN_WORDS,
  PER_KIND,
  README_PATH,
  kindOf,
  labelTypes,
  render,
  wordCount,
  type Doc,
} from './build.ts';
import { LANGS } from './documents.ts';

const jsonl = readFileSync(JSONL_PATH, 'utf8');
const docs: Doc[] = jsonl
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc);
const types = new Set(labelTypes());

/** Each offending document's id with what is wrong, so a failure names the document. */
function offenders(check: (doc: Doc) => string | undefined): string[] {
  return docs.flatMap((doc) => {
    const problem = check(doc);
    return problem === undefined ? [] : [`${doc.id}: ${problem}`];
  });
}

function spanProblem(doc: Doc): string | undefined {
  const sorted = [...doc.entities].sort((a, b) => a.start - b.start);
  for (const [i, e] of sorted.entries()) {
    if (!types.has(e.type)) return `type ${e.type} is not in docs/pii-labels.md`;
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end))) return 'non-integer offsets';
    if (e.start < 0 || e.end > doc.text.length || e.start >= e.end) return `span ${e.start}-${e.end} out of range or empty`;
    const span = doc.text.slice(e.start, e.end);
    if (span.trim() !== span) return `span "${span}" has whitespace at an edge`;
    const next = sorted[i + 1];
    if (next && next.start < e.end) return `spans ${e.start}-${e.end} and ${next.start}-${next.end} overlap`;
  }
  return undefined;
}

describe('public-figure PII set', () => {
  it('reads the entity types from docs/pii-labels.md', () => {
    expect(types.has('PERSON')).toBe(true);
    expect(types.size).toBeGreaterThan(10);
  });

  it('committed public.jsonl and README.md equal a rebuild byte for byte', () => {
    const rebuilt = render();
    expect(jsonl).toBe(rebuilt.jsonl);
    expect(readFileSync(README_PATH, 'utf8')).toBe(rebuilt.readme);
  });

  it('has unique ids in set order: by language, hard negatives first, numbered per language', () => {
    const expected = LANGS.flatMap((lang) =>
      KINDS.flatMap((kind, k) =>
        Array.from({ length: PER_KIND }, (_, i) => `public-${lang}-${String(k * PER_KIND + i + 1).padStart(3, '0')}-${kind}`),
      ),
    );
    expect(docs.map((d) => d.id)).toEqual(expected);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it(`has ${PER_KIND} hard negatives and ${PER_KIND} positives per language`, () => {
    for (const lang of LANGS) {
      for (const kind of KINDS) {
        expect(docs.filter((d) => d.lang === lang && kindOf(d) === kind).length, `${lang} ${kind}`).toBe(PER_KIND);
      }
    }
  });

  it('keeps every span in range, non-empty, trimmed, non-overlapping and of a documented type', () => {
    expect(offenders(spanProblem)).toEqual([]);
  });

  it('gives hard negatives no entities and every positive at least one PERSON', () => {
    expect(offenders((d) => (kindOf(d) === 'hard' && d.entities.length > 0 ? 'hard negative with entities' : undefined))).toEqual([]);
    expect(
      offenders((d) => (kindOf(d) === 'pos' && !d.entities.some((e) => e.type === 'PERSON') ? 'positive without PERSON' : undefined)),
    ).toEqual([]);
  });

  it('leaves no inline marker in any text', () => {
    expect(offenders((d) => (/\[\[|\]\]/.test(d.text) ? 'marker left in text' : undefined))).toEqual([]);
  });

  it(`keeps every document between ${MIN_WORDS} and ${MAX_WORDS} words`, () => {
    expect(
      offenders((d) => {
        const n = wordCount(d.text);
        return n < MIN_WORDS || n > MAX_WORDS ? `${n} words` : undefined;
      }),
    ).toEqual([]);
  });
});
