// The set's README, written by build.ts so that its counts and hashes always describe the committed file.
import type { Doc } from './compose.ts';
import { TAGGER_LOCALES } from './exclusion.ts';
import { LANGS } from './rng.ts';

interface ReadmeFacts {
  docs: readonly Doc[];
  seed: number;
  setSha: string;
  inputs: Readonly<Record<string, string>>;
  packages: Readonly<Record<string, string>>;
}

function countsTable(docs: readonly Doc[]): string {
  let out = '| lang | documents | sensitive | negatives | of which hard |\n|---|---|---|---|---|\n';
  for (const lang of LANGS) {
    const own = docs.filter((d) => d.lang === lang);
    const pos = own.filter((d) => d.entities.length > 0).length;
    const hard = own.filter((d) => d.id.endsWith('-hard')).length;
    out += `| ${lang} | ${own.length} | ${pos} | ${own.length - pos} | ${hard} |\n`;
  }
  return out;
}

function typesTable(docs: readonly Doc[]): string {
  const counts = new Map<string, number>();
  for (const d of docs) for (const e of d.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return (
    '| type | spans |\n|---|---|\n' +
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `| \`${t}\` | ${n} |`)
      .join('\n') +
    '\n'
  );
}

export function readme(f: ReadmeFacts): string {
  const pkgs = Object.entries(f.packages)
    .map(([p, v]) => `\`${p}\` ${v}`)
    .join(', ');
  const inputs = Object.entries(f.inputs)
    .map(([p, h]) => `- \`${p}\`: \`${h}\``)
    .join('\n');
  return `# Independent PII evaluation set

\`independent.jsonl\` has ${f.docs.length} documents in six languages, about half sensitive. It measures the PII
detectors (rules, and later rules + tagger) on text built **independently** of everything they were developed or
trained on: a fresh generator, real-text carriers that are neither \`debian-handbook\` nor the fortunes, and person
names none of whose tokens is in the name gazetteer or in the faker locales the tagger used. Format: the labelled-set
format of [docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), \`{"id","text","lang","entities":[{"type","start","end"}]}\`,
offsets in UTF-16 code units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-neg\` or \`-hard\` (hard negative).

${countsTable(f.docs)}
${typesTable(f.docs)}
## How it was built

- \`build.ts\` (with \`generate.ts\`, \`names.ts\`, \`values.ts\`, \`lang/*.ts\`) is deterministic: its own seeded PRNG
  (sfc32 seeded through splitmix32, \`rng.ts\`), seed \`${f.seed}\`. Documents are assembled from pieces and each span is
  recorded as its value is appended, so offsets are exact by construction. No code comes from \`test/pii-heldout\` or the
  tagger pipeline; the project's validators (\`shared/core/pii/checksums.ts\`) are used only to **verify** values in
  \`check.ts\`.
- **Carriers**: real sentences from Debian's manual pages: ${pkgs}. \`sources.ts\` strips the roff markup
  (\`roff.ts\`), keeps prose sections (description, options, notes), splits sentences, and keeps those of 50–260
  characters in the page's language (function-word test) without addresses, URLs, e-mail, long digit runs or markup;
  a seeded sample of 400 per language is committed in \`inputs/carriers.jsonl\`, each with its package and file. Licences:
  the translations (manpages-l10n) are GPL-3+; the English pages (man-pages project) carry their per-page licences
  (mostly the "verbatim" licence, GPL or BSD), see \`/usr/share/doc/<package>/copyright\`. The sentences carry entities
  (quoted in a question, forwarded to someone, in a form, signed below) and are negatives on their own.
- **Prompt-style carriers**: the set's own phrasings in each language (draft an e-mail, summarise a ticket, fix a
  YAML config, rewrite a message, fill in a form, meeting notes, a chat reply, a translation), in \`lang/*.ts\`.
- **Names**: given names and surnames of the people named (before an e-mail address) in \`/usr/share/doc/*/copyright\`,
  plus transliterated names of many origins (Georgian, Armenian, Basque, Welsh, Icelandic, Maltese, Lithuanian,
  Estonian, Albanian, Igbo, Amharic, Mongolian, Kazakh, Tamil, Filipino, Māori, Samoan, Quechua, Greenlandic,
  Hawaiian) in \`names.ts\`. A part is dropped when any token is in the gazetteer
  (\`shared/core/pii/detectors/names-gazetteer.ts\`: given, ambiguous, word-like, East Asian, famous names), in the
  person names of the faker locales the tagger was trained or held out on (${TAGGER_LOCALES.join(', ')}), or is a word
  of the carrier sentences. Given names and surnames are **recombined** across people; \`inputs/names.json\` keeps the
  two pools apart and only hashes of the original pairs, and no document re-forms one. Forms: full names, lower case,
  initial + surname, double and hyphenated surnames, particles (van der, de la, di, …), surname upper-cased first,
  two given names, title + surname (title outside the span), a given name alone in greetings and sign-offs, names at
  sentence start and with no cue word.
- **Other values** are generated in \`values.ts\` with their check digits: Luhn cards (Visa, Mastercard incl. 2-series,
  Amex), IBANs of nine countries (mod 97; FR RIB key, ES CCC and IT CIN inside), national bank accounts (ES CCC, FR RIB,
  IT BBAN, UK sort code + account, US ABA routing + account, DE BLZ + Kontonummer, BE account), UK NINO and NHS, DE
  Steuer-ID, FR NIR, ES DNI/NIE, IT codice fiscale, NL BSN, US SSN, passports and driving licences in their countries'
  shapes (labelled only where the words say what they are), private/public IPv4 and IPv6 outside the documentation
  ranges, API keys (AWS, GitHub, Stripe, Slack, OpenAI-style, Google, JWT), passwords and four-word passphrases in
  prose, connection strings with a password. Addresses follow each country's format (street types, house-number
  suffixes, postcodes, Dutch \`1234 AB\`, Italian province) with the set's own street names. Phone numbers in national
  and international forms, also **read out as words** and **digit by digit**; e-mail addresses also spoken
  ("x dot y at …", "punto … arroba …").
- **Hard negatives** (at least 40 % of each language's negatives): words that are given names elsewhere used as words
  (Dutch "elke", Italian "nella", "vera", "serena", "franco", German "Mark" the currency, "frank und frei", Spanish
  "dolores", "rosa", "pilar", "paz", French "rose", "pierre", "marine"), brands and companies named after people,
  fictional characters, historical figures in encyclopaedic prose, places alone, config placeholders
  (\`[db_password]\`, \`\${API_KEY}\`, \`<your-token>\`, \`********\`), password-reset prose, published test values
  (4242 4242 4242 4242, AKIAIOSFODNN7EXAMPLE), documentation-range, CIDR and loopback IPs, versions, order and invoice
  numbers, Luhn-failing 16-digit references, dates that are not birth dates, quantities, commit hashes, UUIDs, code.

## What it is for, and what it does not claim

It is a **measurement**, not a gate and not a tuning target: score the detectors on it, report the figures, and do
not adjust detectors to its documents (the check outside the project uses its own set). It does **not** claim to
represent real traffic: the frames are templates (a few per language and kind), the carriers are technical prose from
manual pages, one language per document, the value mix is fixed by \`generate.ts\`, passports and licences are only
shape-valid, and names are recombined so no real person is named. Labels follow docs/pii-labels.md; cases whose ruling
is unclear (e.g. a fictional character's street address) were left out rather than guessed.

## Rebuild, check, score

\`\`\`sh
npx tsx test/pii-independent/build.ts             # writes independent.jsonl and this README from inputs/
npx tsx test/pii-independent/build.ts --check     # validates and confirms a byte-identical rebuild and these hashes
npx tsx test/pii-independent/build.ts --extract   # refreshes inputs/ (needs the Debian packages above installed)
npx triage pii score test/pii-independent/independent.jsonl [--by-lang] [--json]
\`\`\`

## SHA-256

- \`independent.jsonl\`: \`${f.setSha}\`
${inputs}
`;
}
