// Person names of this set: three naming traditions that no other set and not the training drew from, written by
// this set's author (names-curated.ts) because no faker locale holds them:
// - `mg` Malagasy (Madagascar): long Austronesian given names and surnames (Rakotomalala, Andrianjafy), official
//   papers writing the SURNAME first in capitals and often two given names.
// - `si` Sinhalese (Sri Lanka): given names and surnames, with the ge-name (lineage name, Mudiyanselage,
//   Hettiarachchige) that official papers write first, and the habit of initials for all but the last given name
//   ("H. M. K. Bandara").
// - `fo` Faroese (the Faroe Islands): given names with the letters á í ó ú ý ø æ ð (Sjúrður, Heðin, Oddvør), also
//   written without them (Sjurdur, Hedin, Oddvor), family surnames, farm surnames with a preposition (á Lakjuni,
//   í Dali, við Á) and patronymics (Heðinsson, Sjúrðardóttir).
// `--extract` (build.ts) filters the lists and commits the pool to inputs/names.json; the build then drops every name
// with a token of a PERSON span of the ten other sets (read mechanically, never looked at).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryWords, fakerNameTokens, nameTokenParts, nameTokens, PARTICLES, personTokensOf } from '../pii-blind/set-names.ts';
import * as raw from './names-curated.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['mg', 'si', 'fo'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = [
  'test/pii-blind/blind.jsonl',
  'test/pii-blind2/blind2.jsonl',
  'test/pii-blind3/blind3.jsonl',
  'test/pii-blind4/blind4.jsonl',
  'test/pii-blind5/blind5.jsonl',
  'test/pii-blind6/blind6.jsonl',
  'test/pii-blind7/blind7.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Names of the Malagasy, Sri Lankans and Faroese best known abroad, of their historical and legendary figures, and
// the places and streets of the values and the hard negatives: dropped from the pool so that the hard negatives can
// name them.
export const FAMOUS = new Set([
  // Malagasy
  'rabemananjara', 'ramanantsoa', 'ranaivo', 'tsiranana', 'zafy', 'rajoelina', 'ratsiraka', 'ravalomanana',
  'rainilaiarivony', 'ranavalona', 'radama', 'andrianampoinimerina', 'rabearivelo', 'ranjeva', 'rasoherina',
  'andry', 'marc', 'didier', 'philibert', 'albert', 'hery', 'rajaonarimampianina', 'rasalama',
  'antananarivo', 'toamasina', 'fianarantsoa', 'mahajanga', 'toliara', 'antsirabe', 'antsiranana', 'ambohipo',
  'analakely', 'isoraka', 'ankorondrano', 'ampefiloha', 'antanimena', 'behoririka', 'ambatonakanga', 'andohalo',
  'tsimbazaza', 'ivato', 'nosy', 'morondava', 'ambositra', 'manakara', 'ranomafana', 'isalo', 'tsingy', 'zoma',
  // Sinhalese
  'wickremesinghe', 'wickramasinghe', 'jayasuriya', 'dissanayake', 'senanayake', 'jayawardena', 'jayewardene',
  'premadasa', 'rajapaksa', 'rajapakse', 'kumaratunga', 'bandaranaike', 'sirimavo', 'chandrika', 'mahinda',
  'gotabaya', 'ranil', 'sajith', 'lasith', 'malinga', 'mahela', 'jayawardene', 'sangakkara', 'kumar', 'sanath',
  'muttiah', 'muralitharan', 'aravinda', 'anura', 'dharmapala', 'ranatunga', 'arjuna', 'mahanama', 'atapattu',
  'karunaratne', 'dimuth', 'dilshan', 'thisara', 'wanindu', 'hasaranga', 'dasun', 'shanaka', 'walpola', 'rahula',
  'vaas', 'chaminda', 'kusal', 'mendis', 'susanthika', 'jayasinghe', 'vijaya', 'kasyapa', 'parakramabahu',
  'dutugemunu', 'sigiriya', 'kandy', 'colombo', 'galle', 'jaffna', 'nuwara', 'eliya', 'peradeniya', 'nugegoda',
  'dehiwala', 'kurunegala', 'matara', 'negombo', 'anuradhapura', 'polonnaruwa', 'kelaniya', 'maharagama', 'mawatha',
  'ratnapura', 'badulla', 'kotte', 'malabe', 'moratuwa', 'ceylon',
  // Faroese
  'djurhuus', 'hammershaimb', 'heinesen', 'brú', 'matras', 'mikines', 'eivør', 'pálsdóttir', 'teitur', 'finsen',
  'niels', 'patursson', 'sigmundur', 'brestisson', 'tróndur', 'nolsøe', 'nólsoyar', 'poul', 'jóannes', 'føroyar',
  'tórshavn', 'klaksvík', 'runavík', 'tvøroyri', 'vágur', 'sørvágur', 'gøta', 'leirvík', 'hvalvík', 'saltangará',
  'eysturoy', 'streymoy', 'vágar', 'suðuroy', 'sandoy', 'mykines', 'kirkjubøur', 'gjógv', 'slættaratindur',
  'tinganes', 'gøtugjógv', 'hoyvík', 'argir', 'miðvágur', 'fuglafjørður', 'vestmanna', 'skála', 'bøur',
]); // prettier-ignore

export { PARTICLES };

export { nameTokenParts, nameTokens };

const FOLD: Record<string, string> = { á: 'a', í: 'i', ó: 'o', ú: 'u', ý: 'y', ø: 'o', æ: 'ae', ð: 'd', ü: 'u' };

