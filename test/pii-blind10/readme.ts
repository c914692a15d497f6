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
    const files = l === 'en' ? '{Intro,Tutorial}.lyx' : `${l}/{Intro,Tutorial}.lyx`;
    return `  - ${l}: ${n} sentences from \`${PACKAGE}\` ${packages[PACKAGE]} (\`${files}\`); licence ${LICENCE}`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs and the label contract only. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind9/README.md and test/pii-blind9/{build,generate,template,check,carriers,names,readme,set.test}.ts (structure and mechanics, adapted)',
  "test/pii-blind9/values.ts (adapted: its validators, the six languages' phone formats and date spellings, the token, password and connection-string shapes, host addresses and look-alike generators kept; its street lists, password words, database hosts and bank codes and its Thai, Iranian and Myanmar values replaced)",
  'test/pii-blind9/names-curated.ts: its header and first lines (layout only)',
  'test/pii-blind9/phrasings-en.ts: its first five and last three lines, by mistake (the file header and closing lines; nothing of them was used)',
  'test/pii-blind/{set-build,set-check,set-checks,set-generate,set-values,doc}.ts (imported, not copied)',
  'the exports of test/pii-fresh/readme.ts and test/pii-independent/rng.ts',
  'test/pii-blind9/inputs/ (its file list and the first lines of each file, for the layout)',
  'the "Names" and "Carriers" paragraphs of the other sets\' README.md files (which origins and packages they used)',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const ja = poolSize(pool, 'ja');
  const so = poolSize(pool, 'so');
  const bo = poolSize(pool, 'bo');
  const d = extracted.dropped;
  return `- **Names** (\`names-curated.ts\` → \`inputs/names.json\`; after every filter ${ja.given} Japanese given names and
  ${ja.surnames} family names; ${so.given} Somali given names; ${bo.given} Tibetan and Bhutanese name elements).
  Every person is Japanese, Somali, or Tibetan or Bhutanese — naming traditions that no Latin-script faker locale
  holds and that no other set and not the training drew from; the lists were written by this set's author from
  general knowledge:
  - Japanese: given names and family names in Hepburn romanisation, written given name first (as on Western forms)
    or family name first (as in Japan, and in capitals as on the passport), with the macrons of long vowels
    (Satō, Yūko) for some people and without them (Sato, Yuko) for most; -san, -sama and -sensei follow the family
    name outside the span.
  - Somali: a given name followed by the father's given name and often the grandfather's — a chain of given names,
    not a family name —, in the Somali orthography (Maxamed, Cabdi, Xasan, doubled vowels) or the spellings of the
    diaspora (Mohamed, Abdi, Hassan); siblings share the chain; the father's name alone is labelled \`PERSON\` too;
    Aw, Eedo and Walaal stand before the given name outside the span.
  - Tibetan and Bhutanese: personal names of two elements (Pema Yangchen, Dawa Norbu) and no family name at all;
    where a form asks for a surname or a title stands before it, the whole name stands there; the polite -la
    follows it outside the span.

  Forms: given name alone, full name in either order, FAMILY NAME first, "Family, Given", initial and last name,
  "Given L.", capitals on forms and PNRs, lower case in chats, handles (labelled \`PERSON\`), e-mail addresses,
  some spelled out, fathers' names; many names stand with no cue word (CSV rows, Slack exports, server logs, commit
  trailers, calendar invites). A name is dropped when any of its tokens, as written or without macrons, is an
  ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`, \`wfrench\`, \`wspanish\`,
  \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the American list's proper names):
  ${d.word.length}; shorter than three letters: ${d.short.length}; a person name of any Latin-script faker locale,
  which holds every locale the training and the other sets drew from: ${d.used.length}; the name of a widely known
  Japanese, Somali, Tibetan or Bhutanese figure (or a fictional one, or a brand or place of the values and hard
  negatives): ${d.famous.length}; not a plain capitalised word: ${d.shape.length}; or — at build time — when any
  token of it is a token of a PERSON span of the twelve other sets (read mechanically by the build, never looked
  at). \`inputs/names.json\` lists every dropped name with its reason.`;
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
  return `# Tenth blind PII evaluation set

\`blind10.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`,
\`shared/tools/tables/\`), nor \`test/attacks/\`, nor the phrasings, names, values or documents of the other sets
(\`../pii-blind/\`, \`../pii-blind2/\`, \`../pii-blind3/\`, \`../pii-blind4/\`, \`../pii-blind5/\`, \`../pii-blind6/\`,
\`../pii-blind7/\`, \`../pii-blind8/\`, \`../pii-blind9/\`, \`../pii-fresh/\`, \`../pii-independent/\`,
\`../pii-heldout/\`), and never ran the detectors or the scorer on it. Format: the labelled-set format of
[docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids
end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain negative). Every person in it has a
Japanese, Somali, or Tibetan or Bhutanese name, written as described under **Names** below: the set measures how
far the detectors generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind10/build.ts\` rebuilds \`blind10.jsonl\` and this README byte for byte from \`inputs/\`
  and the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero
  on any difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after
  which \`npx prettier --write test/pii-blind10/inputs\` restores the committed layout of \`names.json\`). Seeded
  PRNG (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos}
  sensitive documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones, by the shared builder of
  \`../pii-blind/\` (\`set-build.ts\`, \`set-generate.ts\`, \`set-check.ts\`, \`set-values.ts\`). Each span is
  recorded as its value is appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of
  \`blind10.jsonl\`: \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh: pharmacy prescription refills, veterinary records (the pet's owner), notarial deeds and witness
  statements, airline booking changes and PNR records, hotel guest registration cards, electricity and water
  account changes, CVs and job applications, wedding and funeral planning, freelance invoices with bank details,
  visa application forms, support chats in "Agent:/Customer:" style, Slack-style exports, CSV rows under a header
  line, web server log lines with user fields, \`.env\` files, Kubernetes secrets (base64), Git commit trailers
  (Signed-off-by, Co-authored-by), calendar invites (ICS), security SMS, and prompts asking to translate,
  summarise, rewrite or draft text that holds the personal data. People appear as patient, pet owner, notary,
  witness, passenger, guest, account holder, tenant, applicant, referee, bride and groom, the deceased and the
  bereaved, freelancer, customer, colleague, committer, organiser and attendee, renter and contractor (a marker in a
  template makes a person a woman or a man for the words around the name, of the same origin as another, or kin
  with the same family name or chain). Phone numbers also read out digit by digit in words, and numbers in Japan,
  Somalia and Bhutan (and Indian mobiles of Tibetans in exile) in their national and international formats;
  passwords in chat, in prose and in config, passphrases, API tokens of several services, an AWS key pair, JWTs,
  an OpenSSH private-key block, base64 passwords in Kubernetes secrets, connection strings. Hard negatives:
  Japanese, Somali, Tibetan and Bhutanese public and historical figures in an encyclopaedic context (Akira
  Kurosawa, Haruki Murakami, Hokusai, Yasujirō Ozu, the 14th Dalai Lama, Milarepa, Jigme Khesar Namgyel
  Wangchuck, Tenzing Norgay, Siad Barre, Nuruddin Farah, Waris Dirie), fictional and legendary characters
  (Doraemon and Nobita, Momotarō, Naruto, Queen Caraweelo, King Gesar of Ling), brands (Toyota, Sony, Yamaha,
  Dahabshiil, Hormuud), streets named after people or places (Norzin Lam, Makka Al-Mukarama Road), configuration
  placeholders (\`changeme\`, \`<your-api-key>\`, \`\${JWT_SECRET}\`), published test card numbers, Luhn-failing
  numbers, IBANs with wrong check digits, booking and ticket numbers, ISBNs, versions, commit hashes, UUIDs,
  timestamps, coordinates, parcel tracking numbers, documentation-range and loopback addresses, CIDR ranges and
  dates that are not birth dates.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help, the
  Inkscape tutorials and APT's manuals): LyX's own manuals, the Introduction and the Tutorial (\`${UNDER}\`, LyX
  documents read by \`carriers.ts\`), the two manuals every one of the six languages has, one package for all:
${carrierLines(packages, carriers)}

  Only prose paragraphs (\`Standard\` layouts) are read; text lines are joined, emphasis kept, and everything inside
  an inset (footnotes, notes, graphics, formulas, cross-references), menu and program fonts, small-capital names,
  passages in another language and LyX's special characters (its logo among them) mark the sentence, which is then
  left out. Paragraphs are split into sentences; sentences with links, paths, numbers of two or more digits,
  brackets, quotation marks or apostrophes, program names (LyX, LaTeX, …), sentences in the wrong language, two
  capitalised words in a row after the first word, or any capitalised word after the first that is not an ordinary
  word of the language's word list (for German a noun of the list or a compound ending in one) are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`: the validators and check-digit functions of the six languages' countries are
  \`../pii-blind/set-values.ts\`'s, imported; the generators for the six languages' countries, secrets and
  look-alikes are adapted from \`../pii-blind9/values.ts\` with new street lists, password words and hosts; Japan's
  My Number, the Bhutanese citizenship id, the Japanese bank account, licence and the phones and addresses of Japan,
  Somalia, Bhutan and McLeod Ganj are this set's own): card numbers
  pass Luhn (Visa, Mastercard incl. 2-series, Amex); IBANs pass mod 97 (GB, IE, DE, AT, CH, FR, BE, ES, IT, NL);
  national ids carry their scheme's check digits (NHS, NINO, Irish PPSN, Steuer-ID, Austrian social insurance
  number, Swiss AHV, NIR, Belgian national register number, DNI, NIE, codice fiscale — from the holder's own name,
  sex, birth date and an Italian town of birth —, BSN; Japan's Individual Number (My Number), twelve digits whose
  last is 11 − r, or 0 when r ≤ 1, for r the sum of the first eleven weighted 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 mod
  11; the Bhutanese citizenship id number, eleven digits from 1, whose shape alone is checked, as this set's author
  knows of no published check digit; where a form asks for the id of the home country, a Somali gives that of
  the country of residence, the document language's); US SSNs in the valid ranges; bank accounts (\`BANK_ACCOUNT\`, each number its
  own span) as UK sort code and account, ABA-valid routing and account, and Japanese branch and ordinary-account
  numbers (123-4567890); passports of the language's countries and of Japan (two letters, seven digits), and of
  Somalia and Bhutan in shapes this set gives them (P and eight digits; two letters and six digits — their real
  formats were not checked), and driving licences (the British one built from the holder's name, birth date and sex
  the DVLA way; the Japanese one twelve digits from a prefecture's code), given as such; phones in each country's
  formats, Japanese numbers national (090-…, 03-…) and international (+81), Somali ones (+252, 00252, 061…),
  Bhutanese ones (+975, 00975) and Indian mobiles (+91); street addresses on one line or several, in the
  language's countries, in Tokyo (chōme-banchi-gō, ward, postcode), Osaka, Nagoya, Fukuoka, Sapporo and Sendai
  (〒 postcode, city, ward, district), Mogadishu, Hargeisa, Garowe and Kismayo (Degmada, Xaafadda, Waddada, Guri),
  Thimphu, Paro, Phuentsholing and Punakha, and McLeod Ganj; birth dates in each language's spellings, ISO and the
  Japanese yyyy/mm/dd, the same for a person wherever a document repeats one or encodes it in an id; API tokens,
  AWS key pairs, JWTs, private-key blocks, passwords (also base64-encoded), passphrases and connection strings (one
  \`SECRET\` span each); private, link-local and public host addresses, IPv4 and IPv6. No document holds an
  unlabelled Luhn- or mod-97-valid look-alike outside the published test card numbers, and no token of the name
  pool (as written or without macrons) stands outside a span: every mention of a person is labelled, and no
  negative names anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the twelve other sets' PERSON spans, the validators on published and worked examples and on this set's own ids, the
macron forms and the honorifics, and the counts above. It has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
