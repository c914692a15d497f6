// The README rendered from the documents, so its counts and hash never disagree with the set.
import type { Doc } from '../pii-blind/doc.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import type { Carrier } from './carriers.ts';
import { PACKAGES } from './carriers.ts';
import { LANGS, PER_LANG, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { poolSize } from './names.ts';

function carrierLines(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  return LANGS.map((l) => {
    const { pkg, under, licence } = PACKAGES[l];
    const n = carriers.filter((c) => c.lang === l).length;
    const tree = under ? ` (its \`${under.replace('/usr/share/doc/', '')}\` tree)` : '';
    return `  - ${l}: ${n} sentences from \`${pkg}\` ${packages[pkg]}${tree}; licence ${licence}`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs and the label contract only. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind3/{build,template,check,generate,carriers,names,readme,set.test}.ts',
  'test/pii-blind/doc.ts',
  'test/pii-fresh/doc.ts',
  'test/pii-fresh/readme.ts',
  'test/pii-independent/rng.ts',
  'the README.md of the six other sets (their carrier packages and name locales)',
  'test/pii-{blind,blind2,blind3,fresh,independent}/inputs/packages.json (package names and versions)',
  'package.json, tsconfig.json, vitest.config.ts, eslint.config.js, .prettierrc.json, .prettierignore',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const ko = poolSize(pool, 'ko');
  const dv = poolSize(pool, 'dv');
  const d = extracted.dropped;
  return `- **Names** (\`inputs/names.json\`; after every filter ${ko.given} Korean given names and ${ko.surnames} surnames,
  ${dv.given} Maldivian given names and ${dv.surnames} second names). Every Latin-script faker locale, and \`mk\`,
  \`uk\`, \`ru\`, \`el\`, \`ka_GE\`, \`hy\`, had been used by another set or by the detectors' authors; \`ne\` holds
  the same names as \`en_NP\` (used by \`../pii-blind/\`), so it was left out too. The pool romanises two faker
  locales nobody drew from:
  - \`ko\`: given names in the Revised Romanisation, syllable by syllable as its rule for personal names says (no
    sound changes across syllables), written with a hyphen between the syllables ("Seo-yeon") or run together where
    that reads only one way ("Minjun", never "Hangyeol" for Han-gyeol), and 우 after the first syllable written
    "woo" ("Ji-woo"), as Koreans write it; surnames in the customary spellings their bearers use (Choi, Kang, Hwang,
    Ahn, Ryu), from a table. A Korean's full name is written in Western order or, for about half of them, surname
    first ("Kang Min-jun"). Two-letter surnames (Oh, Ko, Ha, Na and the like) were **dropped**, as were all other
    tokens under three letters.
  - \`dv\`: Thaana writes its vowels, so names are transliterated letter by letter into Malé Latin (long vowels
    doubled, "dh", "th", "sh", "lh"; alifu with sukun doubling the next consonant); the epenthetic final "u" is left
    off as Maldivians do in their names ("Aaminath"). ${d.unsure.length} names the romaniser was not sure of (an ainu
    inside the name, a final ދު, a hamza between vowels, a doubled final) were dropped, not guessed.

  Names are recombined within a locale and gender. A name is dropped when its token (a hyphenated Korean given name
  counts as its syllables run together) is an ordinary word of the six languages (Debian word lists \`wamerican\`,
  \`wngerman\`, \`wfrench\`, \`wspanish\`, \`witalian\`, \`wdutch\`, proper names in them included: ${d.word.length}
  dropped, e.g. Choi, Jung, Min), shorter than three letters (${d.short.length}), a person name of any faker locale
  used elsewhere (${d.used.length}), a widely known public figure's surname (${d.famous.length}: presidents of South
  Korea and the Maldives, Ban, Son, Bong), over twelve letters (${d.shape.length}), or — at build time — when any
  token of it, a syllable of three letters or more included, is a token of a PERSON span of the six other sets (read
  mechanically by the build, never looked at). \`inputs/names.json\` lists every dropped name with its reason.`;
}

export function renderReadme(
  docs: readonly Doc[],
  packages: Record<string, string>,
  carriers: readonly Carrier[],
  extracted: Extracted,
  pool: NamePool,
  sha256: string,
): string {
  const c = counts(docs);
  return `# Fourth blind PII evaluation set

\`blind4.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`), nor
\`test/attacks/\`, nor the phrasings, values or documents of the other sets (\`../pii-blind/\`, \`../pii-blind2/\`,
\`../pii-blind3/\`, \`../pii-fresh/\`, \`../pii-independent/\`, \`../pii-heldout/\`), and never ran the detectors or
the scorer on it. Format: the labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"),
offsets in UTF-16 code units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard negative) or
\`-neg\` (plain negative).

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind4/build.ts\` rebuilds \`blind4.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero on any
  difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after which
  \`npx prettier --write test/pii-blind4/inputs\` restores the committed layout of \`names.json\`). Seeded PRNG
  (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos} sensitive
  documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones. Each span is recorded as its value is
  appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of \`blind4.jsonl\`:
  \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own: e-mails to
  rewrite, meeting minutes, HR and medical cases, tenancy disputes, travel bookings, customer-support transcripts,
  JSON and YAML payloads, CSV rows, log lines and stack traces, git commits, chat logs, shell history with
  credentials, letters, classified ads, obituaries and genealogy notes, sports rosters, school notes, forum posts,
  and prompts asking an assistant to do something with the text. People as subject, object, addressee, signer and
  relative, in possessives and lists, often with no cue word around the name; names as full names in either order,
  given names alone, surnames alone, "Surname, Given", SURNAME first, lower case, capitals, initials ("M.-J."),
  hyphenated and run-together Korean given names. Phone numbers also read out in words or spaced digit by digit;
  passwords and passphrases in prose, tokens in configuration. Hard negatives: public and historical figures,
  fictional characters, brands and companies named after founders, places and streets without a resident's
  address, products, config placeholders, published test card numbers, Luhn-failing numbers, IBANs with wrong check
  digits, order, tracking and invoice numbers, versions, hashes, UUIDs, documentation-range and loopback addresses,
  dates that are not birth dates, capitalised technical terms, and words that are given names in another language.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used. Every Dutch Debian manual had been used (debian-edu-doc-legacy-nl only holds
  older editions of the Debian Edu manual \`../pii-blind/\` drew from), so Dutch comes from the GIMP user manual:
${carrierLines(packages, carriers)}

  (see \`/usr/share/doc/<package>/copyright\`). Sentences with links, paths, numbers of two or more digits, markup,
  brackets, quotation marks, the words Debian or GIMP, or any capitalised word after the first that is not an
  ordinary dictionary word are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`, with this set's own validators written from the public scheme descriptions and
  tested on published examples in \`set.test.ts\`): card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex);
  IBANs pass mod 97 (GB, IE, DE, AT, CH, FR, BE, LU, ES, IT, NL), with valid national check digits inside (RIB key,
  CCC, CIN, Belgian mod 97); national ids carry their scheme's check digits (NHS, NINO, Irish PPSN, Steuer-ID,
  German pension insurance number, Austrian social insurance number, Swiss AHV, NIR, Belgian national register
  number, DNI, NIE, codice fiscale, BSN, Korean resident registration number, Canadian SIN); US SSNs in the valid
  ranges; bank accounts (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and account, ABA-valid routing
  and account, French RIB, Spanish CCC, Dutch pre-IBAN account numbers (eleven test) and Belgian account numbers
  (mod 97); passports and driving licences given as such (the British licence number built from the holder's
  surname the DVLA way); phones in each country's formats, Korean and Maldivian numbers too, read out in words or
  spaced digit by digit; street addresses on one line or several; birth dates in each language's spellings and
  ISO; API keys, AWS key pairs, JWTs, passwords, passphrases, connection strings and an OpenSSH private-key block
  (one \`SECRET\` span each); private, link-local and public host addresses. E-mail addresses are also spelled out.
  No document holds an unlabelled Luhn- or mod-97-valid look-alike outside the published test card numbers.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the six other sets' PERSON spans, the validators on published examples, and the counts above. It has no score
threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
