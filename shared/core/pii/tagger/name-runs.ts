// Reading a person's name at a position of a text, without the model — what the person-slot passes
// (person-slots.ts) and the grammar passes (person-grammar.ts) share:
//
//   nameAfter(text, at, slot)   a run of name parts starting at `at` that has a name's shape and ends its phrase:
//                               an initial and a capitalised word, two to four capitalised words (particles
//                               between), a word in capitals beside a capitalised one, two or three words in
//                               capitals (where only a person stands), two lower-case words typed in a text that
//                               writes capitals (where the slot allows it)
//   oneRareWord / personAt      one capitalised word that is no common word, brand or public name
//
// A part is never a common word of the six languages, a place's or an organisation's word, or a word with inner
// capitals or digits. Pure.
import { ARTICLE_PARTICLES, PARTICLES, PLACE_PREFIX, PLACE_SUFFIX } from '../detectors/names-context.ts';
import { AMBIGUOUS_GIVEN, isGivenName, NOT_NAME_WORDS } from '../detectors/names-gazetteer.ts';
import { isKnownNotPerson, isKnownNotPersonName } from './evidence.ts';
import type { TextSpan } from './windows.ts';

export function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}
/** Words as one alternation grouped by their first letter: the engine tries one branch per position, not every word. */
export function byFirstLetter(list: readonly string[]): string {
  const tails = new Map<string, string[]>();
  for (const w of list) tails.set(w[0]!, [...(tails.get(w[0]!) ?? []), w.slice(1)]);
  return [...tails]
    .map(([first, rest]) => {
      const longestFirst = rest.filter(Boolean).sort((a, b) => b.length - a.length);
      return longestFirst.length === 0 ? first : `${first}(?:${longestFirst.join('|')})${rest.includes('') ? '?' : ''}`;
    })
    .join('|');
}
/** A name part: capitalised, lower case after the first letter (inner hyphens and apostrophes allowed). */
export const CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const CAPITALS = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;
const LOWER = /^\p{Ll}{2,}(?:[-'’]\p{Ll}{2,})*$/u;
/** An initial with its dot, or two or three run together ("J.", "I.S.", "Y.-S."), maybe punctuation after them. */
const INITIALS_AT = /^\p{Lu}\.(?:-?\p{Lu}\.){0,2}(?![\p{L}\p{M}])/u;
/**
 * Lower-case words ending as the six languages inflect verbs and derive nouns (-ing, -ed, -ment, -iert, -ung,
 * -den, -are, -ers, -é, -isch, -mente, -ción, -ione, -anti, ge…t …) or elided ("un'auto"): prose words the common-word list lacks, seldom names.
 */
export const INFLECTED =
  /(?:ing|ment|ments|tion|tions|ness|ly|iert|ierte|ung|ungen|heit|keit|lich|den|ers|are|ere|ire|ato|ata|ati|ate|ando|endo|ado|ada|ados|adas|ido|ida|é|ée|és|ées|eur|euse|eren|elen|atie|ië|isch|ische|mente|ción|ciones|sión|siones|idad|idades|ores|ione|ioni|anti|enti|ità|enen)$|^ge\p{Ll}{3,}(?<![dh])t$|^\p{Ll}{1,2}['’]/u;
/** Punctuation after a word that ends the run. */
const ENDS_RUN = /[,;:.!?()[\]{}"“”„«»<>|/\\]/u;

type Part = 'initial' | 'capitalised' | 'capitals' | 'lower' | 'particle' | 'other';

/** How many words after a slot a name may take. */
const MAX_PARTS = 4;
/** Characters after a slot read for its name (a name's line ends it before that). */
const READ_AHEAD = 96;

/**
 * What a slot admits: any name shape; a lower-case pair only where it ends its field (`loose`: "for heap
 * snapshots", "mail a bronzed artichoke" are prose); neither a lower-case pair nor a pair of capitalised words
 * (`marked`: after a pronoun, where German capitalises nouns and Spanish "es" is "is"); `pair`: as `any`, for
 * "between": the first name must be joined to a second by "and" ("between anna berg and tom ruiz").
 */
export type Slot = 'any' | 'loose' | 'marked' | 'pair';

/** The name at `from`: a run of name parts, or one rare capitalised word. */
export function personAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  return nameAfter(text, from, 'any', reading) ?? oneRareWordAt(text, from, reading);
}

/** The name right after each match of `re` (a global regex that ends where the name begins): "married X", "c/o X". */
export function namesAfter(text: string, re: RegExp, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(re)) {
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  return found;
}

/** The word right before `at` (letters only, lower-cased) is one of `allowed`: "mein Bruder", "il mio collega". */
export function afterWordOf(text: string, at: number, allowed: ReadonlySet<string>): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  return m !== null && allowed.has(m[0].toLowerCase());
}
const WORD_BEFORE = /(?<![\p{L}\p{M}])\p{L}+$/u;

/** `name` (one or two capitalised words, at `start`) as a name's span: every part rare, together no public name. */
export function personIn(text: string, start: number, name: string, reading: Reading): TextSpan | undefined {
  const parts = [...name.matchAll(/[^ -]+/gu)];
  const rare = parts.every((p) => oneRareWord(text, start + p.index, start + p.index + p[0].length, reading) !== undefined);
  return rare && !isKnownNotPersonName(parts.map((p) => p[0])) ? { start, end: start + name.length } : undefined;
}

/** Two or three syllables of five letters at most joined by hyphens, capitalised or not: "Ye-seul", "ga-on", "Hyun-woo". */
const SYLLABLES_NAME = /^\p{L}[\p{Ll}\p{M}]{0,4}(?:-[\p{Ll}\p{M}]{1,5}){1,2}$/u;

/** Neither a common word, nor a word that never names a person, nor a brand (nor any part of a hyphenated one). */
export function isRareNamePart(word: string, reading: Reading): boolean {
  // each part of a compound ("Kubernetes-Nutzer" is no name); a given name of short syllables is read whole
  // ("Ga-on", "Je-i", "Seo-yeon": "on" and "i" are words, the name is none)
  const syllables = SYLLABLES_NAME.test(word) && !word.split('-').some((p) => p.length >= 4 && reading.isCommonWord(p)); // not "End-user"
  const parts = syllables ? [word] : word.split(/[-'’]/u);
  return (
    parts.every((part) => !reading.isCommonWord(part) && !NOT_NAME_WORDS.has(part) && !isKnownNotPerson([part])) &&
    !isKnownNotPerson([word])
  );
}

/** oneRareWord on the word at `from`, without the punctuation after it. */
export function oneRareWordAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  WORD_AT.lastIndex = from;
  const word = WORD_AT.exec(text)?.[0].replace(TRAILING_PUNCTUATION, '');
  return word ? oneRareWord(text, from, from + word.length, reading) : undefined;
}

const WORD_AT = /\S+/uy;
/** Whether the line around `at` has lower-case letters: a word in capitals on a shouted line is no name's form. */
function lowerCaseOnLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return /\p{Ll}/u.test(text.slice(start, end < 0 ? text.length : end));
}

/** Punctuation (a blank may stand before it: "Merci Vosmira !") or a line's end after a word: it ends its phrase. */
const ENDS_PHRASE = /^(?:[ \t]*[,;:.!?)]|\s*$|[ \t]*\r?\n)/u;

/** Its first letter in either case: a word opening a sentence or inside one. */
export const eitherCase = (w: string) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`;

/**
 * The words as one alternation, each with its first letter in either case (eitherCase), grouped by that letter and
 * kept in their order within it: the same matches as `${list.map(eitherCase).join('|')}` (only words opening with
 * the same letter can match at one position, and they are tried in the same order), but the engine tries one branch
 * per position, not every word (about half the time for TELL_WORDS).
 */
export function eitherCaseByFirstLetter(list: readonly string[]): string {
  const tails = new Map<string, string[]>();
  for (const w of list) {
    const first = w[0]!.toLowerCase();
    if (first.length !== 1 || first.toUpperCase().length !== 1) throw new Error(`${w}: its first letter has no one-letter case pair`);
    tails.set(first, [...(tails.get(first) ?? []), w.slice(1)]);
  }
  return [...tails].map(([first, rest]) => `[${first}${first.toUpperCase()}](?:${rest.join('|')})`).join('|');
}

/** A vowel of the six languages' alphabets and of the names they borrow: "dpkg" is no name. */
export const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēėęěīįıōőœūůűų]/u;

const LOWER_WORD_AT = /\p{Ll}[\p{Ll}\p{M}]+/uy;
/** The word in lower case at `from`, if one starts there. */
export function lowerWordAt(text: string, from: number): string | undefined {
  LOWER_WORD_AT.lastIndex = from;
  return LOWER_WORD_AT.exec(text)?.[0];
}

/** A rare word in lower case of a name's shape: a vowel, three letters or more, not inflected as prose words are. */
export function lowerCaseNameAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  const w = lowerWordAt(text, from);
  if (!w || w.length < 3 || !VOWEL.test(w) || INFLECTED.test(w)) return undefined;
  return isRareNamePart(w.charAt(0).toUpperCase() + w.slice(1), reading) ? { start: from, end: from + w.length } : undefined;
}

/** Whether the phrase ends at `at` (ENDS_PHRASE). */
export function endsPhrase(text: string, at: number): boolean {
  return ENDS_PHRASE.test(text.slice(at, at + 4));
}

/**
 * One rare word in any case, where the grammar around it leaves only a person: capitalised (oneRareWord), in
 * capitals on a line that is not shouted ("mi casero BONA"; three letters or more), or in lower case in a text
 * that writes capitals elsewhere, not inflected as prose words are and ending its phrase ("de buurvrouw, leah, die
 * …"; a rare word in lower case before more words is a verb or an adjective as often: "der Mann sandte …").
 */
export function oneRareWordAnyCaseAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  WORD_AT.lastIndex = from;
  const word = WORD_AT.exec(text)?.[0].replace(TRAILING_PUNCTUATION, '');
  if (!word) return undefined;
  if (CAPITALISED.test(word)) return oneRareWord(text, from, from + word.length, reading);
  const asName = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  const lower = reading.capitalsElsewhere && LOWER.test(word) && !INFLECTED.test(word) && endsPhrase(text, from + word.length);
  const rare = (CAPITALS.test(word) && word.length >= 3 && lowerCaseOnLine(text, from)) || lower;
  return rare && isRareNamePart(asName, reading) ? { start: from, end: from + word.length } : undefined;
}

/**
 * A known given name at `from`, capitalised ("Thanks a lot Mike!": a common word too) or typed in lower case
 * where the text writes capitals and it is no common word ("Nachbarin bernadette"; not "bambino per Natale"),
 * unless it is as often a word as a name ("Will", "Grace").
 */
export function knownGivenNameAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  WORD_AT.lastIndex = from;
  const word = WORD_AT.exec(text)?.[0].replace(TRAILING_PUNCTUATION, '');
  if (!word) return undefined;
  const lower = reading.capitalsElsewhere && LOWER.test(word) && !reading.isCommonWord(word);
  if (!CAPITALISED.test(word) && !lower) return undefined;
  const asName = word.charAt(0).toUpperCase() + word.slice(1);
  return isGivenName(asName) && !AMBIGUOUS_GIVEN.has(asName) ? { start: from, end: from + word.length } : undefined;
}

/** One word in a slot only a person stands in (a thanks, a card's recipient): a rare word in any case, or a known given name. */
export function givenNameInSlotAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  return oneRareWordAnyCaseAt(text, from, reading) ?? knownGivenNameAt(text, from, reading);
}

/** One capitalised word that is no common word, known public name or brand: a one-word subject ("Darinka"). */
export function oneRareWord(text: string, start: number, end: number, reading: Reading): TextSpan | undefined {
  const word = text.slice(start, end);
  return CAPITALISED.test(word) && isRareNamePart(word, reading) ? { start, end } : undefined;
}
interface Piece extends TextSpan {
  part: Part;
}

export interface Reading {
  isCommonWord(letters: string): boolean;
  /** The text uses capitals: a lower-case name in it is one typed in lower case. */
  capitalsElsewhere: boolean;
}

/** The name run starting at `from` when it has a name's shape and ends its phrase, else undefined. */
export function nameAfter(text: string, from: number, slot: Slot, reading: Reading): TextSpan | undefined {
  const pieces: Piece[] = [];
  const to = Math.min(from + READ_AHEAD, text.length);
  let at = from; // where the next word must start: one space after the last
  while (at < to && pieces.length <= MAX_PARTS) {
    NON_BLANK_AT.lastIndex = at;
    const raw = NON_BLANK_AT.exec(text)?.[0];
    if (raw === undefined) break;
    const core = raw.replace(TRAILING_PUNCTUATION, '');
    const part = partOf(raw, core, reading.isCommonWord, pieces.at(-1), text);
    if (part === 'other' || changesCase(pieces, part)) break;
    const length = part === 'initial' ? INITIALS_AT.exec(raw)![0].length : core.length;
    pieces.push({ start: at, end: at + length, part });
    if (ENDS_RUN.test(raw.slice(length)) || text[at + raw.length] !== ' ') break;
    at += raw.length + 1;
  }
  const run = trimParticles(pieces);
  if (pieces.length > MAX_PARTS || run.length === 0 || organisationAfter(text, run.at(-1)!.end)) return undefined;
  // a text written all in lower case types its names so too: after a slot only a person stands in ('any'), a pair
  // of rare words is one there as well ("forward the report to elza mcclure", "approved by immacolata bianchi")
  const lowerCaseAllowed =
    (reading.capitalsElsewhere || slot === 'any') &&
    (slot === 'any' || slot === 'pair' || (slot === 'loose' && endsLooseField(text.slice(run.at(-1)!.end, run.at(-1)!.end + 16))));
  return shapedRun(text, run, slot, lowerCaseAllowed);
}

/** The end of a field: a colon, a dash between two fields, the text's end, or a line's end not going on in lower case. */
const FIELD_END = /^[ \t]*(?::|[-–—][ \t]|\r?\n(?![ \t]*\p{Ll})|$)/u;
/** A message's topic after its recipient: "a message to anna berg about …", "an anna berg wegen …", "a anna berg sobre …". */
const TOPIC_AFTER =
  /^ (?:about|regarding|that|wegen|über|bezüglich|dass|sobre|acerca|que|concernant|riguardo|che|over|betreffende|dat)(?![\p{L}])/u;

/** After a loose slot's lower-case pair: the end of its field, or the topic of the message it was sent (see above). */
function endsLooseField(after: string): boolean {
  return FIELD_END.test(after) || TOPIC_AFTER.test(after);
}
const NEXT_WORD = /^\s+(\p{L}+)/u;

/** An organisation's or a place's word follows, on this line or the next: "Carnegie Mellon\nUniversity". */
function organisationAfter(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && PLACE_SUFFIX.has(next);
}

/** The word at a position: the characters up to the next blank. */
const NON_BLANK_AT = /\S+/uy;

/** A lower-case word after a capitalised one or the reverse: a name is typed in one case ("lindita zak Avísame"). */
function changesCase(pieces: readonly Piece[], part: Part): boolean {
  const last = pieces.findLast((p) => p.part !== 'particle');
  return last !== undefined && (last.part === 'lower') !== (part === 'lower');
}

const TRAILING_PUNCTUATION = /[,;:.!?()[\]{}"“”„«»<>|/\\]+$/u;

/** What a word can be in a name; after an initial, a capitalised common word too ("J. Bacon"). */
function partOf(raw: string, core: string, isCommonWord: (w: string) => boolean, previous: Piece | undefined, text: string): Part {
  if (INITIALS_AT.test(raw)) return 'initial';
  if (PARTICLES.has(core) && core === raw) return isParticleHere(core, previous, text) ? 'particle' : 'other';
  const afterInitial = previous?.part === 'initial';
  if (NOT_NAME_WORDS.has(core) || PLACE_SUFFIX.has(core)) return 'other';
  // a place's or a business's word opens its name: "Bodegas Arriaga", "Houtzagerij Dekker", "Hurricane Katrina"
  if (previous === undefined && PLACE_PREFIX.has(core.toLowerCase())) return 'other';
  if (afterInitial && CAPITALISED.test(core)) return 'capitalised';
  if (isCommonWord(core)) return 'other';
  if (CAPITALISED.test(core)) return 'capitalised';
  if (CAPITALS.test(core)) return 'capitals';
  if (LOWER.test(core) && !INFLECTED.test(core)) return 'lower';
  return 'other';
}

/**
 * German articles and "zu" join nouns in prose ("von Serverabsturz zu Serverabsturz", "Wohltätigkeit der
 * Vorsehung"): inside a name they follow another particle ("van der Berg", "von und zu"), never a name part.
 */
function isParticleHere(particle: string, previous: Piece | undefined, text: string): boolean {
  return !ARTICLE_PARTICLES.has(particle) || (previous?.part === 'particle' && PARTICLES.has(text.slice(previous.start, previous.end)));
}

function trimParticles(pieces: Piece[]): Piece[] {
  let end = pieces.length;
  while (end > 0 && pieces[end - 1]!.part === 'particle') end--;
  return pieces[0]?.part === 'particle' ? [] : pieces.slice(0, end);
}

/** A short word in capitals after a capitalised one is a product's model or an acronym ("Mustek MDC"), not a surname. */
function modelCode(names: readonly Piece[]): boolean {
  const second = names[1]!;
  return second.part === 'capitals' && second.end - second.start < 4;
}

/** Words in capitals that are all short are acronyms as often as a name ("AWS IAM"): a name has a part of five letters or more. */
function acronyms(names: readonly Piece[]): boolean {
  return names.every((p) => p.end - p.start < 5);
}

/** The run as a name span when its parts make one of the shapes above and it is not a known public name. */
function shapedRun(text: string, pieces: readonly Piece[], slot: Slot, lowerCaseAllowed: boolean): TextSpan | undefined {
  const names = pieces.filter((p) => p.part !== 'particle' && p.part !== 'initial');
  const count = (part: Part) => pieces.filter((p) => p.part === part).length;
  if (names.length === 0 || pieces.length > MAX_PARTS) return undefined;
  const initials = count('initial');
  const shaped =
    (initials >= 1 && initials <= 2 && names.length === 1 && names[0]!.part === 'capitalised' && pieces.at(-1)!.part === 'capitalised') ||
    (initials === 0 && slot !== 'marked' && names.length >= 2 && names.every((p) => p.part === 'capitalised')) ||
    (initials === 0 && names.length === 2 && count('capitals') === 1 && count('capitalised') === 1 && !modelCode(names)) ||
    (initials === 0 &&
      slot === 'any' &&
      names.length >= 2 &&
      names.length <= 3 &&
      count('capitals') === names.length &&
      !acronyms(names)) ||
    (initials === 0 && lowerCaseAllowed && pieces.length === 2 && count('lower') === 2);
  if (!shaped) return undefined;
  if (isKnownNotPersonName(names.map((p) => text.slice(p.start, p.end)))) return undefined;
  return { start: pieces[0]!.start, end: pieces.at(-1)!.end };
}

/** The run of two or three name parts that ends at `end` and opens its clause. */
export function nameEndingAt(text: string, end: number, reading: Reading): TextSpan | undefined {
  const head = /(?:^|[\n.!?:;,][ \t]*|[ \t])((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){1,2}\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(
    text.slice(Math.max(0, end - 80), end),
  );
  if (!head) return undefined;
  const run = nameAfter(text, end - head[1]!.length, 'any', reading);
  return run?.end === end ? run : undefined;
}

const SURNAME_COMMA_GIVEN_AT = /(\p{Lu}[\p{L}\p{M}'’-]+), (\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}'’-])/uy;

/** "Seok, Seo-eun" at `from`, each word rare: a form's surname and given name (the caller says where it must end). */
export function surnameCommaGivenAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  SURNAME_COMMA_GIVEN_AT.lastIndex = from;
  const m = SURNAME_COMMA_GIVEN_AT.exec(text);
  if (!m || ![m[1]!, m[2]!].every((w) => isRareNamePart(w, reading)) || isKnownNotPersonName([m[1]!, m[2]!])) return undefined;
  return { start: from, end: from + m[0].length };
}
