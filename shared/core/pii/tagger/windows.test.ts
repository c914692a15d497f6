// Where the tagger looks: windows around the words that could begin a name, cut at whitespace, bounded in
// tokens, with context on both sides; nothing where no word could be a name.
import { describe, expect, it } from 'vitest';
import { candidateWords, taggerWindows, type WindowOptions } from './windows.ts';

type Options = Omit<WindowOptions, 'tokensOf'> & Partial<Pick<WindowOptions, 'tokensOf'>>;
/** One token per word unless told otherwise (a stand-in tokenizer: the windows only need counts). */
const windowsOf = (text: string, opts: Options) =>
  taggerWindows(text, { tokensOf: () => 1, ...opts }).map((w) => text.slice(w.start, w.end));

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');

describe('taggerWindows', () => {
  it('reads nothing in a text with capitals but no capitalised word', () => {
    expect(windowsOf('error 0xDEADBEEF at line 42, x=Y, see /var/log/x.', { maxTokens: 62, context: 4 })).toEqual([]);
    expect(windowsOf('', { maxTokens: 62, context: 4 })).toEqual([]);
  });

  it('gives a capitalised word its context on both sides, cut at whitespace', () => {
    const text = `${words(10)} please forward this to Okonkwo, he ${words(10, 10)}`;
    expect(windowsOf(text, { maxTokens: 62, context: 3 })).toEqual(['forward this to Okonkwo, he w10 w11']);
  });

  it('joins nearby candidates into one window and starts another for a distant one', () => {
    const text = `Ana ${words(2)} Ruiz ${words(20)} Okafor ${words(5)}`;
    expect(windowsOf(text, { maxTokens: 62, context: 3 })).toEqual(['Ana w0 w1 Ruiz w0 w1 w2', 'w17 w18 w19 Okafor w0 w1 w2']);
  });

  it('keeps every window within maxTokens, and gives a candidate cut short by it a window of its own', () => {
    const text = ['Alpha', words(3), 'Bravo', words(3), 'Charlie', words(3), 'Delta', words(3)].join(' ');
    const windows = windowsOf(text, { maxTokens: 10, context: 3 });
    for (const w of windows) expect(w.split(' ').length).toBeLessThanOrEqual(10);
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) {
      // Each candidate has its full right context (3 tokens) in some window.
      expect(windows.some((w) => new RegExp(`${name}( \\S+){3}`).test(w) || w.endsWith(`${name} w0 w1 w2`))).toBe(true);
    }
  });

  it('counts tokens, not words: a word of many tokens takes more of the window', () => {
    const text = 'Zed supercalifragilistic x y';
    const tokensOf = (word: string) => (word.length > 10 ? 5 : 1);
    expect(windowsOf(text, { maxTokens: 6, context: 5, tokensOf })).toEqual(['Zed supercalifragilistic']);
  });

  it('never makes a candidate of a word longer than a window (a key, a URL) and never cuts one', () => {
    const long = 'A'.repeat(40);
    const tokensOf = (word: string) => Math.ceil(word.length / 2);
    expect(windowsOf(`${long} Maria ok`, { maxTokens: 8, context: 2, tokensOf })).toEqual(['Maria ok']);
  });

  it("passes over the tagger vocabulary's common words, and reads a name beside one through its rarer part", () => {
    const isCommonWord = (w: string) => ['The', 'Please', 'Rose'].includes(w);
    const opts = { maxTokens: 62, context: 2, isCommonWord };
    expect(windowsOf('The build is green. Please merge it.', opts)).toEqual([]);
    expect(windowsOf('The report: ask Rose Okafor today.', opts)).toEqual(['ask Rose Okafor today.']);
  });

  it('treats every word with letters as a candidate in a text written without capitals (of three words or more)', () => {
    expect(windowsOf('send it to maria lópez', { maxTokens: 62, context: 1 })).toEqual(['send it to maria lópez']);
    expect(windowsOf('triage-small', { maxTokens: 62, context: 1 })).toEqual([]);
  });

  it('names the candidate words of each window: what a finding must touch', () => {
    const text = 'The report: ask Rose Okafor today.';
    const [window] = taggerWindows(text, {
      maxTokens: 62,
      context: 2,
      tokensOf: () => 1,
      isCommonWord: (w) => ['The', 'Rose'].includes(w),
    });
    expect(window!.candidates.map((c) => text.slice(c.start, c.end))).toEqual(['Okafor']);
  });

  it('finds capitals inside punctuation and in names that are not Latin-cased the plain way', () => {
    for (const text of ['see (Nguyễn)', 'ask McAllister', 'from ÉLODIE', 'to "Øystein"']) {
      expect(windowsOf(text, { maxTokens: 62, context: 2 })).toEqual([text]);
    }
  });

  it('asks the gate about each candidate first, and counts no token when it keeps none', () => {
    const text = `${words(30)} Lieferung ${words(30)} ask Rose Okafor today.`;
    const counted: string[] = [];
    const tokensOf = (word: string) => (counted.push(word), 1);
    const none = taggerWindows(text, { maxTokens: 62, context: 2, tokensOf, keep: () => false });
    expect(none).toEqual([]);
    expect(counted).toEqual([]);
    const keepOkafor = (w: { start: number; end: number }) => text.slice(w.start, w.end) === 'Okafor';
    const windows = taggerWindows(text, { maxTokens: 62, context: 2, tokensOf, keep: keepOkafor });
    expect(windows.map((w) => text.slice(w.start, w.end))).toEqual(['ask Rose Okafor today.']);
    expect(windows[0]!.candidates.map((c) => text.slice(c.start, c.end))).toEqual(['Okafor']);
  });
});

describe('candidateWords', () => {
  it('finds the same candidates as the words one by one, by one scan of the text', () => {
    const isCommonWord = (w: string) => ['The', 'Please'].includes(w);
    const text = 'The build (McAllister) is green, ask "Øystein" or x=Y; Please merge.';
    expect(candidateWords(text, { isCommonWord }).map((w) => text.slice(w.start, w.end))).toEqual(['(McAllister)', '"Øystein"']);
    const lower = 'send it to maria lópez';
    expect(candidateWords(lower, {}).map((w) => lower.slice(w.start, w.end))).toEqual(['send', 'it', 'to', 'maria', 'lópez']);
    expect(candidateWords('triage-small', {})).toEqual([]);
  });

  it('reads a capitalised word with the parts a hyphen joins to it: a given name whose first syllable is a word', () => {
    const common = new Set(['Da', 'da', 'holt', 'dich', 'ab', 'Check', 'in', 'Peux', 'tu', 'A', 'E', 'Mail', 'und']);
    const isCommonWord = (w: string) => common.has(w);
    const text = 'Da-yeon holt dich ab. Check-in und E-Mail, Peux-tu? A-yeong und Anna-Lena';
    expect(candidateWords(text, { isCommonWord }).map((w) => text.slice(w.start, w.end))).toEqual(['Da-yeon', 'A-yeong', 'Anna-Lena']);
  });
});
