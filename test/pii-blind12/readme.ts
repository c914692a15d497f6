// The README rendered from the documents, so its counts and hash never disagree with the set.
import type { Doc } from '../pii-blind/doc.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import { buildBullet } from '../pii-blind/set-build.ts';
import type { Carrier } from './carriers.ts';
import { LICENCE, PACKAGES, TUTORIAL } from './carriers.ts';
import { LANGS, PER_LANG, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { poolSize } from './names.ts';

function carrierLines(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  return LANGS.map((l) => {
    const mine = carriers.filter((c) => c.lang === l);
    const per = PACKAGES.map((p) => `${mine.filter((c) => c.package === p).length} from \`${p}\` ${packages[p]}`).join(', ');
    return `  - ${l}: ${mine.length} sentences (${per}; \`etc/tutorials/${TUTORIAL[l]}\`)`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs and the label contract only. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind11/README.md and test/pii-blind11/{build,generate,template,check,carriers,names,readme,set.test,values}.ts (structure and mechanics, copied and adapted; the file lists of test/pii-blind11/ and its inputs/, not the files)',
  'test/pii-blind/{set-build,set-carriers,set-check,set-checks,set-generate,set-generators,set-names,set-template,set-values,doc}.ts (imported, not copied)',
  'the exports of test/pii-fresh/readme.ts and test/pii-independent/rng.ts, and the export lines of test/pii-fresh/doc.ts (whose types ../pii-blind/doc.ts re-exports)',
  'the "Names" and "Carriers" paragraphs of the other sets\' README.md files (which origins and packages they used); the extraction also printed, by mistake, the end of the opening paragraph and the table of span counts of several of them (pii-blind5 … pii-blind10), and a search of test/pii-heldout/README.md for "names" showed two lines of its list of what it does not label',
  "a search of the repository's README.md files and docs/ for the words Shona, Zimbabwe, Khmer, Cambodia, Fiji, iTaukei, Lao, Tongan, Oromo and Pashto (no hit)",
  'test/readme-layout.test.ts, test/docs.test.ts, vitest.config.ts, package.json, tsconfig.json, .prettierrc.json and .prettierignore (what a file of the repository must satisfy)',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const zw = poolSize(pool, 'zw');
  const kh = poolSize(pool, 'kh');
  const fj = poolSize(pool, 'fj');
  const d = extracted.dropped;
  return `- **Names** (\`names-curated.ts\` → \`inputs/names.json\`; after every filter ${zw.given} Shona given names and
  ${zw.surnames} family names; ${kh.given} Khmer given names and ${kh.surnames} family names; ${fj.given} Fijian given
  names and ${fj.surnames} family names). Every person is Zimbabwean (Shona), Cambodian (Khmer) or Fijian (iTaukei) —
  naming traditions that no other set, no Latin-script faker locale and not the training drew from (the Mongolian,
  Filipino and Polynesian names first thought of are among \`../pii-independent/\`'s origins, so they were not used);
  the lists were written by this set's author from general knowledge:
  - Shona (Zimbabwe): given names that are words or wishes of the Shona language, many of them given to girls and
    boys alike, sometimes two of them, and family names as the civil register writes them; Mai (Mrs) before a
    woman's family name, Va joined to a man's (as Shona writes it), and Gogo and Sekuru before an elder's stand outside
    the span.
  - Khmer (Cambodia): given names and family names romanised as Cambodian passports and ID cards write them, without
    diacritics; a Cambodian writes the family name first, Western forms turn it round, passports print both in
    capitals; Lok and Lok Srey (Mr, Mrs), Ta and Yeay (for an elder) stand before the given name outside the span.
  - iTaukei (Fiji): given names, most of them biblical or European names in their Fijian form, sometimes two, and
    family names in Fijian spelling (c, q, g, b, d read th, ngg, ng, mb, nd); a chief's title, Ratu or Adi, stands
    before the given name outside the span.

  Forms: given name alone, full name in either order, FAMILY NAME first, "Family, Given", initial and family name,
  "Given F.", capitals on forms and passports, lower case in chats, handles (labelled \`PERSON\`), e-mail addresses,
  some spelled out, fathers' names; many names stand with no cue word (CSV rows, tables, vCards, LDIF entries,
  calendar invites, commit trailers, auth logs, chat exports). A name is dropped when any of its tokens, as written or
  without diacritics, is an ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`,
  \`wfrench\`, \`wspanish\`, \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the American
  list's proper names): ${d.word.length} (Khmer family names suffer most: many are English or Romance words); shorter than three letters: ${d.short.length}; a person name of any Latin-script faker locale, which
  holds every locale the training and the other sets drew from: ${d.used.length}; the name of a widely known
  Zimbabwean, Cambodian or Fijian figure (or a legendary one, or a brand or place of the values and hard negatives):
  ${d.famous.length}; not a plain capitalised word (or two joined by a hyphen): ${d.shape.length}; or — at build time —
  when any token of it is a token of a PERSON span of the fourteen other sets (read mechanically by the build, never
  looked at). \`inputs/names.json\` lists every dropped name with its reason.`;
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
  return `# Twelfth blind PII evaluation set

\`blind12.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`,
\`shared/tools/tables/\`), nor \`test/attacks/\`, nor the phrasings, names or documents of the other sets
(\`../pii-blind/\`, \`../pii-blind2/\` … \`../pii-blind11/\`, \`../pii-fresh/\`, \`../pii-independent/\`,
\`../pii-heldout/\`), and never ran the detectors or the scorer on it. Format: the labelled-set format of
[docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids
end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain negative). Every person in it has a
Zimbabwean (Shona), Cambodian (Khmer) or Fijian (iTaukei) name, written as described under **Names** below: the set
measures how far the detectors generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

${buildBullet('blind12', SEED, PER_LANG, sha256)}
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh: school enrolment forms and parent–teacher chats, insurance claims, legal aid letters and witness summonses,
  rental applications and viewing confirmations, recruitment agency messages and candidate lists, lab reports,
  parish and community newsletters, freight bookings for personal effects, crowdfunding payouts, conference
  registrations, IT helpdesk tickets, onboarding checklists, vCards, calendar invites (iCalendar), commit trailers,
  LDIF directory entries, SSH auth logs, \`.env\` files and Kubernetes secrets, remittance receipts, driving lessons,
  visa invitation letters, vet and library registrations, repeat prescriptions, chargeback cases, wedding guest
  tables, sworn statements, and prompts asking an assistant to translate, summarise, draft a reply, extract fields
  or explain a sentence. People appear as pupil, parent and teacher, policyholder and neighbour, legal-aid client and
  caseworker, witness and defendant, tenant, agent and referee, candidate and recruiter, patient and doctor,
  parishioner, shipper and consignee, organiser, attendee, reporter and assignee of a ticket, new hire and emergency
  contact, sender and recipient of a transfer, learner and instructor, host and guest (a marker in a template makes a
  person a woman or a man, of the same origin as another, or kin with the same family name). Phone numbers of
  Zimbabwe (07x…, +263, 00263, the Harare and Bulawayo landlines), Cambodia (0xx…, +855, the Phnom Penh landline 023)
  and Fiji (+679, 00679: Fiji's seven-digit numbers appear in their international form only, as the shared check wants
  nine digits or more) in national and international formats, read out in words or noted in pairs of digits, besides the six languages' own (Luxembourg's
  among the French ones); passwords in tickets and directory entries, passphrases, API tokens, an AWS key
  pair, JWTs, an OpenSSH private-key block, base64 passwords, connection strings. Hard negatives: Zimbabwean,
  Cambodian and Fijian political, literary, musical and sporting figures and kings in an encyclopaedic context,
  legendary figures of Fijian and Khmer myth, a film about the Khmer Rouge years, brands, streets and boulevards
  named after people, a quiz, an essay prompt, a museum label and sports results, configuration placeholders
  (\`changeme\`, \`<your-api-key>\`, \`\${JWT_SECRET}\`), blank forms, published test card numbers, Luhn-failing
  numbers, IBANs with wrong check digits, order and ticket numbers, ISBNs, versions, commit hashes, UUIDs,
  timestamps, coordinates, parcel tracking numbers, documentation-range and loopback addresses, CIDR ranges and
  dates that are not birth dates.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help, the
  Inkscape tutorials, APT's manuals, LyX's manuals and the KDE Education handbooks of KTurtle and KmPlot): the Emacs
  tutorial (plain text under \`/usr/share/emacs/<version>/etc/tutorials/\`, read by \`carriers.ts\`), translated
  into all six languages; licence ${LICENCE}:
${carrierLines(packages, carriers)}

  Only prose paragraphs are read: lines that start at the margin with a letter, up to the last section (the copying
  conditions and the translators' names are left out whole); indented lines (tables, examples), exercises, headings
  and notes end a paragraph and are left out. Paragraphs are split into sentences (not after an abbreviation);
  sentences with links, paths, digits, brackets, quotation marks or apostrophes (French and Italian elisions
  excepted), keys and commands (C-x, M-v, <ESC>, a letter standing alone, a hyphenated command name), the program's
  name, sentences in the wrong language, two capitalised words in a row after the first word, or any capitalised word
  after the first that is not an ordinary word of the language's word list (for German a noun of the list, a
  compound ending in one, an inflected form of one, or a pronoun of formal address) are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`: the validators and check-digit functions of the six languages' countries are
  \`../pii-blind/set-values.ts\`'s, imported; the generators for the six languages' countries, secrets and
  look-alikes are adapted from \`../pii-blind11/values.ts\` with new banks, streets, phone formats, password words
  and hosts; the Zimbabwean, Cambodian and Fijian ids, passports and phones, the Cambodian bank account and the
  addresses of Harare, Bulawayo, Chitungwiza, Mutare, Gweru and Masvingo, Phnom Penh, Siem Reap and Battambang, and
  Suva, Lautoka, Nadi and Labasa are this set's own): card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex);
  IBANs pass mod 97 (GB, IE, DE, AT, CH, LU, FR, BE, ES, IT, NL; none of the three origins has IBANs); national ids
  carry their scheme's check digits (NHS, NINO, Irish PPSN, Steuer-ID, Austrian social insurance number, Swiss AHV,
  NIR, Belgian national register number, DNI, NIE, codice fiscale — from the holder's own name, sex, birth date and an
  Italian town of birth —, BSN); the Zimbabwean national registration number (office code, six or seven digits, a
  letter, district code — the letter is a check letter on real cards, but this set's author does not know its rule
  for certain, so it is drawn), the Cambodian identity card number (nine digits) and a Fijian tax identification
  number (nine digits in the grouping this set gives it) are checked for their shape only; US SSNs in the valid
  ranges; bank accounts (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and account, ABA-valid routing
  and account, and Cambodian nine-digit account numbers in groups of three; passports of the language's countries
  and of Zimbabwe, Cambodia and Fiji in shapes this set gives them (two letters and six digits; N and eight digits; a
  letter and six digits — their real formats were not checked), and driving licences (the British one built from
  the holder's name, birth date and sex the DVLA way) given as such; street addresses on one line or several; birth
  dates in each language's spellings and ISO, the same for a person wherever a document repeats one or encodes it in
  an id; API tokens, AWS key pairs, JWTs, private-key blocks, passwords (also base64-encoded), passphrases and
  connection strings (one \`SECRET\` span each); private, link-local and public host addresses, IPv4 and IPv6. No
  document holds an unlabelled Luhn- or mod-97-valid look-alike outside the published test card numbers, and no
  token of the name pool (as written or without diacritics) stands outside a span: every mention of a person is
  labelled, and no negative names anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the fourteen other sets' PERSON spans, the validators on published and worked examples and on this set's own ids, the
honorifics, and the counts above. It has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
