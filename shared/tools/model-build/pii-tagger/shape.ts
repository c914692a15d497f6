// The tagger's size and training settings (one place: the pipeline, the card and the artifact's test read them).
import { MAX_LENGTH, VOCAB_SIZE } from './data.ts';
import type { TaggerShape } from './package.ts';

export const SHAPE: TaggerShape = { vocabSize: VOCAB_SIZE, hidden: 64, heads: 4, intermediate: 256, layers: 2, maxPositions: MAX_LENGTH };
export const TRAINING = { dropout: 0.1, lr: 0.003, batch: 32, epochs: 4, entity_weight: 2.0, seed: 1403 } as const;
