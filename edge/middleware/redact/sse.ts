// A redacted request's streamed answer with the values put back, event by event as the events arrive (no
// buffering beyond the event in hand and a tail that may still become a placeholder: shared/core/redact/).
// Chunks are restored by a ChunkRestorer; an error event (a broken stream's last word) and `[DONE]` are
// preceded by whatever it still holds. Comments (keep-alives) are not passed on.
import { ChunkRestorer, type RedactionMapping } from '../../../shared/core/redact/index.ts';
import {
  eventObject,
  encodeSse,
  SSE_DONE,
  SseEventSplitter,
  SseParser,
  sseData,
  type SseEvent,
} from '../../../shared/protocol/openai/sse.ts';

export function restoringSse(mapping: RedactionMapping): TransformStream<Uint8Array, Uint8Array> {
  const splitter = new SseEventSplitter();
  const parser = new SseParser();
  const decoder = new TextDecoder('utf-8');
  const encoder = new TextEncoder();
  const chunks = new ChunkRestorer(mapping);
  let ended = false;
  const held = () => chunks.end().map(sseData).join('');
  const restore = (ev: SseEvent): string => {
    if (ended) return encodeSse(ev);
    if (ev.data === '[DONE]') {
      ended = true;
      return held() + SSE_DONE;
    }
    const chunk = eventObject(ev.data);
    if (chunk === undefined || 'error' in chunk) {
      ended = chunk !== undefined;
      return (ended ? held() : '') + encodeSse(ev);
    }
    return encodeSse({ ...ev, data: JSON.stringify(chunks.push(chunk)) });
  };
  return new TransformStream({
    transform(bytes, out) {
      const whole = splitter.push(bytes);
      if (whole.length === 0) return;
      const text = parser
        .push(decoder.decode(whole, { stream: true }))
        .map(restore)
        .join('');
      if (text) out.enqueue(encoder.encode(text));
    },
    flush(out) {
      const rest = ended ? '' : held();
      if (rest) out.enqueue(encoder.encode(rest));
    },
  });
}
