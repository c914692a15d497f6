// What a tagger-only finding must also show before it counts: the tagger reads 64 tokens and has learnt that
// capitalised words near verbs are often names, so on its own it flags sentence-initial imperatives
// ("Summarise", "Traduci"), ticket ids, product names and keys. A finding from the tagger alone (the rules found
// nothing there) counts only with evidence a reader would also want:
//
//   PERSON   the name-shaped words it touches, joined with the name-shaped words right beside them on the same
//            line (particles such as "van der" and initials such as "G." may stand between), are
//            - two or more words (an initial alone does not make a pair), at least one written in mixed case, or
//            - one word with a strong cue before it (a title, greeting, label, self-introduction, relation —
//              the rules' own `cueBefore`), or signing off: alone on its line after a closing ("Cheers,"), or
//              first on the line that follows one
//   ADDRESS  it holds an address phrase: a street word and its house number, a postcode and a place, or a
//            house number and two capitalised words, single-spaced, the number standing alone (not a version
//            or an amount), and not a year after a month
//
// name-shaped: letters (inner hyphens and apostrophes allowed), the first one a capital, no digits; in a text
// written without capitals (where the windows take every word), any letter word that is not a common word.
// Other types pass through: the tagger maps them only from published models, and the rules judge those.
import { isAsciiAlnum } from '../chars.ts';
import {
  ARTICLE_PARTICLES,
  AUTHOR_WORDS,
  companyAfterList,
  COMPANY_FORMS,
  CREATIVE_WORKS,
  cueBefore,
  DETERMINERS,
  EPONYM_NOUNS,
  isSignature,
  PARTICLES,
  PLACE_PREFIX,
  inAcquisition,
  namedAsVenue,
  PLACE_SUFFIX,
  framedAsThing,
  THING_LABELS,
  inShoppingList,
} from '../detectors/names-context.ts';
import { keyBefore, normKey } from '../fields.ts';
import { encyclopaedic, namesAPlace } from '../detectors/names.ts';
import { isSampleAddress } from '../detectors/addresses.ts';
import { COUNTRY_NAMES } from '../detectors/country-names.ts';
import { isPublicFigure } from '../detectors/public-figures.ts';
import { BRANDS, FAMOUS_FULL_NAMES, FAMOUS_SURNAMES, isGivenName, NAME_LIKE_BRANDS, NOT_NAME_WORDS } from '../detectors/names-gazetteer.ts';
import type { Finding } from '../types.ts';
import type { TextSpan } from './windows.ts';

export interface EvidenceOptions {
  /** Whether a letter run is a common word (common-words.ts); in lower-case text a common word is not name-shaped. */
  isCommonWord?(letters: string): boolean;
}

/** Whether a tagger finding in `text` carries the evidence its type needs (see above). */
export function hasEvidence(text: string, finding: Finding, opts: EvidenceOptions = {}): boolean {
  if (finding.type === 'PERSON') return hasNameEvidence(text, finding, opts);
  if (finding.type === 'ADDRESS') return hasAddressEvidence(withoutYearOfAPeriod(text, finding.start, wholeWords(text, finding)));
  return true;
}

/**
 * The address phrase without a year that ends or opens a period at its start, or follows its month ("von 1969 bis 1974
 * Ministerpräsidentin Israels", "since 2019 Head of …", "im April 1975 Phnom Penh"): such a year is no house number
 * or postcode.
 */
