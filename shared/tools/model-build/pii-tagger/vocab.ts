// The tagger's WordPiece tokenizer, learnt from the training texts: cased (capitals are a strong cue for
// names), accents kept. Vocabulary = specials, every Latin letter (Basic Latin to Latin Extended-B, plus the
// letters the training text uses) as a word start and as a `##` continuation — so a name in an unseen
// spelling still splits into pieces instead of becoming [UNK] — then the most frequent whole words, then the
// most frequent word starts and endings. Written in the files a BERT export publishes (fixtures/wordpiece.ts).
import { SPECIAL_TOKENS, specialTokensMap, tokenizerConfig, tokenizerJson } from '../fixtures/wordpiece.ts';

/** Words as BertPreTokenizer cuts them: runs of letters/digits; each punctuation character on its own. */
export function preTokenize(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of preTokenize(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function baseCharacters(counts: Map<string, number>): string[] {
  const chars = new Set<string>();
  for (let c = 0x21; c <= 0x24f; c++) if (c < 0x7f || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) chars.add(String.fromCodePoint(c));
  const seen = new Map<string, number>();
  for (const [w, n] of counts) for (const ch of w) seen.set(ch, (seen.get(ch) ?? 0) + n);
  for (const [ch, n] of seen) if (n >= 20) chars.add(ch);
  return [...chars].sort();
}

function topK(scores: Map<string, number>, k: number, exclude: Set<string>): string[] {
  return [...scores]
    .filter(([piece]) => !exclude.has(piece))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, Math.max(0, k))
    .map(([piece]) => piece);
}

/** Word starts (length 2–6) and `##` continuations (length 2–4, anywhere after the first letter), by frequency. */
function pieceScores(counts: Map<string, number>): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (p: string, n: number) => scores.set(p, (scores.get(p) ?? 0) + n * p.length);
  for (const [w, n] of counts) {
    const chars = [...w];
    for (let len = 2; len <= Math.min(6, chars.length - 1); len++) add(chars.slice(0, len).join(''), n);
    for (let start = 1; start < chars.length - 1; start++)
      for (let len = 2; len <= Math.min(4, chars.length - start); len++) add(`##${chars.slice(start, start + len).join('')}`, n);
  }
  return scores;
}

/** A vocabulary of about `size` entries, in id order ([PAD] = 0). */
export function learnVocab(texts: Iterable<string>, size: number): string[] {
  const counts = countWords(texts);
  const chars = baseCharacters(counts);
  const vocab = [...SPECIAL_TOKENS, ...chars, ...chars.map((c) => `##${c}`)];
  const taken = new Set(vocab);
  const budget = size - vocab.length;
  const words = topK(new Map([...counts].filter(([w]) => [...w].length > 1)), Math.floor(budget * 0.6), taken);
  words.forEach((w) => taken.add(w));
  const pieces = topK(pieceScores(counts), size - vocab.length - words.length, taken);
  return [...vocab, ...words, ...pieces];
}

/** tokenizer.json, tokenizer_config.json and special_tokens_map.json for a cased WordPiece vocabulary. */
export function tokenizerFiles(vocab: readonly string[], maxLength: number): Record<string, unknown> {
  const json = tokenizerJson(vocab);
  json['normalizer'] = { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: false };
  return {
    'tokenizer.json': json,
    'tokenizer_config.json': { ...tokenizerConfig(maxLength), do_lower_case: false, strip_accents: false },
    'special_tokens_map.json': specialTokensMap(),
  };
}
