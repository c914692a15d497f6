// The README rendered from the documents, so its counts and hash never disagree with the set.
import type { Doc } from '../pii-blind/doc.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import type { Carrier } from './carriers.ts';
import { PACKAGES, UNDER } from './carriers.ts';
import { LANGS, PER_LANG, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { poolSize } from './names.ts';

function carrierLines(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  return LANGS.map((l) => {
    const { pkg, licence } = PACKAGES[l];
    const n = carriers.filter((c) => c.lang === l).length;
    return `  - ${l}: ${n} sentences from \`${pkg}\` ${packages[pkg]}; licence ${licence}`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs and the label contract only. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind6/{build,template,check,generate,carriers,names,readme,set.test}.ts (copied and adapted)',
  'test/pii-blind6/values.ts, its validators and check-digit functions only (copied); its phones, addresses, dates, secrets and look-alikes were not used',
  'the first thirty lines of test/pii-blind6/phrasings-en.ts (the shape of a phrasings file)',
  'test/pii-blind/doc.ts',
  'test/pii-fresh/doc.ts (the types ../pii-blind/doc.ts re-exports) and test/pii-fresh/readme.ts (counts and tables)',
  'test/pii-independent/rng.ts',
  'test/pii-blind6/inputs/packages.json and the first lines of its names.json (their layout)',
  'the person-name data of the faker locales mk, uz_UZ_latin and en_GH, and the list of faker 10.6.0 locales',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const mk = poolSize(pool, 'mk');
  const uz = poolSize(pool, 'uz_UZ_latin');
  const gh = poolSize(pool, 'en_GH');
  const d = extracted.dropped;
  return `- **Names** (\`inputs/names.json\`; after every filter ${mk.given} Macedonian given names and ${mk.surnames}
  surname forms; ${uz.given} Uzbek given names, ${uz.surnames} surname forms and ${uz.patronymics} fathers' names;
  ${gh.given} Ghanaian given names and ${gh.surnames} surnames). Every person is Macedonian, Uzbek or Ghanaian, from
  three faker 10.6.0 locales that no other set and not the training drew from:
  - \`mk\` (Cyrillic) romanised in the official Macedonian transliteration of 2008, which passports print, written
    as a table in \`names.ts\`: ѓ gj, ж zh, ѕ dz, ј j, љ lj, њ nj, ќ kj, ц c, ч ch, џ dj, ш sh, х h (Gjurgjica,
    Ljupka). Macedonian surnames change with gender (-ski/-ska, -ov/-ova, -ev/-eva): a woman takes the feminine form,
    a man the masculine one, kin of the other gender the matching form; invariable surnames go to either.
  - \`uz_UZ_latin\` (the Uzbek Latin alphabet of 1995) with faker's apostrophes written as the official letters:
    ʻ (U+02BB) in oʻ and gʻ, ʼ (U+02BC) for the tutuq belgisi. Surnames change with gender (-ov/-ova, -ev/-eva).
    Uzbek documents give the father's name as a patronymic: "Surname Given Father oʻgʻli" (son of) or "… qizi"
    (daughter of), the whole a \`PERSON\` span.
  - \`en_GH\` (Ghana, Latin script): the Akan, Ewe and Ga names of faker's list (day names such as Kwasi, Esi,
    Kwesi; surnames such as Acheampong, Asiedu); its English given names fall to the filter below.

  Forms: given name alone, full name, "Surname Given Father oʻgʻli/qizi", initial and surname, "Surname, Given",
  SURNAME first, capitals on forms and boarding passes, lower case in chats, "Given S.", handles
  ("dilnoza.akmalova", labelled \`PERSON\`), e-mail addresses, some spelled out. A name is dropped when it is an
  ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`, \`wfrench\`, \`wspanish\`,
  \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the American list's proper names):
  ${d.word.length}; shorter than three letters: ${d.short.length}; a person name of any other Latin-script faker locale,
  which holds every locale the training and the other sets drew from ("Ana", "Elizabeth", "Aziz"): ${d.used.length};
  the name of a widely known Macedonian, Uzbek or Ghanaian figure or folk character, or of a street of the addresses,
  so that the hard negatives can name them (Delchev, Navoiy, Karimov, Nkrumah, Annan, Ananse, …): ${d.famous.length};
  not a plain capitalised word, or misspelt in faker: ${d.shape.length}; or — at build time — when any token of it is
  a token of a PERSON span of the nine other sets (read mechanically by the build, never looked at).
  \`inputs/names.json\` lists every dropped name with its reason.`;
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
  return `# Seventh blind PII evaluation set

\`blind7.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`), nor
\`test/attacks/\`, nor the phrasings, values or documents of the other sets (\`../pii-blind/\`, \`../pii-blind2/\`,
\`../pii-blind3/\`, \`../pii-blind4/\`, \`../pii-blind5/\`, \`../pii-blind6/\`, \`../pii-fresh/\`, \`../pii-independent/\`,
\`../pii-heldout/\`), and never ran the detectors or the scorer on it. Format: the labelled-set format of
[docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids
end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain negative). Every person in it has a
Macedonian, Uzbek or Ghanaian name, written as described under **Names** below: the set measures how far the detectors
generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind7/build.ts\` rebuilds \`blind7.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero on any
  difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after which
  \`npx prettier --write test/pii-blind7/inputs\` restores the committed layout of \`names.json\`). Seeded PRNG
  (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos} sensitive
  documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones. Each span is recorded as its value is
  appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of \`blind7.jsonl\`:
  \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh: pharmacy prescriptions, tenancy deposit disputes, lost-and-found posts, volunteer rosters, exam seating
  plans, boarding passes, conference badges, HR onboarding checklists, customer chat transcripts, bug reports with
  logs, \`git blame\` output, Kubernetes YAML with annotations, SQL dumps, spreadsheets pasted as TSV, transcribed
  voice notes, parish and club newsletters, sports results, funeral notices, rental car agreements, tenant forms,
  \`.env\` files, and prompts asking an assistant to rephrase, translate or summarise. People appear as patient,
  prescriber, tenant, finder, volunteer, candidate, passenger, speaker, customer, committer, runner, the deceased and
  the bereaved (a marker in a template makes a person a woman or a man for the words around the name, or kin of
  another with the same surname in the form of the person's gender), often with no cue word around the name. Phone
  numbers also read out in words or spaced digit by digit, and numbers in North Macedonia, Uzbekistan and Ghana;
  passwords in prose, tokens, an AWS key pair, a JWT, an OpenSSH private key, a passphrase and connection strings in
  configuration. Hard negatives: Macedonian, Uzbek and Ghanaian public and historical figures in an encyclopaedic
  context (Kwame Nkrumah, Kofi Annan, Asamoah Gyan, Alisher Navoiy, Islom Karimov, Goce Delchev), a folk character
  (Ananse the spider), brands named after founders (Cadbury, Heinz, Kellogg's, Dr. Oetker, Ferrero, Barilla,
  Heineken, Douwe Egberts), places and streets without a resident's address, placeholders, published test card
  numbers, Luhn-failing numbers, IBANs with wrong check digits, order and tracking numbers, versions, hashes, UUIDs,
  documentation-range and loopback addresses, CIDR ranges, dates that are not birth dates, and words that are given
  names elsewhere (Will, rose, Ernst, Rosario, Consuelo, Benvenuto, Willem, Roos).
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files, the LilyPond Learning Manual and the LibreOffice help): the GNOME desktop help
  (\`${UNDER}<lang>/gnome-help/\`, Mallard pages; \`C\` is the English original), one package for all six
  languages:
${carrierLines(packages, carriers)}

  (see \`/usr/share/doc/gnome-user-docs/copyright\`). Only the paragraphs of a page's body are read (not its
  credits, code, screens or titles); sentences with links, paths, numbers of two or more digits, markup, brackets,
  quotation marks, product or system names, two capitalised words in a row after the first word, or any capitalised
  word after the first that is not an ordinary word of the language's word list are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`: the validators and check-digit functions follow \`../pii-blind6/values.ts\`, written
  from the public scheme descriptions and tested on published examples in \`set.test.ts\`; the Macedonian,
  Uzbek and Ghanaian ids and every generator of phones, addresses, dates, secrets and look-alikes are this set's
  own): card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex); IBANs pass mod 97 (GB, IE, DE, AT, CH, FR,
  BE, LU, ES, IT, NL, MK and PT; Belgian ones with their national check digits inside); national ids carry their
  scheme's check digits (NHS, NINO, Irish PPSN, Steuer-ID, Austrian social insurance number, Swiss AHV, NIR,
  Belgian national register number, DNI, NIE, codice fiscale — computed from the holder's own name, sex, birth date
  and the Belfiore code of an Italian town of birth —, BSN, the Macedonian EMBG — birth date, region, a serial by
  sex and a mod 11 check digit — and the Uzbek PINFL — century and sex, birth date, district, serial and a 7-3-1
  weighted check digit; the Ghana Card number, whose check algorithm is not public, is GHA, nine digits and one);
  US SSNs in the valid ranges; bank accounts (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and
  account and ABA-valid routing and account; passports of the language's countries and of North Macedonia,
  Uzbekistan and Ghana, and driving licences (the British one built from the holder's surname, birth date and
  initial the DVLA way), given as such; phones in each country's formats; street addresses on one line or several,
  in the language's countries or in Skopje, Bitola, Ohrid, Tashkent, Samarkand, Bukhara, Accra, Kumasi and Cape
  Coast (with Ghana's GhanaPost GPS codes); birth dates in each language's spellings and ISO, the same for a person
  wherever a document repeats one or encodes it in an id; API tokens, AWS key pairs, JWTs, passwords, passphrases,
  connection strings and an OpenSSH private-key block (one \`SECRET\` span each); private, link-local and public
  host addresses, IPv4 and IPv6. No document holds an unlabelled Luhn- or mod-97-valid look-alike outside the
  published test card numbers, and no token of the name pool stands outside a span: every mention of a person is
  labelled, and no negative names anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the nine other sets' PERSON spans, the validators on published examples, the romanisation, and the counts above. It
has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
