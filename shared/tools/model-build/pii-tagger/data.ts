// Stage 1 of the pipeline: corpus → examples (train and held-out) → vocabulary → token ids and BIO labels,
// written as JSON lines for the trainer (train.py) and the evaluation. Returns the seeds and hashes the
// model card records.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenizer } from '../../../models/hf/tokenizer.ts';
import { loadCorpus } from './corpus.ts';
import { generateSplit, textsWithoutEntities, type Example } from './examples.ts';
import { tokenLabels } from './labels.ts';
import { tokenizerFiles, learnVocab } from './vocab.ts';

export const SEEDS = { train: 1401, heldout: 2402 } as const;
export const COUNTS = { train: 36000, heldout: 3000 } as const;
export const VOCAB_SIZE = 3200;
export const MAX_LENGTH = 256;

export interface DataSummary {
  corpus: { sentences: number; sha256: string; bySource: Record<string, number> };
  splits: Record<'train' | 'heldout', { seed: number; examples: number; withEntities: number; tokens: number; sha256: string }>;
  vocabSize: number;
  tokenizerFiles: Record<string, unknown>;
  heldout: Example[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function encodeSplit(tok: ReturnType<typeof createTokenizer>, examples: Example[]): { lines: string; tokens: number } {
  let tokens = 0;
  const lines = examples.map((ex) => {
    const enc = tok.encode(ex.text, { maxLength: MAX_LENGTH });
    tokens += enc.ids.length;
    return JSON.stringify({ ids: enc.ids, labels: tokenLabels(enc, ex.spans) });
  });
  return { lines: lines.join('\n') + '\n', tokens };
}

export function buildData(workDir: string, log: (msg: string) => void): DataSummary {
  mkdirSync(workDir, { recursive: true });
  const corpus = loadCorpus();
  if (corpus.length === 0)
    throw new Error('no carrier sentences: apt-get install debian-handbook fortunes fortunes-de fortunes-es fortunes-it');
  const bySource: Record<string, number> = {};
  for (const c of corpus) bySource[`${c.source}/${c.lang}`] = (bySource[`${c.source}/${c.lang}`] ?? 0) + 1;
  log(`corpus: ${corpus.length} sentences ${JSON.stringify(bySource)}`);
  const train = generateSplit(corpus, { split: 'train', seed: SEEDS.train, count: COUNTS.train });
  const heldout = generateSplit(corpus, { split: 'heldout', seed: SEEDS.heldout, count: COUNTS.heldout });
  const vocab = learnVocab(textsWithoutEntities(train), VOCAB_SIZE);
  const files = tokenizerFiles(vocab, MAX_LENGTH);
  const tok = createTokenizer(files['tokenizer.json'], files['tokenizer_config.json']);
  const splits = {} as DataSummary['splits'];
  for (const [name, examples] of [
    ['train', train],
    ['heldout', heldout],
  ] as const) {
    const { lines, tokens } = encodeSplit(tok, examples);
    writeFileSync(join(workDir, `${name}.jsonl`), lines);
    const withEntities = examples.filter((e) => e.spans.length > 0).length;
    splits[name] = { seed: SEEDS[name], examples: examples.length, withEntities, tokens, sha256: sha256(lines) };
    log(`${name}: ${examples.length} examples (${withEntities} with entities), ${tokens} tokens`);
  }
  writeFileSync(join(workDir, 'heldout-examples.jsonl'), heldout.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const corpusText = corpus.map((c) => `${c.lang}\t${c.source}\t${c.text}`).join('\n');
  return {
    corpus: { sentences: corpus.length, sha256: sha256(corpusText), bySource },
    splits,
    vocabSize: vocab.length,
    tokenizerFiles: files,
    heldout,
  };
}
