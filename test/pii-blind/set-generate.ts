// The generation loop shared by test/pii-blind3 … test/pii-blind7: per language PER_LANG.pos sensitive documents,
// PER_LANG.hard hard negatives and PER_LANG.neg plain negatives. Templates are used in seeded shuffled rounds, so
// every phrasing appears once before any repeats; each set fills a template with its own people and values.
import { Rng } from '../pii-independent/rng.ts';
import type { Doc, Lang, Piece } from './doc.ts';
import { assemble, LANGS } from './doc.ts';

export interface Phrasings {
  pos: readonly string[];
  hard: readonly string[];
  neg: readonly string[];
}

export type Kind = keyof Phrasings;

/** A set's generator: its name (the ids' prefix), seed, counts per language, phrasings, and how it fills one
 * template with the language's carrier source. */
export interface SetGenerator {
  name: string;
  seed: number;
  perLang: Readonly<Record<Kind, number>>;
  phrasings: Readonly<Record<Lang, Phrasings>>;
  fill(rng: Rng, lang: Lang, kind: Kind, template: string, carrier: () => string): Piece[];
}

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

function languageDocs(g: SetGenerator, rng: Rng, lang: Lang, carriers: readonly { lang: Lang; text: string }[]): Doc[] {
  const p = g.phrasings[lang];
  const carrier = carrierSource(
    rng,
    carriers.filter((c) => c.lang === lang).map((c) => c.text),
  );
  const kinds: [Kind, string[]][] = [
    ['pos', rounds(rng, p.pos, g.perLang.pos)],
    ['hard', rounds(rng, p.hard, g.perLang.hard)],
    ['neg', rounds(rng, p.neg, g.perLang.neg)],
  ];
  const docs: Doc[] = [];
  for (const [kind, templates] of kinds)
    for (const template of templates)
      docs.push(
        assemble(`${g.name}-${lang}-${String(docs.length + 1).padStart(3, '0')}-${kind}`, lang, g.fill(rng, lang, kind, template, carrier)),
      );
  return docs;
}

/** Every document of the set, in a fixed order: language by language, a seeded shuffle within each. */
export function generateSet(g: SetGenerator, carriers: readonly { lang: Lang; text: string }[]): Doc[] {
  const rng = new Rng(g.seed);
  return LANGS.flatMap((lang) => rng.shuffle(languageDocs(g, rng, lang, carriers)));
}