function withoutYearOfAPeriod(text: string, start: number, phrase: string): string {
  const year = /^(?:1[5-9]|20)\d\d(?!\S)/u.exec(phrase);
  return year && PERIOD_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? phrase.slice(year[0].length) : phrase;
}
const PERIOD_WORD_BEFORE =
  /(?<![\p{L}])(?:bis|seit|until|till|since|through|to|jusqu['’]en|depuis|hasta|desde|fino al|dal|tot|sinds|[–-]|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus)[ \t]*$/iu;

/**
 * Whether a tagger finding on this candidate word could count at all, decided before the model runs (the tagger
 * skips windows where no candidate could, shared/models/entity-tagger.ts): a PERSON on the word alone or with the
 * word before or after it (its name run is joined around it, so "Maria" of "Maria Keller" has its pair, and
 * "Madame" of "Madame Li" its name), or an address phrase within four words of it. A lone name-shaped word with
 * no cue, a public figure, a word with digits: no finding on them could pass, so no model run is spent on them.
 * A PERSON finding reaching further than one word past the candidate is the case this does not foresee.
 */
export function mayHaveEvidence(text: string, word: TextSpan, opts: EvidenceOptions = {}): boolean {
  const before = { start: wordStartBefore(text, word.start), end: word.end };
  const after = { start: word.start, end: wordEndAfter(text, word.end) };
  const view = lineView(text, word.start, opts, GATE_REACH); // the three spans' line, read once
  // the three spans mostly make the same run (a lone word's neighbours are not name-shaped): judge each run once
  const judged = new Set<string>();
  for (const span of [word, before, after]) {
    const run = nameRun(span, view);
    const key = run.names.map((t) => t.start).join(',') + '/' + run.initials;
    if (judged.has(key)) continue;
    judged.add(key);
    if (runHasEvidence(text, run, view, opts)) return true;
  }
  return hasAddressEvidence(nearbyWords(text, word, ADDRESS_WORDS));
}

/**
 * Characters of the line the gate reads on each side of a candidate: its name run and the word before and after
 * it (a shorter view can only make more words look like names, never fewer).
 */
const GATE_REACH = 64;

/** Words on each side of a candidate an address phrase can reach: "Via Roma 12b", "12 Main Street", "50667 Köln". */
const ADDRESS_WORDS = 4;

/** The span widened by `n` whitespace-separated words on each side (at most WIDEN characters of each word). */
function nearbyWords(text: string, span: TextSpan, n: number): string {
  let start = span.start;
  let end = span.end;
  for (let i = 0; i < n; i++) {
    start = wordStartBefore(text, start);
    end = wordEndAfter(text, end);
  }
  return text.slice(start, end);
}

/** Per character on the gate's path: ASCII answered by its code, the rest by the regex. */
const isSpace = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/u.test(c);
};

function wordStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text[i - 1]!)) i--;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < WIDEN && !isSpace(text[i - 1]!)) i--;
  return i;
}

function wordEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text[i]!)) i++;
  const wordStart = i;
  while (i < text.length && i - wordStart < WIDEN && !isSpace(text[i]!)) i++;
  return i;
}

