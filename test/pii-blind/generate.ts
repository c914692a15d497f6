// The set: per language PER_LANG.pos sensitive documents, PER_LANG.hard hard negatives and PER_LANG.neg plain
// negatives, each template used in turn from a seeded shuffle so every phrasing appears.
import { Rng } from '../pii-independent/rng.ts';
import type { Carrier } from './carriers.ts';
import type { Doc, Lang } from './doc.ts';
import { assemble, LANGS } from './doc.ts';
import type { NamePool } from './names.ts';
import type { Context, Phrasings } from './phrasings.ts';
import { drawPerson, fillTemplate } from './phrasings.ts';
import { DE } from './phrasings-de.ts';
import { EN } from './phrasings-en.ts';
import { ES } from './phrasings-es.ts';
import { FR } from './phrasings-fr.ts';
import { IT } from './phrasings-it.ts';
import { NL } from './phrasings-nl.ts';

export { LANGS };
export const SEED = 1907_2026;
export const PER_LANG = { pos: 50, hard: 25, neg: 25 } as const;
const PHRASINGS: Record<Lang, Phrasings> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL };

/**
 * `n` templates: shuffled rounds of the list; a template without slots (`slot`: this set's placeholder) only in the
 * first round (no duplicate texts). test/pii-blind2 draws its templates the same way, with its own placeholders.
 */
export function rounds(rng: Rng, templates: readonly string[], n: number, slot = /\{[A-Z0-9]+\}/): string[] {
  const out = rng.shuffle(templates);
  const slotted = templates.filter((t) => slot.test(t));
  while (out.length < n) out.push(...rng.shuffle(slotted));
  return out.slice(0, n);
}

/** Carrier sentences in shuffled rounds, so none repeats before all were used. */
export function carrierSource(rng: Rng, texts: readonly string[]): () => string {
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
      return assemble(`blind-${lang}-${String(n).padStart(3, '0')}-${kind}`, lang, fillTemplate(t, c));
    }),
  );
}

/** Every document of the set, in a fixed order: language by language, then a seeded shuffle within each. */
export function generate(pool: NamePool, carriers: readonly Carrier[]): Doc[] {
  const rng = new Rng(SEED);
  return LANGS.flatMap((lang) => rng.shuffle(languageDocs(rng, lang, pool, carriers)));
}
