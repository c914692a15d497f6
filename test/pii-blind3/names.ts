// Person names of this set. Every Latin-script faker locale with person names has been used by another set or by
// the detectors' authors except `en_AU_ocker`, too small on its own (24 surnames), so the pool also romanises the
// Cyrillic locales `mk` (Macedonian, official romanisation) and `uk` (Ukrainian, national romanisation of 2010):
// Latin-script names no other set drew. `--extract` (build.ts) filters the pool and commits it to inputs/names.json:
// a token is dropped when it is an ordinary word of the six languages (the Debian word lists wamerican, wngerman,
// wfrench, wspanish, witalian, wdutch), shorter than three letters, a person name of any faker locale another set or
// the detectors' authors used, or a widely known public figure's surname. The build then drops every token of any
// PERSON span of the other five sets (read mechanically, never looked at).
import { allLocales } from '@faker-js/faker';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

export const NAME_LOCALES = ['en_AU_ocker', 'mk', 'uk'] as const;

/** Locales whose names this set must not reuse: the other sets', and those the detectors' authors may have used. */
export const USED_LOCALES = [
  ...['sl_SI', 'ku_kmr_latin', 'en_ZA', 'en_GH', 'fr_SN', 'en_NP', 'en_HK'],
  ...['lv', 'hr', 'yo_NG', 'zu_ZA', 'az', 'hu', 'en_NG'],
  ...['af_ZA', 'pt_PT', 'sr_RS_latin', 'uz_UZ_latin', 'ro_MD', 'eo'],
  ...['en', 'de', 'fr', 'es', 'it', 'nl', 'en_US', 'en_GB', 'de_AT', 'de_CH', 'fr_CH', 'fr_BE', 'fr_CA', 'es_MX', 'nl_BE'],
  ...['pt_BR', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'sk', 'tr', 'ro', 'id_ID', 'vi', 'en_IN', 'en_AU'],
];

/** Every labelled set this one must not share a PERSON token with. */
export const OTHER_SETS = [
  'test/pii-blind/blind.jsonl',
  'test/pii-blind2/blind2.jsonl',
  'test/pii-fresh/fresh.jsonl',
  'test/pii-independent/independent.jsonl',
  'test/pii-heldout/heldout.jsonl',
];

const FAMOUS = new Set(
  [
    'bandera',
    'shevchenko',
    'franko',
    'andrukhovych',
    'klychko',
    'kravchuk',
    'kuchma',
    'yushchenko',
    'tymoshenko',
    'poroshenko',
    'zelenskyi',
    'yanukovych',
    'bubka',
    'skovoroda',
    'khmelnytskyi',
    'mazepa',
    'petliura',
    'hrushevskyi',
    'kotliarevskyi',
    'ukrainka',
    'delchev',
    'delčev',
    'misirkov',
    'gruevski',
    'zaev',
    'gligorov',
    'trajkovski',
    'prličev',
    'miladinov',
    'racin',
    'koneski',
    'proeski',
    'nguyen',
    'makhno',
    'hnatyshyn',
  ].map((s) => s.toLowerCase()),
);

/** Lower-cased tokens of a name: split on spaces, dots, commas, hyphens and apostrophes. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.,'’-]+/)
    .filter((t) => t.length > 0);
}

/** Particles inside a name that are not name tokens of their own. */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'da', 'di', 'von', 'del', 'der', 'la', 'le', 'du', 'ter', 'ten']);

const MK: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', е: 'e', ж: 'ž', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž',
  ш: 'š',
}; // prettier-ignore
const UK: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '',
}; // prettier-ignore
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Romanises a Cyrillic name (mk or uk); undefined when a letter has no mapping. */
export function romanise(name: string, table: 'mk' | 'uk'): string | undefined {
  const t = table === 'mk' ? MK : UK;
  let out = '';
  let initial = true;
  for (const ch of name) {
    const lower = ch.toLowerCase();
    const isUpper = lower !== ch;
    if (ch === '-' || ch === ' ') {
      out += ch;
      initial = true;
      continue;
    }
    let r = table === 'uk' && initial ? (UK_INITIAL[lower] ?? t[lower]) : t[lower];
    if (table === 'uk' && lower === 'г' && out.toLowerCase().endsWith('z')) r = 'gh';
    if (r === undefined) return undefined;
    out += isUpper && r ? r[0]!.toUpperCase() + r.slice(1) : r;
    initial = false;
  }
  return out;
}

