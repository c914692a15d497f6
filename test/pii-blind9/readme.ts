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
    const files = l === 'en' ? '{guide,offline}.text.gz' : `{guide,offline}.${l}.text.gz`;
    return `  - ${l}: ${n} sentences from \`${PACKAGE}\` ${packages[PACKAGE]} (\`${files}\`); licence ${LICENCE}`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs and the label contract only. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind8/README.md and test/pii-blind8/{build,generate,template,check,carriers,names,readme,set.test}.ts (structure, adapted)',
  'test/pii-blind8/names-curated.ts: its header and first lines (layout only)',
  'test/pii-blind8/values.ts: its imports and exports, IBAN code and phone-word helpers (structure); its phones, addresses, dates, secrets and look-alikes were not used',
  'test/pii-blind/{set-build,set-check,set-checks,set-generate,set-values,doc}.ts (imported, not copied)',
  'the exports of test/pii-fresh/readme.ts and test/pii-independent/rng.ts',
  'test/pii-blind8/inputs/ (its file list only)',
  'the "Names" and "Carriers" paragraphs of the other sets\' README.md files (which origins and packages they used)',
  'the list of faker locales in node_modules/@faker-js/faker/dist/locale',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const th = poolSize(pool, 'th');
  const fa = poolSize(pool, 'fa');
  const my = poolSize(pool, 'my');
  const d = extracted.dropped;
  return `- **Names** (\`names-curated.ts\` → \`inputs/names.json\`; after every filter ${th.given} Thai given names and
  ${th.surnames} surnames; ${fa.given} Persian given names and ${fa.surnames} surnames; ${my.given} Burmese name
  syllables). Every person is Thai, Persian (Iranian) or Burmese — three naming traditions that no Latin-script
  faker locale holds and that no other set and not the training drew from; the lists were written by this set's
  author from general knowledge:
  - Thai (Thailand): long Sanskrit- and Pali-derived given names and longer surnames, romanised as people spell them
    on their passports; people go by the given name alone, after the honorific Khun (outside the span).
  - Persian (Iran): given names and surnames (-i, -zadeh, -pour, -nia), official forms putting the SURNAME first
    and adding the father's given name (labelled \`PERSON\` too); some written with the long vowels marked (ū, ī,
    ā) as a scholarly transliteration does; Agha-ye and Khanom before the surname stay outside the span.
  - Burmese (Myanmar): names of two to four syllables and no family name at all — kin share no name —, written with
    an honorific that is not part of the name (U, Daw, Ko, Ma: outside the span); where a form asks for a surname
    or a title stands before it, the whole name stands there.

  Forms: given name alone, full name, SURNAME first, "Surname, Given", initial and surname, "Given S.", capitals on
  forms and tickets, lower case in chats and logs, handles (labelled \`PERSON\`), e-mail addresses, some spelled out,
  fathers' names; about half of the names stand with no cue word (Markdown member tables, chat exports, viewing
  lists, log lines, JSON records). A name is dropped when any of its tokens, as written or without diacritics, is
  an ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`, \`wfrench\`, \`wspanish\`,
  \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the American list's proper names):
  ${d.word.length}; shorter than three letters: ${d.short.length}; a person name of any Latin-script faker locale,
  which holds every locale the training and the other sets drew from: ${d.used.length}; the name of a widely known
  Thai, Iranian or Burmese figure, or a place or street of the values and hard negatives: ${d.famous.length}; not a
  plain capitalised word: ${d.shape.length}; or — at build time — when any token of it is a token of a PERSON span
  of the eleven other sets (read mechanically by the build, never looked at). \`inputs/names.json\` lists every
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
  return `# Ninth blind PII evaluation set