/** A whitespace-free token of a line, its word without the punctuation around it, and that punctuation. */
interface Token extends TextSpan {
  word: string;
  lead: string;
  trail: string;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*$/u;
const LOWER_NAME_WORD = /^\p{Ll}[\p{Ll}\p{M}]+(?:[-'’]\p{Ll}[\p{Ll}\p{M}]*)*$/u;
const INITIAL = /^\p{Lu}$/u;
const CODE_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}*\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const ANY_CAPITAL = /\p{Lu}/u;
/** Punctuation after a word that ends a sentence: the next word is capitalised by grammar. */
const SENTENCE_END = /[.!?:]/u;
/** Punctuation after a word that ends a name run: a clause or sentence break, a bracket or a quote. */
const RUN_BREAK = /[,;:!?()[\]{}"“”„«»<>|/\\]|\.$/u;

/** Characters of a line read on each side of a finding: a name run is far shorter, and a line can be a whole prompt. */
const LINE_REACH = 160;

/** The tokens of the line holding `at`, within `reach` of it (a token cut at that edge is left out). */
function tokensOfLine(text: string, at: number, reach = LINE_REACH): Token[] {
  const { lineStart, lineEnd } = lineNear(text, at, reach);
  const from = Math.max(lineStart, at - reach);
  const to = Math.min(lineEnd, at + reach);
  const tokens: Token[] = [];
  for (const m of text.slice(from, to).matchAll(/\S+/gu)) {
    const start = from + m.index;
    const cut = (start === from && from > lineStart && !/\s/u.test(text[from - 1]!)) || (start + m[0].length === to && to < lineEnd);
    if (!cut) tokens.push(splitPunctuation(m[0], start));
  }
  return tokens;
}

/**
 * The line holding `at`, exact within `reach` + 1 characters of it; a line starting (ending) further away gets a
 * start (end) beyond that reach instead — so a prompt of one long line costs no more than a short one.
 */
function lineNear(text: string, at: number, reach: number): { lineStart: number; lineEnd: number } {
  const low = Math.max(0, at - reach - 1);
  const high = Math.min(text.length, at + reach + 1);
  const before = text.slice(low, at).lastIndexOf('\n');
  const after = text.slice(at, high).indexOf('\n');
  return { lineStart: before >= 0 ? low + before + 1 : low === 0 ? 0 : -1, lineEnd: after >= 0 ? at + after : high };
}

/** Only blanks stand between the token and the start of its line. */
function opensLine(text: string, t: Token): boolean {
  return blankLineStart(text, t.start - t.lead.length) >= 0;
}

/** The start of the line holding `at` when only blanks stand between the two, else -1 (scans the blanks only). */
function blankLineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && /\s/u.test(text[i - 1]!)) i--;
  return i === 0 || text[i - 1] === '\n' ? i : -1;
}

const isAlnum = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 128 ? isAsciiAlnum(code) : /[\p{L}\p{N}]/u.test(c);
};

/** "(Okonkwo," → lead "(", word "Okonkwo", trail ","; by plain scans from both ends (a token can be long). */
function splitPunctuation(raw: string, at: number): Token {
  let from = 0;
  let to = raw.length;
  while (from < to && !isAlnum(raw[from]!)) from++;
  while (to > from && !isAlnum(raw[to - 1]!)) to--;
  return { start: at + from, end: at + to, word: raw.slice(from, to), lead: raw.slice(0, from), trail: raw.slice(to) };
}

type Shape = 'name' | 'initial' | 'particle' | 'other';

function shapeOf(t: Token, sentenceStart: boolean, lowerCaseText: boolean, opts: EvidenceOptions): Shape {
  if (INITIAL.test(t.word) && t.trail.startsWith('.')) return 'initial';
  if (PARTICLES.has(t.word) && t.lead === '' && t.trail === '') return 'particle';
  if (NAME_WORD.test(t.word) && t.word.length >= 2) {
    // "The", "Team", "Juni", "GmbH"; a common word opening a sentence ("Summarise", "Die") is capitalised by grammar,
    // and so is an order's verb the lists hold only as an infinitive ("Vergelijk", "Compara")
    if (NOT_NAME_WORDS.has(t.word) || (sentenceStart && opts.isCommonWord && isCommonOrImperative(t.word, opts.isCommonWord))) {
      return 'other';
    }
    // an identifier: two or more capitals inside a word written in lower case ("AuthTokenProvider"; not "McAllister")
    return CODE_CASE.test(t.word) ? 'other' : 'name';
  }
  if (lowerCaseText && LOWER_NAME_WORD.test(t.word) && !opts.isCommonWord?.(t.word)) return 'name';
  return 'other';
}

/**
 * A common word, or an imperative whose infinitive is one (Dutch and German add -en or -n, Italian -re, Spanish and
 * French -r: "Vergelijk" → "vergelijken", "Vergleiche" → "vergleichen", "Compara" → "comparar") — unless it is a
 * known given name too ("Mira" is Spanish "look" and a name).
 */
function isCommonOrImperative(word: string, isCommonWord: (w: string) => boolean): boolean {
  if (isCommonWord(word)) return true;
  return !isGivenName(word) && ['en', 'n', 're', 'r'].some((ending) => isCommonWord(word + ending));
}

