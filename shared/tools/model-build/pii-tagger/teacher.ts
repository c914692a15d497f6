// The rule detectors as a partial teacher (issue 14: "the rule detector may label where it is certain,
// never as the only teacher"). Over every carrier sentence the rules' PERSON and ADDRESS detectors run:
// - certain: a strong-cue PERSON finding (score ≥ 0.75) shaped like a full name (two or more capitalised
//   words, particles allowed) becomes a PER label of that sentence — real names in real text;
// - uncertain: any other PERSON or ADDRESS finding (a capitalised noun after "Lieber", a single word after a
//   title) — the sentence is left out, neither positive nor negative;
// - certain absence: no finding at all. Such sentences that hold a word the rules' gazetteer knows as a
//   given name, used as an ordinary word (lower case, or first word of the sentence: Dutch "elke", Italian
//   "nella"), are the hard negatives the tagger must learn; they are drawn more often.
import { addressDetector } from '../../../core/pii/detectors/addresses.ts';
import { isGivenName } from '../../../core/pii/detectors/names-gazetteer.ts';
import { personNameDetector } from '../../../core/pii/detectors/names.ts';
import type { CarrierSentence } from './corpus.ts';
import type { Span } from './labels.ts';

export type Verdict = 'positive' | 'uncertain' | 'negative' | 'hard-negative';

export interface TaughtSentence extends CarrierSentence {
  verdict: Verdict;
  /** The rules' certain PER spans ('positive' only). */
  spans: Span[];
}

const CERTAIN_SCORE = 0.75;
const NAME_WORD = /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|van|von|der|den|de|la|del|di|da|dos|du|le|zu|ter|bin|al-\p{L}+)$/u;

/** Two or more words, capitalised or particles, the first and last capitalised: "Gordon Dey", "Herbert von Karajan". */
function fullNameShaped(value: string): boolean {
  const words = value.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words.at(-1)!);
}

/** A word the gazetteer knows as a given name, used as an ordinary word: lower case, or the sentence's first. */
function holdsWordlikeGivenName(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.some((w, i) => {
    const capitalised = w[0]!.toUpperCase() + w.slice(1);
    return w.length > 2 && (w === w.toLowerCase() || i === 0) && isGivenName(capitalised);
  });
}

export function teach(sentence: CarrierSentence): TaughtSentence {
  const { text } = sentence;
  const addresses = addressDetector.detect(text);
  const persons = personNameDetector.detect(text);
  if (addresses.length === 0 && persons.length === 0)
    return { ...sentence, verdict: holdsWordlikeGivenName(text) ? 'hard-negative' : 'negative', spans: [] };
  const certain = persons.filter((f) => f.score >= CERTAIN_SCORE && fullNameShaped(text.slice(f.start, f.end)));
  if (addresses.length > 0 || certain.length !== persons.length) return { ...sentence, verdict: 'uncertain', spans: [] };
  return { ...sentence, verdict: 'positive', spans: certain.map((f) => ({ label: 'PER' as const, start: f.start, end: f.end })) };
}

/** Every carrier with its verdict, and how many of each (for the model card). */
export function teachCorpus(corpus: readonly CarrierSentence[]): { sentences: TaughtSentence[]; verdicts: Record<Verdict, number> } {
  const verdicts: Record<Verdict, number> = { positive: 0, uncertain: 0, negative: 0, 'hard-negative': 0 };
  const sentences = corpus.map(teach);
  for (const s of sentences) verdicts[s.verdict]++;
  return { sentences, verdicts };
}
