// Labelled examples: real carrier sentences, most left as they are (negatives), some wrapped in a template
// with a synthetic name or address from @faker-js/faker, some with hard negatives (companies, cities,
// streets without a number, fictional characters, code and config lines). Seeded: the same corpus, split
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
import { LANGS, type CarrierSentence, type Lang } from './corpus.ts';
import { CHARACTERS, CODE_LINES, templates, type Split } from './templates.ts';

export type EntityLabel = 'PER' | 'ADDR';

export interface Span {
  label: EntityLabel;
  start: number;
  end: number;
}

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

/** The mix per example: mostly plain negatives, then entity templates, then hard negatives. */
const P_PLAIN = 0.5;
const P_ENTITY = 0.35;

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

/** A name as people write it: first + last, sometimes with a second given name or in capitals or lower case. */
function fullName(rng: Rng, f: Faker): string {
  const first = f.person.firstName();
  const last = f.person.lastName();
  const roll = rng();
  if (roll < 0.1) return `${first} ${f.person.firstName()} ${last}`;
  if (roll < 0.14) return `${first} ${last}`.toLowerCase();
  if (roll < 0.17) return `${last.toUpperCase()} ${first}`;
  return `${first} ${last}`;
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

function fillSlot(slot: string, rng: Rng, f: Faker, split: Split, lang: Lang): Filler {
  switch (slot) {
    case 'PER':
      return { text: fullName(rng, f), label: 'PER' };
    case 'TPER':
      return { text: rng() < 0.5 ? f.person.lastName() : fullName(rng, f), label: 'PER' };
    case 'FIRST':
      return { text: f.person.firstName(), label: 'PER' };
    case 'ADDR':
      return { text: address(rng, f), label: 'ADDR' };
    case 'ORG':
      return { text: f.company.name() };
    case 'CITY':
      return { text: f.location.city() };
    case 'STREET':
      return { text: f.location.street() };
    case 'CHAR':
      return { text: pick(rng, CHARACTERS[split]) };
    default:
      throw new Error(`unknown slot {${slot}} (${lang})`);
  }
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

function example(rng: Rng, split: Split, lang: Lang, carriers: readonly string[], fakers: Faker[]): Example {
  const f = pick(rng, fakers);
  const carrier = pick(rng, carriers);
  const set = templates(split, lang);
  const roll = rng();
  if (roll < P_PLAIN) return { lang, text: rng() < 0.2 ? `${carrier} ${pick(rng, carriers)}` : carrier, spans: [] };
  const fill = (slot: string) => fillSlot(slot, rng, f, split, lang);
  if (roll < P_PLAIN + P_ENTITY) {
    const template = set.entity.map((t) => t.replace('{TPER}', `${pick(rng, set.titles)} {TPER}`));
    return { lang, ...fillTemplate(pick(rng, template), carrier, fill) };
  }
  if (rng() < 0.3) return { lang, text: `${codeLine(rng, f, split)}\n${carrier}`, spans: [] };
  return { lang, ...fillTemplate(pick(rng, set.negative), carrier, fill) };
}

/** `count` examples of one split, languages in turn. */
export function generateSplit(corpus: readonly CarrierSentence[], opts: SplitOptions): Example[] {
  const rng = mulberry32(opts.seed);
  const fakers = Object.values(LOCALES[opts.split]);
  fakers.forEach((f, i) => f.seed(opts.seed * 1000 + i));
  // Per language and source: half the carriers from the handbook (technical prose, like prompts), half from
  // fortunes where the language has them (otherwise fortunes would outnumber the handbook 50 to 1).
  const pools = new Map<string, string[]>();
  for (const c of corpus) {
    if (carrierSplit(c.text) !== opts.split) continue;
    const key = `${c.lang}/${c.source}`;
    pools.set(key, [...(pools.get(key) ?? []), c.text]);
  }
  const out: Example[] = [];
  for (let i = 0; i < opts.count; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const fortunes = pools.get(`${lang}/fortunes`);
    const carriers = fortunes && rng() < 0.5 ? fortunes : (pools.get(`${lang}/handbook`) ?? []);
    out.push(example(rng, opts.split, lang, carriers, fakers));
  }
  return out;
}