/** The tokens of a line near a position (tokensOfLine) and their shapes: what name runs are read from. */
interface LineView {
  tokens: Token[];
  shapes: Shape[];
}

function lineView(text: string, at: number, opts: EvidenceOptions, reach = LINE_REACH): LineView {
  const lowerCaseText = !ANY_CAPITAL.test(text);
  const tokens = tokensOfLine(text, at, reach);
  const opensSentence = (i: number) => (i === 0 ? opensLine(text, tokens[0]!) : SENTENCE_END.test(tokens[i - 1]!.trail));
  const shapes = tokens.map((t, i) => shapeOf(t, opensSentence(i), lowerCaseText, opts));
  // "der", "den", "das", "zu", "zum" are a name's particle only after another ("van der", "von und zu"); alone
  // they are articles and prepositions between two nouns ("Kürze den Satz")
  shapes.forEach((shape, i) => {
    if (shape === 'particle' && ARTICLE_PARTICLES.has(tokens[i]!.word) && shapes[i - 1] !== 'particle') shapes[i] = 'other';
  });
  return { tokens, shapes };
}

/** A run of name-shaped tokens: its name words, and how many initials stand among them. */
interface NameRun {
  names: Token[];
  initials: number;
}

/** The run of name-shaped tokens (particles only between two of them) around the finding's first one, on its line. */
function nameRun(span: TextSpan, { tokens, shapes }: LineView): NameRun {
  const inSpan = tokens.map((t, i) => shapes[i] !== 'other' && t.start < span.end && span.start < t.end);
  let first = inSpan.indexOf(true);
  if (first < 0) return { names: [], initials: 0 };
  const joins = (a: number) => shapes[a] !== 'other' && shapes[a + 1] !== 'other' && !breaksAfter(tokens[a]!, shapes[a]!);
  let last = inSpan.lastIndexOf(true);
  // one run: up to the first word in the span that is not name-shaped ("Wi-Fi 5 GHz" is not the pair Wi-Fi GHz)
  const gap = shapes.findIndex((shape, i) => i > first && i < last && shape === 'other');
  if (gap >= 0) last = gap - 1;
  while (first > 0 && joins(first - 1)) first--;
  while (last + 1 < tokens.length && joins(last)) last++;
  while (first < last && shapes[first] === 'particle') first++;
  while (last > first && shapes[last] === 'particle') last--;
  const run = shapes.slice(first, last + 1);
  const names = tokens.slice(first, last + 1).filter((_, i) => run[i] === 'name');
  return { names, initials: run.filter((shape) => shape === 'initial').length };
}

/** A token's punctuation ends the run after it (an initial's own dot does not). */
function breaksAfter(t: Token, shape: Shape): boolean {
  const trail = shape === 'initial' ? t.trail.slice(1) : t.trail;
  return RUN_BREAK.test(trail);
}

function hasNameEvidence(text: string, span: TextSpan, opts: EvidenceOptions, view = lineView(text, span.start, opts)): boolean {
  return runHasEvidence(text, nameRun(span, view), view, opts);
}

function runHasEvidence(text: string, { names, initials }: NameRun, view: LineView, opts: EvidenceOptions): boolean {
  if (names.length === 0 || isKnownNotPersonName(names.map((t) => t.word)) || isBrandWithTitle(names[0]!, view)) return false;
  // a noun phrase ("eine Vielzahl von Aktionen"): its noun is no name, but a name may follow it, after a particle or
  // opening with a known given name ("den Antrag von Okonkwo Adebayo", "des Mitarbeiters Josef Kowalczyk"; not "the
  // Rolls Royce Taurus"), and must stand on its own
  if (afterDeterminer(names[0]!, view)) return runHasEvidence(text, { names: nameAfterNoun(names, view), initials }, view, opts);
  return namesAPerson(text, { names, initials }, view, opts) && !namesAThing(text, names, view, opts);
}

