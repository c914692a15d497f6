// The Hugging Face token-classification folder: config.json (BertForTokenClassification, id2label, sizes),
// the tokenizer files, onnx/model.onnx + onnx/model_quantized.onnx, checksums.json and MODEL_CARD.md.
import { join } from 'node:path';
import * as prettier from 'prettier';
import { CHECKSUMS_FILE, checksumManifest } from '../../../models/hf/folder.ts';
import { bertConfigJson } from '../fixtures/tiny-bert.ts';
import { LABELS } from './labels.ts';

export interface TaggerShape {
  vocabSize: number;
  hidden: number;
  heads: number;
  intermediate: number;
  layers: number;
  maxPositions: number;
  /** The feed-forward activation (config.json's hidden_act). */
  activation: 'gelu' | 'relu';
}

/** A JSON file as the repository's Prettier settings format it (`npm test` checks the committed folder). */
export async function jsonFile(value: unknown, path: string): Promise<Uint8Array> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return new TextEncoder().encode(await prettier.format(JSON.stringify(value), { ...options, filepath: path }));
}

/** config.json: the BERT token-classification config, plus the gateway's decision threshold (a custom key:
 *  a word is PII when 1 − p(O) ≥ triage_entity_threshold; transformers ignores unknown keys). */
export function taggerConfig(s: TaggerShape, threshold: number, rareNameThreshold = threshold): Record<string, unknown> {
  const config = bertConfigJson(
    {
      vocabSize: s.vocabSize,
      hidden: s.hidden,
      layers: s.layers,
      heads: s.heads,
      intermediate: s.intermediate,
      maxPositions: s.maxPositions,
      typeVocabSize: 1,
      layerNormEps: 1e-12,
    },
    {
      kind: 'BertForTokenClassification',
      classifier: { W: new Float32Array(0), b: new Float32Array(0), inDim: s.hidden, outDim: LABELS.length },
    },
    LABELS,
  );
  // No token_type_ids: the export takes input_ids and attention_mask only.
  return {
    ...config,
    type_vocab_size: 0,
    transformers_version: undefined,
    torch_dtype: 'float32',
    hidden_act: s.activation,
    triage_entity_threshold: threshold,
    triage_rare_name_threshold: rareNameThreshold,
  };
}

/** The folder's files (path → bytes), checksums.json last, over every other file. */
export async function packageFolder(files: Map<string, Uint8Array>, dir: string): Promise<Map<string, Uint8Array>> {
  const withoutSums = new Map([...files].filter(([path]) => path !== CHECKSUMS_FILE));
  withoutSums.set(CHECKSUMS_FILE, await jsonFile(await checksumManifest(withoutSums), join(dir, CHECKSUMS_FILE)));
  return withoutSums;
}
