// The other mentions of a person the tagger found: a message names someone once with a cue and then by the same
// name again without one ("The school wrote that Dalton missed eleven days. Dalton also failed maths."), and every
// mention is the person's. The rules do the same for the names they find (names.ts, `propagate`). Only name parts
// of three letters or more that are no common word are looked for ("Mann" of "Rocky Mann" is a word elsewhere),
// as whole words written the same way, or as a name where a form wrote it in capitals. Pure.
import type { Finding } from '../types.ts';
import { fromCapitals } from '../detectors/names-structured.ts';
import { isRareNamePart, nameAfter, nameEndingAt, type Reading } from './name-runs.ts';
import { overlapTest } from '../spans.ts';
import type { TextSpan } from './windows.ts';

const ALL_CAPITALS = /^\p{Lu}+$/u;
/** A word of letters (and inner hyphens or apostrophes), searched whole. */
const WORD_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** `found` with a PERSON finding added for each other mention of a name part found, in text order. */
export function withOtherMentions(text: string, found: Finding[], isCommonWord: (w: string) => boolean): Finding[] {
  const people = found.filter((f) => f.type === 'PERSON');
  if (people.length === 0) return found;
  const parts = new Map<string, Finding>(); // a name part, and the finding it was read from
  for (const f of people) {
    for (const [w] of text.slice(f.start, f.end).matchAll(WORD_RE)) {
      if (w.length < 3 || isCommonWord(w)) continue;
      parts.set(w, f);
      // a form writes the name in capitals, its prose as a name: "Name: CHATHURI RAJAPAKSHE … Chathuri arbeitet"
      if (ALL_CAPITALS.test(w)) parts.set(fromCapitals(w), f);
    }
  }
  if (parts.size === 0) return found;
  // the findings and the words both in text order: one sweep (a megabyte of names holds thousands of each)
  const taken = [...found].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1; // the furthest end of the findings that start before the word's end
  const added: Finding[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const from = parts.get(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (!from) continue;
    while (k < taken.length && taken[k]!.start < end) reach = Math.max(reach, taken[k++]!.end);
    if (reach > start) continue; // inside a finding
    const previous = added.at(-1);
    if (previous && text.slice(previous.end, start) === ' ')
      previous.end = end; // "Dalton Reyes" again: one span
    else added.push({ ...from, start, end });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/** What joins two names in a list: a comma, "and", "&" in the six languages. */
const JOINED_AFTER_RE = /^(?:[ \t]*\([^()\n]{1,30}\))?(?:,| and| und| et| y| e| en| &)[ \t]+/u;
const JOINED_BEFORE_RE = /(?:,|[ \t](?:and|und|et|y|e|en|&))[ \t]+$/u;

/**
 * `found` with the full names joined to a person found by a comma or "and": "Božo Buzev y Efimija Ilieva", "Sofe
 * Yurchyshyn en Yaromyr Kordun", "Anna Berg (chair), Y.-S. Tae, …" — a list's other names are people too. Only runs of two
 * name parts or more (name-runs.ts), so "Anna and Berlin" stays as it was.
 */
export function withJoinedNames(text: string, found: Finding[], reading: Reading): Finding[] {
  const queue = found.filter((f) => f.type === 'PERSON');
  if (queue.length === 0) return found;
  const taken = new Set(found.map((f) => f.start));
  const overlapsFound = overlapTest(found);
  const added: Finding[] = [];
  const take = (from: Finding, run: TextSpan | undefined) => {
    if (!run || taken.has(run.start) || !/\s/u.test(text.slice(run.start, run.end)) || overlapsFound(run)) return;
    taken.add(run.start);
    const person = { ...from, start: run.start, end: run.end };
    added.push(person);
    queue.push(person);
  };
  for (let i = 0; i < queue.length && added.length < MAX_JOINED; i++) {
    const f = queue[i]!;
    const after = JOINED_AFTER_RE.exec(text.slice(f.end, f.end + 40));
    if (after) {
      const at = f.end + after[0].length;
      take(f, nameAfter(text, at, 'any', reading) ?? givenAndInitialAt(text, at, reading));
    }
    const before = JOINED_BEFORE_RE.exec(text.slice(Math.max(0, f.start - 6), f.start));
    if (before) take(f, nameEndingAt(text, f.start - before[0].length, reading));
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}
/** A rare given name and an initial ending a list's item: "…, Hary A.", "…, Nambinintsoa R.". */
const GIVEN_AND_INITIAL_AT = /(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?) \p{Lu}\.(?=[ \t]*(?:[,;\r\n]|$))/uy;

function givenAndInitialAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  GIVEN_AND_INITIAL_AT.lastIndex = from;
  const m = GIVEN_AND_INITIAL_AT.exec(text);
  return m && isRareNamePart(m[1]!, reading) ? { start: from, end: from + m[0].length } : undefined;
}

/** Names a list adds at most: each is read once, and a megabyte of names stays linear. */
const MAX_JOINED = 10_000;

/** A list item's line: a bullet or a number, then the item ("- Qin Xin + Hsueh-sung", "2. Tseng Peng-hsuan (…)"). */
const LIST_ITEM_RE = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?=\S)/gmu;
const HAS_LIST_ITEM = new RegExp(LIST_ITEM_RE.source, 'mu');
/** Items of a list that must open with a person found before the list's other items count as people too. */
const MIN_PEOPLE_ITEMS = 2;

/**
 * `found` with the full names that open the other items of a list whose items open with people: a guest list, a
 * seating plan ("- Hung-wen Shen (getuige)\n- Zhijie Qin en partner\n- …"). Only runs of two name parts or more
 * (name-runs.ts), so "- Kuchen" or "- Berlin" stay as they were.
 */
export function withListedPeople(text: string, found: Finding[], reading: Reading): Finding[] {
  const people = found.filter((f) => f.type === 'PERSON');
  if (people.length < MIN_PEOPLE_ITEMS || !HAS_LIST_ITEM.test(text)) return found;
  const startsPerson = new Map(people.map((f) => [f.start, f]));
  const overlapsFound = overlapTest(found);
  const added: Finding[] = [];
  for (const block of listBlocks(text)) {
    const model = block.map((at) => startsPerson.get(at)).find((f) => f !== undefined);
    if (!model || block.filter((at) => startsPerson.has(at)).length < MIN_PEOPLE_ITEMS) continue;
    for (const at of block) {
      if (startsPerson.has(at)) continue;
      const run = nameAfter(text, at, 'any', reading);
      if (run && /\s/u.test(text.slice(run.start, run.end)) && !overlapsFound(run))
        added.push({ ...model, start: run.start, end: run.end });
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/** Where the items of each run of consecutive list lines start. */
function listBlocks(text: string): number[][] {
  const blocks: number[][] = [];
  let lastLineEnd = -2;
  for (const m of text.matchAll(LIST_ITEM_RE)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (lineStart !== lastLineEnd + 1) blocks.push([]);
    blocks.at(-1)!.push(m.index + m[0].length);
    const end = text.indexOf('\n', m.index);
    lastLineEnd = end < 0 ? text.length : end;
  }
  return blocks;
}
