// Stage 1 of the pipeline: corpus → the rule teacher's verdicts → examples (train and held-out) → documents
// → windows of the gateway's size → vocabulary → token ids and BIO labels, written as JSON lines for the
// trainer (train.py); the held-out documents and windows are kept for the evaluation. Returns the seeds,
// counts and hashes the model card records.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../../models/runner.ts';
import { createTokenizer, type HfTokenizer } from '../../../models/hf/tokenizer.ts';
import { loadCorpus } from './corpus.ts';
import { generateSplit, textsWithoutEntities, type Example } from './examples.ts';
import { tokenLabels } from './labels.ts';
import { teachCorpus, type Verdict } from './teacher.ts';
import { tokenizerFiles, learnVocab } from './vocab.ts';
import { composeDocuments, cutWindows, WINDOW_TOKENS, type WordTokens } from './windows.ts';

export const SEEDS = { train: 1401, heldout: 2402 } as const;
export const COUNTS = { train: 64000, heldout: 6000 } as const;
/** Examples joined into one document (at most), and how many different cuts into windows each document gets. */
const PARTS = { train: 4, heldout: 3 } as const;
const CUTS = { train: 1, heldout: 1 } as const;
/** Documents written all in lower case (the gateway also runs the tagger on such texts): more in training,
 *  where names in lower case are the hardest case. */
const LOWER_CASE = { train: 0.2, heldout: 0.08 } as const;
export const VOCAB_SIZE = 3200;
export const MAX_LENGTH = WINDOW_TOKENS;

type SplitName = 'train' | 'heldout';

export interface HeldoutWindow extends Example {
  /** Index of the document the window was cut from. */
  doc: number;
}

export interface DataSummary {
  corpus: { sentences: number; sha256: string; bySource: Record<string, number>; verdicts: Record<Verdict, number> };
  splits: Record<
    SplitName,
    { seed: number; examples: number; documents: number; windows: number; withEntities: number; tokens: number; sha256: string }
  >;
  /** Entity spans in the training windows, and how many of them the rule detectors labelled. */
  labels: { spans: number; fromRules: number };
  vocabSize: number;
  tokenizerFiles: Record<string, unknown>;
  heldout: { documents: Example[]; windows: HeldoutWindow[] };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function encodeWindows(tok: HfTokenizer, windows: readonly Example[]): { lines: string; tokens: number } {
  let tokens = 0;
  const lines = windows.map((w) => {
    const enc = tok.encode(w.text, { maxLength: MAX_LENGTH });
    tokens += enc.ids.length;
    return JSON.stringify({ ids: enc.ids, labels: tokenLabels(enc, w.spans) });
  });
  return { lines: lines.join('\n') + '\n', tokens };
}

/** Content tokens per whitespace-free word, memoised (WordPiece cuts each word on its own). */
function wordTokens(tok: HfTokenizer): WordTokens {
  const memo = new Map<string, number>();
  return (word) => {
    let n = memo.get(word);
    if (n === undefined) memo.set(word, (n = tok.encode(word).ids.length - 2));
    return n;
  };
}

function windowsOf(docs: readonly Example[], tokens: WordTokens, split: SplitName): HeldoutWindow[] {
  const rng = mulberry32(SEEDS[split] + 7);
  return docs.flatMap((doc, i) =>
    Array.from({ length: CUTS[split] }, () => cutWindows(doc, tokens, rng).map((w) => ({ ...w, doc: i }))).flat(),
  );
}

export function buildData(workDir: string, log: (msg: string) => void): DataSummary {
  mkdirSync(workDir, { recursive: true });
  const corpus = loadCorpus();
  if (corpus.length === 0)
    throw new Error('no carrier sentences: apt-get install debian-handbook fortunes fortunes-de fortunes-es fortunes-it');
  const bySource: Record<string, number> = {};
  for (const c of corpus) bySource[`${c.source}/${c.lang}`] = (bySource[`${c.source}/${c.lang}`] ?? 0) + 1;
  const { sentences, verdicts } = teachCorpus(corpus);
  log(`corpus: ${corpus.length} sentences ${JSON.stringify(bySource)}; rule teacher: ${JSON.stringify(verdicts)}`);
  const examples = {
    train: generateSplit(sentences, { split: 'train', seed: SEEDS.train, count: COUNTS.train }),
    heldout: generateSplit(sentences, { split: 'heldout', seed: SEEDS.heldout, count: COUNTS.heldout }),
  };
  const vocab = learnVocab(textsWithoutEntities(examples.train), VOCAB_SIZE);
  const files = tokenizerFiles(vocab, MAX_LENGTH);
  const tok = createTokenizer(files['tokenizer.json'], files['tokenizer_config.json']);
  const tokens = wordTokens(tok);
  const splits = {} as DataSummary['splits'];
  const cut = {} as Record<SplitName, { documents: Example[]; windows: HeldoutWindow[] }>;
  for (const name of ['train', 'heldout'] as const) {
    const documents = composeDocuments(examples[name], mulberry32(SEEDS[name] + 3), PARTS[name], LOWER_CASE[name]);
    const windows = windowsOf(documents, tokens, name);
    cut[name] = { documents, windows };
    const { lines, tokens: count } = encodeWindows(tok, windows);
    writeFileSync(join(workDir, `${name}.jsonl`), lines);
    const withEntities = windows.filter((e) => e.spans.length > 0).length;
    splits[name] = {
      seed: SEEDS[name],
      examples: examples[name].length,
      documents: documents.length,
      windows: windows.length,
      withEntities,
      tokens: count,
      sha256: sha256(lines),
    };
    log(
      `${name}: ${examples[name].length} examples → ${documents.length} documents → ${windows.length} windows (${withEntities} with entities), ${count} tokens`,
    );
  }
  writeFileSync(join(workDir, 'heldout-windows.jsonl'), cut.heldout.windows.map((w) => JSON.stringify(w)).join('\n') + '\n');
  const trainSpans = cut.train.windows.flatMap((w) => w.spans);
  const labels = { spans: trainSpans.length, fromRules: trainSpans.filter((s) => s.rule).length };
  log(`training labels: ${labels.spans} entity spans, ${labels.fromRules} from the rule teacher`);
  const corpusText = corpus.map((c) => `${c.lang}\t${c.source}\t${c.text}`).join('\n');
  return {
    corpus: { sentences: corpus.length, sha256: sha256(corpusText), bySource, verdicts },
    splits,
    labels,
    vocabSize: vocab.length,
    tokenizerFiles: files,
    heldout: cut.heldout,
  };
}
