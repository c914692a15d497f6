// The gateway runs the tagger on windows, not whole prompts: stretches of text cut at whitespace, at most
// WINDOW_TOKENS tokens with [CLS] and [SEP], that may start and end mid-sentence with an entity at any
// position. So the examples are joined into short documents (a few sentences, some written all in lower
// case) and each document is cut into windows of random sizes — training and evaluation see the same shape.
import type { Example } from './examples.ts';
import type { Span } from './labels.ts';

export const WINDOW_TOKENS = 64;
/** Content tokens of a window: WINDOW_TOKENS without [CLS] and [SEP]. */
const CONTENT_TOKENS = WINDOW_TOKENS - 2;
const MIN_TOKENS = 12;

type Rng = () => number;

/** Counts the content tokens of one whitespace-free word (the tokenizer's pieces; memoised by the caller). */
export type WordTokens = (word: string) => number;

/** A document: 1 to `maxParts` examples of one language joined by a space or a line break; some written all in
 *  lower case. */
export function composeDocuments(examples: readonly Example[], rng: Rng, maxParts: number, lowerCaseShare: number): Example[] {
  const byLang = new Map<string, Example[]>();
  for (const e of examples) {
    if (!byLang.has(e.lang)) byLang.set(e.lang, []);
    byLang.get(e.lang)!.push(e);
  }
  const docs: Example[] = [];
  for (const same of byLang.values()) {
    for (let i = 0; i < same.length;) {
      const parts = same.slice(i, i + 1 + Math.floor(rng() * maxParts));
      i += parts.length;
      docs.push(joinParts(parts, rng, lowerCaseShare));
    }
  }
  return docs;
}

function joinParts(parts: readonly Example[], rng: Rng, lowerCaseShare: number): Example {
  let text = '';
  const spans: Span[] = [];
  for (const part of parts) {
    if (text) text += rng() < 0.7 ? ' ' : '\n';
    spans.push(...part.spans.map((s) => ({ ...s, start: s.start + text.length, end: s.end + text.length })));
    text += part.text;
  }
  const lower = text.toLowerCase();
  const lowerCase = rng() < lowerCaseShare && lower.length === text.length;
  return { lang: parts[0]!.lang, text: lowerCase ? lower : text, spans };
}

/** The document cut at whitespace into consecutive windows of MIN_TOKENS..CONTENT_TOKENS tokens (random sizes,
 *  so boundaries fall anywhere); each entity is clipped to the windows it lies in. */
export function cutWindows(doc: Example, tokens: WordTokens, rng: Rng): Example[] {
  const words = [...doc.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, n: tokens(m[0]) }));
  const windows: Example[] = [];
  let i = 0;
  while (i < words.length) {
    const budget = MIN_TOKENS + Math.floor(rng() * (CONTENT_TOKENS - MIN_TOKENS + 1));
    let j = i;
    let used = words[i]!.n;
    while (j + 1 < words.length && used + words[j + 1]!.n <= budget) used += words[++j]!.n;
    windows.push(slice(doc, words[i]!.start, words[j]!.end));
    i = j + 1;
  }
  return windows;
}

function slice(doc: Example, start: number, end: number): Example {
  const spans = doc.spans
    .filter((s) => s.start < end && start < s.end)
    .map((s) => ({ ...s, start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start }));
  return { lang: doc.lang, text: doc.text.slice(start, end), spans };
}
