// The tagger's size and training settings (one place: the pipeline, the card and the artifact's test read them).
import { MAX_LENGTH, VOCAB_SIZE } from './data.ts';
import type { TaggerShape } from './package.ts';

// ReLU, 2 heads and a narrow feed-forward layer: in onnxruntime-web (WASM) erf, many small attention heads
// and the wide feed-forward layer cost most of a window's time.
export const SHAPE: TaggerShape = {
  vocabSize: VOCAB_SIZE,
  hidden: 64,
  heads: 2,
  intermediate: 128,
  layers: 2,
  maxPositions: MAX_LENGTH,
  activation: 'relu',
};
export const TRAINING = { dropout: 0.1, lr: 0.004, batch: 64, epochs: 6, entity_weight: 2.0, seed: 1403 } as const;
