// Person names of this set: three non-Latin-script faker locales romanised as their bearers' documents write them.
// - `el` (Greek) in ELOT 743 / ISO 843 type 1, the transliteration of Greek passports: digraph and diphthong rules
//   included (ου ou; αυ, ευ, ηυ av/ev/iv before a voiced sound and af/ef/if before a voiceless one or at the end; γγ
//   ng, γκ gk, γξ nx, γχ nch; μπ b at the start of a word and mp inside it). Greek surnames change with gender
//   (Papadopoulos, Papadopoulou): a woman takes a feminine form, a man a masculine one, and the genitive surnames
//   (Georgiou, Andreou) go to either. Greek documents give a father's name; it is written in the genitive
//   (Georgios → Georgiou) as the middle part of a full name.
// - `ka_GE` (Georgian) in the national romanisation system of 2002 as Georgian passports print it, without the
//   apostrophes that mark ejectives (ჭავჭავაძე Chavchavadze). Faker files every Georgian given name as generic, so
//   Georgians are drawn only where a template does not fix a person's gender.
// - `hy` (Armenian) in BGN/PCGN 1981 as Armenian passports and everyday usage apply it: aspiration apostrophes left
//   out, ը written y, ե ye only at the start of a word (Yeva, but Gabrielyan), ո vo there, ու u, և yev at the
//   start and ev inside. An
//   Armenian's father's name in the genitive (Vardan → Vardani) is the middle part of a full name on forms.
// `--extract` (build.ts) romanises faker's lists, filters them and commits the pool to inputs/names.json; the build
// then drops every name with a token of a PERSON span of the eight other sets (read mechanically, never looked at).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryWords, fakerNameTokens, leaves, nameTokenParts, nameTokens, personOf, personTokensOf } from '../pii-blind/set-names.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['el', 'ka_GE', 'hy'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = [
  'test/pii-blind/blind.jsonl',
  'test/pii-blind2/blind2.jsonl',
  'test/pii-blind3/blind3.jsonl',
  'test/pii-blind4/blind4.jsonl',
  'test/pii-blind5/blind5.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

// Names of the Greeks, Georgians and Armenians best known abroad, dropped from the pool so that the hard negatives
// can name them in an encyclopaedic context: statesmen, writers, composers, painters, athletes and chess players.
export const FAMOUS = new Set([
  // Greek
  'venizelos',
  'papandreou',
  'karamanlis',
  'mitsotakis',
  'tsipras',
  'kapodistrias',
  'kazantzakis',
  'kavafis',
  'seferis',
  'elytis',
  'ritsos',
  'theodorakis',
  'chatzidakis',
  'onassis',
  'niarchos',
  'kallas',
  'merkouri',
  'antetokounmpo',
  'tsitsipas',
  'sakkari',
  'kolokotronis',
  'bouboulina',
  'makarios',
  'metaxas',
  'dragoumis',
  'vougiouklakis',
  'ypsilantis',
  'vangelis',
  // Georgian
  'rustaveli',
  'shevardnadze',
  'saakashvili',
  'jughashvili',
  'stalin',
  'beria',
  'pirosmani',
  'pirosmanashvili',
  'chavchavadze',
  'tsereteli',
  'ivanishvili',
  'gamsakhurdia',
  'baratashvili',
  'kvaratskhelia',
  'balanchivadze',
  'kancheli',
  'paliashvili',
  'tamar',
  'shota',
  'ilia',
  'niko',
  // Armenian
  'khachaturian',
  'aznavour',
  'saroyan',
  'mikoyan',
  'parajanov',
  'pashinyan',
  'kocharyan',
  'aronian',
  'mkhitaryan',
  'petrosian',
  'komitas',
  'tumanyan',
  'charents',
  'mashtots',
  'aivazovsky',
  'sargsyan',
]);

/** Particles inside a name that are not name tokens of their own (other sets' spans hold them). */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten']);

export { nameTokenParts, nameTokens };

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

// ---- Greek: ELOT 743 / ISO 843 type 1 ----

const GREEK_ACCENTS: Record<string, string> = { ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ό: 'ο', ύ: 'υ', ώ: 'ω', ΐ: 'ϊ', ΰ: 'ϋ' };
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ϊ: 'i', ϋ: 'y',
}; // prettier-ignore
/** Letters after which αυ, ευ, ηυ are read af, ef, if (voiceless consonants). */
const VOICELESS = new Set([...'θκξπσςτφχψ']);

