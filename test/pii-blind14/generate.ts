// The set: per language PER_LANG.pos sensitive documents, PER_LANG.hard hard negatives and PER_LANG.neg plain
// negatives, by the shared loop of test/pii-blind/set-generate.ts (templates in seeded shuffled rounds, so every
// phrasing appears once before any repeats); this set's phrasings, people and values fill each template.
import type { Doc, Lang } from '../pii-blind/doc.ts';
import { LANGS } from '../pii-blind/doc.ts';
import type { Phrasings, SetGenerator } from '../pii-blind/set-generate.ts';
import { generateSet } from '../pii-blind/set-generate.ts';
import { fillDocument } from '../pii-blind/set-template.ts';
import type { Carrier } from './carriers.ts';
import type { NamePool } from './names.ts';
import { DE } from './phrasings-de.ts';
import { EN } from './phrasings-en.ts';
import { ES } from './phrasings-es.ts';
import { FR } from './phrasings-fr.ts';
import { IT } from './phrasings-it.ts';
import { NL } from './phrasings-nl.ts';
import { drawPeople, fillTemplate, hasLabelledSlot } from './template.ts';

export { LANGS };
export type { Phrasings };
export const SEED = 14_052_913;
export const PER_LANG = { pos: 50, hard: 25, neg: 25 } as const;
export const PHRASINGS: Record<Lang, Phrasings> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL };

/** Every document of the set, in a fixed order: language by language, a seeded shuffle within each. */
export function generate(pool: NamePool, carriers: readonly Carrier[]): Doc[] {
  const g: SetGenerator = {
    name: 'blind14',
    seed: SEED,
    perLang: PER_LANG,
    phrasings: PHRASINGS,
    fill: fillDocument(pool, { drawPeople, hasLabelledSlot, fillTemplate }),
  };
  return generateSet(g, carriers);
}
