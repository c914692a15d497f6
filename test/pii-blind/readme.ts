// The README rendered from the documents (counted and tabled as the fresh set's README is), so the two never
// disagree.
import type { Carrier } from './carriers.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import type { Doc } from './doc.ts';
import { PER_LANG, SEED } from './generate.ts';
import { NAME_LOCALES } from './names.ts';

function carrierLine(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  const list = Object.entries(packages)
    .map(([p, ver]) => `\`${p}\` ${ver}`)
    .join(', ');
  return `${carriers.length} sentences from the Debian Edu bookworm manual, ${list}`;
}

export function renderReadme(docs: readonly Doc[], packages: Record<string, string>, carriers: readonly Carrier[], sha256: string): string {
  const c = counts(docs);
  return `# Blind PII evaluation set

\`blind.jsonl\` has ${docs.length} documents in six languages, about half sensitive. It was built **blind**, while the
detectors and the tagger were being tuned on the other three sets (\`../pii-independent/\`, \`../pii-heldout/\`,
\`../pii-fresh/\`), by someone who read neither the detectors' code and models, nor the tagger's training pipeline,
nor the other sets' phrasings. Nobody tuning has seen it: its figures say how far the detectors generalise, the
others' are optimistic. Format: the labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md) ("Test
sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard negative)
or \`-neg\`.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind/build.ts\` rebuilds \`blind.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings (\`--check\` verifies instead of writing, \`--extract\` refreshes \`inputs/\` from the installed
  packages). Seeded PRNG (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language
  ${PER_LANG.pos} sensitive documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones. Each span is
  recorded as its value is appended (\`doc.ts\`), so offsets are exact by construction. sha256 of \`blind.jsonl\`:
  \`${sha256}\`.
- **Phrasings** (\`phrasings-*.ts\`): this set's own prompts — requests to rewrite, translate, summarise or answer,
  with people as subject, object, addressee, signer, speaker, attendee, landlord, patient, neighbour; in chat logs,
  CSV/TSV/pipe tables, JSON tickets, YAML lists, letters with titles, shipping labels, forms and commands with a
  key. Hard negatives name products, companies, places, works, fictional characters, public figures for what they
  are known for, code identifiers and stack traces, config placeholders, imperatives opening a prompt, words that are given names elsewhere
  used as ordinary words, order ids, versions, amounts and dates.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file): ${carrierLine(packages, carriers)}.
  The manual and its translations are GPL-2+ (\`/usr/share/doc/<package>/copyright\`). Sentences with links,
  paths, long numbers or a capitalised word that is not an ordinary word (a possible name) are left out; on
  their own they are negatives.
- **Names**: given names and surnames of the faker locales ${NAME_LOCALES.map((l) => `\`${l}\``).join(', ')} (Latin
  script), recombined across locales. A token is dropped when it is an ordinary word of the six languages
  (\`shared/core/pii/tagger/common-words.txt\`), when it is a token of any PERSON span of the other three sets (read
  by the build, not by its author), when it is shorter than three letters, or when it is a widely known public
  figure's surname. Forms: full, given name alone, surname after a title, lower case, CAPITALS, SURNAME first,
  surname-comma-given, initials, two given names, hyphenated and particle surnames.
- **Values**: card numbers pass Luhn, IBANs pass mod 97 (with the French RIB key, the Spanish CCC, the Italian
  CIN and the Belgian check where the country has them), national ids (NHS number, Steuer-ID, NIR, DNI, codice
  fiscale, BSN) carry their check digits — all verified with \`shared/core/pii/checksums.ts\`; phones, addresses
  and birth dates in national formats with the set's own cue words; API-key-like tokens, passwords in prose and
  connection strings. Negatives hold no Luhn- or mod-97-valid look-alike.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, a type of
docs/pii-labels.md), unique ids, that no PERSON token is shared with the other sets' PERSON spans, and the counts
above. It has no score threshold: the set is a measurement.
`;
}
