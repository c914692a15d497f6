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
  'test/pii-blind4/{build,template,check,generate,carriers,names,readme,set.test}.ts',
  'test/pii-blind4/README.md',
  'test/pii-blind/doc.ts',
  'test/pii-fresh/doc.ts (the types ../pii-blind/doc.ts re-exports)',
  'test/pii-fresh/readme.ts',
  'test/pii-independent/rng.ts',
  'the README.md of the other sets (../pii-blind/, ../pii-blind2/, ../pii-blind3/, ../pii-fresh/, ../pii-independent/, ../pii-heldout/), for their carrier packages and name locales only',
  'package.json, tsconfig.json, eslint.config.js, .prettierrc.json, .prettierignore, vitest.config.ts',
  'the person-name data of the faker locales zh_CN, zh_TW, ja and th (node_modules/@faker-js/faker)',
];

function namesSection(extracted: Extracted, pool: NamePool): string {
  const cn = poolSize(pool, 'zh_CN');
  const tw = poolSize(pool, 'zh_TW');
  const d = extracted.dropped;
  return `- **Names** (\`inputs/names.json\`; after every filter ${cn.given} mainland given names and ${cn.surnames}
  surnames in pinyin, ${tw.given} Taiwanese given names and ${tw.surnames} surnames in Wade–Giles). Every Latin-script
  faker locale, and \`mk\`, \`uk\`, \`ru\`, \`el\`, \`ka_GE\`, \`hy\`, \`ko\`, \`dv\` and \`ne\` (the names of
  \`en_NP\`), had been used by another set or by the detectors' authors. The pool romanises the two Chinese faker
  locales nobody drew from, the way Chinese people write their names in Europe:
  - \`zh_CN\`: Hanyu Pinyin without tone marks, through \`pinyin-pro\` (an exact-pinned devDependency); the given name
    as one word ("Xiuying", "Haoran"), surnames by their surname readings (曾 Zeng, 覃 Qin, 尉迟 Yuchi, 长孙
    Zhangsun).
  - \`zh_TW\`: the Wade–Giles spelling of Taiwanese passports, without aspiration apostrophes or umlauts (張 Chang,
    許 Hsu, 謝 Hsieh, 曾 Tseng), the given name's syllables joined by a hyphen ("Hao-jan", "Tzu-han"). Faker's zh_TW
    lists are a character-by-character traditional-script conversion of zh_CN's, and its "female" list holds names
    zh_CN files as generic or male; those count as either gender here, and Taiwanese women take zh_CN's female
    names, written in Wade–Giles.

  A Chinese full name is written surname first ("Xie Haoran") for about half of the people and in Western order for
  the rest; forms also include given name alone, surname alone (after a title or not), "Surname, Given", SURNAME
  first, capitals, lower case, initials ("H.-J. Tseng"), e-mail addresses (with a QQ number as the local part now and
  then) and chat or login handles ("haoran.xie", labelled \`PERSON\`). ${d.unsure.length} names whose romanisation is
  uncertain were dropped, not guessed: a character read several ways in given names (乐 le or yue, 行, 长, 重, …),
  a pinyin syllable after the first that starts with a vowel (it needs the apostrophe people leave out), ü (Lü, Lyu,
  Lu, Lv are all in use), and in Wade–Giles the syllables Taiwanese spell several ways (yi: I or Yi; si: Ssu, Szu or
  Sze; e, er). Japanese (faker gives no readings for its kanji surnames) and Thai (RTGS needs syllable structure the
  script does not mark) were not used.

  A name is dropped when a token of it (a hyphenated given name counts as its syllables run together) is an ordinary
  word of the six languages (Debian word lists \`wamerican\`, \`wngerman\`, \`wfrench\`, \`wspanish\`, \`witalian\`,
  \`wdutch\`: every lower-case entry, the German list's capitalised nouns and the American list's proper names, which
  are places, brands and famous people; the Dutch list's capitalised entries are a names list holding Zhang, Liu and
  Xie and do not count): ${d.word.length} dropped, e.g. Wang (Dutch "cheek"), Lin (French "flax"), Fang, Tang, Song;
  shorter than three letters (${d.short.length}: **every two-letter surname, Li, Wu, Xu, Hu, He, Ma, Lu, Yu and the
  like, is dropped** — most are words or symbols of the six lists, and a two-letter token cannot be kept apart from
  the other sets' names, so this set does not measure them); a person name of any faker locale used elsewhere
  (${d.used.length}, e.g. Zhang, Liu, Zheng); a widely known public figure's surname (${d.famous.length}: the
  paramount leaders of the PRC and Zhou Enlai, the presidents of the Republic of China, Confucius, Zhuge Liang, Yao
  Ming, Lang Lang and Gong Li, in pinyin and Wade–Giles: Mao, Deng/Teng, Jiang/Chiang, Chen, Tsai, Lai, …); or — at
  build time — when any token of it, a syllable of three letters or more included, is a token of a PERSON span of the
  seven other sets (read mechanically by the build, never looked at). \`inputs/names.json\` lists every dropped name
  with its reason.`;
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
  return `# Fifth blind PII evaluation set

\`blind5.jsonl\` has ${docs.length} documents in six languages (en, de, fr, es, it, nl; 100 each), half of them
sensitive. It was written **blind**: its author read neither the detectors' code, models and training pipeline
(\`shared/core/pii/\`, \`shared/core/inspect/\`, \`shared/models/\`, \`shared/tools/model-build/\`), nor
\`test/attacks/\`, nor the phrasings, values or documents of the other sets (\`../pii-blind/\`, \`../pii-blind2/\`,
\`../pii-blind3/\`, \`../pii-blind4/\`, \`../pii-fresh/\`, \`../pii-independent/\`, \`../pii-heldout/\`), and never ran
the detectors or the scorer on it. Format: the labelled-set format of [docs/pii-labels.md](../../docs/pii-labels.md)
("Test sets"), offsets in UTF-16 code units, \`end\` exclusive. Ids end in \`-pos\` (sensitive), \`-hard\` (hard
negative) or \`-neg\` (plain negative). Every person in it has a Chinese name, romanised as described under **Names** below: the set
measures how far the detectors generalise to names of a kind no other set holds.

${tables(c)}

${c.sensitiveWithPerson} of the ${c.sensitive} sensitive documents name a person.

## How it was built

- \`npx tsx test/pii-blind5/build.ts\` rebuilds \`blind5.jsonl\` and this README byte for byte from \`inputs/\` and
  the phrasings, with no Debian package installed (\`--check\` verifies instead of writing and exits non-zero on any
  difference or invalid span; \`--extract\` first refreshes \`inputs/\` from the installed packages, after which
  \`npx prettier --write test/pii-blind5/inputs\` restores the committed layout of \`names.json\`). Seeded PRNG
  (sfc32 through splitmix32, \`../pii-independent/rng.ts\`), seed \`${SEED}\`; per language ${PER_LANG.pos} sensitive
  documents, ${PER_LANG.hard} hard negatives and ${PER_LANG.neg} plain ones. Each span is recorded as its value is
  appended (\`../pii-blind/doc.ts\`), so offsets are exact by construction. sha256 of \`blind5.jsonl\`:
  \`${sha256}\`.
- **Phrasings** (\`phrasings-XX.ts\`, one file per language, filled by \`template.ts\`), this set's own: voice-mail
  transcripts, landlord and tenant letters, police reports and lost-property notes, wedding seating plans and party
  guest lists, sports club rosters, registration forms and match reports, medical referrals, exam results,
  property listings, dating-profile drafts, recommendation letters and references, expense reports, CRM notes,
  support tickets, Slack and Teams threads, SQL INSERT and UPDATE statements, YAML, JSON, CSV and \`.env\` files,
  docker-compose, web-server, sshd and VPN log lines, stack traces, git commits and code-review comments, calendar
  invites (ICS), vCards, e-mail headers, forwarded e-mails, OCR'd forms with letter-spaced headings, obituaries,
  owners' meeting minutes, parents' chat groups, invoices, and prompts asking an assistant to translate, rewrite,
  summarise or check. People appear as subject, object, addressee, signer, witness and relative (a marker in a
  template makes a person a woman or a man for the words around the name, kin of another with the same surname, or of
  another's locale, as a mother who keeps her own surname), in possessives and
  lists, often with no cue word around the name. Phone numbers also read out in words or spaced digit by digit;
  passwords and passphrases in prose, tokens and connection strings in configuration. Hard negatives: public and
  historical figures in an encyclopaedic context (Confucius, Sun Yat-sen, Deng Xiaoping, Zheng He, Lu Xun, Marco
  Polo, Bertha Benz, athletes), fictional characters, brands and companies named after their founders (Li-Ning,
  Ferrero, Dr. Oetker, Peugeot, Heineken), places and streets without a resident's address, products, config
  placeholders, published test card numbers, Luhn-failing numbers, IBANs with wrong check digits, order, tracking
  and invoice numbers, versions, hashes, UUIDs, documentation-range and loopback addresses, dates that are not
  birth dates, capitalised technical terms, and words that are Chinese given names or surnames elsewhere (Dutch
  "wang" and "mei", French "lin", German "Fang" and "Kai", English "Tang" in a dynasty's name).
- **Carriers** (\`inputs/carriers.jsonl\`, a seeded sample with package and file; real sentences mixed into prompts
  and standing as plain negatives), from Debian documentation neither the training (debian-handbook, fortunes,
  manual pages) nor another set used (they took the Debian Edu manual, the Debian Reference, aptitude's manual,
  the Developer's Reference, the New Maintainers' Guide, the installation guide, the Debian FAQ, the GIMP manual
  and packages' README files): the LilyPond Learning Manual (\`${UNDER.replace('/usr/share/doc/', '')}\`), the
  one part of the LilyPond documentation translated into all six languages,
${carrierLines(packages, carriers)}

  (see \`/usr/share/doc/<package>/copyright\`). Sentences with links, paths, numbers of two or more digits, markup,
  brackets, backslashes, quotation marks, the words LilyPond or Scheme, two capitalised words in a row after the
  first word, or any capitalised word after the first that is not an ordinary word of the language's word list are
  left out.
${namesSection(extracted, pool)}
- **Values** (\`values.ts\`, with this set's own validators written from the public scheme descriptions and
  tested on published examples in \`set.test.ts\`): card numbers pass Luhn (Visa, Mastercard incl. 2-series, Amex,
  UnionPay, JCB); IBANs pass mod 97 (GB, IE, DE, AT, CH, FR, BE, LU, ES, IT, NL), with valid national check digits
  inside (RIB key, CCC, CIN, Belgian mod 97, Dutch eleven test); national ids carry their scheme's check digits (NHS,
  NINO, Irish PPSN, Steuer-ID, German pension insurance number, Austrian social insurance number, Swiss AHV, NIR,
  Belgian national register number, DNI, NIE, codice fiscale — computed from the holder's own romanised name and
  sex, born in China or in Italy —, BSN, the resident identity card number of the People's Republic of China (ISO
  7064 MOD 11-2), the Taiwanese national identification number, Canadian SIN, US ITIN); US SSNs in the valid ranges;
  bank accounts (\`BANK_ACCOUNT\`, each number its own span) as UK sort code and account, ABA-valid routing and
  account, French RIB, Spanish CCC, Dutch pre-IBAN account numbers (eleven test) and Belgian account numbers (mod 97);
  passports (the language's country, or a Chinese or Taiwanese one) and driving licences given as such (the British
  licence number built from the holder's surname and initials the DVLA way); phones in each country's formats,
  Chinese and Taiwanese numbers too, read out in words or spaced digit by digit; street addresses on one line or
  several; birth dates in each language's spellings and ISO, the same for a person wherever a document repeats one
  or encodes it in an id (codice fiscale, NIR, Belgian and Chinese ids, Austrian and German insurance numbers); API keys, AWS key pairs, JWTs, passwords, passphrases,
  connection strings and an OpenSSH private-key block (one \`SECRET\` span each); private, link-local and public
  host addresses, IPv4 and IPv6. E-mail addresses are also spelled out. No document holds an unlabelled Luhn- or
  mod-97-valid look-alike outside the published test card numbers, and no token of the name pool stands outside a
  span: every mention of a person is labelled, and no negative names anyone of the pool.

\`set.test.ts\` checks the committed files against a rebuild, every span (in range, non-empty, not overlapping, a
type of docs/pii-labels.md, valid value, no whitespace at its edges), unique ids, that no PERSON token is shared with
the seven other sets' PERSON spans, the validators on published examples, the romanisers, and the counts above. It
has no score threshold: the set is a measurement.

## What its author read outside this folder

${READ_OUTSIDE.map((f) => `- ${f}`).join('\n')}
`;
}
