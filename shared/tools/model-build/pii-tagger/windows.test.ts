import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../models/runner.ts';
import type { Example } from './examples.ts';
import { composeDocuments, cutWindows, WINDOW_TOKENS } from './windows.ts';

/** One token per letter: makes the budgets easy to check. */
const letters = (word: string) => word.length;

const doc: Example = {
  lang: 'en',
  text: 'Please send the contract to Anna Berg before Friday and copy the legal team on it',
  spans: [{ label: 'PER', start: 28, end: 37 }],
};

describe('cutWindows', () => {
  it('cuts at whitespace into windows that fit the model with [CLS] and [SEP]', () => {
    for (let seed = 1; seed < 30; seed++) {
      const windows = cutWindows(doc, letters, mulberry32(seed));
      expect(windows.map((w) => w.text).join(' ')).toBe(doc.text);
      for (const w of windows) expect(w.text.split(' ').reduce((n, word) => n + word.length, 0)).toBeLessThanOrEqual(WINDOW_TOKENS - 2);
    }
  });

  it('keeps every entity in the windows it reaches, cut in two at a window edge', () => {
    const long = { ...doc, text: `${'word '.repeat(11)}${doc.text}`, spans: [{ label: 'PER' as const, start: 83, end: 92 }] };
    const seen = new Set<string>();
    for (let seed = 1; seed < 60; seed++)
      for (const w of cutWindows(long, letters, mulberry32(seed))) for (const s of w.spans) seen.add(w.text.slice(s.start, s.end));
    expect(seen).toEqual(new Set(['Anna Berg', 'Anna', 'Berg']));
  });
});

describe('composeDocuments', () => {
  it('joins examples of one language only and moves their entities with them', () => {
    const examples: Example[] = ['en', 'de', 'en', 'de'].map((lang, i) => ({
      lang: lang as Example['lang'],
      text: `Sentence ${i} with Eva Lind.`,
      spans: [{ label: 'PER', start: 16, end: 24 }],
    }));
    const docs = composeDocuments(examples, mulberry32(3), 4, 0.5);
    for (const d of docs) {
      expect(new Set(d.text.match(/sentence \d/gi)!.map((s) => examples[Number(s.slice(-1))]!.lang))).toEqual(new Set([d.lang]));
      for (const s of d.spans) expect(d.text.slice(s.start, s.end).toLowerCase()).toBe('eva lind');
    }
  });
});
