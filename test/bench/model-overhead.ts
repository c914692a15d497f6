// The runner's overhead over ONNX Runtime itself, for a 256-token sequence classification on the bench BERT
// (model-folders.ts): `encoder.classify([text])` — tokenize, build the int64 feeds, run, softmax into labels —
// versus `session.run(feeds)` on a second session from the same bytes and session options, fed the same
// int64 tensors built once beforehand. The two alternate (ABAB, rotating who goes first) so drift on the
// shared machine hits both alike. The tokenizer alone on the same text is timed in the same rounds.
import { createEncoderModel, type EncoderModel } from '../../shared/models/hf/encoder.ts';
import { loadHfFolder } from '../../shared/models/hf/folder.ts';
import type { HfTokenizer } from '../../shared/models/hf/tokenizer.ts';
import type { OrtTensorLike } from '../../shared/models/runner.ts';
import { BENCH_BERT_LABELS, benchBertClassifier } from './model-folders.ts';
import { RUNTIMES, timed, type NamedSession, type Runtime } from './model-runtimes.ts';
import { interleaved, progress, summarize, type Summary } from './stats.ts';

export const SEQUENCE_TOKENS = 256;

export interface OverheadRow {
  runtime: Runtime['name'];
  runner: Summary;
  direct: Summary;
  /** classify − session.run within each round (the pair ran back to back, so the machine's drift cancels). */
  pairedAdded: Summary;
  /** The tokenizer alone on the same text: the part of the overhead that is tokenizing. */
  tokenize: Summary;
}

// Whole words of the fixtures' WordPiece vocabulary: one token each.
const WORDS = 'the invoice for my account was sent to the office in berlin and the payment card did not work today'.split(' ');

/** Text of exactly `tokens` tokens, [CLS] and [SEP] included; throws if the tokenizer disagrees. */
export function textOfTokens(tokenizer: HfTokenizer, tokens: number): string {
  const words = Array.from({ length: tokens - 2 }, (_, i) => WORDS[i % WORDS.length]!);
  const text = words.join(' ');
  const got = tokenizer.encode(text).ids.length;
  if (got !== tokens) throw new Error(`bench text is ${got} tokens, not ${tokens}: a word is not one token in the vocabulary`);
  return text;
}

/** The int64 feeds the encoder would build for one text, built once, for the session's declared inputs. */
function directFeeds(runtime: Runtime, tokenizer: HfTokenizer, text: string, inputNames: readonly string[]): Record<string, OrtTensorLike> {
  const e = tokenizer.encode(text);
  const columns: Record<string, readonly number[]> = { input_ids: e.ids, attention_mask: e.attentionMask, token_type_ids: e.typeIds };
  const feeds: Record<string, OrtTensorLike> = {};
  for (const name of inputNames) {
    const column = columns[name];
    if (!column) throw new Error(`bench BERT: unexpected input ${name}`);
    feeds[name] = new runtime.ort.Tensor('int64', BigInt64Array.from(column, BigInt), [1, column.length]);
  }
  return feeds;
}

/** The direct run's top label: what classify must agree with, so both paths compute the same thing. */
async function directTopLabel(session: NamedSession, feeds: Record<string, OrtTensorLike>): Promise<string> {
  const logits = (await session.run(feeds))['logits']?.data;
  if (!(logits instanceof Float32Array)) throw new Error('bench BERT: no float32 logits');
  const best = logits.indexOf(Math.max(...logits));
  return BENCH_BERT_LABELS[best] ?? String(best);
}

async function measureOn(runtime: Runtime, rounds: number): Promise<OverheadRow> {
  const { source, checksums } = await benchBertClassifier();
  const folder = await loadHfFolder(source, { checksums });
  const encoder: EncoderModel = await createEncoderModel(runtime.ort, folder, { sessionOptions: runtime.sessionOptions });
  const session = await runtime.ort.InferenceSession.create(folder.onnx, runtime.sessionOptions);
  const text = textOfTokens(encoder.tokenizer, SEQUENCE_TOKENS);
  const feeds = directFeeds(runtime, encoder.tokenizer, text, session.inputNames);
  const [viaRunner, direct] = [(await encoder.classify([text]))[0]?.[0]?.label, await directTopLabel(session, feeds)];
  if (viaRunner !== direct) throw new Error(`${runtime.name}: classify says ${viaRunner}, the direct run ${direct}`);
  progress(`models: runner overhead on ${runtime.name}, ${rounds} rounds of classify vs session.run (${SEQUENCE_TOKENS} tokens)`);
  const steps = {
    runner: async () => (await timed(() => encoder.classify([text]))).ms,
    direct: async () => (await timed(() => session.run(feeds))).ms,
    tokenize: async () => (await timed(async () => encoder.tokenizer.encode(text))).ms,
  };
  await interleaved(Math.min(rounds, 20), steps);
  const t = await interleaved(rounds, steps);
  return {
    runtime: runtime.name,
    runner: summarize(t.runner),
    direct: summarize(t.direct),
    pairedAdded: summarize(t.runner.map((ms, i) => ms - t.direct[i]!)),
    tokenize: summarize(t.tokenize),
  };
}

export async function runnerOverhead(rounds: number): Promise<OverheadRow[]> {
  const rows: OverheadRow[] = [];
  for (const runtime of RUNTIMES) rows.push(await measureOn(runtime, rounds));
  return rows;
}