/** The run's shape, or a cue beside it, says person (see the top of this file). */
function namesAPerson(text: string, { names, initials }: NameRun, view: LineView, opts: EvidenceOptions): boolean {
  const mixedCase = names.some((t) => HAS_LOWER.test(t.word));
  if (names.length + initials >= 2 && mixedCase) return !isTechnicalTerm(names, initials, opts);
  if (names.length >= 2 && !mixedCase) return isNameInCapitals(text, names, opts);
  if (names.length !== 1 || !mixedCase) return false;
  const word = names[0]!;
  return strongCue(text, word) || signsOff(text, word) || addressedAfterApology(text, word, view.tokens);
}

/** A brand whose name is a title and a name ("Dr. Oetker", "Dr. Martens"): the title's dot ends the run before it. */
function isBrandWithTitle(first: Token, view: LineView): boolean {
  const before = view.tokens[view.tokens.indexOf(first) - 1];
  return before !== undefined && before.trail === '.' && NAME_LIKE_BRANDS.has(`${before.word}_${first.word}`);
}

/**
 * What the run is in its place says it is no person the prompt is about (asked last: it reads more): the author of
 * works or the person an eponym is named after, a public figure in an encyclopaedic sentence (the rules' own test:
 * "who was", "painted", "the novel", "century" …), a thing's field value.
 */
function namesAThing(text: string, names: readonly Token[], view: LineView, opts: EvidenceOptions): boolean {
  return (
    names.some((t) => isAuthorOfWorks(t, view)) ||
    namesAnEponym(names.at(-1)!, view) ||
    namesAPlaceOrCompany(text, names, view) ||
    framedAsThing(text, names[0]!.start - names[0]!.lead.length) ||
    madeOfCommonWords(names, opts) ||
    encyclopaedic(text, names[0]!.start, names.at(-1)!.end) ||
    inShoppingList(text, names[0]!.start) ||
    namesAPlace(text, names[0]!.start, names.at(-1)!.end) ||
    labelsAThing(text, names[0]!)
  );
}

/** The run's words after its first (a noun phrase's noun) when a particle or a known given name opens them, else none. */
function nameAfterNoun(names: readonly Token[], view: LineView): Token[] {
  const [noun, next] = names;
  if (noun === undefined || next === undefined) return [];
  const between = view.shapes.slice(view.tokens.indexOf(noun) + 1, view.tokens.indexOf(next));
  return between.includes('particle') || isGivenName(next.word) ? names.slice(1) : [];
}

/** An article or a determiner right before the run: a noun phrase ("eine Vielzahl von Aktionen", "het Alleen"). */
function afterDeterminer(first: Token, view: LineView): boolean {
  const at = view.tokens.indexOf(first);
  const before = view.tokens[at - 1];
  if (before === undefined || before.trail !== '' || first.lead !== '' || !DETERMINERS.has(before.word.toLowerCase())) return false;
  const particle = view.tokens[at - 2]; // a surname's particles: "van der Dafunić", "de la Salle"
  return particle === undefined || particle.trail !== '' || !PARTICLES.has(particle.word);
}

/**
 * A place's or an organisation's word right after the run ("Jorge Newbery Airport", "Kingsford Smith International
 * Airport", "Barraza Guzmán e Hijos", "Saiz Gaytán S.L."), or a street's word right before it ("Polígono Pablo
 * Peralta", "Quai Mouffetard"; an article may stand before that): a place or a company named after people.
 */