/** A Greek name in ELOT 743 / ISO 843 type 1, capitalised ("Chrysoula", "Evangelos", "Efstathios"). */
export function romaniseGreek(name: string): string {
  if (name.includes('-')) return name.split('-').map(romaniseGreek).join('-');
  const s = [...name.toLowerCase()].map((c) => GREEK_ACCENTS[c] ?? c).join('');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const n = s[i + 1];
    if (c === 'ο' && n === 'υ') {
      out += 'ou';
      i++;
    } else if ((c === 'α' || c === 'ε' || c === 'η') && n === 'υ') {
      const after = s[i + 2];
      out += GREEK[c] + (after === undefined || VOICELESS.has(after) ? 'f' : 'v');
      i++;
    } else if (c === 'γ' && (n === 'γ' || n === 'ξ' || n === 'χ')) {
      out += 'n';
    } else if (c === 'μ' && n === 'π' && i === 0) {
      out += 'b';
      i++;
    } else if (GREEK[c] !== undefined) out += GREEK[c];
    else throw new Error(`no ELOT 743 letter for ${c} in ${name}`);
  }
  return cap(out);
}

/** Everyday forms of names whose formal genitive comes from another form (Δημήτρης, formally Δημήτριος →
 * Δημητρίου); documents give the formal one, so they are not fathers' names here. */
const COLLOQUIAL = new Set(['δημητρης', 'αντωνης', 'βασιλης', 'κωστας']);

/** A Greek man's given name in the formal genitive of documents, the father's-name form (Γεώργιος → Γεωργίου,
 * Ιωάννης → Ιωάννου, Ηλίας → Ηλία), unaccented; undefined where the ending gives no certain genitive. */
export function greekGenitive(name: string): string | undefined {
  const s = [...name.toLowerCase()].map((c) => GREEK_ACCENTS[c] ?? c).join('');
  if (COLLOQUIAL.has(s)) return undefined;
  if (s.endsWith('ος') || s.endsWith('ης')) return s.slice(0, -2) + 'ου';
  if (s.endsWith('ας')) return s.slice(0, -2) + 'α';
  if (s.endsWith('ηλ')) return s;
  return undefined;
}

// ---- Georgian: the national system of 2002, ejective apostrophes left out (as in passports) ----

const GEORGIAN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o',
  პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts',
  ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
}; // prettier-ignore

/** A Georgian name in the national system without ejective apostrophes ("Chavchavadze", "Tsotne"). */
export function romaniseGeorgian(name: string): string {
  return cap(
    [...name]
      .map((c) => {
        const r = GEORGIAN[c];
        if (r === undefined) throw new Error(`no Georgian letter for ${c} in ${name}`);
        return r;
      })
      .join(''),
  );
}

// ---- Armenian: BGN/PCGN 1981 as passports write it ----

const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts',
  կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r',
  ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f',
}; // prettier-ignore

/** An Armenian name in BGN/PCGN without aspiration apostrophes ("Yeva", "Hovhannes", "Arevik", "Vardanyan"). */
export function romaniseArmenian(name: string): string {
  const s = name.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === 'ո' && s[i + 1] === 'ւ') {
      out += 'u';
      i++;
    } else if (c === 'ո') out += i === 0 ? 'vo' : 'o';
    else if (c === 'ե') out += i === 0 ? 'ye' : 'e';
    else if (c === 'և') out += i === 0 ? 'yev' : 'ev';
    else if (ARMENIAN[c] !== undefined) out += ARMENIAN[c];
    else throw new Error(`no BGN/PCGN letter for ${c} in ${name}`);
  }
  return cap(out);
}

// ---- the pool ----

/** Given names, surnames and fathers' names of one locale. */
export interface LocalePool {
  female: string[];
  male: string[];
  /** Given names filed for either gender (every Georgian name). */
  either: string[];
  /** Surnames for either gender (Georgian, Armenian, and the Greek genitive surnames). */
  surnames: string[];
  /** Greek masculine and feminine surname forms. */
  surnamesMale: string[];
  surnamesFemale: string[];
  /** Fathers' names in the genitive, the middle part of a full name (Greek, Armenian). */
  patronymics: string[];
}
export type NamePool = Record<NameLocale, LocalePool>;

export interface Extracted {
  pool: NamePool;
  dropped: Record<'word' | 'short' | 'used' | 'famous' | 'shape', string[]>;
}

export { dictionaryWords };

/** Tokens of every person name of the Latin-script faker locales (the training's and the other sets' locales are
 * all among them), so that no name of this set is also a Latin-script name ("Anna", "Maria", "Eva"). */
export const usedNameTokens = (): Set<string> => fakerNameTokens(nameTokens, { skip: NAME_LOCALES });

type Reason = keyof Extracted['dropped'];

function dropReason(name: string, words: Set<string>, used: Set<string>): Reason | undefined {
  if (!/^[A-Z][a-z]+$/.test(name) || name.length > 16) return 'shape';
  const t = name.toLowerCase();
  if (t.length < 3) return 'short';
  if (FAMOUS.has(t)) return 'famous';
  if (words.has(t)) return 'word';
  if (used.has(t)) return 'used';
  return undefined;
}

