// A chat answer's event stream → the Responses event stream, event by event as the chunks arrive
// (shared/protocol/openai/responses/stream.ts does the translating). `[DONE]` ends it with response.completed;
// an error event (a broken stream's last word: edge/execute.ts), or a close without either, with `error` and
// response.failed. Comments (keep-alives) are not passed on.
import {
  encodeResponsesEvent,
  ResponsesStream,
  type ResponseIds,
  type ResponsesEvent,
  type ResponsesRequest,
} from '../../../shared/protocol/openai/responses/index.ts';
import { eventObject, SseEventSplitter, SseParser, type SseEvent } from '../../../shared/protocol/openai/sse.ts';

/** What a stream that closed without saying it was finished ends with. */
const CUT_OFF = { message: 'The answer stream ended before it was complete.', code: 'upstream_error' };

export function responsesSse(request: ResponsesRequest, ids: ResponseIds): TransformStream<Uint8Array, Uint8Array> {
  const splitter = new SseEventSplitter();
  const parser = new SseParser();
  const decoder = new TextDecoder('utf-8');
  const encoder = new TextEncoder();
  const stream = new ResponsesStream(request, ids);
  const send = (out: TransformStreamDefaultController<Uint8Array>, events: ResponsesEvent[]) => {
    if (events.length > 0) out.enqueue(encoder.encode(events.map(encodeResponsesEvent).join('')));
  };
  return new TransformStream({
    start(out) {
      send(out, stream.start());
    },
    transform(bytes, out) {
      const whole = splitter.push(bytes);
      if (whole.length === 0) return;
      const events = parser.push(decoder.decode(whole, { stream: true }));
      send(
        out,
        events.flatMap((ev) => translate(stream, ev)),
      );
    },
    flush(out) {
      send(out, stream.fail(CUT_OFF)); // nothing if the stream already finished or failed
    },
  });
}

function translate(stream: ResponsesStream, ev: SseEvent): ResponsesEvent[] {
  if (ev.data.startsWith('[DONE]')) return stream.finish();
  const chunk = eventObject(ev.data);
  if (chunk === undefined) return [];
  const error = chunk.error;
  if (typeof error === 'object' && error !== null) return stream.fail(errorFields(error as Record<string, unknown>));
  return stream.chunk(chunk);
}

/** The error event's own fields (its message is the edge's or the target's, as chat passes it on). */
function errorFields(error: Record<string, unknown>): { message: string; code: string | null; param: string | null } {
  return {
    message: typeof error.message === 'string' ? error.message : 'The answer stream failed.',
    code: typeof error.code === 'string' ? error.code : 'server_error',
    param: typeof error.param === 'string' ? error.param : null,
  };
}
