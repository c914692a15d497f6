// An encoder model from a Hugging Face folder, end to end: the folder's tokenizer → int64 `input_ids`,
// `attention_mask` (and `token_type_ids` where the export takes them), padded to the batch's longest text →
// one ONNX Runtime session → the task head (heads.ts). The same code runs on onnxruntime-web (the Worker) and
// onnxruntime-node (on-prem, the local cloud endpoint): the ORT module is handed in. Pure.
//
//   const model = await createEncoderModel(ort, await loadHfFolder(source, { variant: 'q8' }));
//   await model.classify(['great service']);        // [[{ label: 'positive', score: 0.93 }, …]]
//   await model.entities(['Anna lives in Berlin']);  // [[{ label: 'PER', start: 0, end: 4, text: 'Anna', … }]]
//   await model.embed(['a sentence']);               // [Float32Array(hidden)], L2-normalized
import type { OrtLike, OrtSessionOptions, OrtTensorLike } from '../runner.ts';
import type { HfFolder } from './folder.ts';
import { createSession } from './session.ts';
import {
  classifierHead,
  classifySequences,
  extractEntities,
  HeadShapeError,
  poolEmbeddings,
  type ClassifierHead,
  type Entity,
  type EntityOptions,
  type LabelScore,
  type Pooling,
  type Tensor,
} from './heads.ts';
import { createTokenizer, type Encoding, type HfTokenizer } from './tokenizer.ts';

export interface EncoderOptions {
  sessionOptions?: OrtSessionOptions;
  /** Longest input in tokens, special tokens included (default: config.json's `max_position_embeddings`, else 512). */
  maxLength?: number;
}

export interface EncoderModel {
  readonly tokenizer: HfTokenizer;
  /** Longest input in tokens: longer texts are truncated to it. */
  readonly maxLength: number;
  /** Sequence classification: every label with its score, highest first, per text. */
  classify(texts: readonly string[], tally?: TokenTally): Promise<LabelScore[][]>;
  /** Token classification: the entities of each text, with character offsets into it. */
  entities(texts: readonly string[], opts?: EntityOptions, tally?: TokenTally): Promise<Entity[][]>;
  /** One L2-normalized vector per text (mean pooling over the attention mask unless told otherwise). */
  embed(texts: readonly string[], opts?: { pooling?: Pooling }, tally?: TokenTally): Promise<Float32Array[]>;
}

/** Counts the tokens a call read (special tokens included), for usage — from the call's own encoding. */
export interface TokenTally {
  tokens: number;
}

/** A batch as the model takes it: each text's encoding and the padded int64 feeds. */
interface Batch {
  encodings: Encoding[];
  feeds: Record<string, OrtTensorLike>;
}

const MODEL_INPUTS = ['input_ids', 'attention_mask', 'token_type_ids'] as const;

export async function createEncoderModel(ort: OrtLike, folder: HfFolder, opts: EncoderOptions = {}): Promise<EncoderModel> {
  const session = await createSession(ort, folder, opts.sessionOptions);
  const unknown = session.inputNames.filter((n) => !(MODEL_INPUTS as readonly string[]).includes(n));
  if (unknown.length) throw new HeadShapeError(`${folder.onnxPath}: inputs ${unknown.join(', ')} are not an encoder's`);
  const tokenizer = createTokenizer(folder.tokenizerJson, folder.tokenizerConfig);
  const maxLength = opts.maxLength ?? numberOr(folder.config['max_position_embeddings'], 512);
  const run = async (texts: readonly string[], tally: TokenTally | undefined) => {
    const batch = encodeBatch(ort, tokenizer, texts, maxLength, session.inputNames);
    if (tally) tally.tokens += batch.encodings.reduce((n, e) => n + e.ids.length, 0);
    return { batch, outputs: await session.run(batch.feeds) };
  };
  let head: ClassifierHead | undefined;
  const headFor = (logits: Tensor) => (head ??= classifierHead(folder.config, logits.dims.at(-1) ?? 0));
  return {
    tokenizer,
    maxLength,
    async classify(texts, tally) {
      const { outputs } = await run(texts, tally);
      const logits = outputTensor(outputs, 'logits', folder.onnxPath);
      return classifySequences(logits, headFor(logits));
    },
    async entities(texts, entityOpts, tally) {
      const { batch, outputs } = await run(texts, tally);
      const logits = outputTensor(outputs, 'logits', folder.onnxPath);
      const labels = headFor(logits).labels;
      return batch.encodings.map((e, row) => extractEntities(textRows(logits, row, e.ids.length), e, texts[row]!, labels, entityOpts));
    },
    async embed(texts, embedOpts = {}, tally) {
      const { batch, outputs } = await run(texts, tally);
      const hidden = outputTensor(outputs, 'last_hidden_state', folder.onnxPath);
      return poolEmbeddings(hidden, batch.encodings.map(paddedMask(hidden.dims[1] ?? 0)), embedOpts);
    },
  };
}

/** Tokenizes the texts and pads them to the longest (pad id, mask 0) as the int64 tensors the model names. */
function encodeBatch(
  ort: OrtLike,
  tokenizer: HfTokenizer,
  texts: readonly string[],
  maxLength: number,
  inputNames: readonly string[],
): Batch {
  const encodings = texts.map((t) => tokenizer.encode(t, { maxLength }));
  const width = Math.max(1, ...encodings.map((e) => e.ids.length));
  const padId = tokenizer.special.pad ?? 0;
  const columns: Record<(typeof MODEL_INPUTS)[number], (e: Encoding) => readonly number[]> = {
    input_ids: (e) => e.ids,
    attention_mask: (e) => e.attentionMask,
    token_type_ids: (e) => e.typeIds,
  };
  const feeds: Record<string, OrtTensorLike> = {};
  for (const name of inputNames as readonly (typeof MODEL_INPUTS)[number][]) {
    const data = new BigInt64Array(texts.length * width).fill(name === 'input_ids' ? BigInt(padId) : 0n);
    encodings.forEach((e, row) => columns[name](e).forEach((v, i) => (data[row * width + i] = BigInt(v))));
    feeds[name] = new ort.Tensor('int64', data, [texts.length, width]);
  }
  return { encodings, feeds };
}

function outputTensor(outputs: Record<string, OrtTensorLike>, name: string, file: string): Tensor {
  const out = outputs[name];
  if (!out || !(out.data instanceof Float32Array)) throw new HeadShapeError(`${file}: no float32 output named ${name}`);
  return { data: out.data, dims: out.dims };
}

/** Batch row `row` of a `[batch, width, labels]` tensor, without its padding: `[tokens, labels]`. */
function textRows(t: Tensor, row: number, tokens: number): Tensor {
  const [, width = 0, labels = 0] = t.dims;
  const start = row * width * labels;
  return { data: t.data.subarray(start, start + tokens * labels), dims: [tokens, labels] };
}

/** Each encoding's attention mask padded with zeros to the batch width. */
function paddedMask(width: number): (e: Encoding) => number[] {
  return (e) => [...e.attentionMask, ...new Array<number>(Math.max(0, width - e.attentionMask.length)).fill(0)];
}

function numberOr(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
}
