// The README rendered from the documents, so its counts and hash never disagree with the set.
import type { Doc } from '../pii-blind/doc.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import type { Carrier } from './carriers.ts';
import { LICENCE, PACKAGE, UNDER } from './carriers.ts';
import { LANGS, PER_LANG, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { poolSize } from './names.ts';

function carrierLines(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  return LANGS.map((l) => {
    const n = carriers.filter((c) => c.lang === l).length;
    const files = l === 'en' ? 'tutorial-<name>.svg' : `tutorial-<name>.${l}.svg`;
    return `  - ${l}: ${n} sentences from \`${PACKAGE}\` ${packages[PACKAGE]} (\`${files}\`); licence ${LICENCE}`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs and the label contract only. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind7/{build,template,check,generate,carriers,names,readme,set.test}.ts and README.md (structure, adapted)',
  'test/pii-blind7/values.ts: its imports, exports, IBAN and passport-shape code and phone-word helpers (structure); its phones, addresses, dates, secrets and look-alikes were not used',
  'test/pii-blind/{set-build,set-check,set-checks,set-generate,set-values,doc}.ts (imported, not copied)',
  'test/pii-fresh/doc.ts (the types ../pii-blind/doc.ts re-exports) and the exports of test/pii-fresh/readme.ts',
  'test/pii-independent/rng.ts',
  'test/pii-blind7/inputs/packages.json and the first lines of its names.json and carriers.jsonl (their layout)',
  'the "Names" lines of the other sets\' README.md files (which origins they used), and the carriers and names paragraphs of test/pii-independent/README.md',
  'the list of faker 10.6.0 locales',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const mg = poolSize(pool, 'mg');
  const si = poolSize(pool, 'si');
  const fo = poolSize(pool, 'fo');
  const d = extracted.dropped;
  return `- **Names** (\`names-curated.ts\` → \`inputs/names.json\`; after every filter ${mg.given} Malagasy given names
  and ${mg.surnames} surnames; ${si.given} Sinhalese given names, ${si.surnames} surnames and ${si.extra} ge-names;
  ${fo.given} Faroese given names, ${fo.surnames} family surnames, ${fo.extra} farm surnames and ${fo.patronymics}
  fathers' names for patronymics). Every person is Malagasy, Sinhalese or Faroese — three naming traditions that no
  faker locale holds and that no other set and not the training drew from; the lists were written by this set's
  author from general knowledge:
  - Malagasy (Madagascar): long Austronesian given names and surnames, often two given names; official papers put
    the SURNAME first in capitals followed by the given names.
  - Sinhalese (Sri Lanka): given names and surnames, and the ge-name (the lineage name) that official papers write
    before the given names; people commonly write all names but the surname as initials ("H. M. K." and surname).
  - Faroese (the Faroe Islands): given names with the letters á í ó ú ý ø æ ð, also written without them (as in
    e-mail addresses and older registers), family surnames, farm surnames with a preposition (á, í, við, undir, úr:
    the preposition is a particle of the name, inside the span) and patronymics in -son and -dóttir built from the
    father's name in the genitive.

  Forms: given name alone, full name, the official forms above, initials and surname, "Surname, Given", SURNAME
  first, capitals on forms and court lists, lower case in chats and logs, "Given S.", handles (labelled \`PERSON\`),
  names without their diacritics, e-mail addresses, some spelled out; about half of the names stand with no cue word
  (seating charts, attendee lists, CSV rows, log lines). A name is dropped when any of its tokens, as written or
  without diacritics, is an ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`,
  \`wfrench\`, \`wspanish\`, \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the American
  list's proper names): ${d.word.length}; shorter than three letters: ${d.short.length}; a person name of any
  Latin-script faker locale, which holds every locale the training and the other sets drew from: ${d.used.length};
  the name of a widely known Malagasy, Sri Lankan or Faroese figure, or a place or street of the values and hard
  negatives: ${d.famous.length}; not a plain capitalised word: ${d.shape.length}; or — at build time — when any token
  of it is a token of a PERSON span of the ten other sets (read mechanically by the build, never looked at).
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
  return `# Eighth blind PII evaluation set

\`blind8.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`), nor
\`test/attacks/\`, nor the phrasings, names, values or documents of the other sets (\`../pii-blind/\`, \`../pii-blind2/\`,
\`../pii-blind3/\`, \`../pii-blind4/\`, \`../pii-blind5/\`, \`../pii-blind6/\`, \`../pii-blind7/\`, \`../pii-fresh/\`,
\`../pii-independent/\`, \`../pii-heldout/\`), and never ran the detectors or the scorer on it. Format: the
labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code units,
\`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain negative). Every
person in it has a Malagasy, Sinhalese or Faroese name, written as described under **Names** below: the set measures
how far the detectors generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind8/build.ts\` rebuilds \`blind8.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero on any
  difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after which
  \`npx prettier --write test/pii-blind8/inputs\` restores the committed layout of \`names.json\`). Seeded PRNG
  (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos} sensitive
  documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones, by the shared builder of
  \`../pii-blind/\` (\`set-build.ts\`, \`set-generate.ts\`, \`set-check.ts\`, \`set-values.ts\`). Each span is
  recorded as its value is appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of
  \`blind8.jsonl\`: \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh: dental and veterinary appointment reminders, school report cards, court hearing lists, airline complaint
  e-mails, job-application cover letters, dating-profile drafts, wedding seating charts, invoices pasted as text,
  CRM exports (CSV), Slack exports (JSON), Jira comments, GitHub issue templates with logs, YAML and TOML files with
  owners, \`sshd\` and \`sudo\` auth logs, customer-support macros, payroll and tax forms, car-rental desks, visa
  checklists, translation requests, summarise-this-meeting prompts with attendee lists, obituary drafts and
  genealogy notes. People appear as patient, pet owner, pupil, teacher, defendant, passenger, applicant, guest,
  customer, committer, on-call owner, ssh user, employee, the deceased and the bereaved (a marker in a template makes
  a person a woman or a man for the words around the name, or kin of another with the same surname, a Faroese
  patronymic changing to the kin's gender). Phone numbers also read out in words or spaced digit by digit, and
  numbers in Madagascar, Sri Lanka and the Faroe Islands; passwords in chat, API tokens of several services, an AWS
  key pair, bearer JWTs in curl commands, connection strings and a passphrase. Hard negatives: Malagasy, Sri Lankan and Faroese public and
  historical figures in an encyclopaedic context (Queen Ranavalona I, Jean-Joseph Rabearivelo, Sirimavo
  Bandaranaike, Muttiah Muralitharan, Kumar Sangakkara, Niels Finsen, Eivør), fictional characters (Pippi
  Longstocking, Sherlock Holmes, Tintin, Asterix, Pinocchio, Nijntje, Mortadelo y Filemón), brands (Heineken,
  Cadbury, Dr. Oetker, Haribo, Michelin, Bonne Maman, Chupa Chups, Barilla, Ferrero, Douwe Egberts, Hema), places
  without a resident's address, configuration placeholders (\`\${DB_PASS}\`, \`<your-api-key>\`), published test
  card numbers, Luhn-failing numbers, IBANs with wrong check digits, order numbers, ISBNs, versions, commit hashes,
  UUIDs, timestamps, documentation-range and loopback addresses, CIDR ranges and dates that are not birth dates.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files, the LilyPond Learning Manual, the LibreOffice help and the GNOME desktop help): the
  Inkscape tutorials (\`${UNDER}\`, SVG drawings whose text elements hold the prose), one package for all six
  languages:
${carrierLines(packages, carriers)}

  Only the text elements of a tutorial are read, their lines joined; sentences with links, paths, numbers of two or
  more digits, markup, brackets, quotation marks or apostrophes, product, format or key names, sentences in the
  wrong language (some translations leave paragraphs in English), two capitalised words in a row after the first
  word, or any capitalised word after the first that is not an ordinary word of the language's word list are left
  out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`: the validators and check-digit functions of the six languages' countries are
  \`../pii-blind/set-values.ts\`'s, imported; the Malagasy, Sri Lankan, Faroese and Danish ids and every generator of
  phones, addresses, dates, secrets and look-alikes are this set's own): card numbers pass Luhn (Visa, Mastercard
  incl. 2-series, Amex); IBANs pass mod 97 (GB, IE, DE, AT, CH, FR, BE, ES, IT, NL, and FO, DK and MG for the
  people's own accounts); national ids carry their scheme's check digits (NHS, NINO, Irish PPSN, Steuer-ID, Austrian
  social insurance number, Swiss AHV, NIR, Belgian national register number, DNI, NIE, codice fiscale — from the
  holder's own name, sex, birth date and an Italian town of birth —, BSN; the Sri Lankan NIC in its old form, YY, day
  of the year plus 500 for women, serial, a mod 11 check digit and V, and its new twelve-digit form; the Faroese
  P-tal, birth date and three digits the last of which a mod 11 check digit as public descriptions give it; the
  Danish CPR number, birth date and a serial whose last digit is odd for men and even for women; the Malagasy CIN,
  twelve digits with the province first and the holder's sex sixth, which has no public check digit); US SSNs in the
  valid ranges; bank accounts (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and account and ABA-valid
  routing and account; passports of the language's countries and of Sri Lanka, Madagascar and Denmark, and driving
  licences (the British one built from the holder's surname, birth date, sex and initial the DVLA way), given as
  such; phones in each country's formats, Faroese numbers always with +298 or 00298; street addresses on one line or
  several, in the language's countries or in Antananarivo, Toamasina, Fianarantsoa, Mahajanga and Antsirabe (the
  "Lot" addresses of Madagascar), Colombo, Kandy, Nugegoda, Dehiwala, Kurunegala and Matara, and Tórshavn, Klaksvík
  and the Faroese villages (FO- postcodes); birth dates in each language's spellings and ISO, the same for a person
  wherever a document repeats one or encodes it in an id; API tokens, AWS key pairs, JWTs, passwords, passphrases
  and connection strings (one \`SECRET\` span each); private, link-local and public host addresses, IPv4 and IPv6. No
  document holds an unlabelled Luhn- or mod-97-valid look-alike outside the published test card numbers, and no
  token of the name pool (as written or without diacritics) stands outside a span: every mention of a person is
  labelled, and no negative names anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the ten other sets' PERSON spans, the validators on published examples and on this set's own ids, the Faroese
folding and patronymics, and the counts above. It has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
