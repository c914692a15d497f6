// The set: per language PER_LANG.pos sensitive documents, PER_LANG.hard hard negatives and PER_LANG.neg plain
// negatives. Templates are used in seeded shuffled rounds, so every phrasing appears once before any repeats.
import type { Doc, Lang } from '../pii-blind/doc.ts';
import { assemble, LANGS } from '../pii-blind/doc.ts';
import { Rng } from '../pii-independent/rng.ts';
import type { Carrier } from './carriers.ts';
import type { NamePool } from './names.ts';
import { DE } from './phrasings-de.ts';
import { EN } from './phrasings-en.ts';
import { ES } from './phrasings-es.ts';
import { FR } from './phrasings-fr.ts';
import { IT } from './phrasings-it.ts';
import { NL } from './phrasings-nl.ts';
import type { Context } from './template.ts';
import { drawPeople, fillTemplate, genders, hasLabelledSlot } from './template.ts';

export { LANGS };
export const SEED = 7_122_030;
export const PER_LANG = { pos: 50, hard: 25, neg: 25 } as const;

export interface Phrasings {
  pos: readonly string[];
  hard: readonly string[];
  neg: readonly string[];
}
export const PHRASINGS: Record<Lang, Phrasings> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL };

/** `n` templates: seeded shuffled rounds of the list; after the first round only templates with a slot (whose
 * text differs each time) come back, so no document is a copy of another. */
function rounds(rng: Rng, templates: readonly string[], n: number): string[] {
  const out: string[] = rng.shuffle(templates);
  const varying = templates.filter((t) => /\{\{/.test(t));
  while (out.length < n) out.push(...rng.shuffle(varying));
  return out.slice(0, n);
}

/** Carriers in seeded shuffled rounds, so each is used once before any repeats. */
function carrierSource(rng: Rng, texts: readonly string[]): () => string {
  let queue: string[] = [];
  return () => {
    if (queue.length === 0) queue = rng.shuffle(texts);
    return queue.pop()!;
  };
}

function languageDocs(rng: Rng, lang: Lang, pool: NamePool, carriers: readonly Carrier[]): Doc[] {
  const p = PHRASINGS[lang];
  const carrier = carrierSource(
    rng,
    carriers.filter((c) => c.lang === lang).map((c) => c.text),
  );
  const kinds: [string, string[]][] = [
    ['pos', rounds(rng, p.pos, PER_LANG.pos)],
    ['hard', rounds(rng, p.hard, PER_LANG.hard)],
    ['neg', rounds(rng, p.neg, PER_LANG.neg)],
  ];
  const docs: Doc[] = [];
  for (const [kind, templates] of kinds)
    for (const template of templates) {
      const { text: t, ...marks } = genders(template);
      if ((kind === 'pos') !== hasLabelledSlot(t)) throw new Error(`${lang} ${kind} template with the wrong kind of slots: ${t}`);
      const people = drawPeople(rng, pool, marks);
      const c: Context = { rng, lang, people, carrier, emails: new Map(), handles: new Map(), births: new Map() };
      docs.push(assemble(`blind7-${lang}-${String(docs.length + 1).padStart(3, '0')}-${kind}`, lang, fillTemplate(t, c)));
    }
  return docs;
}

/** Every document of the set, in a fixed order: language by language, a seeded shuffle within each. */
export function generate(pool: NamePool, carriers: readonly Carrier[]): Doc[] {
  const rng = new Rng(SEED);
  return LANGS.flatMap((lang) => rng.shuffle(languageDocs(rng, lang, pool, carriers)));
}
