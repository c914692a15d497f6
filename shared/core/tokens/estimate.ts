// A fast token estimator for routing by size. Real BPE tokenizers cost ~70 µs per KB in JS (gpt-tokenizer,
// o200k_base, measured in `npm run bench`), more than the whole scan-and-route budget, so the hot path uses
// this single pass over character classes instead, calibrated against o200k_base (see estimate.test.ts for
// the error bound it keeps).

// Character classes, by UTF-16 code unit.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const NEWLINE = 4;
const PUNCT = 5;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z]/.test(ch)
    ? LETTER
    : /[0-9]/.test(ch)
      ? DIGIT
      : ch === '\n'
        ? NEWLINE
        : /\s/.test(ch)
          ? SPACE
          : c < 32
            ? OTHER
            : PUNCT;
}

/** Letters per token inside a word: BPE merges common words whole and splits long or rare ones. */
const LETTERS_PER_TOKEN = 8;
/** o200k_base splits digit runs into groups of up to three. */
const DIGITS_PER_TOKEN = 3;

/** Estimated number of tokens (o200k_base-like) in `text`. Pure, allocation-free, O(n). */
export function estimateTokens(text: string): number {
  let tokens = 0;
  let run = 0; // length of the current letter run
  let digits = 0; // length of the current digit run
  let punct = 0; // length of the current punctuation run, minus one
  let prev = SPACE;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let cls: number;
    if (code < 128) cls = ASCII_CLASS[code]!;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // Astral characters (emoji, rare CJK): usually 1–3 byte-level tokens each.
      tokens += 2;
      i++;
      prev = OTHER;
      continue;
    } else if (code >= 0x2e80 && code <= 0x9fff)
      cls = OTHER; // CJK: about one token per character
    else if (code >= 0x2000 && code <= 0x206f)
      cls = PUNCT; // general punctuation: dashes, quotes
    else cls = LETTER; // accented Latin, Greek, Cyrillic: part of words, but costlier (see below)

    if (cls === LETTER) {
      // A word starts a token, and every further LETTERS_PER_TOKEN letters add one; non-ASCII letters
      // weigh double because BPE vocabularies hold fewer whole words with them.
      if (prev !== LETTER) {
        run = 0;
        tokens++;
      }
      run += code < 128 ? 1 : 2;
      if (run > LETTERS_PER_TOKEN) {
        tokens++;
        run -= LETTERS_PER_TOKEN;
      }
    } else if (cls === DIGIT) {
      if (prev !== DIGIT) digits = 0;
      if (digits++ % DIGITS_PER_TOKEN === 0) tokens++;
    } else if (cls === PUNCT || cls === OTHER) {
      // Punctuation runs ("----", "});", "\",") merge into about one token per two characters.
      if (cls === PUNCT && prev === PUNCT) {
        if ((punct++ & 1) === 1) tokens++;
      } else {
        punct = 0;
        tokens++;
      }
    } else if (cls === NEWLINE) {
      if (prev !== NEWLINE) tokens++;
    } else if (prev === SPACE && cls === SPACE) {
      // Indentation: a run of spaces becomes one token per few spaces.
      if ((i & 3) === 0) tokens++;
    }
    prev = cls;
  }
  return tokens;
}
