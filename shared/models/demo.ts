// Triage's built-in demo models (runner.ts over `npm run build:models`' manifest) as served models. They are
// built from templates: they run everywhere out of the box and answer in the right shapes, but they are not
// useful models — /v1/models says so (`kind: "demo"`), and a folder configured under the same id replaces one.
//
// The tiny LM is conditioned on the last user message (earlier turns would blur its topic); its defaults are
// temperature 0.7, top-p 0.9 and 64 tokens. The generative ids (`triage-small[-int8]`) also answer embeddings
// and classify with their family's model in the same precision, because the gateway sends its chat alias for
// all three tasks. Pure.
import type { ChatMessage, Task } from '../protocol/openai/schema.ts';
import { tokenizeWords } from './featurize.ts';
import type { ModelEntry } from './manifest.ts';
import type { Generation, ModelRunner, Runner } from './runner.ts';
import { TASK_MODEL, type ChatRequest, type ModelInfo, type RegisteredModel, type ServedModel } from './served.ts';
import { StopSequences } from './hf/streaming-text.ts';

export const DEMO_MAX_TOKENS = 64;
export const DEMO_TEMPERATURE = 0.7;
export const DEMO_TOP_P = 0.9;

/** The model family that serves embeddings / classify for a generative id such as `triage-small`. */
const TASK_FAMILY: Readonly<Record<Exclude<Task, 'chat'>, string>> = { embeddings: 'triage-embed', classify: 'triage-classifier' };

/** Every model of the runner's manifest, with the generative ids' companions. `source` says where the bytes live. */
export function demoModels(runner: Runner, source: string): RegisteredModel[] {
  const entries = runner.manifest.models;
  return entries.map((entry) => {
    const model = demoModel(runner.model(entry.id), source);
    if (entry.task !== 'generate') return { model };
    const companions: Partial<Record<Task, string>> = {};
    for (const task of ['embeddings', 'classify'] as const) {
      const companion = familyModel(entries, task, entry.quantized);
      if (companion) companions[task] = companion.id;
    }
    return { model, companions };
  });
}

/** The family model for embeddings / classify: its `-int8` variant if `int8` (else fp32), the other if absent. */
export function familyModel(models: readonly ModelEntry[], task: Exclude<Task, 'chat'>, int8: boolean): ModelEntry | undefined {
  const byId = (id: string) => models.find((m) => m.id === id && m.task === TASK_MODEL[task]);
  const family = TASK_FAMILY[task];
  return int8 ? (byId(`${family}-int8`) ?? byId(family)) : (byId(family) ?? byId(`${family}-int8`));
}

export function demoModel(runner: ModelRunner, source: string): ServedModel {
  const { entry } = runner;
  const info: ModelInfo = {
    kind: 'demo',
    description: `${entry.description} (a demo built from templates by npm run build:models, not a useful model)`,
    version: entry.sha256.slice(0, 12),
    source,
    variant: entry.quantized ? 'int8' : 'fp32',
  };
  return {
    id: entry.id,
    task: entry.task,
    info,
    load: () => runner.load(),
    classify: async (texts) => ({ data: await runner.classify(texts), promptTokens: wordTokens(texts) }),
    embed: async (texts) => ({ data: await runner.embed(texts), promptTokens: wordTokens(texts) }),
    generate: (request) => demoGeneration(runner, request),
  };
}

const wordTokens = (texts: readonly string[]) => texts.reduce((n, t) => n + tokenizeWords(t).length, 0);

/** The LM's pieces, cut at the first stop sequence (a tail that could still become one is held back). */
function demoGeneration(runner: ModelRunner, request: ChatRequest): Generation {
  const maxTokens = Math.max(1, Math.min(request.maxTokensLimit, request.maxTokens ?? DEMO_MAX_TOKENS));
  const inner = runner.generate(lastUserText(request.messages), {
    maxTokens,
    temperature: request.temperature ?? DEMO_TEMPERATURE,
    topP: request.topP ?? DEMO_TOP_P,
    seed: request.seed,
    signal: request.signal,
  });
  let stopped = false;
  async function* pieces(): AsyncGenerator<string> {
    const stops = new StopSequences(request.stop.filter((s) => s !== ''));
    for await (const piece of inner) {
      const text = stops.push(piece);
      if (text) yield text;
      if (stops.stopped) break;
    }
    stopped = stops.stopped;
    const rest = stops.flush();
    if (rest) yield rest;
  }
  return {
    [Symbol.asyncIterator]: pieces,
    get finishReason() {
      return stopped ? 'stop' : inner.finishReason;
    },
    get completionTokens() {
      return inner.completionTokens;
    },
    promptTokens: inner.promptTokens,
  };
}

/** The text of the last user message (string content, or its text parts), else of every message. */
export function lastUserText(messages: readonly ChatMessage[]): string {
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  return lastUser ? messageText(lastUser) : messages.map(messageText).join('\n');
}

function messageText(m: ChatMessage): string {
  const c = m.content;
  if (typeof c === 'string') return c;
  if (!Array.isArray(c)) return '';
  return c.map((p) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join(' ');
}
