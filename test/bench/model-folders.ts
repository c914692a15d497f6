// Bench-only model folders, built in memory with the test fixtures' builders (shared/tools/model-build/fixtures/)
// and served through `memorySource` with a `checksumManifest`, as a Worker serves bundled folders. Random
// weights: their outputs are noise, their cost is a real model's of that shape.
//   benchBertClassifier  BertForSequenceClassification, DistilBERT-small-like: hidden 128, 4 layers, 4 heads,
//                        intermediate 512, max_position 512 (the tiny fixtures stop at 128 tokens)
//   benchLlama           LlamaForCausalLM with the KV cache: hidden 128, 2 layers, 4 heads over 2 kv heads,
//                        intermediate 256, max_position 1024; its generation_config.json names no stop token,
//                        so greedy generation runs to max_tokens (random weights would otherwise hit eos)
import { checksumManifest, memorySource, type FolderSource } from '../../shared/models/hf/folder.ts';
import { bertOnnx } from '../../shared/tools/model-build/fixtures/bert-graph.ts';
import { bertEncoderWeights, headDense, type BertShape } from '../../shared/tools/model-build/fixtures/bert-weights.ts';
import * as bpe from '../../shared/tools/model-build/fixtures/bpe.ts';
import { llamaOnnx } from '../../shared/tools/model-build/fixtures/llama-graph.ts';
import { llamaWeights, type LlamaShape } from '../../shared/tools/model-build/fixtures/llama-weights.ts';
import { bertConfigJson } from '../../shared/tools/model-build/fixtures/tiny-bert.ts';
import { llamaConfigJson } from '../../shared/tools/model-build/fixtures/tiny-llama.ts';
import * as wordpiece from '../../shared/tools/model-build/fixtures/wordpiece.ts';

export const BENCH_BERT_LABELS = ['negative', 'neutral', 'positive'] as const;

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');

/** A folder from its files, with the manifest computed over them (what the build writes as checksums.json). */
async function folderOf(
  description: string,
  files: Map<string, Uint8Array>,
): Promise<{ source: FolderSource; checksums: Record<string, string> }> {
  return { source: memorySource(description, files), checksums: await checksumManifest(files) };
}

/** The DistilBERT-small-like classifier (fp32), the fixtures' WordPiece tokenizer, max 512 tokens. */
export async function benchBertClassifier(): Promise<{ source: FolderSource; checksums: Record<string, string>; shape: BertShape }> {
  const vocab = wordpiece.wordpieceVocab();
  const shape: BertShape = {
    vocabSize: vocab.length,
    hidden: 128,
    layers: 4,
    heads: 4,
    intermediate: 512,
    maxPositions: 512,
    typeVocabSize: 2,
    layerNormEps: 1e-12,
  };
  const head = {
    kind: 'BertForSequenceClassification' as const,
    pooler: headDense(102, shape.hidden, shape.hidden),
    classifier: headDense(103, shape.hidden, BENCH_BERT_LABELS.length),
  };
  const files = new Map<string, Uint8Array>([
    ['config.json', json(bertConfigJson(shape, head, BENCH_BERT_LABELS))],
    ['tokenizer.json', json(wordpiece.tokenizerJson(vocab))],
    ['tokenizer_config.json', json(wordpiece.tokenizerConfig(shape.maxPositions))],
    ['special_tokens_map.json', json(wordpiece.specialTokensMap())],
    ['onnx/model.onnx', bertOnnx('bench-bert-seqcls', shape, bertEncoderWeights(shape, 101), head, false)],
  ]);
  return { ...(await folderOf('bench-bert-seqcls (in memory)', files)), shape };
}

/** The bench llama (fp32) with the fixtures' byte-level BPE and ChatML template; no stop token. */
export async function benchLlama(): Promise<{ source: FolderSource; checksums: Record<string, string>; shape: LlamaShape }> {
  const { vocab, merges } = bpe.bpeVocab();
  const shape: LlamaShape = {
    vocabSize: vocab.length,
    hidden: 128,
    layers: 2,
    heads: 4,
    kvHeads: 2,
    intermediate: 256,
    maxPositions: 1024,
    ropeTheta: 10000,
    rmsNormEps: 1e-5,
  };
  const files = new Map<string, Uint8Array>([
    ['config.json', json(llamaConfigJson(shape))],
    // An empty eos list (not an absent one: the tokenizer's eos would stand in) keeps generation going.
    ['generation_config.json', json({ do_sample: false, eos_token_id: [] })],
    ['tokenizer.json', json(bpe.tokenizerJson(vocab, merges))],
    ['tokenizer_config.json', json(bpe.tokenizerConfig(shape.maxPositions, shape.vocabSize))],
    ['special_tokens_map.json', json(bpe.specialTokensMap())],
    ['onnx/model.onnx', llamaOnnx('bench-llama', shape, llamaWeights(shape, 201), false)],
  ]);
  return { ...(await folderOf('bench-llama (in memory)', files)), shape };
}
