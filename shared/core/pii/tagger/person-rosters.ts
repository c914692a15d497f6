// A roster: lines in a row that each give a short label and, after its colon, who is there — an exam's seating plan
// ("Place 1 : Rizov, Tashko", "Banco 2: Koco, Nedelka"), a volunteers' rota ("Maandag: kweku", "Cucina: afia,
// nigora", "Cassa: U. Bojadjieva"). No label says "person": the values do. A block of lines is a roster when one of
// its values has a shape only a person's name has — "Surname, Given" or an initial and a surname, each word rare —
// and most of its lines name people that way or with rare words only; then those rare words are names too, in any
// case. Found without the model; pure.
import { NOT_NAME_WORDS } from '../detectors/names-gazetteer.ts';
import { titleCase } from '../detectors/names-structured.ts';
import { VOWEL_RE } from '../detectors/names-transcripts.ts';
import { isRareNamePart, surnameCommaGivenAt, type Reading } from './name-runs.ts';
import type { TextSpan } from './windows.ts';

/** A label of up to three words (a number may close it), its colon, a short value: one line of a roster. */
const ROSTER_LINE_RE =
  /^[ \t]*(?:[-*•][ \t]+)?\p{L}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,2}(?:[ \t]+\d{1,3})?[ \t]*:[ \t]+(\S[^\n]{0,58}?)[ \t]*$/gmu;
/** An initial and a capitalised word: "U. Bojadjieva". */
const INITIAL_SURNAME = /^\p{Lu}\. (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?)$/u;
/** Between the people of one value: "afia, nigora", "Ana und Goran". */
const ITEM_SEPARATOR = /,[ \t]*|[ \t]+(?:and|und|et|y|e|en|&)[ \t]+/u;
/** The value split into its items and the separators between them (kept, to count offsets). */
const ITEM_SPLIT = new RegExp(`(${ITEM_SEPARATOR.source})`, 'u');
/** One to three words of letters (a hyphen or an apostrophe may join parts). */
const ITEM_WORDS = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?: [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*){0,2}$/u;

interface RosterValue {
  /** Where the value starts in the text. */
  start: number;
  value: string;
}

/** The names the roster blocks of `text` give, in text order. */
export function rosterNames(text: string, reading: Reading): TextSpan[] {
  if (!text.includes(':')) return [];
  const out: TextSpan[] = [];
  for (const block of rosterBlocks(text)) {
    if (block.length < 2) continue;
    const strong = block.map((line) => personShaped(text, line, reading));
    if (!strong.some((span) => span !== undefined)) continue;
    const people = block.map((line, i) => (strong[i] ? [strong[i]] : rareItems(line, reading)));
    // most lines name people: a recipe's "Kategorie: Auflauf, Beilagen" beside "Für: 4 Gedecke" is no roster
    const lines = people.filter((spans) => spans.length > 0).length;
    if (lines >= 2 && lines * 2 > block.length) out.push(...people.flat());
  }
  return out;
}

/** The values of lines of the roster shape, grouped by runs of consecutive lines. */
function rosterBlocks(text: string): RosterValue[][] {
  const blocks: RosterValue[][] = [];
  let lastLineEnd = -2;
  for (const m of text.matchAll(ROSTER_LINE_RE)) {
    const value = m[1]!;
    const line: RosterValue = { start: m.index + m[0].lastIndexOf(value), value };
    if (m.index === lastLineEnd + 1) blocks.at(-1)!.push(line);
    else blocks.push([line]);
    lastLineEnd = m.index + m[0].length;
  }
  return blocks;
}

/** The value when it is "Surname, Given" or "U. Surname" alone, each word a rare one. */
function personShaped(text: string, line: RosterValue, reading: Reading): TextSpan | undefined {
  const inverted = surnameCommaGivenAt(text, line.start, reading);
  if (inverted && inverted.end - inverted.start === line.value.length) return inverted;
  const initial = INITIAL_SURNAME.exec(line.value);
  if (initial && isRareNamePart(initial[1]!, reading)) return { start: line.start, end: line.start + line.value.length };
  return undefined;
}

/** The value's items whose every word is a rare one with a vowel ("afia", "nigora"; not "chi resta"). */
function rareItems(line: RosterValue, reading: Reading): TextSpan[] {
  const spans: TextSpan[] = [];
  let at = 0;
  for (const part of line.value.split(ITEM_SPLIT)) {
    const item = part.trim();
    if (item && !ITEM_SEPARATOR.test(part) && ITEM_WORDS.test(item) && item.split(' ').every((w) => rareWord(w, reading))) {
      const start = line.start + at + part.indexOf(item);
      spans.push({ start, end: start + item.length });
    }
    at += part.length;
  }
  return spans;
}

function rareWord(word: string, reading: Reading): boolean {
  return word.length >= 3 && VOWEL_RE.test(word) && !NOT_NAME_WORDS.has(titleCase(word)) && isRareNamePart(word, reading);
}
