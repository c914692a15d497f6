// The README rendered from the documents, so its counts and hash never disagree with the set.
import type { Doc } from '../pii-blind/doc.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import type { Carrier } from './carriers.ts';
import { PACKAGES } from './carriers.ts';
import { LANGS, PER_LANG, SEED } from './generate.ts';
import type { NamePool } from './names.ts';
import { NAME_LOCALES, poolSize } from './names.ts';

function carrierLines(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  return LANGS.map((l) => {
    const { pkg, under } = PACKAGES[l];
    const n = carriers.filter((c) => c.lang === l).length;
    return `  - ${l}: ${n} sentences from \`${pkg}\` ${packages[pkg]}${under ? ` (its \`${under.replace('/usr/share/doc/', '')}\` tree)` : ''}`;
  }).join('\n');
}

export function renderReadme(
  docs: readonly Doc[],
  packages: Record<string, string>,
  carriers: readonly Carrier[],
  pool: NamePool,
  sha256: string,
): string {
  const c = counts(docs);
  return `# Third blind PII evaluation set

\`blind3.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, not even its check-digit validators or word lists, \`shared/core/inspect/\`, \`shared/models/\`,
\`shared/tools/model-build/\`), nor \`test/attacks/\`, nor the phrasings, values or documents of the other sets
(\`../pii-blind/\`, \`../pii-blind2/\`, \`../pii-fresh/\`, \`../pii-independent/\`, \`../pii-heldout/\`), and never ran
the detectors or the scorer on it. Only the other sets' build infrastructure was read (document builder, PRNG,
README tables, test layout) and their name-locale lists. Its figures say how far the detectors generalise to prompts
nobody tuned them on. Format: the labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md) ("Test
sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard negative)
or \`-neg\` (plain negative).

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind3/build.ts\` rebuilds \`blind3.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero on any
  difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages). Seeded PRNG
  (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos} sensitive
  documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones. Each span is recorded as its value is
  appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of \`blind3.jsonl\`:
  \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`): this set's own prompts —
  e-mails to rewrite, meeting notes, HR cases, appointment summaries, insurance claims, school letters, bookings,
  support transcripts, JSON payloads, stack traces and log lines, markdown tables, commit messages, chat logs with
  speaker prefixes, code and shell history with credentials, letters, classified ads, genealogy notes, lists.
  People as subject, object, addressee, signer and relative, in possessives and lists, often with no cue word
  around the name at all; names as full names, given names alone, surnames, "Surname, Given", SURNAME first, lower
  case, capitals, initials, two given names, double-barrelled surnames (a template marks who must be a woman or a
  man where pronouns or gendered nouns refer to them, e.g. \`{{f1}}\`). Hard negatives: public and historical
  figures, fictional characters, brands and companies named after founders, places and streets without a resident's
  address, products and packages, config placeholders, published test card numbers and example keys,
  Luhn-failing card numbers, IBANs with wrong check digits, order, tracking and invoice numbers, versions, hashes,
  UUIDs, documentation-range and loopback IP addresses, dates that are not birth dates, capitalised technical terms.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither training nor another set used:
${carrierLines(packages, carriers)}

  Licences: the Developer's Reference and the New Maintainers' Guide are GPL-2+, the installation guide is GPL-2
  (see \`/usr/share/doc/<package>/copyright\`).
  Sentences with links, paths, numbers of two or more digits, markup, parentheses, the word Debian, or any
  capitalised word that is not an ordinary dictionary word are left out.
- **Names** (\`inputs/names.json\`, ${poolSize(pool).given} given names and ${poolSize(pool).surnames} surnames
  after filtering): every Latin-script faker locale with person names had been used by another set or possibly by the
  detectors' authors except \`en_AU_ocker\`, almost all of whose names are also names of \`en\`/\`en_AU\` and were
  dropped (what survives is kept); so the pool mainly romanises the Cyrillic faker locales ${NAME_LOCALES.filter((l) => l !== 'en_AU_ocker')
    .map((l) => `\`${l}\``)
    .join(' and ')} (Macedonian official romanisation; Ukrainian national romanisation of 2010), giving Latin-script
  names, recombined across the two locales within a gender (a Macedonian given name with a Ukrainian surname of
  the same gender, and so on). A token is dropped when it is an ordinary word of the six languages (Debian
  word lists \`wamerican\`, \`wngerman\`, \`wfrench\`, \`wspanish\`, \`witalian\`, \`wdutch\`), shorter than three
  letters, a person name of any faker locale another set or the detectors' authors used, a widely known public
  figure's surname, or a token of any PERSON span of the five other sets (read mechanically by the build, never
  looked at).
- **Values** (\`values.ts\`, with this set's own validators written from the public scheme descriptions): card
  numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex); IBANs pass mod 97 (GB, DE, FR, ES, IT, NL, BE, AT, CH,
  IE, PT, LU), in blocks of four or run together; national ids carry their scheme's check digits (NHS number, UK
  NINO, Steuer-ID, NIR, DNI, NIE, codice fiscale, BSN, Swiss AHV); US SSNs in the valid ranges; US routing numbers
  pass the ABA check, UK sort codes with account numbers (\`BANK_ACCOUNT\`, each number its own span); passport and
  driving-licence numbers given as such; phones in each country's formats, international and local, spaced, dotted
  and dashed; street addresses of six countries on one line or several; birth dates in each language's spellings
  and ISO; API keys, JWTs, memorable passwords, random-word passphrases and connection strings (one \`SECRET\`
  span); private and public host IPs. E-mail addresses are also spelled out ("at", "(at)", "[at]"). No document
  holds an unlabelled Luhn- or mod-97-valid look-alike.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the other sets' PERSON spans, and the counts above. It has no score threshold: the set is a measurement.
`;
}