type Person = { first_name?: unknown; last_name?: unknown } | undefined;
const personOf = (loc: string): Person => (allLocales as Record<string, { person?: Person }>)[loc]?.person;

function leaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x, out);
  return out;
}

/** Given names and surnames by gender (the Slavic surnames agree with the given name: -ska/-ski, -ova/-ov). */
export interface NamePool {
  female: string[];
  male: string[];
  femaleSurnames: string[];
  maleSurnames: string[];
  /** Surnames of either gender. */
  surnames: string[];
}

const DICTS = ['american-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch'];

/** Ordinary words of the six languages, lower-cased (the installed Debian word lists; --extract only). */
export function dictionaryWords(): Set<string> {
  const words = new Set<string>();
  for (const d of DICTS) {
    const path = join('/usr/share/dict', d);
    if (!existsSync(path))
      throw new Error(`missing word list ${path}: apt-get install wamerican wngerman wfrench wspanish witalian wdutch`);
    for (const w of readFileSync(path, 'utf8').split('\n')) if (w) words.add(w.replace(/'s$/, '').toLowerCase());
  }
  return words;
}

/** The pool before the other sets' tokens are dropped (build.ts --extract; needs the Debian word lists). */
export function extractNamePool(words: Set<string>): NamePool {
  const used = new Set<string>();
  for (const loc of USED_LOCALES) {
    const p = personOf(loc);
    for (const n of [...leaves(p?.first_name), ...leaves(p?.last_name)]) for (const t of nameTokens(n)) used.add(t);
  }
  const ok = (name: string): boolean =>
    /^[\p{Script=Latin}-]+$/u.test(name) &&
    !/\p{Ll}\p{Lu}/u.test(name) &&
    nameTokens(name).every((t) => t.length >= 3 && !words.has(t) && !used.has(t) && !FAMOUS.has(t));
  const lists = {
    female: new Set<string>(),
    male: new Set<string>(),
    femaleSurnames: new Set<string>(),
    maleSurnames: new Set<string>(),
    surnames: new Set<string>(),
  };
  const add = (set: Set<string>, names: unknown, loc: string): void => {
    for (const n of leaves(names)) {
      const r = loc === 'mk' || loc === 'uk' ? romanise(n, loc) : n;
      if (r && ok(r)) set.add(r);
    }
  };
  for (const loc of NAME_LOCALES) {
    const p = personOf(loc) as { first_name?: Record<string, unknown>; last_name?: Record<string, unknown> } | undefined;
    const first = p?.first_name ?? {};
    const last = p?.last_name ?? {};
    const firstOf = (g: 'female' | 'male'): unknown => (Array.isArray(first) ? first : [first[g], first.generic]);
    add(lists.female, firstOf('female'), loc);
    add(lists.male, firstOf('male'), loc);
    if (Array.isArray(last)) add(lists.surnames, last, loc);
    else {
      add(lists.femaleSurnames, last.female, loc);
      add(lists.maleSurnames, last.male, loc);
      add(lists.surnames, last.generic, loc);
    }
  }
  const sorted = (x: Set<string>): string[] => [...x].sort();
  return {
    female: sorted(lists.female),
    male: sorted(lists.male),
    femaleSurnames: sorted(lists.femaleSurnames),
    maleSurnames: sorted(lists.maleSurnames),
    surnames: sorted(lists.surnames),
  };
}

/** Every token of every PERSON span of the other sets. */
export function otherSetsPersonTokens(): Set<string> {
  const out = new Set<string>();
  for (const path of OTHER_SETS)
    for (const line of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { text: string; entities: { type: string; start: number; end: number }[] };
      for (const e of d.entities) if (e.type === 'PERSON') for (const t of nameTokens(d.text.slice(e.start, e.end))) out.add(t);
    }
  return out;
}

/** The committed pool less every token another set's PERSON spans hold. */
export function namePool(committed: NamePool, others: Set<string>): NamePool {
  const free = (xs: string[]): string[] => xs.filter((n) => nameTokens(n).every((t) => !others.has(t)));
  return {
    female: free(committed.female),
    male: free(committed.male),
    femaleSurnames: free(committed.femaleSurnames),
    maleSurnames: free(committed.maleSurnames),
    surnames: free(committed.surnames),
  };
}

export const poolSize = (p: NamePool): { given: number; surnames: number } => ({
  given: new Set([...p.female, ...p.male]).size,
  surnames: new Set([...p.femaleSurnames, ...p.maleSurnames, ...p.surnames]).size,
});
