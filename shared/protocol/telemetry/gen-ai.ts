// OpenTelemetry GenAI semantic-convention attributes (gen_ai.*) for a request and its answer, the same on
// every tier that exports spans. Built from a closed set of facts — the task, model ids, token counts, finish
// reasons — never from prompt or output text: an answer is read only for `model`, `usage` and
// `choices[].finish_reason`, each checked to be a plain identifier or a count. Pure.
//
//   span.setAttributes(genAiRequestAttributes({ task: 'chat', model: 'triage-small', provider: 'triage.onprem' }));
//   span.setAttributes(genAiAnswerAttributes(answerFactsOf(JSON.parse(body))));
import { eventObject, SseParser } from '../openai/sse.ts';
import { ATTR } from './span-attributes.ts';

/** Span attribute values as OpenTelemetry takes them. */
export type SpanAttributes = Record<string, string | number | boolean | string[]>;

/** What a span may say about an answer: identifiers and counts only. */
export interface AnswerFacts {
  responseModel?: string;
  finishReasons?: string[];
  inputTokens?: number;
  outputTokens?: number;
}

/** A model id as a span may carry it; anything else (client text in an unknown id) is 'unknown'. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/; // no `@`: an e-mail address is not a model id
const FINISH_REASON = /^[a-z][a-z_]{0,31}$/;
/** A chunk with a finish reason that is not null. */
const FINISHED = /"finish_reason"\s*:\s*"/;

export function safeModelId(v: unknown): string | undefined {
  return typeof v === 'string' && MODEL_ID.test(v) ? v : undefined;
}

/** The semconv operation for a task: `chat` and `embeddings` are defined; classify is ours. */
export function genAiOperation(task: string): string {
  return task === 'chat' || task === 'embeddings' ? task : 'classify';
}

export function genAiRequestAttributes(r: { task: string; model?: string | undefined; provider: string }): SpanAttributes {
  return {
    [ATTR.genAiOperationName]: genAiOperation(r.task),
    [ATTR.genAiProviderName]: r.provider,
    [ATTR.genAiRequestModel]: safeModelId(r.model) ?? 'unknown',
  };
}

export function genAiAnswerAttributes(f: AnswerFacts): SpanAttributes {
  const a: SpanAttributes = {};
  if (f.responseModel) a[ATTR.genAiResponseModel] = f.responseModel;
  if (f.finishReasons && f.finishReasons.length > 0) a[ATTR.genAiResponseFinishReasons] = f.finishReasons;
  if (f.inputTokens !== undefined) a[ATTR.genAiUsageInputTokens] = f.inputTokens;
  if (f.outputTokens !== undefined) a[ATTR.genAiUsageOutputTokens] = f.outputTokens;
  return a;
}

const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The facts of an OpenAI answer (a completion, a stream chunk, embeddings): model, usage, finish reasons. */
export function answerFactsOf(json: unknown): AnswerFacts {
  if (!isObject(json)) return {};
  const f: AnswerFacts = {};
  const model = safeModelId(json.model);
  if (model) f.responseModel = model;
  if (isObject(json.usage)) {
    const input = count(json.usage.prompt_tokens);
    const output = count(json.usage.completion_tokens);
    if (input !== undefined) f.inputTokens = input;
    if (output !== undefined) f.outputTokens = output;
  }
  const reasons = Array.isArray(json.choices) ? json.choices.map((c) => (isObject(c) ? c.finish_reason : undefined)) : [];
  const safe = reasons.filter((r): r is string => typeof r === 'string' && FINISH_REASON.test(r));
  if (safe.length > 0) f.finishReasons = safe;
  return f;
}

/** Facts gathered over a stream's events: later chunks add finish reasons and usage to what came before. */
export class StreamAnswerFacts {
  readonly facts: AnswerFacts = {};
  private seenFirst = false;
  private readonly parser = new SseParser();
  private readonly decoder = new TextDecoder();

  /** A piece of the stream's bytes, as it passes (events may be split across pieces). */
  push(bytes: Uint8Array): void {
    for (const ev of this.parser.push(this.decoder.decode(bytes, { stream: true }))) this.onEventData(ev.data);
  }

  /** One SSE event's data; only the first (the model) and events that can carry a fact are parsed. */
  onEventData(data: string): void {
    const first = !this.seenFirst;
    this.seenFirst = true;
    if (!first && !FINISHED.test(data) && !data.includes('"usage"')) return;
    const f = answerFactsOf(eventObject(data));
    if (f.responseModel) this.facts.responseModel ??= f.responseModel;
    if (f.finishReasons) this.facts.finishReasons = [...(this.facts.finishReasons ?? []), ...f.finishReasons];
    if (f.inputTokens !== undefined) this.facts.inputTokens = f.inputTokens;
    if (f.outputTokens !== undefined) this.facts.outputTokens = f.outputTokens;
  }
}
