// Which name tokens the independent set may not use: everything the rule detector's gazetteer lists (given
// names, surnames, ambiguous and word-like names, famous people) and every person name in the faker locales
// the PII tagger was trained or held out on. A PERSON value made only of other tokens measures what the
// detectors do with names they have never been given.
import { allFakers } from '@faker-js/faker';
import * as gazetteer from '../../shared/core/pii/detectors/names-gazetteer.ts';

/** Faker locales the tagger pipeline used (training and its held-out split). */
export const TAGGER_LOCALES = [
  'en_US', 'de', 'fr', 'es', 'it', 'nl', 'en_IN', 'tr', 'pl', 'vi', 'pt_BR', 'zu_ZA', 'cs_CZ', 'fi', 'en_AU', 'es_MX', 'hu',
  'az', 'nb_NO', 'lv', 'da', 'de_AT', 'de_CH', 'fr_BE', 'fr_CH', 'nl_BE', 'en_GB', 'en_NG', 'yo_NG', 'id_ID', 'ro', 'sk', 'hr',
  'sv',
] as const; // prettier-ignore

/** Particles and connectors inside a name that are not name tokens themselves. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'der', 'den', 'de', 'la', 'le', 'du', 'des', 'di', 'da', 'del', 'della', 'dos', 'das', 'do', 'von', 'zu', 'y', 'e',
  'ter', 'ten', "d'", 'bin', 'ibn', 'al', 'el', 'ap', 'mac', 'st',
]); // prettier-ignore

const fold = (w: string) => w.normalize('NFC').toLowerCase();

function gazetteerTokens(): Set<string> {
  const sets = [
    gazetteer.GIVEN_NAMES,
    gazetteer.AMBIGUOUS_GIVEN,
    gazetteer.WORDLIKE_GIVEN,
    gazetteer.EAST_ASIAN_SURNAMES,
    gazetteer.FAMOUS_SURNAMES,
    gazetteer.FAMOUS_FULL_NAMES,
  ];
  const out = new Set<string>();
  for (const s of sets) for (const w of s) for (const t of nameTokens(w)) out.add(t);
  return out;
}

/** Every string leaf under a faker locale's person definitions. */
function stringLeaves(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringLeaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringLeaves(x, out);
}

function fakerTokens(): Set<string> {
  const out = new Set<string>();
  for (const locale of TAGGER_LOCALES) {
    const person = allFakers[locale].rawDefinitions.person;
    if (!person) continue;
    const names: string[] = [];
    for (const key of ['first_name', 'last_name', 'middle_name'] as const) stringLeaves(person[key], names);
    for (const n of names) for (const t of nameTokens(n)) out.add(t);
  }
  return out;
}

/** Lower-cased name tokens of a name as written: split on spaces, hyphens, apostrophes and dots; particles and initials dropped. */
export function nameTokens(name: string): string[] {
  return fold(name)
    .split(/[\s\-.'’]+/u)
    .filter((t) => t.length > 1 && !PARTICLES.has(t));
}

let cached: { gazetteer: Set<string>; faker: Set<string> } | undefined;

function forbidden() {
  cached ??= { gazetteer: gazetteerTokens(), faker: fakerTokens() };
  return cached;
}

/** Why a name may not be used ("gazetteer: anna"), or undefined when all its tokens are new. */
export function excludedBecause(name: string): string | undefined {
  const f = forbidden();
  for (const t of nameTokens(name)) {
    if (f.gazetteer.has(t)) return `gazetteer: ${t}`;
    if (f.faker.has(t)) return `faker: ${t}`;
  }
  return undefined;
}
