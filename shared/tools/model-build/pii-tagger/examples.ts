// Labelled examples: real carrier sentences, most left as they are (negatives, or the rule teacher's certain
// names), some with a synthetic name or address from @faker-js/faker placed in them or wrapped in a template,
// some with hard negatives (companies, cities, countries, brands, products, book titles, streets without a
// number, fictional characters, code and config lines; sentences with a given name used as a word). Seeded: the same corpus, split
// and seed give the same examples. The held-out split differs in seed, faker locales, templates, fictional
// characters, code lines AND carrier sentences (a hash of the sentence decides which split may use it).
import {
  Faker,
  fakerCS_CZ,
  fakerDA,
  fakerDE,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN_AU,
  fakerEN_GB,
  fakerEN_IN,
  fakerEN_NG,
  fakerEN_US,
  fakerES,
  fakerES_MX,
  fakerFI,
  fakerFR,
  fakerFR_BE,
  fakerFR_CH,
  fakerHR,
  fakerHU,
  fakerID_ID,
  fakerIT,
  fakerNL,
  fakerNL_BE,
  fakerPL,
  fakerPT_BR,
  fakerRO,
  fakerSK,
  fakerSV,
  fakerTR,
  fakerVI,
  fakerYO_NG,
  fakerZU_ZA,
  fakerAZ,
  fakerNB_NO,
  fakerLV,
} from '@faker-js/faker';
import { mulberry32 } from '../../../models/runner.ts';
import { LANGS, type Lang } from './corpus.ts';
import type { EntityLabel, Span } from './labels.ts';
import { firstName, fullName, lastName, type NameSource } from './names.ts';
import { place, placeCueless, roleChat, thingTable } from './placements.ts';
import type { TaughtSentence } from './teacher.ts';
import { CHARACTERS, CODE_LINES, templates, type Split } from './templates.ts';

export interface Example {
  lang: Lang;
  text: string;
  spans: Span[];
}

/** Name and address origins: Western Europe and well beyond it (Latin script), disjoint between the splits. */
export const LOCALES: Record<Split, Record<string, Faker>> = {
  train: {
    en_US: fakerEN_US,
    de: fakerDE,
    fr: fakerFR,
    es: fakerES,
    it: fakerIT,
    nl: fakerNL,
    en_IN: fakerEN_IN,
    tr: fakerTR,
    pl: fakerPL,
    vi: fakerVI,
    pt_BR: fakerPT_BR,
    zu_ZA: fakerZU_ZA,
    cs_CZ: fakerCS_CZ,
    fi: fakerFI,
    en_AU: fakerEN_AU,
    es_MX: fakerES_MX,
    hu: fakerHU,
    az: fakerAZ,
    nb_NO: fakerNB_NO,
    lv: fakerLV,
    da: fakerDA,
  },
  heldout: {
    de_AT: fakerDE_AT,
    de_CH: fakerDE_CH,
    fr_BE: fakerFR_BE,
    fr_CH: fakerFR_CH,
    nl_BE: fakerNL_BE,
    en_GB: fakerEN_GB,
    en_NG: fakerEN_NG,
    yo_NG: fakerYO_NG,
    id_ID: fakerID_ID,
    ro: fakerRO,
    sk: fakerSK,
    hr: fakerHR,
    sv: fakerSV,
  },
};

/** The mix per example: plain carriers (negatives, or the rules' certain names), entity examples, hard negatives. */
const P_PLAIN = 0.45;
const P_ENTITY = 0.38;
/** Of the plain carriers: drawn from the rules' hard negatives (a given name used as a word), from its positives. */
const P_HARD_CARRIER = 0.2;
const P_TAUGHT_CARRIER = 0.06;

