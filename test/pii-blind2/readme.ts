// The README rendered from the documents (tabled as the other sets' READMEs are), so the two never disagree.
import { counts, tables } from '../pii-fresh/readme.ts';
import type { Doc } from '../pii-blind/doc.ts';
import type { Carrier } from './carriers.ts';
import { PER_LANG, SEED } from './generate.ts';
import { NAME_LOCALES } from './names.ts';

function carrierLine(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  const list = Object.entries(packages)
    .map(([p, ver]) => `\`${p}\` ${ver}`)
    .join(', ');
  return `${carriers.length} sentences, ${carriers.length / 6} per language, from ${list}`;
}

export function renderReadme(docs: readonly Doc[], packages: Record<string, string>, carriers: readonly Carrier[], sha256: string): string {
  const c = counts(docs);
  return `# Second blind PII evaluation set

\`blind2.jsonl\` has ${docs.length} documents in six languages, half of them sensitive. It was written **blind**: its
author read neither the detectors' code, models and training pipeline (\`shared/core/pii/\` beyond the check-digit
validators and the common-word list, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`), nor
\`test/attacks/\`, nor the phrasings or the documents of the other sets (\`../pii-blind/\`, \`../pii-fresh/\`,
\`../pii-independent/\`, \`../pii-heldout/\`), and never ran the detectors on it. Its figures say how far the
detectors generalise to prompts nobody tuned them on. Format: the labelled-set format of
[docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids end
in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain negative).

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind2/build.ts\` rebuilds \`blind2.jsonl\` and this README byte for byte from \`inputs/\` and the
  phrasings (\`--check\` verifies instead of writing, \`--extract\` first refreshes \`inputs/\` from the installed
  packages). Seeded PRNG (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language
  ${PER_LANG.pos} sensitive documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones. Each span is recorded as its
  value is appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of \`blind2.jsonl\`:
  \`${sha256}\`.
- **Phrasings** (\`phrasings-*.ts\`, filled by \`template.ts\`): this set's own prompts — messages to soften or
  translate, references, minutes, tenancy and council letters, scam texts to judge, onboarding forms, support
  tickets, family and work chat logs, CSV to repair, SQL, \`.env\`, YAML and log lines, cards, proxies, complaints;
  people as subject, addressee, signer, relative, landlord, colleague, customer, witness. Names as full names,
  given names alone, surnames after a title, "Surname, Given", SURNAME first, lower case, capitals, initials, two
  given names, hyphenated and particle surnames. Hard negatives: cars, brands, shops, companies, places, novels
  and their characters, TV detectives, public figures and their (encyclopaedic) birth years, legal cases, code
  identifiers, config placeholders, mail-merge variables, flower and herb words that are names elsewhere, order
  and tracking numbers, versions, commit hashes, UUIDs, amounts, meeting and delivery dates, Luhn-failing card
  numbers and IBANs with wrong check digits.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file): ${carrierLine(packages, carriers)}.
  The Debian Reference has no Spanish or Dutch translation the other sets left unused (\`debian-reference-es\` was
  used by \`../pii-fresh/\`, and there is no \`debian-reference-nl\`), so es and nl come from the aptitude user's
  manual. All are GPL-2+ (\`/usr/share/doc/<package>/copyright\`). Sentences with links, paths, numbers of three or
  more digits, markup or any capitalised word that is not an ordinary word (a possible name) are left out; on their
  own they are negatives, and they also fill some sensitive prompts.
- **Names**: given names and surnames of the faker locales ${NAME_LOCALES.map((l) => `\`${l}\``).join(', ')} (Latin
  script, none used by another set), recombined across locales. A token is dropped when it is an ordinary word of
  the six languages (\`shared/core/pii/tagger/common-words.txt\`), when it is shorter than three letters, when it is
  a token of any PERSON span of the four other sets (read by the build, not by its author), or when it is a widely
  known public figure's surname.
- **Values** (\`values.ts\`): card numbers pass Luhn; IBANs pass mod 97 (national ones with their own check digits,
  others from CH, AT, DE, NL, IE, LV), in blocks of four, run together or in lower case; national ids carry their
  scheme's check digits (NHS number, UK NINO, Steuer-ID, Austrian SVNR, Swiss AHV, NIR, Belgian national number,
  DNI, NIE, codice fiscale, BSN) — all verified with \`shared/core/pii/checksums.ts\`; phones with trunk prefixes,
  00 prefixes and foreign codes; addresses on one line or several; birth dates in each language's spellings;
  API keys, JWTs, passwords and connection strings. E-mail addresses are also spelled out ("at", "[at]", "(at)").
  Negatives hold no Luhn- or mod-97-valid look-alike.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, a type of
docs/pii-labels.md, valid value), unique ids, that no PERSON token is shared with the other sets' PERSON spans, and
the counts above. It has no score threshold: the set is a measurement.
`;
}