const unaccent = (s: string): string => [...s.toLowerCase()].map((c) => GREEK_ACCENTS[c] ?? c).join('');

/** Greek surnames by gender (plural family names in -οι left out): masculine forms end in -ς; a form is feminine when its masculine is in the list
 * (Γαλάνη, Αγγελοπούλου, Αγγελίδου) or, without one, when it ends in -η or -α; the other genitive forms (Γεωργίου)
 * are for either. */
export function greekSurnameGenders(names: readonly string[]): { male: string[]; female: string[]; either: string[] } {
  const all = new Set(names.map(unaccent));
  const out = { male: [] as string[], female: [] as string[], either: [] as string[] };
  for (const n of names) {
    const u = unaccent(n);
    if (u.endsWith('οι')) continue; // a family's name in the plural, not one person's
    if (u.endsWith('ς')) out.male.push(n);
    else if (all.has(u + 'ς')) out.female.push(n);
    else if (u.endsWith('ου') && (all.has(u.slice(0, -2) + 'ος') || all.has(u.slice(0, -2) + 'ης'))) out.female.push(n);
    else if (u.endsWith('ου')) out.either.push(n);
    else if (u.endsWith('η') || u.endsWith('α')) out.female.push(n);
    else out.either.push(n);
  }
  return out;
}

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): Extracted {
  const used = usedNameTokens();
  const dropped: Extracted['dropped'] = { word: [], short: [], used: [], famous: [], shape: [] };
  const keep = (names: readonly string[], romanise: (s: string) => string): string[] => {
    const out = new Set<string>();
    for (const n of names) {
      const r = romanise(n);
      const why = dropReason(r, words, used);
      if (why) dropped[why].push(r);
      else out.add(r);
    }
    return [...out].sort();
  };
  const el = personOf('el')!;
  const ka = personOf('ka_GE')!;
  const hy = personOf('hy')!;
  const elMale = leaves(el.first_name?.male);
  const greekSurnames = greekSurnameGenders(leaves(el.last_name));
  const hyMale = leaves(hy.first_name?.male);
  const pool: NamePool = {
    el: {
      female: keep(leaves(el.first_name?.female), romaniseGreek),
      male: keep(elMale, romaniseGreek),
      either: [],
      surnames: keep(greekSurnames.either, romaniseGreek),
      surnamesMale: keep(greekSurnames.male, romaniseGreek),
      surnamesFemale: keep(greekSurnames.female, romaniseGreek),
      patronymics: keep(
        elMale.map(greekGenitive).filter((g): g is string => g !== undefined),
        romaniseGreek,
      ),
    },
    ka_GE: {
      female: [],
      male: [],
      either: keep(leaves(ka.first_name), romaniseGeorgian),
      surnames: keep(leaves(ka.last_name), romaniseGeorgian),
      surnamesMale: [],
      surnamesFemale: [],
      patronymics: [],
    },
    hy: {
      female: keep(leaves(hy.first_name?.female), romaniseArmenian),
      male: keep(hyMale, romaniseArmenian),
      either: [],
      surnames: keep(leaves(hy.last_name), romaniseArmenian),
      surnamesMale: [],
      surnamesFemale: [],
      // The genitive in -i of the fathers' names that end in a consonant (Vardan → Vardani).
      patronymics: keep(
        hyMale.filter((n) => /[^աեէըիոօ]$/.test(n)),
        (n) => romaniseArmenian(n) + 'i',
      ),
    },
  };
  for (const k of Object.keys(dropped) as Reason[]) dropped[k] = [...new Set(dropped[k])].sort();
  return { pool, dropped };
}

/** Every token of every PERSON span of the other sets. */
export const otherSetsPersonTokens = (): Set<string> => personTokensOf(ROOT, OTHER_SETS);

/** The committed pool less every name with a token another set's PERSON spans hold. */
export function namePool(committed: NamePool, others: Set<string>): NamePool {
  const free = (xs: string[]): string[] => xs.filter((n) => nameTokens(n).every((t) => t.length < 3 || !others.has(t)));
  const out = {} as NamePool;
  for (const loc of NAME_LOCALES) {
    const p = committed[loc];
    out[loc] = {
      female: free(p.female),
      male: free(p.male),
      either: free(p.either),
      surnames: free(p.surnames),
      surnamesMale: free(p.surnamesMale),
      surnamesFemale: free(p.surnamesFemale),
      patronymics: free(p.patronymics),
    };
  }
  return out;
}

export const poolSize = (p: NamePool, loc: NameLocale): { given: number; surnames: number; patronymics: number } => ({
  given: new Set([...p[loc].female, ...p[loc].male, ...p[loc].either]).size,
  surnames: new Set([...p[loc].surnames, ...p[loc].surnamesMale, ...p[loc].surnamesFemale]).size,
  patronymics: new Set(p[loc].patronymics).size,
});
