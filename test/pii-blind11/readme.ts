// The README rendered from the documents, so its counts and hash never disagree with the set.
import type { Doc } from '../pii-blind/doc.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import type { Carrier } from './carriers.ts';
import { LICENCE, PACKAGES, UNDER } from './carriers.ts';
import { LANGS, PER_LANG, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { poolSize } from './names.ts';

function carrierLines(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  return LANGS.map((l) => {
    const mine = carriers.filter((c) => c.lang === l);
    const per = PACKAGES.map((p) => `${mine.filter((c) => c.package === p).length} from \`${p}\` ${packages[p]}`).join(', ');
    return `  - ${l}: ${mine.length} sentences (${per}; \`${UNDER}${l}/{kturtle,kmplot}/*.docbook\`)`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs and the label contract only. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind10/README.md and test/pii-blind10/{build,generate,template,check,carriers,names,readme,set.test,values}.ts (structure and mechanics, copied and adapted)',
  'test/pii-blind10/names-curated.ts: its header and first thirty lines, and the first lines of test/pii-blind10/inputs/names.json, by mistake while looking at the layout (Japanese names; nothing of them was used)',
  'test/pii-blind/{set-build,set-check,set-checks,set-generate,set-values,doc}.ts (imported, not copied)',
  'the exports of test/pii-fresh/readme.ts and test/pii-independent/rng.ts',
  'test/pii-blind10/inputs/ (its file list and the first lines of carriers.jsonl and packages.json, for the layout)',
  'the "Names" and "Carriers" paragraphs of the other sets\' README.md files, and the list of phrasing genres in test/pii-blind3/README.md and test/pii-blind4/README.md (which origins, genres and packages they used)',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const il = poolSize(pool, 'il');
  const mg = poolSize(pool, 'mg');
  const ke = poolSize(pool, 'ke');
  const keFirst = new Set([...pool.ke.firstFemale, ...pool.ke.firstMale]).size;
  const d = extracted.dropped;
  return `- **Names** (\`names-curated.ts\` → \`inputs/names.json\`; after every filter ${il.given} Israeli given names and
  ${il.surnames} family names; ${mg.given} Maghrebi given names and ${mg.surnames} family names; ${ke.given} Kenyan
  African given names, ${ke.surnames} family names and ${keFirst} English or Christian first names). Every person is
  Israeli, Maghrebi or Kenyan — naming traditions that no other set and not the training drew from; the lists were
  written by this set's author from general knowledge:
  - Israeli: Hebrew given names and family names romanised as Israelis write them in Latin script (Noa, Yossi,
    Tzvika; Mizrahi, Shapira, hyphenated Ben- and Bar- names); forms ask for the father's given name too, labelled
    \`PERSON\`.
  - Maghrebi: Moroccan, Algerian and Tunisian names in the French-style romanisation of the civil registers; men often
    have a compound given name ("Mohamed Amine" style); family names with the article or Ben- run together
    (Elidrissi, Benjelloun); Si, Lalla, Hajj and Hajja stand before the given name outside the span.
  - Kenyan: Kikuyu, Luo, Kalenjin and Luhya given names and family names, often after an English or Christian first
    name (whichever survived the filters); Bwana, Bi, Mzee and Mama stand before the name outside the span.

  Forms: given name alone, full name, FAMILY NAME first, "Family, Given", initial and family name, "Given F.", a
  Kenyan's African name without the English one, capitals on forms, lower case, handles (labelled \`PERSON\`),
  e-mail addresses, some spelled out, fathers' names; many names stand with no cue word (CSV rows, SQL, Python
  dicts, syslog lines, issue exports). A name is dropped when any of its tokens, as written or without accents, is an
  ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`, \`wfrench\`, \`wspanish\`,
  \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the American list's proper names):
  ${d.word.length}; shorter than three letters: ${d.short.length}; a person name of any Latin-script faker locale,
  which holds every locale the training and the other sets drew from: ${d.used.length}; the name of a widely known
  Israeli, Maghrebi or Kenyan figure (or a legendary one, or a brand or place of the values and hard negatives):
  ${d.famous.length}; not a plain capitalised word (or two joined by a hyphen): ${d.shape.length}; or — at build
  time — when any token of it is a token of a PERSON span of the thirteen other sets (read mechanically by the
  build, never looked at). \`inputs/names.json\` lists every dropped name with its reason.`;
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
  return `# Eleventh blind PII evaluation set

\`blind11.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`,
\`shared/tools/tables/\`), nor \`test/attacks/\`, nor the phrasings, names or documents of the other sets
(\`../pii-blind/\`, \`../pii-blind2/\` … \`../pii-blind10/\`, \`../pii-fresh/\`, \`../pii-independent/\`,
\`../pii-heldout/\`), and never ran the detectors or the scorer on it. Format: the labelled-set format of
[docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids
end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain negative). Every person in it has an
Israeli, Maghrebi or Kenyan name, written as described under **Names** below: the set measures how far the detectors
generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind11/build.ts\` rebuilds \`blind11.jsonl\` and this README byte for byte from \`inputs/\`
  and the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero
  on any difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after
  which \`npx prettier --write test/pii-blind11/inputs\` restores the committed layout of \`names.json\`). Seeded
  PRNG (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos}
  sensitive documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones, by the shared builder of
  \`../pii-blind/\` (\`set-build.ts\`, \`set-generate.ts\`, \`set-check.ts\`, \`set-values.ts\`). Each span is
  recorded as its value is appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of
  \`blind11.jsonl\`: \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh in genres the other sets' READMEs do not list: tenant–landlord complaints, daycare pickup authorisations,
  gym membership cancellations, customs declarations, lost-and-found reports, blood-donation appointments,
  dating-app safety reports, crowdfunding donor lists, choir rosters, conference badge lists (CSV), SQL INSERT
  statements, Python dict literals, Docker Compose environment sections, Terraform variables, syslog lines,
  issue-tracker exports, voicemail transcriptions (phone numbers read out in words), handwritten notes read by OCR
  (odd spacing, phone numbers digit by digit), letters of recommendation, condolence cards for private people, payroll
  and tenant files, and prompts asking an assistant to translate, summarise, rewrite, extract or fill in a form.
  People appear as tenant and landlord, parent, child and pickup delegate, gym member, traveller, owner of lost
  property, blood donor, reported user and reporter, donor and treasurer, singer and section leader, speaker and
  attendee, reporter and assignee of an issue, caller, referee and candidate, the deceased and the bereaved
  (a marker in a template makes a person a woman or a man, of the same origin as another, or kin with the same
  family name). Phone numbers of Israel (05x-xxx-xxxx, +972), Morocco (06…, 05 22…, +212), Algeria (+213),
  Tunisia (00216) and Kenya (07xx…, +254, 020…) in national and international formats, read out in words or spaced
  digit by digit, besides the six languages' own; passwords in chat, prose and config, passphrases, API tokens,
  an AWS key pair, JWTs, an OpenSSH private-key block, connection strings. Hard negatives: Israeli, Maghrebi and
  Kenyan public and historical figures in an encyclopaedic context (Golda Meir, Amos Oz, Theodor Herzl, Gal Gadot,
  Yehuda Amichai, Ibn Battuta, Assia Djebar, Kateb Yacine, Tahar Ben Jelloun, Habib Bourguiba, Emir Abdelkader,
  Riyad Mahrez, Achraf Hakimi, Ons Jabeur, Wangari Maathai, Jomo Kenyatta, Tom Mboya, Eliud Kipchoge, Ngugi wa
  Thiong'o), legendary figures (Gikuyu and Mumbi), brands (Teva, Safaricom, Royal Air Maroc), streets named after
  people (Dizengoff Street, Rothschild Boulevard, Kenyatta Avenue, Avenue Habib Bourguiba), sports results, a film
  review, a quiz, an essay prompt and a museum label, configuration placeholders (\`changeme\`,
  \`<your-api-key>\`, \`\${JWT_SECRET}\`), published test card numbers, Luhn-failing numbers, IBANs with wrong
  check digits, order and ticket numbers, ISBNs, versions, commit hashes, UUIDs, timestamps, coordinates, parcel
  tracking numbers, documentation-range and loopback addresses, CIDR ranges and dates that are not birth dates.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help, the
  Inkscape tutorials, APT's manuals and LyX's manuals): the KDE Education handbooks of KTurtle and KmPlot
  (DocBook under \`${UNDER}<lang>/\`, read by \`carriers.ts\`), translated into all six languages; licence
  ${LICENCE}:
${carrierLines(packages, carriers)}

  Only \`<para>\` elements are read; emphasis is kept as plain text, and every other element inside a paragraph
  (menu items, buttons, keys, commands, links, formulas) and every entity (the program's name among them) marks the
  sentence, which is then left out. Paragraphs are split into sentences; sentences with links, paths, numbers of
  two or more digits, brackets, quotation marks or apostrophes, program names, sentences in the wrong language, two
  capitalised words in a row after the first word, or any capitalised word after the first that is not an ordinary
  word of the language's word list (for German a noun of the list or a compound ending in one) are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`: the validators and check-digit functions of the six languages' countries are
  \`../pii-blind/set-values.ts\`'s, imported; the generators for the six languages' countries, secrets and
  look-alikes are adapted from \`../pii-blind10/values.ts\` with new password words and hosts; the Israeli,
  Moroccan and Kenyan ids, the Israeli and Tunisian IBANs, the Kenyan bank account and the phones and addresses of
  Israel, Morocco, Algeria, Tunisia and Kenya are this set's own): card numbers pass Luhn (Visa, Mastercard incl.
  2-series, Amex); IBANs pass mod 97 (GB, IE, DE, AT, CH, FR, BE, ES, IT, NL, and IL and TN for Israelis and
  Maghrebis); national ids carry their scheme's check digits (NHS, NINO, Irish PPSN, Steuer-ID, Austrian social
  insurance number, Swiss AHV, NIR, Belgian national register number, DNI, NIE, codice fiscale — from the holder's
  own name, sex, birth date and an Italian town of birth —, BSN; the Israeli identity number, nine digits whose
  last makes the 1-2-1-2 weighted digit sum a multiple of ten; the Moroccan CIN, one or two letters and six digits,
  and the Kenyan id card number, eight digits (older ones seven), whose shapes alone are checked, as this set's
  author knows of no published check digit for them); US SSNs in the valid ranges; bank accounts (\`BANK_ACCOUNT\`,
  each number its own span) as UK sort code and account, ABA-valid routing and account, and Kenyan thirteen-digit
  account numbers; passports of the language's countries and of Israel, Morocco and Kenya in shapes this set gives
  them (eight digits; two letters and seven digits; A or AK and seven digits — their real formats were not checked),
  and driving licences (the British one built from the holder's name, birth date and sex the DVLA way) given as
  such; street addresses on one line or several, in the language's countries, in Israel (Rehov, Derech, Sderot,
  seven-digit postcode), Casablanca, Rabat, Marrakech, Fès and Tangier, Algiers, Oran, Constantine and Annaba, Tunis,
  Sfax and Sousse, and Nairobi, Kisumu, Eldoret, Nakuru and Mombasa (house and road, apartment, P.O. Box); birth
  dates in each language's spellings and ISO, the same for a person wherever a document repeats one or encodes it
  in an id; API tokens, AWS key pairs, JWTs, private-key blocks, passwords (also base64-encoded), passphrases and
  connection strings (one \`SECRET\` span each); private, link-local and public host addresses, IPv4 and IPv6.
  No document holds an unlabelled Luhn- or mod-97-valid look-alike outside the published test card numbers, and no
  token of the name pool (as written or without accents) stands outside a span: every mention of a person is
  labelled, and no negative names anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the thirteen other sets' PERSON spans, the validators on published and worked examples and on this set's own ids, the
honorifics, and the counts above. It has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
