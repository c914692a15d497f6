// The set: per language PER_LANG.pos sensitive documents, PER_LANG.hard hard negatives and PER_LANG.neg plain
// negatives. Templates are used in seeded shuffled rounds, so every phrasing appears before any repeats.
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
import { drawPerson, fillTemplate } from './template.ts';

export { LANGS };
export const SEED = 2411_2026;
export const PER_LANG = { pos: 50, hard: 25, neg: 25 } as const;

/** A language's templates: sensitive prompts, hard negatives and plain negatives. */
export interface Phrasings {
  pos: readonly string[];
  hard: readonly string[];
  neg: readonly string[];
}
const PHRASINGS: Record<Lang, Phrasings> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL };

/** `n` templates: shuffled rounds of the list; a template without slots only in the first round (no duplicate texts). */
function rounds(rng: Rng, templates: readonly string[], n: number): string[] {
  const out = rng.shuffle(templates);
  const slotted = templates.filter((t) => /\{[A-Za-z]+[1-3]?\}/.test(t));
  while (out.length < n) out.push(...rng.shuffle(slotted));
  return out.slice(0, n);
}

/** Carrier sentences in shuffled rounds, so none repeats before all were used. */
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
  let n = 0;
  return kinds.flatMap(([kind, templates]) =>
    templates.map((t) => {
      const c: Context = { rng, lang, people: [drawPerson(rng, pool), drawPerson(rng, pool), drawPerson(rng, pool)], carrier };
      n += 1;
      return assemble(`blind2-${lang}-${String(n).padStart(3, '0')}-${kind}`, lang, fillTemplate(t, c));
    }),
  );
}

/** Every document of the set, in a fixed order: language by language, a seeded shuffle within each. */
export function generate(pool: NamePool, carriers: readonly Carrier[]): Doc[] {
  const rng = new Rng(SEED);
  return LANGS.flatMap((lang) => rng.shuffle(languageDocs(rng, lang, pool, carriers)));
}
