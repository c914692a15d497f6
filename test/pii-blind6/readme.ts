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
  'test/pii-blind5/{build,template,check,generate,carriers,names,readme,set.test}.ts',
  'the first thirty lines of test/pii-blind5/phrasings-en.ts (the shape of a phrasings file)',
  'test/pii-blind4/README.md (its names and carriers sections)',
  'test/pii-blind/doc.ts',
  'test/pii-fresh/doc.ts (the types ../pii-blind/doc.ts re-exports)',
  'test/pii-fresh/readme.ts',
  'test/pii-independent/rng.ts',
  'the README.md of the other sets, for their carrier packages and name locales only',
  '.prettierrc.json, package.json and package-lock.json (the faker version)',
  'the person-name data of the faker locales el, ka_GE and hy (node_modules/@faker-js/faker)',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const el = poolSize(pool, 'el');
  const ka = poolSize(pool, 'ka_GE');
  const hy = poolSize(pool, 'hy');
  const d = extracted.dropped;
  return `- **Names** (\`inputs/names.json\`; after every filter ${el.given} Greek given names, ${el.surnames} surnames
  and ${el.patronymics} fathers' names; ${ka.given} Georgian given names and ${ka.surnames} surnames; ${hy.given}
  Armenian given names, ${hy.surnames} surnames and ${hy.patronymics} fathers' names). Every person is Greek,
  Georgian or Armenian, from three non-Latin-script faker locales, romanised as the bearers' documents write them:
  - \`el\`: ELOT 743 / ISO 843 type 1, the transliteration of Greek passports, written as a table in \`names.ts\`
    with its digraph and diphthong rules (ου ou; αυ, ευ, ηυ av/ev/iv before a voiced sound, af/ef/if before a
    voiceless one or at the end; γγ ng, γκ gk, γξ nx, γχ nch; μπ b at the start of a word, mp inside): Chrysoula,
    Evangelos, Efstathios. Greek surnames change with gender: a woman takes a feminine form (Angelopoulou,
    Galani), a man a masculine one (Angelopoulos), the genitive surnames (Georgiou, Andreou) go to either, and kin of
    the other gender take the matching form. The father's name, in the formal genitive (Georgios → Georgiou,
    Ioannis → Ioannou), is the middle part of a full name where the template asks for it.
  - \`ka_GE\`: the Georgian national romanisation system (2002) as Georgian passports print it, without the
    apostrophes that mark ejectives (ჭავჭავაძე Chavchavadze). Faker files every Georgian given name as generic, so
    a Georgian is drawn only where a template does not fix the person's gender.
  - \`hy\`: BGN/PCGN 1981 as Armenian passports and everyday usage apply it: aspiration apostrophes left out, ը y,
    ե ye only at the start of a word (Yeva, Gabrielyan), ո vo there, ու u, և yev at the start and ev inside. The
    father's name in the genitive in -i (Vardan → Vardani) is the middle part of a full name.

  Earlier sets' READMEs list \`el\`, \`ka_GE\` and \`hy\` among locales used "by another set or by the detectors'
  authors" (\`../pii-independent/\` holds hand-transliterated Georgian and Armenian names); no token of this set's
  PERSON spans is in any other set's PERSON spans (see below). Forms: given name alone, full name, given name,
  father's name and surname, initial and surname, "Surname, Given", SURNAME first, capitals on forms, lower case in
  chats, "Given S.", handles ("nino-beridze", labelled \`PERSON\`), e-mail addresses, some spelled out. A name is
  dropped when it is an ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`,
  \`wfrench\`, \`wspanish\`, \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the
  American list's proper names): ${d.word.length}; shorter than three letters: ${d.short.length}; a person name of
  any Latin-script faker locale, which holds every locale the training and the other sets drew from ("Anna",
  "Maria", "Eva"): ${d.used.length}; the name of a widely known Greek, Georgian or Armenian figure, so that the hard
  negatives can name them (Venizelos, Rustaveli, Chavchavadze, Saakashvili, Sargsyan, Mkhitaryan, …): ${d.famous.length};
  not a plain capitalised word: ${d.shape.length}; or — at build time — when any token of it is a token of a PERSON
  span of the eight other sets (read mechanically by the build, never looked at). \`inputs/names.json\` lists every
  dropped name with its reason.`;
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
  return `# Sixth blind PII evaluation set

\`blind6.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`), nor
\`test/attacks/\`, nor the phrasings, values or documents of the other sets (\`../pii-blind/\`, \`../pii-blind2/\`,
\`../pii-blind3/\`, \`../pii-blind4/\`, \`../pii-blind5/\`, \`../pii-fresh/\`, \`../pii-independent/\`,
\`../pii-heldout/\`), and never ran the detectors or the scorer on it. Format: the labelled-set format of
[docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids
end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain negative). Every person in it has a Greek,
Georgian or Armenian name, romanised as described under **Names** below: the set measures how far the detectors
generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind6/build.ts\` rebuilds \`blind6.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero on any
  difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after which
  \`npx prettier --write test/pii-blind6/inputs\` restores the committed layout of \`names.json\`). Seeded PRNG
  (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos} sensitive
  documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones. Each span is recorded as its value is
  appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of \`blind6.jsonl\`:
  \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh: school report cards, court summonses, neighbourhood chat groups, hotel registration cards, cover letters
  and CVs, condolence messages, insurance claims, bug-tracker comments, babysitter notes, customer reviews that
  name staff, translation requests for relatives, gym membership notes, genealogical notes, wedding speeches,
  theatre cast lists, shipping manifests and consignment notes, tax-return questions, voicemail summaries, \`.env\`
  files and deploy notes, hire-car driver details, login logs, owners' meeting minutes, payment requests, notes
  asking for a neighbour's help, chess-club registrations, thank-you cards, passport notices, and prompts asking an
  assistant to proofread, translate, shorten or summarise. People appear as subject, object, addressee, signer,
  cast member, relative (a marker in a template makes a person a woman or a man for the words around the name, or
  kin of another with the same surname in the form of the person's gender), in possessives and lists, often with
  no cue word around the name. Phone numbers also read out in words or spaced digit by digit, and numbers in
  Greece, Georgia and Armenia; passwords in prose, tokens, key pairs, a JWT, an OpenSSH private key and connection
  strings in configuration. Hard negatives: Greek, Georgian and Armenian public and historical figures in an
  encyclopaedic context (Venizelos, Kazantzakis, Seferis, Elytis, Kavafis, Theodorakis, Maria Callas, Giannis
  Antetokounmpo, Shota Rustaveli, Stalin, Aram Khachaturian, Charles Aznavour, William Saroyan), fictional
  characters (Odysseus, Zorba, Medea), brands named after founders (Ferrero, Peugeot, Heineken, Dr. Oetker, Korres,
  Porsche, Michelin, Barilla, Philips), places and streets without a resident's address (Rustaveli Avenue, Mount
  Ararat, Gori), placeholders, published test card numbers, Luhn-failing numbers, IBANs with wrong check digits,
  order and tracking numbers, versions, hashes, UUIDs, documentation-range and loopback addresses, CIDR ranges,
  dates that are not birth dates, and words that are given names elsewhere (Will, rose, Ernst, Rosario, Benvenuto,
  Mars).
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files and the LilyPond Learning Manual): the LibreOffice help (\`${UNDER}<lang>/text/\`, the
  pages of the applications and the shared pages; the Basic reference left out), one package per language:
${carrierLines(packages, carriers)}

  (see \`/usr/share/doc/<package>/copyright\`). Only the prose paragraphs of a page are read; sentences with links,
  paths, numbers of two or more digits, markup, brackets, quotation marks, the suite's product names, two
  capitalised words in a row after the first word, or any capitalised word after the first that is not an ordinary
  word of the language's word list are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`, with this set's own validators written from the public scheme descriptions and
  tested on published examples in \`set.test.ts\`): card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex);
  IBANs pass mod 97 (GB, IE, DE, AT, CH, FR, BE, LU, ES, IT, NL, GR and GE; Belgian ones with their national check
  digits inside); national ids carry their scheme's check digits (NHS, NINO, Irish
  PPSN, Steuer-ID, Austrian social insurance number, Swiss AHV, NIR — with department 99 and the INSEE code of the
  country of birth —, Belgian national register number, DNI, NIE, codice fiscale — computed from the holder's own
  romanised name, sex, birth date and the Belfiore code of Greece, Georgia or Armenia —, BSN, and the Greek AMKA
  (birth date and Luhn) and AFM (powers of two mod 11); the Georgian personal number and the Armenian public
  service number, which have no public check digit, are eleven and ten digits); US SSNs in the valid ranges; bank
  accounts (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and account and ABA-valid routing and
  account; passports of the language's countries and of Greece, Georgia and Armenia, and driving licences (the
  British one built from the holder's surname, birth date and initial the DVLA way), given as such; phones in each
  country's formats; street addresses on one line or several, in the language's countries or in Athens,
  Thessaloniki, Tbilisi, Batumi, Yerevan and Gyumri; birth dates in each language's spellings and ISO, the same
  for a person wherever a document repeats one or encodes it in an id; API keys, AWS key pairs, JWTs, passwords,
  passphrases, connection strings and an OpenSSH private-key block (one \`SECRET\` span each); private,
  link-local, unique-local and public host addresses, IPv4 and IPv6. No document holds an unlabelled Luhn- or
  mod-97-valid look-alike outside the published test card numbers, and no token of the name pool stands outside a
  span: every mention of a person is labelled, and no negative names anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the eight other sets' PERSON spans, the validators on published examples, the romanisers, and the counts above. It
has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