export interface SplitOptions {
  split: Split;
  seed: number;
  count: number;
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** FNV-1a of a sentence: one carrier sentence in ten belongs to the held-out split, the rest to training. */
function carrierSplit(text: string): Split {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % 10 === 0 ? 'heldout' : 'train';
}

function address(rng: Rng, f: Faker): string {
  const street = f.location.streetAddress();
  const roll = rng();
  if (roll < 0.35) return street;
  if (roll < 0.8) return `${street}, ${f.location.zipCode()} ${f.location.city()}`;
  return `${street}, ${f.location.city()} ${f.location.zipCode()}, ${f.location.country()}`;
}

interface Filler {
  text: string;
  label?: EntityLabel;
}

/** Where the fillers come from: the example's own locale, and (training) the whole pool for names. */
interface Source {
  rng: Rng;
  f: Faker;
  names: NameSource;
  split: Split;
}

const HARD_NEGATIVE_SLOTS: Record<string, (src: Source) => string> = {
  ORG: ({ f }) => f.company.name(),
  CITY: ({ f }) => f.location.city(),
  STREET: ({ f }) => f.location.street(),
  COUNTRY: ({ f }) => f.location.country(),
  PRODUCT: ({ f }) => f.commerce.productName(),
  BRAND: ({ f }) => f.vehicle.manufacturer(),
  TITLE: ({ f }) => f.book.title(),
  CHAR: ({ rng, split }) => pick(rng, CHARACTERS[split]),
};

/** Two to five places, products or companies of one kind: the first column of a table that holds no person. */
function tableThings(src: Source): string[] {
  const kind = pick(src.rng, ['CITY', 'PRODUCT', 'ORG', 'COUNTRY', 'BRAND'] as const);
  return Array.from({ length: 2 + Math.floor(src.rng() * 4) }, () => HARD_NEGATIVE_SLOTS[kind]!(src));
}

function fillSlot(slot: string, src: Source): Filler {
  const { rng, f, names } = src;
  switch (slot) {
    case 'PER':
      return { text: fullName(names, f), label: 'PER' };
    case 'TPER':
      return { text: rng() < 0.5 ? lastName(names, f) : fullName(names, f), label: 'PER' };
    case 'FIRST':
      return { text: firstName(names, f), label: 'PER' };
    case 'ADDR':
      return { text: address(rng, f), label: 'ADDR' };
  }
  const negative = HARD_NEGATIVE_SLOTS[slot];
  if (!negative) throw new Error(`unknown slot {${slot}}`);
  return { text: negative(src) };
}

/** Fills a template's slots left to right, recording where each entity landed. `{S}` is the carrier. */
export function fillTemplate(template: string, carrier: string, fill: (slot: string) => Filler): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{([A-Z]+)\}/g)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] === 'S') {
      text += carrier;
      continue;
    }
    const filler = fill(m[1]!);
    if (filler.label) spans.push({ label: filler.label, start: text.length, end: text.length + filler.text.length });
    text += filler.text;
  }
  return { text: text + template.slice(last), spans };
}

/** A code or config line with its `{word}`/`{Word}`/`{ORG}` placeholders filled. */
function codeLine(rng: Rng, f: Faker, split: Split): string {
  const word = f.word.noun().replace(/[^A-Za-z]/g, '') || 'item';
  return pick(rng, CODE_LINES[split])
    .replace('{word}', word.toLowerCase())
    .replace('{Word}', word[0]!.toUpperCase() + word.slice(1))
    .replace('{ORG}', f.company.name());
}

/** Training places entities inside real sentences (placements.ts) or in its templates; the held-out split uses
 *  its own templates and, for a third, the cue-less placements (a name where a pronoun or an object stood). */
function entityExample(src: Source, lang: Lang, carrier: string): { text: string; spans: Span[] } {
  const { rng, f, names } = src;
  const share = src.split === 'train' ? 0.65 : 0.3;
  if (rng() < share) {
    const others = Array.from({ length: 1 + Math.floor(rng() * 2) }, () => firstName(names, f));
    const fillers = { name: fullName(names, f), first: firstName(names, f), address: address(rng, f), others };
    const placed = src.split === 'train' ? place(carrier, lang, fillers, rng(), rng()) : placeCueless(carrier, lang, fillers, rng(), rng());
    if (placed) return placed;
  }
  const set = templates(src.split, lang);
  const template = set.entity.map((t) => t.replace('{TPER}', `${pick(rng, set.titles)} {TPER}`));
  return fillTemplate(pick(rng, template), carrier, (slot) => fillSlot(slot, src));
}

