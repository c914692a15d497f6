// A chat completion stream (`chat.completion.chunk` events) → the Responses event stream, event by event as the
// chunks arrive. Pure: feed it the parsed chunks; it returns the events each one makes.
//
//   const s = new ResponsesStream(request, ids);
//   s.start()                 response.created, response.in_progress
//   s.chunk(chunk)            text:  response.output_item.added (message), response.content_part.added,
//                                    response.output_text.delta … (a refusal: response.refusal.delta …)
//                             calls: response.output_item.added (function_call), response.function_call_arguments.delta …
//   s.finish()                for each open item: response.output_text.done (.refusal.done), response.content_part.done /
//                             response.function_call_arguments.done, then response.output_item.done;
//                             then response.completed (response.incomplete when the answer was cut by its length)
//   s.fail(error)             open items closed as incomplete, then `error` and response.failed
//
// Every event has a `sequence_number` (0, 1, 2, … in the order sent). An item is closed when the next one opens
// (the text before a tool call, one call before the next), so items never interleave. Only the first choice is
// read (a Responses request asks for one).
import {
  ending,
  itemId,
  messageItem,
  responseObject,
  responseUsage,
  type FunctionCallItem,
  type MessageItem,
  type OutputItem,
  type ResponseIds,
  type ResponseObject,
  type ResponseStatus,
} from './object.ts';
import type { ResponsesRequest } from './schema.ts';
import { encodeSse } from '../sse.ts';

/** One event of the Responses stream: its `type` and fields (the `sequence_number` is added when it is made). */
export type ResponsesEvent = { type: string; sequence_number: number } & Record<string, unknown>;

interface ChunkDelta {
  content?: unknown;
  refusal?: unknown;
  tool_calls?: unknown;
}

interface ToolCallDelta {
  index?: unknown;
  id?: unknown;
  function?: { name?: unknown; arguments?: unknown };
}

export class ResponsesStream {
  private sequence = 0;
  private readonly items: OutputItem[] = [];
  /** The output index of the item still receiving deltas. */
  private open: number | undefined;
  /** Output index of each chat tool call (by its `index`). */
  private readonly calls = new Map<number, number>();
  private model: string;
  private finishReason: unknown = null;
  private usage: unknown;
  private ended = false;

  constructor(
    private readonly request: ResponsesRequest,
    private readonly ids: ResponseIds,
  ) {
    this.model = request.model;
  }

  start(): ResponsesEvent[] {
    const response = this.response('in_progress');
    return [this.event('response.created', { response }), this.event('response.in_progress', { response })];
  }

  /** One parsed chat chunk (the JSON of an event before `[DONE]`). */
  chunk(chunk: unknown): ResponsesEvent[] {
    if (this.ended || typeof chunk !== 'object' || chunk === null) return [];
    const c = chunk as { model?: unknown; usage?: unknown; choices?: unknown };
    if (typeof c.model === 'string' && c.model !== '') this.model = c.model;
    if (c.usage != null) this.usage = c.usage;
    const choice: unknown = Array.isArray(c.choices)
      ? c.choices.find((ch: unknown) => ((ch as { index?: unknown })?.index ?? 0) === 0)
      : undefined;
    if (typeof choice !== 'object' || choice === null) return [];
    const { delta, finish_reason } = choice as { delta?: ChunkDelta; finish_reason?: unknown };
    if (finish_reason != null) this.finishReason = finish_reason;
    const out: ResponsesEvent[] = [];
    if (typeof delta?.content === 'string' && delta.content !== '') out.push(...this.messageDelta('output_text', delta.content));
    if (typeof delta?.refusal === 'string' && delta.refusal !== '') out.push(...this.messageDelta('refusal', delta.refusal));
    if (Array.isArray(delta?.tool_calls))
      delta.tool_calls.forEach((call: unknown, i) => out.push(...this.toolCall(call as ToolCallDelta, i)));
    return out;
  }

  /** The chat stream ended (`[DONE]`): open items closed, then response.completed (or .incomplete). */
  finish(): ResponsesEvent[] {
    if (this.ended) return [];
    this.ended = true;
    const end = ending(this.finishReason);
    const itemStatus = end.status === 'completed' ? 'completed' : 'incomplete';
    const out = this.closeOpen(itemStatus);
    const type = end.status === 'completed' ? 'response.completed' : 'response.incomplete';
    out.push(this.event(type, { response: this.response(end.status, end.incomplete ?? null) }));
    return out;
  }

  /** The chat stream broke off or reported an error: `error`, then response.failed. Messages describe, never quote. */
  fail(error: { message: string; code?: string | null; param?: string | null }): ResponsesEvent[] {
    if (this.ended) return [];
    this.ended = true;
    const out = this.closeOpen('incomplete');
    const code = error.code ?? 'server_error';
    out.push(this.event('error', { code, message: error.message, param: error.param ?? null }));
    const response = this.response('failed', null, { code: 'server_error', message: error.message });
    out.push(this.event('response.failed', { response }));
    return out;
  }

