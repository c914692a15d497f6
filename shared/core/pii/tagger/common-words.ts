// The common-word lists the tagger's windows pass over, built by `npm run models:lexicon`: common-words.txt from
// real prose in six languages, technical-words.txt from their manual pages: their texts → one lookup. The tiers
// hand the texts in (the Worker bundles the files, Node reads them), so this stays free of I/O.

/**
 * In each list, `#` lines are comments; every other line is one lower-cased word. The set (some 34,000 words, a
 * few ms to build) is built by the first lookup, not at import: an isolate whose requests never reach the tagger
 * does not pay for it at start.
 */
export function commonWords(...listTexts: string[]): (letters: string) => boolean {
  let words: Set<string> | undefined;
  return (letters) => {
    words ??= wordSet(listTexts);
    const lower = letters.toLowerCase();
    return words.has(lower) || (BRITISH.test(lower) && words.has(americanSpelling(lower)));
  };
}

/**
 * British spellings the prose the lists come from writes the American way: "summarise" (a prompt's opening verb,
 * capitalised) and "colour" are words as much as "summarize" and "color".
 */
const BRITISH = /(?:is(?:e|es|ed|ing|ation|ations)|our(?:s|ed|ing)?)$/u;
function americanSpelling(word: string): string {
  return word.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1').replace(/our(s|ed|ing)?$/u, 'or$1');
}

function wordSet(listTexts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const listText of listTexts)
    for (const line of listText.split('\n')) if (line !== '' && !line.startsWith('#')) words.add(line.trim());
  return words;
}
