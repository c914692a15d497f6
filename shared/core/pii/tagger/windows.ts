// Where a token tagger looks in a text: windows around the words that could begin a name or an address, not
// the whole text (a tagger's cost grows with the tokens it reads; most words of a prompt cannot be a name).
//
//   candidate   a word with a capitalised letter run ("Maria", "(Okonkwo,", "McAllister", "ÉLODIE", "Da-yeon") — or, in a
//               text of three words or more written without capitals, any word with letters — unless that run
//               is a common word (`isCommonWord`, common-words.ts: "The", "Lieferung"; a name is rarely one,
//               and a window around a rarer part of the same name still reads it whole)
//   window      a stretch of the text cut at whitespace, at most `maxTokens` tokens, holding candidates and at
//               least `context` tokens on each side of them where the text has them; what the tagger finds
//               there counts only where it touches a candidate (the rest is context)
//
//   gate        a candidate may also be asked whether a window around it is worth reading at all (`keep`: the
//               evidence gate, evidence.ts's `mayHaveEvidence`); candidates are found by one scan of the text and
//               gated before it is split into words or a token is counted, so an ordinary prompt (no name-shaped
//               pair, no cue) costs that scan and a few gate calls, and no tokenizer call
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
  /**
   * Whether a candidate word is worth a window (the evidence gate: could a finding on it count?), asked before any
   * word is split or token counted, so a text whose candidates all fail costs one scan (default: every one is).
   */
  keep?(word: TextSpan): boolean;
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

/** A capitalised letter run and the parts a hyphen joins to it ("Maria", "Ye-seul", "A-yeong", "Anna-Lena"). */
const CAPITALISED_RUN = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*/gu;
const LETTER_RUN = /[\p{L}\p{M}]{2,}/gu;
const ANY_CAPITAL = /\p{Lu}/u;
/** A lower-case text shorter than this (a model id, a role, an enum value) has no context to tell a name by. */
const MIN_LOWERCASE_WORDS = 3;

/** The windows the tagger should read, in text order. */
export function taggerWindows(text: string, opts: WindowOptions): TextWindow[] {
  const wanted = candidateWords(text, opts).filter((word) => opts.keep?.(word) ?? true);
  if (wanted.length === 0) return []; // the usual clean prompt: no word split, no token counted
  const list = wordsOf(text, new Set(wanted.map((w) => w.start)), opts);
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

/**
 * The candidate words of a text (whitespace-separated, in text order), found by one scan for letter runs over the
 * whole text: a run never crosses whitespace, so a word is a candidate when one of its runs is (see above).
 */
export function candidateWords(text: string, { isCommonWord }: Pick<WindowOptions, 'isCommonWord'>): TextSpan[] {
  const capitals = ANY_CAPITAL.test(text);
  if (!capitals && !hasWords(text, MIN_LOWERCASE_WORDS)) return [];
  const words: TextSpan[] = [];
  for (const m of text.matchAll(capitals ? CAPITALISED_RUN : LETTER_RUN)) {
    if (m[0].length < 2 || m.index < (words.at(-1)?.end ?? 0) || isCommonRun(m[0], isCommonWord)) continue;
    words.push(wordAround(text, m.index, m.index + m[0].length));
  }
  return words;
}

/**
 * Whether a letter run is a common word, or words a hyphen joins that are each common ("Check-in", "Peux-tu"): a
 * given name of short syllables ("Da-yeon", "Na-hyeon") has a part no lexicon holds, though its first often is a
 * word ("da", "na").
 */
function isCommonRun(run: string, isCommonWord: WindowOptions['isCommonWord']): boolean {
  if (!isCommonWord) return false;
  if (!run.includes('-')) return isCommonWord(run);
  return isCommonWord(run) || run.split('-').every((part) => part.length < 2 || isCommonWord(part));
}

/** The whitespace-separated word holding text[start, end). */
function wordAround(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
  while (to < text.length && !/\s/u.test(text[to]!)) to++;
  return { start: from, end: to };
}

function hasWords(text: string, n: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(/\S+/gu)) if (++count >= n) return true;
  return false;
}

/** A whitespace-separated word; its tokens are counted when a window needs them. */
interface Word {
  start: number;
  end: number;
  tokens?: number;
}

interface WordList {
  words: readonly Word[];
  tokens(i: number): number;
  candidate(i: number): boolean;
}

/** The text's words; the candidates among them are those starting at `candidateStarts` that fit a window alone. */
function wordsOf(text: string, candidateStarts: ReadonlySet<number>, opts: WindowOptions): WordList {
  const words: Word[] = [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const tokens = (i: number) => (words[i]!.tokens ??= opts.tokensOf(text.slice(words[i]!.start, words[i]!.end)));
  const candidate = (i: number) => candidateStarts.has(words[i]!.start) && tokens(i) > 0 && tokens(i) <= opts.maxTokens;
  return { words, tokens, candidate };
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