/** A Faroese name without its own letters, as in e-mail addresses, forms and old registers ("Sjúrður" →
 * "Sjurdur", "Oddvør" → "Oddvor", "Kjærbo" → "Kjaerbo"). */
export function fold(name: string): string {
  return name.replace(/[áíóúýøæðüÁÍÓÚÝØÆÐÜ]/g, (c) => {
    const r = FOLD[c.toLowerCase()]!;
    return c === c.toLowerCase() ? r : r[0]!.toUpperCase() + r.slice(1);
  });
}

/** Every token of a name as written and without diacritics. */
export const nameTokensAllForms = (name: string): string[] => [...new Set([...nameTokens(name), ...nameTokens(fold(name))])];

// ---- the pool ----

/** Given names, surnames and fathers' names of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  surnames: string[];
  /** Sinhalese ge-names; Faroese farm surnames (with their preposition). */
  extra: string[];
  /** Faroese fathers' genitives (Heðins, Sjúrðar), from which patronymics are made. */
  patronymics: string[];
}
export type NamePool = Record<NameLocale, LocalePool>;

export interface Extracted {
  pool: NamePool;
  dropped: Record<'word' | 'short' | 'used' | 'famous' | 'shape', string[]>;
}

export { dictionaryWords };

/** Tokens of every person name of the Latin-script faker locales (the training's and the other sets' locales are
 * all among them), so that no name of this set is also a name there ("Ingrid", "Kumari"). */
export const usedNameTokens = (): Set<string> => fakerNameTokens(nameTokensAllForms);

type Reason = keyof Extracted['dropped'];

function dropReason(name: string, words: Set<string>, used: Set<string>, particles = false): Reason | undefined {
  const tokens = nameTokensAllForms(name).filter((t) => !(particles && (PARTICLES.has(t) || t.length === 1)));
  if (!/^[\p{Lu}\p{Ll}][\p{Ll}]+(?:[ -]\p{Lu}\p{Ll}+)*$/u.test(name) && !particles) return 'shape';
  if (tokens.some((t) => t.length < 3)) return 'short';
  if (tokens.some((t) => FAMOUS.has(t))) return 'famous';
  if (tokens.some((t) => words.has(t))) return 'word';
  if (tokens.some((t) => used.has(t))) return 'used';
  return undefined;
}

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): Extracted {
  const used = usedNameTokens();
  const dropped: Extracted['dropped'] = { word: [], short: [], used: [], famous: [], shape: [] };
  const keep = (names: readonly string[], particles = false): string[] => {
    const out = new Set<string>();
    for (const n of names) {
      const why = dropReason(n, words, used, particles);
      if (why) dropped[why].push(n);
      else out.add(n);
    }
    return [...out].sort();
  };
  // A Faroese father's name stays when its patronymics pass the filter.
  const patronymics = raw.FO_PATRONYMICS.filter(([, gen]) => keep([`${gen}son`, `${gen}dóttir`]).length === 2).map(([, gen]) => gen);
  const pool: NamePool = {
    mg: { female: keep(raw.MG_FEMALE), male: keep(raw.MG_MALE), surnames: keep(raw.MG_SURNAMES), extra: [], patronymics: [] },
    si: {
      female: keep(raw.SI_FEMALE),
      male: keep(raw.SI_MALE),
      surnames: keep(raw.SI_SURNAMES),
      extra: keep(raw.SI_GE_NAMES),
      patronymics: [],
    },
    fo: {
      female: keep(raw.FO_FEMALE),
      male: keep(raw.FO_MALE),
      surnames: keep(raw.FO_SURNAMES),
      extra: keep(raw.FO_FARM_SURNAMES, true),
      patronymics: [...new Set(patronymics)].sort(),
    },
  };
  for (const k of Object.keys(dropped) as Reason[]) dropped[k] = [...new Set(dropped[k])].sort();
  return { pool, dropped };
}

/** Every token of every PERSON span of the other sets. */
export const otherSetsPersonTokens = (): Set<string> => personTokensOf(ROOT, OTHER_SETS);

/** The committed pool less every name with a token (as written or without diacritics) another set's PERSON spans
 * hold. */
export function namePool(committed: NamePool, others: Set<string>): NamePool {
  const free = (xs: string[]): string[] =>
    xs.filter((n) => nameTokensAllForms(n).every((t) => t.length < 3 || PARTICLES.has(t) || !others.has(t)));
  const out = {} as NamePool;
  for (const loc of NAME_LOCALES) {
    const p = committed[loc];
    out[loc] = {
      female: free(p.female),
      male: free(p.male),
      surnames: free(p.surnames),
      extra: free(p.extra),
      patronymics: p.patronymics.filter((g) => free([`${g}son`, `${g}dóttir`]).length === 2),
    };
  }
  return out;
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number; extra: number; patronymics: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male]).size,
  surnames: new Set(p[loc].surnames).size,
  extra: new Set(p[loc].extra).size,
  patronymics: new Set(p[loc].patronymics).size,
});

/** Every name token of a pool, as written and without diacritics (patronymics included), three letters or more and
 * not a particle: the tokens no text may hold outside a span. */
export function poolNameTokens(pool: NamePool): Set<string> {
  const out = new Set<string>();
  for (const loc of NAME_LOCALES) {
    const p = pool[loc];
    const names = [...p.female, ...p.male, ...p.surnames, ...p.extra, ...p.patronymics.flatMap((g) => [`${g}son`, `${g}dóttir`])];
    for (const n of names) for (const t of nameTokensAllForms(n)) if (t.length >= 3 && !PARTICLES.has(t)) out.add(t);
  }
  return out;
}
