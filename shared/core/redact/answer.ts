// The target's answer with the values put back, in OpenAI's chat shapes: a whole `chat.completion`, and a
// stream of `chat.completion.chunk`s restored chunk by chunk (restore.ts: one restorer per choice and field,
// so a placeholder split across chunks is restored whole). Message content and refusals are texts; tool-call
// and function-call arguments are JSON texts (values put back JSON-escaped). What a restorer still holds when
// its choice finishes goes out in that finishing chunk; `end()` gives back what is held if the stream ends
// without one. Pure: the edge frames the chunks (SSE) and calls this per event.
import type { RedactionMapping } from './placeholders.ts';
import { restoreText, StreamRestorer, type RestoreContext } from './restore.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Text fields of a message or delta. */
const TEXT_FIELDS = ['content', 'refusal'] as const;

/** A whole `chat.completion` (parsed) with the values restored, in place; returns it. */
export function restoreCompletion(completion: unknown, mapping: RedactionMapping): unknown {
  if (!isObject(completion)) return completion;
  for (const choice of objects(completion.choices)) if (isObject(choice.message)) restoreMessage(choice.message, mapping);
  return completion;
}

function restoreMessage(message: Json, mapping: RedactionMapping): void {
  for (const field of TEXT_FIELDS) if (typeof message[field] === 'string') message[field] = restoreText(message[field], mapping);
  for (const call of objects(message.tool_calls)) restoreArguments(call.function, mapping);
  restoreArguments(message.function_call, mapping);
}

function restoreArguments(fn: unknown, mapping: RedactionMapping): void {
  if (isObject(fn) && typeof fn.arguments === 'string') fn.arguments = restoreText(fn.arguments, mapping, 'json');
}

/** Restores a stream of chunks. One per response. */
export class ChunkRestorer {
  /** By `choice index/field` (`0/content`, `0/tool/1`, `0/function`). */
  private readonly restorers = new Map<string, StreamRestorer>();
  /** The last chunk seen (its id, model, created): the frame for what `end()` gives back. */
  private last: Json | undefined;

  constructor(private readonly mapping: RedactionMapping) {}

  /** The chunk (parsed) with its deltas restored, in place; returns it. */
  push(chunk: unknown): unknown {
    if (!isObject(chunk)) return chunk;
    this.last = chunk;
    for (const choice of objects(chunk.choices)) {
      const index = typeof choice.index === 'number' ? choice.index : 0;
      if (!isObject(choice.delta)) choice.delta = {};
      const delta = choice.delta as Json;
      const finishing = choice.finish_reason !== undefined && choice.finish_reason !== null;
      this.restoreDelta(index, delta);
      if (finishing) this.flushInto(index, delta);
    }
    return chunk;
  }

  /** Chunks carrying whatever is still held (the stream ended without finishing its choices); usually none. */
  end(): unknown[] {
    const held = new Set([...this.restorers].filter(([, r]) => r.holding).map(([key]) => Number(key.split('/')[0])));
    return [...held].map((index) => {
      const delta: Json = {};
      this.flushInto(index, delta);
      return { ...this.frame(), choices: [{ index, delta, finish_reason: null }] };
    });
  }

  private frame(): Json {
    const { id, object, created, model } = this.last ?? {};
    return { id, object: object ?? 'chat.completion.chunk', created, model };
  }

  private restorer(key: string, context: RestoreContext): StreamRestorer {
    let r = this.restorers.get(key);
    if (!r) this.restorers.set(key, (r = new StreamRestorer(this.mapping, context)));
    return r;
  }

  private restoreDelta(index: number, delta: Json): void {
    for (const field of TEXT_FIELDS)
      if (typeof delta[field] === 'string') delta[field] = this.restorer(`${index}/${field}`, 'text').push(delta[field]);
    for (const call of objects(delta.tool_calls)) {
      const fn = call.function;
      if (isObject(fn) && typeof fn.arguments === 'string')
        fn.arguments = this.restorer(`${index}/tool/${typeof call.index === 'number' ? call.index : 0}`, 'json').push(fn.arguments);
    }
    const fc = delta.function_call;
    if (isObject(fc) && typeof fc.arguments === 'string') fc.arguments = this.restorer(`${index}/function`, 'json').push(fc.arguments);
  }

  /** Everything held for choice `index` appended to `delta`'s fields (added where the delta lacks them). */
  private flushInto(index: number, delta: Json): void {
    for (const [key, r] of this.restorers) {
      const [choice, field, call] = key.split('/');
      if (Number(choice) !== index || !r.holding) continue;
      const rest = r.flush();
      if (field === 'tool') appendToolArguments(delta, Number(call), rest);
      else if (field === 'function')
        delta.function_call = {
          ...(isObject(delta.function_call) ? delta.function_call : {}),
          arguments: argumentsOf(delta.function_call) + rest,
        };
      else delta[field!] = (typeof delta[field!] === 'string' ? delta[field!] : '') + rest;
    }
  }
}

function argumentsOf(fn: unknown): string {
  return isObject(fn) && typeof fn.arguments === 'string' ? fn.arguments : '';
}

function appendToolArguments(delta: Json, callIndex: number, rest: string): void {
  const calls = Array.isArray(delta.tool_calls) ? (delta.tool_calls as unknown[]) : (delta.tool_calls = []);
  const call = objects(calls).find((c) => c.index === callIndex);
  if (call) call.function = { ...(isObject(call.function) ? call.function : {}), arguments: argumentsOf(call.function) + rest };
  else calls.push({ index: callIndex, function: { arguments: rest } });
}
