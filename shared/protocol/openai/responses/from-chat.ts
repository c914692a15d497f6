// A chat completion (`object: "chat.completion"`, its first choice: Responses have one) → the Response object.
// The message's text becomes a `message` item with one `output_text` part (a refusal: a `refusal` part), each
// tool call a `function_call` item after it; usage maps to input/output/total tokens. Pure.
import {
  ending,
  itemId,
  messageItem,
  responseObject,
  responseUsage,
  type ItemStatus,
  type OutputItem,
  type ResponseIds,
  type ResponseObject,
} from './object.ts';
import type { ResponsesRequest } from './schema.ts';

interface ChatMessageOut {
  content?: unknown;
  refusal?: unknown;
  tool_calls?: unknown;
}

interface ChatToolCallOut {
  id?: unknown;
  function?: { name?: unknown; arguments?: unknown };
}

/** Shape errors name what was wrong, never content. */
export class TranslationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranslationError';
  }
}

export function chatCompletionToResponse(completion: unknown, request: ResponsesRequest, ids: ResponseIds): ResponseObject {
  if (typeof completion !== 'object' || completion === null) throw new TranslationError('the chat completion is not an object');
  const c = completion as { model?: unknown; choices?: unknown; usage?: unknown };
  const choice: unknown = Array.isArray(c.choices) ? c.choices[0] : undefined;
  if (typeof choice !== 'object' || choice === null) throw new TranslationError('the chat completion has no choice');
  const { message, finish_reason } = choice as { message?: ChatMessageOut; finish_reason?: unknown };
  const end = ending(finish_reason);
  return responseObject(ids, request, {
    ...end,
    model: typeof c.model === 'string' ? c.model : request.model,
    output: outputItems(message ?? {}, ids, end.status === 'completed' ? 'completed' : 'incomplete'),
    usage: responseUsage(c.usage),
  });
}

export function outputItems(message: ChatMessageOut, ids: ResponseIds, status: ItemStatus): OutputItem[] {
  const items: OutputItem[] = [];
  const text = typeof message.content === 'string' ? message.content : '';
  if (text !== '') items.push(messageItem(itemId(ids, 'msg', items.length), text, status));
  if (typeof message.refusal === 'string' && message.refusal !== '') {
    const id = itemId(ids, 'msg', items.length);
    items.push({ type: 'message', id, role: 'assistant', status, content: [{ type: 'refusal', refusal: message.refusal }] });
  }
  const calls: unknown[] = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  for (const call of calls) {
    const { id, function: fn } = (call ?? {}) as ChatToolCallOut;
    const index = items.length;
    items.push({
      type: 'function_call',
      id: itemId(ids, 'fc', index),
      call_id: typeof id === 'string' && id !== '' ? id : `call_${ids.base}_${index}`,
      name: typeof fn?.name === 'string' ? fn.name : '',
      arguments: typeof fn?.arguments === 'string' ? fn.arguments : '',
      status: 'completed',
    });
  }
  return items;
}