/** Carrier pools of one language: every usable sentence, and the rules' hard negatives and certain positives. */
interface Pools {
  handbook: TaughtSentence[];
  fortunes: TaughtSentence[];
  /** The same, without the rules' positives: carriers for the generator's entities. */
  negative: { handbook: TaughtSentence[]; fortunes: TaughtSentence[] };
  hard: TaughtSentence[];
  taught: TaughtSentence[];
}

/** A plain carrier as it is, with the rules' certain names as its labels (none for a negative). */
function plainExample(rng: Rng, lang: Lang, pools: Pools, split: Split): Example {
  const roll = rng();
  const pool =
    roll < P_HARD_CARRIER && pools.hard.length
      ? pools.hard
      : roll < P_HARD_CARRIER + P_TAUGHT_CARRIER && split === 'train' && pools.taught.length
        ? pools.taught
        : carriersOf(rng, pools);
  const c = pick(rng, pool);
  return { lang, text: c.text, spans: c.spans.map((s) => ({ ...s, rule: true })) };
}

/** Half the carriers from the handbook (technical prose, like prompts), half from fortunes where the language has them. */
function carriersOf(rng: Rng, pools: Pools | Pools['negative']): TaughtSentence[] {
  return pools.fortunes.length && rng() < 0.5 ? pools.fortunes : pools.handbook;
}

function example(src: Source, lang: Lang, pools: Pools): Example {
  const { rng, f, split } = src;
  const roll = rng();
  if (roll < P_PLAIN) return plainExample(rng, lang, pools, split);
  // Entities go into carriers the rules found nothing in (their own labels would have to move with the text).
  const carrier = pick(rng, carriersOf(rng, pools.negative)).text;
  if (roll < P_PLAIN + P_ENTITY) return { lang, ...entityExample(src, lang, carrier) };
  const negative = rng();
  if (negative < 0.3) return { lang, text: `${codeLine(rng, f, split)}\n${carrier}`, spans: [] };
  const chat = negative < 0.45 ? roleChat(carrier, lang, rng()) : undefined;
  if (chat) return { lang, ...chat };
  if (negative < 0.6) return { lang, ...thingTable(carrier, lang, tableThings(src), rng()) };
  return { lang, ...fillTemplate(pick(rng, templates(split, lang).negative), carrier, (slot) => fillSlot(slot, src)) };
}

/** The examples' text without their entities: what the vocabulary is learnt from (no name becomes a word). */
export function textsWithoutEntities(examples: readonly Example[]): string[] {
  return examples.flatMap((e) => {
    const parts: string[] = [];
    let last = 0;
    for (const span of [...e.spans].sort((a, b) => a.start - b.start)) {
      parts.push(e.text.slice(last, span.start));
      last = span.end;
    }
    parts.push(e.text.slice(last));
    return parts;
  });
}

/** The split's carriers per language. The held-out split keeps only sentences the rules found nothing in: its
 *  labels all come from the generator. Uncertain sentences are left out of both. */
function carrierPools(corpus: readonly TaughtSentence[], split: Split): Map<Lang, Pools> {
  const empty = (): Pools => ({ handbook: [], fortunes: [], negative: { handbook: [], fortunes: [] }, hard: [], taught: [] });
  const pools = new Map<Lang, Pools>(LANGS.map((l) => [l, empty()]));
  for (const c of corpus) {
    if (carrierSplit(c.text) !== split || c.verdict === 'uncertain' || (split === 'heldout' && c.verdict === 'positive')) continue;
    const p = pools.get(c.lang)!;
    p[c.source].push(c);
    if (c.verdict === 'hard-negative') p.hard.push(c);
    if (c.verdict === 'positive') p.taught.push(c);
    else p.negative[c.source].push(c);
  }
  return pools;
}

/** `count` examples of one split, languages in turn. */
export function generateSplit(corpus: readonly TaughtSentence[], opts: SplitOptions): Example[] {
  const rng = mulberry32(opts.seed);
  const fakers = Object.values(LOCALES[opts.split]);
  fakers.forEach((f, i) => f.seed(opts.seed * 1000 + i));
  const pools = carrierPools(corpus, opts.split);
  const out: Example[] = [];
  for (let i = 0; i < opts.count; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const f = pick(rng, fakers);
    out.push(example({ rng, f, split: opts.split, names: { rng, fakers, augment: opts.split === 'train' } }, lang, pools.get(lang)!));
  }
  return out;
}
