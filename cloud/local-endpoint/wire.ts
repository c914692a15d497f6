// The SageMaker runtime's wire format (restJson1) as the local endpoint writes it: JSON answers, errors as
// status + `x-amzn-errortype` + JSON {"message", …}, and the `application/vnd.amazon.eventstream` frames of
// InvokeEndpointWithResponseStream (a PayloadPart event per piece, a ModelStreamError exception to break off).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EventStreamCodec } from '@smithy/eventstream-codec';

const codec = new EventStreamCodec(
  (b) => new TextDecoder().decode(b),
  (s) => new TextEncoder().encode(s),
);

export async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A whole JSON answer: content type and length set, the body written and ended. */
export function sendJson(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A SageMaker error: its type in `x-amzn-errortype`, the message (and `extra` fields) in the body. */
export function sendError(res: ServerResponse, status: number, type: string, message: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, status, { 'x-amzn-errortype': type }, { message, ...extra });
}

/** One PayloadPart event carrying `text` (for the SDK: the bytes of the model's response). */
export function payloadPartFrame(text: string): Uint8Array {
  return codec.encode({
    headers: {
      ':message-type': { type: 'string', value: 'event' },
      ':event-type': { type: 'string', value: 'PayloadPart' },
      ':content-type': { type: 'string', value: 'application/octet-stream' },
    },
    body: new TextEncoder().encode(text),
  });
}

/** The exception frame that breaks a stream off: the SDK throws ModelStreamError with this message. */
export function modelStreamErrorFrame(message: string): Uint8Array {
  return codec.encode({
    headers: {
      ':message-type': { type: 'string', value: 'exception' },
      ':exception-type': { type: 'string', value: 'ModelStreamError' },
      ':content-type': { type: 'string', value: 'application/json' },
    },
    body: new TextEncoder().encode(JSON.stringify({ Message: message, ErrorCode: 'ModelStreamError' })),
  });
}
