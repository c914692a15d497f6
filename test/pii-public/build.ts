// Builds the public-figure PII set from documents.ts: `npx tsx test/pii-public/build.ts` writes public.jsonl and
// README.md; `npx tsx test/pii-public/build.ts --check` exits 1 unless the committed files equal a rebuild byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc, Span } from '../pii-blind/doc.ts';
import { DOCUMENTS, LANGS } from './documents.ts';

export type { Doc };
export type Kind = 'hard' | 'pos';

const HERE = import.meta.dirname;
export const JSONL_PATH = join(HERE, 'public.jsonl');
export const README_PATH = join(HERE, 'README.md');
const LABELS_PATH = join(HERE, '..', '..', 'docs', 'pii-labels.md');

export const KINDS: readonly Kind[] = ['hard', 'pos'];
export const PER_KIND = 36;
export const MIN_WORDS = 20;
export const MAX_WORDS = 60;
const MARKER = /\[\[([A-Z_]+):([^\]]+)\]\]/g;

// Public figures dropped while writing because of the WordNet check (recorded as counts only, by design).
const WORDNET_REJECTED = { personListed: 19, nameListedOtherwise: 32 };

/** The entity types of docs/pii-labels.md's "Types" table: the contract is read, not copied. */
export function labelTypes(markdown = readFileSync(LABELS_PATH, 'utf8')): string[] {
  const section = markdown.split(/^## Types\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!);
}

/** Removes the inline [[TYPE:value]] markers; offsets count UTF-16 code units of the text without markers. */
export function parseMarked(marked: string): { text: string; entities: Span[] } {
  let text = '';
  let last = 0;
  const entities: Span[] = [];
  for (const m of marked.matchAll(MARKER)) {
    text += marked.slice(last, m.index);
    const value = m[2]!;
    entities.push({ type: m[1]!, start: text.length, end: text.length + value.length });
    text += value;
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), entities };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** What is wrong with one document, so that a typo in documents.ts fails the build instead of the set. */
function problems(doc: Doc, kind: Kind, types: ReadonlySet<string>): string[] {
  const found: string[] = [];
  if (/\[\[|\]\]/.test(doc.text)) found.push('marker left in text');
  const words = wordCount(doc.text);
  if (words < MIN_WORDS || words > MAX_WORDS) found.push(`${words} words`);
  for (const e of doc.entities) {
    if (!types.has(e.type)) found.push(`unknown type ${e.type}`);
    const span = doc.text.slice(e.start, e.end);
    if (span.trim() !== span || span === '') found.push(`untrimmed or empty span "${span}"`);
  }
  if (kind === 'hard' && doc.entities.length > 0) found.push('hard negative with entities');
  if (kind === 'pos' && !doc.entities.some((e) => e.type === 'PERSON')) found.push('positive without PERSON');
  return found;
}

/** All documents in set order: by language (LANGS), hard negatives before positives, numbered per language. */
export function buildDocs(): Doc[] {
  const types = new Set(labelTypes());
  const docs: Doc[] = [];
  for (const lang of LANGS) {
    const marked = KINDS.flatMap((kind) => DOCUMENTS[lang][kind].map((m) => ({ kind, m })));
    marked.forEach(({ kind, m }, i) => {
      const id = `public-${lang}-${String(i + 1).padStart(3, '0')}-${kind}`;
      const doc: Doc = { id, lang, ...parseMarked(m) };
      const found = problems(doc, kind, types);
      if (found.length > 0) throw new Error(`${id}: ${found.join('; ')}`);
      docs.push(doc);
    });
  }
  return docs;
}

export function kindOf(doc: Doc): Kind {
  return doc.id.endsWith('-hard') ? 'hard' : 'pos';
}

function renderJsonl(docs: Doc[]): string {
  return docs.map((d) => JSON.stringify({ id: d.id, text: d.text, lang: d.lang, entities: d.entities })).join('\n') + '\n';
}

function countsTable(docs: Doc[]): string[] {
  const rows = LANGS.map((lang) => {
    const mine = docs.filter((d) => d.lang === lang);
    const hard = mine.filter((d) => kindOf(d) === 'hard').length;
    return `| ${lang} | ${hard} | ${mine.length - hard} | ${mine.length} |`;
  });
  const hard = docs.filter((d) => kindOf(d) === 'hard').length;
  return ['| lang | hard | pos | total |', '|---|---|---|---|', ...rows, `| all | ${hard} | ${docs.length - hard} | ${docs.length} |`];
}

function entityTable(docs: Doc[]): string[] {
  const counts = new Map<string, number>();
  for (const e of docs.flatMap((d) => d.entities)) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const withOther = docs.filter((d) => d.entities.some((e) => e.type !== 'PERSON')).length;
  return [
    '| type | spans |',
    '|---|---|',
    ...[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `| \`${t}\` | ${n} |`),
    '',
    `${withOther} of ${docs.length} documents carry an entity other than \`PERSON\` (an e-mail, phone number or date of birth).`,
  ];
}

function renderReadme(docs: Doc[]): string {
  const rejected = WORDNET_REJECTED.personListed + WORDNET_REJECTED.nameListedOtherwise;
  return [
    '# Public figures vs private persons (`test/pii-public/`)',
    '',
    '<!-- Generated by `npx tsx test/pii-public/build.ts` from documents.ts; edit those, not this file. -->',
    '',
    'A labelled set that asks one question of a PII detector: can it tell an encyclopaedic or public mention of a',
    'person, which is **not** personal data under [docs/pii-labels.md](../../docs/pii-labels.md) (historical or widely',
    'known public figures in an encyclopaedic context, fictional characters), from a private person mentioned in',
    'ordinary prose, which **is** (`PERSON`)? The names do not give the answer away: both sides use names from',
    'origins that common Western name lists and WordNet lack (Pacific islands, Southeast, Central and South Asia, the',
    'Caucasus, Africa, the Arab world, Iran, Latin America and indigenous peoples of the Americas, the Baltics, the',
    'Balkans, Mongolia, Tibet, Korea, Japan).',
    '',
    '- **Hard negatives** (`…-hard`, no entities) mention one or two real public figures (rulers, politicians,',
    '  independence leaders, writers, musicians, athletes, scientists, activists, film makers) or well-known fictional',
    '  and mythological characters, in questions, requests, quiz items, museum labels, homework prompts and plain',
    '  narrative. No person appears in more than two documents.',
    '- **Positives** (`…-pos`) mention one or two invented private persons (colleague, neighbour, landlord, patient,',
    '  student, applicant, club member, relative) with names of the same origins, never a public figure’s name. About',
    '  half of them read like the negatives: plain third-person narrative or a question, with no title, greeting,',
    '  "my" relation word, signature or field label next to the name, sometimes with a year or a role. The other half',
    '  use ordinary cues (a greeting, "my colleague", a form label).',
    '',
    'Every document is one to three sentences of 20–60 words, as a user would send it to an LLM.',
    '',
    '## Counts',
    '',
    ...countsTable(docs),
    '',
    ...entityTable(docs),
    '',
    '## How it was built',
    '',
    'By hand and blind. The documents were written from the author’s own knowledge for this set (documents.ts);',
    'build.ts only strips the inline markers, computes offsets and checks the shape. While writing, the author read',
    'docs/pii-labels.md (the labelling rules), package.json, tsconfig.json, .prettierrc.json, .prettierignore,',
    'eslint.config.js, vitest.config.ts and test/readme-layout.test.ts, and nothing else of the repository. Not read:',
    'anything under `shared/` (detectors, tagger, models, tools), `test/attacks/`, and the documents, phrasings or',
    'names of any other test set (`test/pii-*`). No detector and no scorer was run on this set while it was written.',
    '',
    '## WordNet check',
    '',
    'For every public-figure candidate the author ran `grep -ic "<surname or the name as written>"',
    '/usr/share/wordnet/data.noun` (WordNet 3.0) and read the hits. A candidate was rejected when WordNet lists that',
    'person. To stay on the safe side, a candidate was also rejected when its distinctive name, as written, is a',
    'WordNet entry for something else that it could be taken for (another person of that name, a place, a plant, an',
    'organisation, a common noun). Kept despite a match: given names and titles (Ali, Mikhail, Shah, Papa), one-syllable',
    'family names that are also English words (Son, Ban, Bong, Cha), and names that only occur inside longer words.',
    `${rejected} candidates were rejected in total: ${WORDNET_REJECTED.personListed} because WordNet lists the person, ${WORDNET_REJECTED.nameListedOtherwise} because the name is`,
    'listed as something else. Which ones is deliberately not recorded.',
    '',
    '## Format',
    '',
    'JSON lines as described under "Test sets" in [docs/pii-labels.md](../../docs/pii-labels.md):',
    '`{"id","text","lang","entities":[{"type","start","end"}]}`, offsets in UTF-16 code units, `end` exclusive, a',
    'document sensitive when `entities` is non-empty. Ids are `public-<lang>-<NNN>-<hard|pos>`, numbered per',
    'language; the order is en, de, fr, es, it, nl, each with its hard negatives first. Names are labelled without',
    'titles; other entities follow the same rules.',
    '',
    '- `documents.ts`: the documents, with spans marked inline as `[[PERSON:Name]]`, `[[EMAIL:…]]`, ….',
    '- `build.ts`: writes `public.jsonl` and this README; `--check` exits 1 unless both equal a rebuild.',
    '- `set.test.ts`: the set’s own shape checks (no detector, no score thresholds).',
    '',
    '## Slips',
    '',
    '- Listing `test/` to find the way showed the folder names of the other test sets; no file in them was opened.',
    '- `git status` and `git diff --stat`, run at the end to confirm nothing outside this folder had changed, listed',
    '  the paths of uncommitted changes under `shared/core/pii/` made by someone else; their contents were not viewed.',
    '',
    '## Use since',
    '',
    'A development set, not a blind one: scored as soon as it was built (stop 40), and its misses and false alarms',
    'read to find what the detectors lack (form labels for students, the people who serve the writer, the',
    'sentences of public life). Its figures are in the README at the top of the repository.',
    '',
  ].join('\n');
}

export function render(): { jsonl: string; readme: string } {
  const docs = buildDocs();
  return { jsonl: renderJsonl(docs), readme: renderReadme(docs) };
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function main(args: string[]): void {
  const { jsonl, readme } = render();
  const outputs: [string, string][] = [
    [JSONL_PATH, jsonl],
    [README_PATH, readme],
  ];
  if (!args.includes('--check')) {
    for (const [path, content] of outputs) writeFileSync(path, content);
    return;
  }
  const stale = outputs.filter(([path, content]) => readOr(path) !== content).map(([path]) => path);
  for (const path of stale) console.error(`out of date: ${path} (run npx tsx test/pii-public/build.ts)`);
  if (stale.length > 0) process.exitCode = 1;
}

// Run only as a program, so that set.test.ts can import render() without writing files.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