function namesAPlaceOrCompany(text: string, names: readonly Token[], view: LineView): boolean {
  const first = view.tokens.indexOf(names[0]!);
  const last = view.tokens.indexOf(names.at(-1)!);
  const before = view.tokens[first - 1];
  if (before !== undefined && before.trail === '' && PLACE_PREFIX.has(before.word.toLowerCase())) return true;
  if (namedAsVenue(text, names[0]!.start)) return true; // «"Da Gino", una pizzeria»
  if (inAcquisition(text, names[0]!.start, names.at(-1)!.end)) return true; // "Baseda-Hargasser übernimmt …"
  if (names.length > 1 && names[0]!.trail === '' && PLACE_PREFIX.has(names[0]!.word.toLowerCase())) return true; // taken in: "Hurricane Katrina"
  if (names.slice(1).some((t) => COMPANY_FORMS.has(t.word.replaceAll('.', '')))) return true; // taken in: "… SARL"
  if (companyAfterList(text, names.at(-1)!.end)) return true; // "Trejo Girón, Armenta Muñiz y Soliz Vaca Asociados"
  if (names.at(-1)!.trail !== '') return false;
  let next = view.tokens[last + 1];
  if (next !== undefined && next.trail === '' && (next.word === 'International' || COMPANY_JOINS.has(next.word)))
    next = view.tokens[last + 2];
  return next !== undefined && next.lead === '' && isPlaceOrCompanyWord(next.word);
}

/** PLACE_SUFFIX, abbreviations with or without their dots ("S.L.", "SL"). */
function isPlaceOrCompanyWord(word: string): boolean {
  return PLACE_SUFFIX.has(word.replaceAll('.', ''));
}

/** Between the founders' names and the company's word: "e Hijos", "y Asociados", "& Söhne", "en Zonen", "et Fils". */
const COMPANY_JOINS = new Set(['e', 'y', 'und', 'et', 'en', '&']);

/**
 * Two or more of the run's words are common words of the six languages and no given name: a product's, a dish's
 * or a breed's name in title case ("Oriental Steel Hat", "Kangaroo Salad"); a name has one such word at most
 * ("Anna Klein", "Tom Baker").
 */
function madeOfCommonWords(names: readonly Token[], { isCommonWord }: EvidenceOptions): boolean {
  if (!isCommonWord) return false;
  return names.filter((t) => isCommonWord(t.word) && !isGivenName(t.word)).length >= 2;
}

const isWorkOrEponym = (t: Token | undefined) =>
  t !== undefined && (CREATIVE_WORKS.has(t.word.toLowerCase()) || EPONYM_NOUNS.has(t.word.toLowerCase()));

/**
 * The name word follows a work or an eponym and its author word: "the novels by X", "i romanzi di X", "il teorema di
 * X" — asked of each word of a run, which may have taken the work in: German capitalises it ("Romane von X").
 */
function isAuthorOfWorks(name: Token, view: LineView): boolean {
  const at = view.tokens.indexOf(name);
  const by = view.tokens[at - 1];
  return by !== undefined && AUTHOR_WORDS.has(by.word.toLowerCase()) && isWorkOrEponym(view.tokens[at - 2]);
}

/** Before an eponym ("the Doppler effect", "Bayes' theorem"), or a work after a possessive ("Rembrandt's paintings"). */
function namesAnEponym(last: Token, view: LineView): boolean {
  const next = view.tokens[view.tokens.indexOf(last) + 1];
  const possessive = /['’]s$/u.test(last.word) || /^['’]$/u.test(last.trail);
  if (next === undefined || next.lead !== '' || (last.trail !== '' && !possessive)) return false;
  const noun = next.word.toLowerCase();
  // written in lower case: a noun after a name in a form's line ("Anna Berg Número de cuenta") is a label
  return (EPONYM_NOUNS.has(noun) && (possessive || next.word === noun)) || (possessive && CREATIVE_WORKS.has(noun));
}

/**
 * An acronym and a common word ("JSON Schema", "SQL Server"), or a word and a short acronym after it ("Windows NT",
 * "Migratie WMS"; a surname in capitals comes first and is longer): a technical term or a product, not a name.
 */