\`blind9.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`,
\`shared/tools/tables/\`), nor \`test/attacks/\`, nor the phrasings, names, values or documents of the other sets
(\`../pii-blind/\`, \`../pii-blind2/\`, \`../pii-blind3/\`, \`../pii-blind4/\`, \`../pii-blind5/\`, \`../pii-blind6/\`,
\`../pii-blind7/\`, \`../pii-blind8/\`, \`../pii-fresh/\`, \`../pii-independent/\`, \`../pii-heldout/\`), and never ran the
detectors or the scorer on it. Format: the labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md)
("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard
negative) or \`-neg\` (plain negative). Every person in it has a Thai, Persian or Burmese name, written as described
under **Names** below: the set measures how far the detectors generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind9/build.ts\` rebuilds \`blind9.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero on any
  difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after which
  \`npx prettier --write test/pii-blind9/inputs\` restores the committed layout of \`names.json\`). Seeded PRNG
  (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos} sensitive
  documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones, by the shared builder of
  \`../pii-blind/\` (\`set-build.ts\`, \`set-generate.ts\`, \`set-check.ts\`, \`set-values.ts\`). Each span is
  recorded as its value is appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of
  \`blind9.jsonl\`: \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh: hospital discharge and referral letters, home-insurance claims, travel-insurance claims from abroad,
  care-home admissions, IT helpdesk tickets, police incident reports, apartment viewing requests and viewing lists,
  e-commerce return forms, loan applications with the father's name, school enrolment forms, sports-club member
  lists as Markdown tables and emergency-contact lists, event ticket confirmations, WhatsApp chat exports
  (\`[dd/mm/yy, hh:mm] Name: …\`), e-mail threads with quoted replies and signatures, JSON API responses, auth log
  lines with user fields, YAML deploy configs, curl commands, car-rental driver forms, payroll forms, money
  transfers, and prompts asking to rewrite, translate, summarise or draft text that holds the personal data. People
  appear as patient, next of kin, policyholder, complainant, officer, tenant, customer, applicant, pupil, parent,
  club member, coach, ticket holder, chat participant, committer, resident and driver (a marker in a template makes
  a person a woman or a man for the words around the name, or kin of another, with the same surname where the
  tradition has one). Phone numbers also read out digit by digit in words, and numbers in Thailand, Iran and
  Myanmar in their national and international formats; passwords in chat and in config, a passphrase in a helpdesk
  ticket, API tokens of several services, an AWS key pair, bearer JWTs in curl commands, connection strings. Hard
  negatives: Thai, Iranian and Burmese public and historical figures in an encyclopaedic context (Bhumibol
  Adulyadej, Ferdowsi, U Thant, Marjane Satrapi, Aung San Suu Kyi, Apichatpong Weerasethakul), legendary and
  fictional characters (Rostam and Sohrab of the Shahnameh, Hanuman and Sita of the Ramakien, Phra Aphai Mani of
  Sunthorn Phu's epic), brands (Singha, Chang, Myanmar Beer, Thai Airways, Iran Khodro, Mama), streets and places
  named after people (Rama IV Road, Ferdowsi Street, rue Pasteur, via Garibaldi, calle de Alcalá, Ferdinand
  Bolstraat), configuration placeholders (\`\${DB_PASS}\`, \`<your-api-key>\`, \`changeme\`), published test card
  numbers, Luhn-failing numbers, IBANs with wrong check digits, order and ticket numbers, ISBNs, versions, commit
  hashes, UUIDs, timestamps, coordinates, parcel tracking numbers, documentation-range and loopback addresses, CIDR
  ranges and dates that are not birth dates.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help and the
  Inkscape tutorials): APT's own manuals, the APT User's Guide and the offline-usage guide (\`${UNDER}\`, plain-text
  renderings of the DocBook sources), one package for all six languages:
${carrierLines(packages, carriers)}

  Paragraphs are joined and split into sentences; sentences with links, paths, numbers of two or more digits,
  brackets, quotation marks or apostrophes, program and command names (apt, dpkg, dselect, …), sentences in the
  wrong language, two capitalised words in a row after the first word, or any capitalised word after the first
  that is not an ordinary word of the language's word list (for German a noun of the list or a compound ending in
  one) are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`: the validators and check-digit functions of the six languages' countries are
  \`../pii-blind/set-values.ts\`'s, imported; the Thai, Iranian and Myanmar ids and every generator of phones,
  addresses, dates, secrets and look-alikes are this set's own): card numbers pass Luhn (Visa, Mastercard incl.
  2-series, Amex); IBANs pass mod 97 (GB, IE, DE, AT, CH, FR, BE, ES, IT, NL, and the Iranian Sheba number, IR and
  24 digits, for transfers to Iran); national ids carry their scheme's check digits (NHS, NINO, Irish PPSN,
  Steuer-ID, Austrian social insurance number, Swiss AHV, NIR, Belgian national register number, DNI, NIE, codice
  fiscale — from the holder's own name, sex, birth date and an Italian town of birth —, BSN; the Thai national id
  card number, thirteen digits whose last is (11 − Σ dᵢ·(14 − i) mod 11) mod 10; the Iranian national code, ten
  digits whose last is r or 11 − r for r the weighted sum (weights 10..2) mod 11; the Myanmar NRC number, state or
  region, township abbreviation, (N) and six digits, which has no check digit); US SSNs in the valid ranges; bank
  accounts (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and account, ABA-valid routing and account,
  and Thai account numbers (xxx-x-xxxxx-x); passports of the language's countries and of Thailand, Iran and
  Myanmar, and driving licences (the British one built from the holder's name, birth date and sex the DVLA way; the
  Thai one eight digits), given as such; phones in each country's formats, Thai, Iranian and Myanmar numbers
  national (0…, 09…) and international (+66, +98 or 0098, +95); street addresses on one line or several, in the
  language's countries or in Bangkok, Chiang Mai and Khon Kaen (Moo, Soi, Khwaeng, Khet), Tehran, Shiraz, Isfahan,
  Tabriz and Mashhad (alley, street, postal code) and Yangon and Mandalay (township); birth dates in each
  language's spellings and ISO, the same for a person wherever a document repeats one or encodes it in an id; API
  tokens, AWS key pairs, JWTs, passwords, passphrases and connection strings (one \`SECRET\` span each); private,
  link-local and public host addresses, IPv4 and IPv6. No document holds an unlabelled Luhn- or mod-97-valid
  look-alike outside the published test card numbers, and no token of the name pool (as written, with long vowels
  marked or without diacritics) stands outside a span: every mention of a person is labelled, and no negative names
  anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the eleven other sets' PERSON spans, the validators on published examples and on this set's own ids, the Persian
long-vowel forms and the Burmese honorifics, and the counts above. It has no score threshold: the set is a
measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
