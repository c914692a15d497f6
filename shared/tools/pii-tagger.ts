// The PII tagger on Node, as `triage pii score --tagger` and the benchmarks run it: a token-classification
// folder (INT8, as the Worker runs it) on onnxruntime-node, one thread, with the common-word list the edge
// bundles (shared/core/pii/tagger/common-words.txt and technical-words.txt).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { commonWords } from '../core/pii/tagger/common-words.ts';
import type { EntityTagger } from '../core/pii/tagger/tagger.ts';
import { loadEntityTagger, type EntityTaggerOptions } from '../models/entity-tagger.ts';
import { directorySource } from '../models/hf/folder.ts';
import type { OrtLike } from '../models/runner.ts';

/** The committed tagger folder. */
export const TAGGER_FOLDER = join(import.meta.dirname, '..', 'models', 'pii-tagger');
const WORD_LISTS = ['common-words.txt', 'technical-words.txt'].map((f) => join(import.meta.dirname, '..', 'core', 'pii', 'tagger', f));

/** The common-word lookup the edge bundles. */
export function nodeCommonWords(): (letters: string) => boolean {
  return commonWords(...WORD_LISTS.map((path) => readFileSync(path, 'utf8')));
}

export function loadNodeTagger(dir = TAGGER_FOLDER, opts: EntityTaggerOptions = {}): Promise<EntityTagger> {
  return loadEntityTagger(ortNode as unknown as OrtLike, directorySource(dir, readFile), {
    variant: 'q8',
    sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 },
    isCommonWord: nodeCommonWords(),
    // offline (the scorer hands in a whole set at once): no per-request window budget unless asked for
    maxWindows: Number.POSITIVE_INFINITY,
    ...opts,
  });
}