function isTechnicalTerm(names: readonly Token[], initials: number, opts: EvidenceOptions): boolean {
  if (names.length !== 2 || initials > 0) return false;
  const acronym = names.find((t) => !HAS_LOWER.test(t.word));
  const other = names.find((t) => t !== acronym);
  if (acronym === undefined || other === undefined) return false;
  return (acronym === names[1] && acronym.word.length <= MAX_PRODUCT_ACRONYM) || (opts.isCommonWord?.(other.word) ?? false);
}

/** Letters of an acronym after a word that make it a product's or a system's name ("Office XP", "Migratie WMS"). */
const MAX_PRODUCT_ACRONYM = 3;

/** The run is the value of a field whose label names a thing: "Product: Mesh Wi-Fi Kit" (THING_LABELS). */
function labelsAThing(text: string, first: Token): boolean {
  const label = normKey(keyBefore(text, first.start - first.lead.length));
  return label !== '' && label.split(' ').some((w) => THING_LABELS.has(w));
}

/**
 * A PERSON finding's name run is two or more parts (initials count), every name-shaped word of it rare — not a
 * common word of the six languages' prose ("Abhijit Capper", "G. Hannula"; not "Customer Success", "Market
 * Street") — and it has the evidence a PERSON needs: the stronger evidence on which a less sure finding counts
 * (entity-tagger.ts's `rareNameThreshold`). Without a common-word list no word is known to be common: false.
 */
export function isRareNameRun(text: string, finding: Finding, opts: EvidenceOptions = {}): boolean {
  const { isCommonWord } = opts;
  if (finding.type !== 'PERSON' || !isCommonWord) return false;
  const view = lineView(text, finding.start, opts);
  const { names, initials } = nameRun(finding, view);
  if (names.length === 0 || names.length + initials < 2) return false;
  return names.every((t) => !isCommonWord(t.word)) && hasNameEvidence(text, finding, opts, view);
}

/**
 * Two or more rare words in capitals, as forms, headers and boarding passes write a name, in a text written in
 * lower case elsewhere (a text all in capitals shouts everything): none a common word ("RELEASE NOTES"), none
 * an acronym's length ("GDPR DPIA").
 */
function isNameInCapitals(text: string, names: readonly Token[], opts: EvidenceOptions): boolean {
  const rare = (t: Token) => !(opts.isCommonWord?.(t.word) ?? true);
  return HAS_LOWER.test(text) && names.every((t) => rare(t) && t.word.length >= MIN_CAPITALS_NAME_WORD);
}

/** Letters of a name word in capitals: shorter ones are acronyms as often ("AWS", "GDPR"). */
const MIN_CAPITALS_NAME_WORD = 5;

/** The rules' gazetteers know it as a public figure, a fictional character or a brand, or a word of it as a brand
 *  (encyclopaedic, not personal). */
export function isKnownNotPerson(words: readonly string[]): boolean {
  const joined = words.join('_');
  if (FAMOUS_FULL_NAMES.has(joined) || NAME_LIKE_BRANDS.has(joined)) return true;
  // a brand anywhere in the run: "Compare Kubernetes", "Vergelijk Kubernetes" (a capitalised verb beside a product)
  return FAMOUS_SURNAMES.has(words.at(-1)!) || words.some((w) => BRANDS.has(w));
}

/**
 * A whole name run that is no one's personal name: what `isKnownNotPerson` knows, or a public figure WordNet lists.
 * WordNet's names match whole runs only ("Despoina" alone is a goddess, "Despoina Andreou" a private person), so
 * the parts of a name are asked of `isKnownNotPerson` alone.
 */
export function isKnownNotPersonName(words: readonly string[]): boolean {
  return isKnownNotPerson(words) || isPublicFigure(words);
}

function strongCue(text: string, word: TextSpan): boolean {
  const cue = cueBefore(text, word.start);
  return cue.strength === 2 && !cue.needsPair;
}

