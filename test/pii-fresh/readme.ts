// README.md of the fresh set, written by build.ts so that its counts and hashes always match the committed file.
import type { Doc } from './doc.ts';
import { LANGS } from './generate.ts';

export interface Counts {
  byLang: Record<string, { documents: number; sensitive: number; negatives: number; hard: number }>;
  byType: Record<string, number>;
  sensitiveWithPerson: number;
  sensitive: number;
}

export function counts(docs: readonly Doc[]): Counts {
  const byLang: Counts['byLang'] = {};
  for (const lang of LANGS) {
    const own = docs.filter((d) => d.lang === lang);
    const sensitive = own.filter((d) => d.entities.length > 0).length;
    byLang[lang] = {
      documents: own.length,
      sensitive,
      negatives: own.length - sensitive,
      hard: own.filter((d) => d.id.endsWith('-hard')).length,
    };
  }
  const byType: Record<string, number> = {};
  for (const e of docs.flatMap((d) => d.entities)) byType[e.type] = (byType[e.type] ?? 0) + 1;
  const pos = docs.filter((d) => d.entities.length > 0);
  return {
    byLang,
    byType,
    sensitive: pos.length,
    sensitiveWithPerson: pos.filter((d) => d.entities.some((e) => e.type === 'PERSON')).length,
  };
}

/** The per-language and per-type tables of a set's README (the blind set's README has the same). */
export function tables(c: Counts): string {
  const langRows = Object.entries(c.byLang).map(([l, r]) => `| ${l} | ${r.documents} | ${r.sensitive} | ${r.negatives} | ${r.hard} |`);
  const typeRows = Object.entries(c.byType)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t, n]) => `| \`${t}\` | ${n} |`);
  return [
    '| lang | documents | sensitive | negatives | of which hard |',
    '|---|---|---|---|---|',
    ...langRows,
    '',
    '| type | spans |',
    '|---|---|',
    ...typeRows,
  ].join('\n');
}

export function readme(o: { docs: readonly Doc[]; seed: number; setSha: string; packages: Record<string, string> }): string {
  const c = counts(o.docs);
  const pkgs = Object.entries(o.packages)
    .map(([p, v]) => `\`${p}\` ${v}`)
    .join(', ');
  return `# Fresh PII evaluation set

\`fresh.jsonl\` has ${o.docs.length} documents in six languages, about half sensitive. It was built **blind**, after the
detectors were tuned on \`test/pii-independent/\`, by someone who read neither the detectors' code and models, nor
the tagger's training pipeline, nor the other sets' phrasings: it measures how far that tuning generalises. Format:
the labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code
units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\`.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-fresh/build.ts\` rebuilds \`fresh.jsonl\` and this README byte for byte from \`inputs/\`
  (\`--check\` verifies, \`--extract\` refreshes \`inputs/\` from the installed packages). Seeded PRNG (sfc32 through
  splitmix32, \`../pii-independent/rng.ts\`), seed \`${o.seed}\`. Each span is recorded as its value is appended
  (\`doc.ts\`), so offsets are exact by construction. sha256 of \`fresh.jsonl\`: \`${o.setSha}\`.
- **Phrasings** (\`phrasings-*.ts\`): this set's own prompts in en/de/fr/es/it/nl — replies, thank-you notes,
  greetings and sign-offs, tickets, YAML/JSON/CSV and markdown tables, chat logs, attendee and cc lines,
  possessives, names after prepositions, references, forms, shipping labels, code
  with a key; hard negatives name products, companies, places, works, fictional characters, public figures (for
  what they are known for), code identifiers and stack traces, config placeholders, order ids, versions, price
  tables, amounts and dates.
- **Carriers**: real sentences (\`inputs/carriers.jsonl\`, a seeded sample with package and file) from ${pkgs}.
  English sentences come from the packages' README/NEWS files (each under its own licence, see
  \`/usr/share/doc/<package>/copyright\`); the Debian FAQ translations are GPL-2+, the Debian Reference is
  GPL-2+. Sentences with two capitalised words mid-sentence (a possible name), links, addresses or long numbers
  are left out; on their own they are negatives.
- **Names**: given names and surnames of the faker locales \`af_ZA\`, \`pt_PT\`, \`sr_RS_latin\`, \`uz_UZ_latin\`,
  \`ro_MD\`, \`eo\` (Latin script), recombined across locales; a token that is an ordinary word of the six languages
  (\`shared/core/pii/tagger/common-words.txt\`) is dropped. Forms: full, lower case, initial + surname, SURNAME first in
  capitals, two given names, hyphenated and particle surnames, a given name alone, a surname after a title.
- **Values**: card numbers pass Luhn, IBANs pass mod 97 (both verified with \`shared/core/pii/checksums.ts\`); phones,
  addresses and birth dates in national formats with the set's own cue words; API-key-like tokens and passwords in
  prose. Negatives hold no Luhn- or mod-97-valid look-alike.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, a type of
docs/pii-labels.md), unique ids and the counts above. It has no score threshold: the set is a measurement.
`;
}
