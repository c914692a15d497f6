// The common-word list the tagger's windows pass over (common-words.txt, built by `npm run models:lexicon` from
// real prose in six languages): its text → a lookup. The tiers hand the text in (the Worker bundles the file,
// Node reads it), so this stays free of I/O.

/** `#` lines are comments; every other line is one lower-cased word. */
export function commonWords(listText: string): (letters: string) => boolean {
  const words = new Set<string>();
  for (const line of listText.split('\n')) if (line !== '' && !line.startsWith('#')) words.add(line.trim());
  return (letters) => words.has(letters.toLowerCase());
}