  /** Text or a refusal: a message item with one part of that kind, opened on its first delta. */
  private messageDelta(kind: 'output_text' | 'refusal', delta: string): ResponsesEvent[] {
    const out: ResponsesEvent[] = [];
    let index = this.open;
    const current = index === undefined ? undefined : this.items[index];
    if (index === undefined || current?.type !== 'message' || current.content[0]?.type !== kind) {
      out.push(...this.closeOpen('completed'));
      const item = messageItem(itemId(this.ids, 'msg', this.items.length), '', 'in_progress');
      if (kind === 'refusal') item.content = [{ type: 'refusal', refusal: '' }];
      index = this.openItem(item, out);
      const part = structuredClone(item.content[0]);
      out.push(this.event('response.content_part.added', { item_id: item.id, output_index: index, content_index: 0, part }));
    }
    const item = this.items[index] as MessageItem;
    const part = item.content[0]!;
    const at = { item_id: item.id, output_index: index, content_index: 0 };
    if (part.type === 'output_text') {
      part.text += delta;
      out.push(this.event('response.output_text.delta', { ...at, delta, logprobs: [] }));
    } else {
      part.refusal += delta;
      out.push(this.event('response.refusal.delta', { ...at, delta }));
    }
    return out;
  }

  private toolCall(call: ToolCallDelta, position: number): ResponsesEvent[] {
    const out: ResponsesEvent[] = [];
    const key = typeof call.index === 'number' ? call.index : position;
    let index = this.calls.get(key);
    if (index === undefined) {
      out.push(...this.closeOpen('completed'));
      const at = this.items.length;
      const callId = typeof call.id === 'string' && call.id !== '' ? call.id : `call_${this.ids.base}_${at}`;
      const item: FunctionCallItem = {
        type: 'function_call',
        id: itemId(this.ids, 'fc', at),
        call_id: callId,
        name: '',
        arguments: '',
        status: 'in_progress',
      };
      if (typeof call.function?.name === 'string') item.name = call.function.name;
      index = this.openItem(item, out);
      this.calls.set(key, index);
    }
    const item = this.items[index] as FunctionCallItem;
    if (item.name === '' && typeof call.function?.name === 'string') item.name = call.function.name;
    const delta = call.function?.arguments;
    if (typeof delta === 'string' && delta !== '') {
      item.arguments += delta;
      out.push(this.event('response.function_call_arguments.delta', { item_id: item.id, output_index: index, delta }));
    }
    return out;
  }

  private openItem(item: OutputItem, out: ResponsesEvent[]): number {
    const index = this.items.push(item) - 1;
    this.open = index;
    out.push(this.event('response.output_item.added', { output_index: index, item: structuredClone(item) }));
    return index;
  }

  /** The done events of the item still open, if any. */
  private closeOpen(status: 'completed' | 'incomplete'): ResponsesEvent[] {
    const index = this.open;
    if (index === undefined) return [];
    this.open = undefined;
    const item = this.items[index]!;
    item.status = status;
    const out: ResponsesEvent[] = [];
    if (item.type === 'message') {
      const part = item.content[0]!;
      const at = { item_id: item.id, output_index: index, content_index: 0 };
      if (part.type === 'output_text') out.push(this.event('response.output_text.done', { ...at, text: part.text, logprobs: [] }));
      else out.push(this.event('response.refusal.done', { ...at, refusal: part.refusal }));
      out.push(this.event('response.content_part.done', { ...at, part: structuredClone(part) }));
    } else {
      const fields = { item_id: item.id, output_index: index, name: item.name, arguments: item.arguments };
      out.push(this.event('response.function_call_arguments.done', fields));
    }
    out.push(this.event('response.output_item.done', { output_index: index, item: structuredClone(item) }));
    return out;
  }

  private response(
    status: ResponseStatus,
    incomplete: ResponseObject['incomplete_details'] = null,
    error: ResponseObject['error'] = null,
  ): ResponseObject {
    const usage = status === 'in_progress' ? undefined : responseUsage(this.usage);
    const output = structuredClone(this.items);
    return responseObject(this.ids, this.request, { status, model: this.model, output, usage, incomplete, error });
  }

  private event(type: string, fields: Record<string, unknown>): ResponsesEvent {
    return { type, sequence_number: this.sequence++, ...fields };
  }
}

/** One event as OpenAI sends it: `event: <type>` and the event's JSON as data. */
export const encodeResponsesEvent = (ev: ResponsesEvent): string => encodeSse({ event: ev.type, data: JSON.stringify(ev) });
