// A Hugging Face folder as a served model (../served.ts): the folder is loaded and verified, its task read
// from config.json (or set), and the encoder or decoder created on the ORT module the tier hands in. Pure.
//
//   const model = await loadFolderModel(ort, { id: 'triage-small', source, variant: 'q8' });
//
// Tasks by config.json's first architecture: `…ForCausalLM` / `…LMHeadModel` → chat, `…ForSequenceClassification`
// → classify, a bare encoder (`BertModel`, `XLMRobertaModel`, …) → embeddings (mean pooling, L2-normalized).
// A chat request's unset sampling settings come from the folder's generation_config.json; its max tokens from
// `max_new_tokens` there, never more than the tier's limit. Requests the model cannot take (a prompt longer than
// the context, messages the chat template rejects, settings out of range) are ServingInputErrors: a 400.
import type { ModelTask } from '../manifest.ts';
import type { Classification, Generation, OrtLike, OrtSessionOptions } from '../runner.ts';
import { ServingInputError, type ChatRequest, type ModelInfo, type ServedModel } from '../served.ts';
import { ChatTemplateInputError } from './chat-template.ts';
import { createDecoderModel, type DecoderModel } from './decoder.ts';
import { createEncoderModel, type EncoderModel } from './encoder.ts';
import { HfFolderError, loadHfFolder, type FolderSource, type HfFolder, type OnnxVariant } from './folder.ts';
import { DecoderInputError } from './generation-config.ts';
import type { LabelScore } from './heads.ts';

export interface FolderModelSpec {
  /** The id clients and policies use for it. */
  id: string;
  source: FolderSource;
  /** Which ONNX file (`fp32` unless set). */
  variant?: OnnxVariant;
  /** What it serves; read from config.json's architectures unless set. */
  task?: ModelTask;
}

export interface FolderModelOptions {
  sessionOptions?: OrtSessionOptions;
}

/** Loads the folder and creates its session; throws HfFolderError (and the encoder's/decoder's shape errors). */
export async function loadFolderModel(ort: OrtLike, spec: FolderModelSpec, opts: FolderModelOptions = {}): Promise<ServedModel> {
  const folder = await loadHfFolder(spec.source, spec.variant ? { variant: spec.variant } : {});
  const task = spec.task ?? taskOf(folder, spec.source.description);
  const info = folderInfo(folder, spec);
  const sessionOptions = opts.sessionOptions ? { sessionOptions: opts.sessionOptions } : {};
  if (task === 'generate') return decoderModel(spec.id, info, await createDecoderModel(ort, folder, sessionOptions));
  return encoderModel(spec.id, task, info, await createEncoderModel(ort, folder, sessionOptions));
}

/** The task config.json's first architecture names. */
export function taskOf(folder: Pick<HfFolder, 'config'>, where: string): ModelTask {
  const architecture = folder.config.architectures?.[0];
  if (architecture === undefined)
    throw new HfFolderError(`config.json in ${where} names no architectures: set the model's task (chat, embeddings or classify)`);
  if (/ForCausalLM$|LMHeadModel$/.test(architecture)) return 'generate';
  if (architecture.endsWith('ForSequenceClassification')) return 'classify';
  if (/(ForTokenClassification|ForMaskedLM|ForQuestionAnswering|ForConditionalGeneration)$/.test(architecture))
    throw new HfFolderError(
      `config.json in ${where}: ${architecture} is not served on an OpenAI route (chat: …ForCausalLM; classify: …ForSequenceClassification; embeddings: a base encoder)`,
    );
  return 'embed';
}

function folderInfo(folder: HfFolder, spec: FolderModelSpec): ModelInfo {
  const architecture = folder.config.architectures?.[0];
  return {
    kind: 'hf-folder',
    description: `${architecture ?? folder.config.model_type} from a Hugging Face folder`,
    version: folder.onnxSha256.slice(0, 12),
    source: spec.source.description,
    variant: spec.variant ?? 'fp32',
    ...(architecture !== undefined ? { architecture } : {}),
  };
}

function encoderModel(id: string, task: ModelTask, info: ModelInfo, encoder: EncoderModel): ServedModel {
  return {
    id,
    task,
    info,
    load: async () => {},
    async classify(texts) {
      const tally = { tokens: 0 };
      const scores = await encoder.classify(texts, tally);
      return { data: scores.map(classification), promptTokens: tally.tokens };
    },
    async embed(texts) {
      const tally = { tokens: 0 };
      const data = await encoder.embed(texts, {}, tally);
      return { data, promptTokens: tally.tokens };
    },
    generate: () => {
      throw new ServingInputError(`model ${id} does not serve chat`, 'model');
    },
  };
}

/** Every label's score, the best one first (as heads.ts sorts them). */
function classification(scores: readonly LabelScore[]): Classification {
  const best = scores[0] ?? { label: '', score: 0 };
  return { label: best.label, score: best.score, scores: Object.fromEntries(scores.map((s) => [s.label, s.score])) };
}

function decoderModel(id: string, info: ModelInfo, decoder: DecoderModel): ServedModel {
  const notEncoder = () => Promise.reject(new ServingInputError(`model ${id} serves chat only`, 'model'));
  return {
    id,
    task: 'generate',
    info,
    load: async () => {},
    classify: notEncoder,
    embed: notEncoder,
    generate: (request) => generateChoice(decoder, request),
  };
}

function generateChoice(decoder: DecoderModel, request: ChatRequest): Generation {
  const maxTokens = Math.min(request.maxTokensLimit, request.maxTokens ?? decoder.defaults.maxNewTokens ?? request.maxTokensLimit);
  try {
    return decoder.generate(request.messages, {
      maxTokens,
      seed: request.seed,
      stop: request.stop,
      signal: request.signal,
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(request.topP !== undefined ? { topP: request.topP } : {}),
    });
  } catch (err) {
    if (err instanceof DecoderInputError) throw new ServingInputError(err.message, err.param);
    if (err instanceof ChatTemplateInputError) throw new ServingInputError(err.message, 'messages');
    throw err;
  }
}
