// Where a token tagger looks in a text: windows around the words that could begin a name or an address, not
// the whole text (a tagger's cost grows with the tokens it reads; most words of a prompt cannot be a name).
//
//   candidate   a word with a capitalised letter run ("Maria", "(Okonkwo,", "McAllister", "ÉLODIE") — or, in a
//               text of three words or more written without capitals, any word with letters — unless that run
//               is a common word (`isCommonWord`, common-words.ts: "The", "Lieferung"; a name is rarely one,
//               and a window around a rarer part of the same name still reads it whole)
//   window      a stretch of the text cut at whitespace, at most `maxTokens` tokens, holding candidates and at
//               least `context` tokens on each side of them where the text has them; what the tagger finds
//               there counts only where it touches a candidate (the rest is context)
//
// Cutting only at whitespace keeps a window's tokens the same as the text's own (a word-piece or BPE
// tokenizer does not join across whitespace), so what the tagger reads is what the text says. Pure.

export interface WindowOptions {
  /** Most tokens in one window, without the model's special tokens. */
  maxTokens: number;
  /** Tokens of context wanted on each side of a candidate. */
  context: number;
  /** How many tokens the tagger's tokenizer makes of one whitespace-free word (asked only near candidates). */
  tokensOf(word: string): number;
  /** Whether a letter run is a common word, never a candidate on its own (default: none is). */
  isCommonWord?(letters: string): boolean;
}

/** A span of the text: UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A window, and the candidate words in it (what the tagger is asked about: a finding must touch one). */
export interface TextWindow extends TextSpan {
  candidates: TextSpan[];
}

const CAPITALISED_RUN = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]+/gu;
const LETTER_RUN = /[\p{L}\p{M}]{2,}/gu;
const ANY_CAPITAL = /\p{Lu}/u;
/** A lower-case text shorter than this (a model id, a role, an enum value) has no context to tell a name by. */
const MIN_LOWERCASE_WORDS = 3;

/** The windows the tagger should read, in text order. */
export function taggerWindows(text: string, opts: WindowOptions): TextWindow[] {
  const list = wordsOf(text, opts);
  const windows: TextWindow[] = [];
  let next = nextCandidate(list, 0);
  while (next >= 0) {
    const { first, last, next: after } = windowAround(list, next, opts);
    const candidates: TextSpan[] = [];
    for (let i = first; i <= last; i++) if (list.candidate(i)) candidates.push({ start: list.words[i]!.start, end: list.words[i]!.end });
    windows.push({ start: list.words[first]!.start, end: list.words[last]!.end, candidates });
    next = after;
  }
  return windows;
}

/** A whitespace-separated word; its tokens are counted, and its candidacy decided, when a window needs them. */
interface Word {
  start: number;
  end: number;
  tokens?: number;
  candidate?: boolean;
}

interface WordList {
  words: readonly Word[];
  tokens(i: number): number;
  candidate(i: number): boolean;
}

function wordsOf(text: string, opts: WindowOptions): WordList {
  const words: Word[] = [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const capitals = ANY_CAPITAL.test(text);
  if (!capitals && words.length < MIN_LOWERCASE_WORDS) return { words, tokens: () => 0, candidate: () => false };
  const runs = capitals ? CAPITALISED_RUN : LETTER_RUN;
  const tokens = (i: number) => (words[i]!.tokens ??= opts.tokensOf(text.slice(words[i]!.start, words[i]!.end)));
  const candidate = (i: number) =>
    (words[i]!.candidate ??= isCandidate(text.slice(words[i]!.start, words[i]!.end), runs, opts) && fitsAlone(i));
  const fitsAlone = (i: number) => tokens(i) > 0 && tokens(i) <= opts.maxTokens;
  return { words, tokens, candidate };
}

/** Has a letter run of the wanted shape that is not a common word. */
function isCandidate(word: string, runs: RegExp, { isCommonWord }: WindowOptions): boolean {
  for (const m of word.matchAll(runs)) if (!isCommonWord?.(m[0])) return true;
  return false;
}

/**
 * One window starting up to `context` tokens before candidate `at` and running on while it has room, until
 * `context` tokens after the last candidate in it. `next`: the candidate the next window starts at (-1: none) —
 * the first one after this window, or, when the window ran out of room, its last candidate (it lacks its right
 * context here).
 */
function windowAround(list: WordList, at: number, { maxTokens, context }: WindowOptions) {
  const { words, tokens, candidate } = list;
  let first = at;
  let used = tokens(at);
  while (first > 0 && used - tokens(at) + tokens(first - 1) <= context && used + tokens(first - 1) <= maxTokens) used += tokens(--first);
  let last = at;
  let sinceCandidate = 0;
  let lastCandidate = at;
  while (last + 1 < words.length && sinceCandidate < context && used + tokens(last + 1) <= maxTokens) {
    used += tokens(++last);
    sinceCandidate = candidate(last) ? 0 : sinceCandidate + tokens(last);
    if (candidate(last)) lastCandidate = last;
  }
  const ranOutOfRoom = sinceCandidate < context && last + 1 < words.length;
  const resumeFrom = ranOutOfRoom && lastCandidate > at ? lastCandidate : last + 1;
  return { first, last, next: nextCandidate(list, resumeFrom) };
}

function nextCandidate(list: WordList, from: number): number {
  for (let i = from; i < list.words.length; i++) if (list.candidate(i)) return i;
  return -1;
}
