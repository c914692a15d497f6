// The README rendered from the documents, so its counts and hash never disagree with the set.
import type { Doc } from '../pii-blind/doc.ts';
import { counts, tables } from '../pii-fresh/readme.ts';
import { buildBullet } from '../pii-blind/set-build.ts';
import type { Carrier } from './carriers.ts';
import { LICENCE, PACKAGES } from './carriers.ts';
import { LANGS, PER_LANG, SEED } from './generate.ts';
import type { Extracted, NamePool } from './names.ts';
import { poolSize } from './names.ts';

function carrierLines(packages: Record<string, string>, carriers: readonly Carrier[]): string {
  return LANGS.map((l) => {
    const mine = carriers.filter((c) => c.lang === l);
    const per = PACKAGES.map((p) => `${mine.filter((c) => c.package === p).length} from \`${p}\` ${packages[p]}`).join(', ');
    return `  - ${l}: ${mine.length} sentences (${per}; \`/usr/share/doc/HTML/${l}/kpat/index.docbook\`)`;
  }).join('\n');
}

/** Files outside this folder that its author read: build infrastructure, READMEs, the label contract, and the slips
 * listed. */
export const READ_OUTSIDE = [
  'docs/pii-labels.md',
  'test/pii-blind12/README.md and test/pii-blind12/{build,generate,template,check,carriers,names,readme,set.test,values}.ts (structure and mechanics, copied and adapted; the file list of test/pii-blind12/ and of its inputs/)',
  'by mistake, while printing the ends of test/pii-blind12/readme.ts and set.test.ts in one command: the first 600 characters of test/pii-blind12/inputs/names.json (the start of its first list of given names), its inputs/packages.json and the first 400 characters of its inputs/carriers.jsonl (two carrier sentences); no name or sentence seen there was used here',
  'test/pii-blind/{set-build,set-carriers,set-check,set-checks,set-generate,set-generators,set-names,set-template,set-values,doc}.ts (imported, not copied), and the file list of test/pii-blind/',
  'the exports of test/pii-fresh/readme.ts and test/pii-independent/rng.ts',
  'the "Names" and "Carriers" paragraphs of the other sets\' README.md files (which origins and packages they used), printed by a script that stops at the next paragraph; test/pii-heldout/README.md has neither paragraph, so nothing of it was printed. A listing of those paragraphs\' first lines (60 characters each) made beforehand also showed the first words of test/pii-independent/README.md\'s "Prompt-style carriers" and "Hard negatives" paragraphs',
  "a search of the repository's README.md files and docs/ for the words Pashto, Pashtun, Afghan, Lao, Laos, Rwanda, Kinyarwanda and Burundi (file names of the hits only: test/pii-blind12/README.md, for its own search list)",
  "faker's locale list, and its Indonesian (id_ID) person names searched for sixteen common Javanese names (eleven found)",
  'the KPatience handbooks under /usr/share/doc/HTML/ and /usr/share/doc/kpat/copyright (the carriers), and the Debian word lists',
  'test/readme-layout.test.ts, test/docs.test.ts, vitest.config.ts, the top of package.json, tsconfig.json, .prettierrc.json and .prettierignore (what a file of the repository must satisfy)',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const la = poolSize(pool, 'la');
  const ps = poolSize(pool, 'ps');
  const rw = poolSize(pool, 'rw');
  const d = extracted.dropped;
  return `- **Names** (\`names-curated.ts\` → \`inputs/names.json\`; after every filter ${la.given} Lao given names and
  ${la.surnames} family names; ${ps.given} Pashtun given names and ${ps.surnames} tribal or family names; ${rw.given}
  Rwandan personal names and ${rw.surnames} names of the surname slot). Every person is Lao, Pashtun (Afghan or
  Pakistani) or Rwandan — naming traditions that no other set, no Latin-script faker locale and not the training drew
  from (the Amharic, Quechua and Greenlandic names first thought of are among \`../pii-independent/\`'s origins, and
  Javanese names are largely those of the Indonesian faker locale, so they were not used); the lists were written by
  this set's author from general knowledge:
  - Lao (Laos): given names and family names as Lao passports and the diaspora romanise them (x for the s of ຊ,
    aspirated ph, th, kh, ou, -vanh, -vong, -savanh); the given name comes first in Laos too, and a Lao is addressed
    by it; Thao (Mr), Nang (Mrs, Ms) and Than (for an elder) stand before the given name outside the span.
  - Pashtun (Afghanistan and Pakistan): Pashto given names (many in -ullah, many Pashto words) and tribal or family
    names (-zai, -khel, -wal, -i); forms ask for the father's name ("s/o"), labelled \`PERSON\` too; Sahib after a
    man's given name, Mohtarama before a woman's, and Haji and Bibi before an elder's stand outside the span.
  - Rwandan (Kinyarwanda): personal names that are wishes or sentences of Kinyarwanda; a Rwandan's names are their
    own and not inherited, one of them standing in the surname slot of forms (women's names in Muka- and Nyira- only
    there), sometimes with a second personal name; kin share none of them; Madamu before a woman's name and Muzehe
    before an elder man's stand outside the span.

  Forms: given name alone, full name in either order, FAMILY NAME first, "Family, Given", initial and family name,
  "Given F.", capitals on forms and permits, lower case in chats, handles (labelled \`PERSON\`), e-mail addresses,
  some spelled out, fathers' names; many names stand with no cue word (CSV rows, rotas, calendar invites, commit
  trailers, auth logs, chat exports). A name is dropped when any of its tokens, as written or without diacritics, is
  an ordinary word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`, \`wfrench\`, \`wspanish\`,
  \`witalian\`, \`wdutch\`: every lower-case entry, German capitalised nouns, the American list's proper names):
  ${d.word.length}; shorter than three letters: ${d.short.length}; a person name of any Latin-script faker locale,
  which holds every locale the training and the other sets drew from: ${d.used.length}; the name of a widely known
  Lao, Afghan, Pakistani or Rwandan figure (or a legendary one, a place or street of the values and hard negatives,
  or an honorific): ${d.famous.length}; not a plain capitalised word (or two joined by a hyphen): ${d.shape.length};
  or — at build time — when any token of it is a token of a PERSON span of the fifteen other sets (read mechanically
  by the build, never looked at). \`inputs/names.json\` lists every dropped name with its reason.`;
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
  return `# Thirteenth blind PII evaluation set

\`blind13.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`,
\`shared/tools/tables/\`), nor \`test/attacks/\`, nor the phrasings, names or documents of the other sets
(\`../pii-blind/\`, \`../pii-blind2/\` … \`../pii-blind12/\`, \`../pii-fresh/\`, \`../pii-independent/\`,
\`../pii-heldout/\`) — but for the slip listed at the end —, and never ran the detectors or the scorer on it.
Format: the labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md) ("Test sets"), offsets in UTF-16
code units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard negative) or \`-neg\` (plain
negative). Every person in it has a Lao, Pashtun or Rwandan name, written as described under **Names** below: the
set measures how far the detectors generalise to names and phrasings no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

${buildBullet('blind13', SEED, PER_LANG, sha256)}
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own, written
  fresh: car hire agreements, traffic fines and penalty notices, tutoring agencies and tutor applications, foster
  placement referrals and adoption home studies, telephone number porting and SIM registration, club transfers,
  festival volunteer rotas, dental recalls and referrals, pension statements and survivors' claims, scholarship
  applications, removals quotes, marketplace disputes, pet-sitting notes, exam board minutes, gorilla trekking
  permits, letters of invitation, rent deposits, support tickets, \`.env\` files, AWS credentials, Kubernetes
  secrets, commit trailers, calendar invites (iCalendar), SSH logs and chat exports, and prompts asking an assistant
  to translate, summarise, draft a reply, extract fields as JSON or proofread. People appear as hirer and driver,
  parent, pupil and tutor, child, birth parent and social worker, adoptive parents and referee, account holder,
  player and guardian, volunteer, patient and escort, pension member and survivor, applicant and recommender,
  customer, buyer and seller, pet owner, sitter and neighbour, candidate, organiser and attendee, visitor and host,
  tenant and landlord (a marker in a template makes a person a woman or a man, of the same origin as another, or
  kin). Phone numbers of Laos (020 mobiles, the Vientiane landline 021, +856, 00856), Afghanistan (07x, the Kabul
  landline 020, +93, 0093), Pakistan (03xx, the Peshawar landline 091, +92, 0092) and Rwanda (078, 079, 072, 073,
  the Kigali landline 0252, +250, 00250) in national and international formats, read out in words or noted in groups
  of three digits, besides the six languages' own (Luxembourg's and Belgium's among the French ones); passwords,
  passphrases, API tokens, an AWS key pair, JWTs, an OpenSSH private-key block, base64 passwords, connection strings.
  Hard negatives: Lao, Afghan, Pakistani and Rwandan kings, presidents, revolutionaries, poets, writers, singers,
  cricketers, a physicist, a cyclist and visionaries in encyclopaedic, news, museum, quiz, essay, stamp, anniversary
  and travel sentences, legendary and fictional figures (the Lao epic's hero, a Pashto folk romance, a film's
  characters), brands, a stadium, and streets and statues named after people, configuration placeholders
  (\`<your-api-key>\`, \`changeme\`), published test card numbers, Luhn-failing numbers, IBANs with wrong check
  digits, order numbers, ISBNs, versions, commit hashes, UUIDs, timestamps, parcel tracking numbers,
  documentation-range and loopback addresses, CIDR ranges and dates that are not birth dates.
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual,
  packages' README files, the LilyPond Learning Manual, the LibreOffice help, the GNOME desktop help, the
  Inkscape tutorials, APT's manuals, LyX's manuals, the KDE Education handbooks of KTurtle and KmPlot, and the Emacs
  tutorial): the KPatience handbook, the rules of the patience card games of KDE's solitaire program (DocBook under
  \`/usr/share/doc/HTML/<lang>/kpat/\`, read by \`carriers.ts\`), translated into all six languages; licence ${LICENCE}:
${carrierLines(packages, carriers)}

  Only \`<para>\` elements after the front matter are read; index terms are dropped, emphasis is kept as plain text,
  and every other element inside a paragraph (menu items, keys, links) and every entity but dashes and spaces (the
  program's name, abbreviations) marks the sentence, which is then left out. Paragraphs are split into sentences (not
  after an abbreviation); sentences with links, paths, digits, brackets, quotation marks or apostrophes (French and
  Italian elisions excepted), a letter standing alone, the program's or desktop's name, two game names (a given name,
  an exonym), sentences in the wrong language, two capitalised words in a row after the first word, or any
  capitalised word after the first that is not an ordinary word of the language's word list (for German a noun of
  the list, a word the list writes in lower case, a compound ending in one, an inflected form of one, or a pronoun of
  formal address) are left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`: the validators and check-digit functions of the six languages' countries are
  \`../pii-blind/set-values.ts\`'s, imported; the generators for the six languages' countries, secrets and
  look-alikes are adapted from \`../pii-blind12/values.ts\` with new banks, streets, phone formats, password words
  and hosts; the Lao, Afghan, Pakistani and Rwandan ids, passports and phones, the Pakistani IBAN and the addresses
  of Vientiane, Luang Prabang and Pakse, Kabul and Kandahar, Peshawar, Islamabad and Quetta, and Kigali are this
  set's own): card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex); IBANs pass mod 97 (GB, IE, DE, AT, CH,
  LU, FR, BE, ES, IT, NL, and Pakistan's 24-character IBAN; Laos, Afghanistan and Rwanda have none); national ids
  carry their scheme's check digits (NHS, NINO, Irish PPSN, Steuer-ID, Austrian social insurance number, Swiss AHV,
  NIR, Belgian national register number, DNI, NIE, codice fiscale — from the holder's own name, sex, birth date and an
  Italian town of birth —, BSN); the Pakistani CNIC (thirteen digits, the last odd for a man and even for a woman; no
  check digit), the Rwandan national ID number (sixteen digits with the holder's birth year and sex; its two control
  digits are drawn, as this set's author does not know their rule), and the Afghan e-tazkira and Lao identity card
  numbers (in shapes this set gives them: year of issue, four and five digits; province code and eight digits — their
  real formats were not checked) are checked for their shape only; US SSNs in the valid ranges; bank accounts
  (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and account and ABA-valid routing and account;
  passports of the language's countries and of Laos, Afghanistan, Pakistan and Rwanda in shapes this set gives them
  (P and seven digits; P and eight digits; two letters and seven digits; PC and six digits — not checked), and
  driving licences (the British one built from the holder's name, birth date and sex the DVLA way) given as such;
  street addresses on one line or several; birth dates in each language's spellings and ISO, the same for a person
  wherever a document repeats one or encodes it in an id; API tokens, AWS key pairs, JWTs, private-key blocks,
  passwords (also base64-encoded), passphrases and connection strings (one \`SECRET\` span each); private,
  link-local and public host addresses, IPv4 and IPv6. No document holds an unlabelled Luhn- or mod-97-valid
  look-alike outside the published test card numbers, and no token of the name pool (as written or without
  diacritics) stands outside a span: every mention of a person is labelled, and no negative names anyone of the
  pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the fifteen other sets' PERSON spans, the validators on published and worked examples and on this set's own ids, the
honorifics, and the counts above. It has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
