// The set: per language PER_LANG.pos sensitive documents, PER_LANG.hard hard negatives and PER_LANG.neg plain
// negatives. Templates are used in seeded shuffled rounds, so every phrasing appears before any repeats.
import type { Doc, Lang } from '../pii-blind/doc.ts';
import { assemble, LANGS } from '../pii-blind/doc.ts';
import { carrierSource, rounds } from '../pii-blind/generate.ts';
import { Rng } from '../pii-independent/rng.ts';
import type { Carrier } from './carriers.ts';
import type { NamePool } from './names.ts';
import { DE } from './phrasings-de.ts';
import { EN } from './phrasings-en.ts';
import { ES } from './phrasings-es.ts';
import { FR } from './phrasings-fr.ts';
import { IT } from './phrasings-it.ts';
import { NL } from './phrasings-nl.ts';
import type { Phrasings } from '../pii-blind/phrasings.ts';
import type { Context } from './template.ts';
import { drawPerson, fillTemplate } from './template.ts';

export { LANGS };
export const SEED = 2411_2026;
export const PER_LANG = { pos: 50, hard: 25, neg: 25 } as const;

export type { Phrasings };
const PHRASINGS: Record<Lang, Phrasings> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL };

/** This set's placeholders: letters, maybe the number (1–3) of the person they belong to ({E1}, {F2}). */
const SLOT = /\{[A-Za-z]+[1-3]?\}/;

function languageDocs(rng: Rng, lang: Lang, pool: NamePool, carriers: readonly Carrier[]): Doc[] {
  const p = PHRASINGS[lang];
  const carrier = carrierSource(
    rng,
    carriers.filter((c) => c.lang === lang).map((c) => c.text),
  );
  const kinds: [string, string[]][] = [
    ['pos', rounds(rng, p.pos, PER_LANG.pos, SLOT)],
    ['hard', rounds(rng, p.hard, PER_LANG.hard, SLOT)],
    ['neg', rounds(rng, p.neg, PER_LANG.neg, SLOT)],
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