/**
 * The word opens its line, and the line before ends in a closing ("Cheers,", "„Viele Grüße", "Un saluto,"):
 * the rules' `isSignature` reads the closing's own clause (after the previous line's last sentence break) and
 * the word alone, so neither a long line before nor what follows the name on its line ("Måns thx") hides it.
 */
function signsOff(text: string, word: TextSpan): boolean {
  const lineStart = blankLineStart(text, word.start);
  if (lineStart <= 0) return false;
  const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  const closing = previous.slice(previous.search(/[^.!?:;"“„«(]*$/u)).trim();
  if (closing === '') return false;
  const probe = `${closing}\n${text.slice(word.start, word.end)}`;
  return isSignature(probe, closing.length + 1, probe.length);
}

/** Apologies that address someone ("Sorry Tsehay, …", "Scusa Dulmandakh, …"), in the six languages. */
const APOLOGIES = new Set(
  `sorry excuse apologies entschuldige entschuldigung verzeihung pardon désolé désolée excusez excuse-moi perdón perdona
  disculpa disculpe siento scusa scusami scusate perdonami excuses`.split(/\s+/u),
);

/** An apology right before the word, and a comma right after it: the word is the person addressed. */
function addressedAfterApology(text: string, word: Token, near: readonly Token[]): boolean {
  if (!word.trail.startsWith(',')) return false;
  const at = near.indexOf(word);
  const tokens = at > 0 ? near : tokensOfLine(text, word.start); // the word's own line when `near` starts at it
  const before = tokens[tokens.findIndex((t) => t.start === word.start) - 1];
  return before !== undefined && before.trail === '' && APOLOGIES.has(before.word.toLowerCase());
}

/** How far a span is widened on each side: enough for a version's or an amount's tail. */
const WIDEN = 24;

/** The span widened to the whitespace around it (at most WIDEN characters a side): "108" of "108.0.5990" is read as the version it is. */
function wholeWords(text: string, span: TextSpan): string {
  let start = span.start;
  let end = span.end;
  while (start > 0 && span.start - start < WIDEN && !/\s/u.test(text[start - 1]!)) start--;
  while (end < text.length && end - span.end < WIDEN && !/\s/u.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * An address phrase: a street word then its house number ("Lindenallee 14", "Via Roma 12b,") or a postcode then a
 * place ("50667 Köln"), or a house number then two capitalised words ("12 Main Street") — separated by single
 * spaces, the number standing alone (not "108.0.5990", "3558.–", "4242 4242", "2154,35"), the words in mixed case (not
 * "EUR", "CHF").
 */
const LONE_NUMBER_END = String.raw`(?=$|[;)]|[.,](?!\d)|\s(?!\s*\d))`;
/** A street word and its house number: one to three digits, maybe a letter ("Lindenallee 14", "Via Roma 12b"). */
const STREET_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}[\p{L}\p{M}.'’-]*) (\d{1,3})\p{Ll}?` + LONE_NUMBER_END, 'gu');
const POSTCODE_PLACE = /(?<![\p{L}\p{N}.,-]|\d )\d{4,5} \p{Lu}\p{Ll}[\p{L}\p{M}]+/u;
const NUMBER_STREET = /(?<![\p{L}\p{N}.,-]|\d )\d{1,4}\p{Ll}? \p{Lu}\p{Ll}[\p{L}\p{M}]+ \p{Lu}\p{Ll}[\p{L}\p{M}]+/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;

function hasAddressEvidence(span: string): boolean {
  if (isSampleAddress(span)) return false; // "Musterstraße 1, 12345 Musterstadt"
  // a street word is not a month ("November 26") or a function word, and its number not a year ("Juni 2026")
  // nor a country ("Fidji 31 – Zimbabwe 7": a score)
  for (const [, word, number] of span.matchAll(STREET_NUMBER))
    if (!NOT_NAME_WORDS.has(word!) && !COUNTRY_NAMES.has(word!) && !YEAR.test(number!)) return true;
  return POSTCODE_PLACE.test(span) || NUMBER_STREET.test(span);
}
