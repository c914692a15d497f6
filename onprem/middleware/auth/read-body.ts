// The request body straight from Node's IncomingMessage when the node serves over node:http(s): the Web
// `Request.body` the adapter would otherwise build (a Request object and a ReadableStream around the socket)
// costs more CPU than the rest of reading it (see README, "The on-prem node"). Under app.request() (tests)
// there is no IncomingMessage and the Web body is read instead. Either way at most `limit` bytes: 413 as soon
// as more arrive.
import type { IncomingMessage } from 'node:http';
import { readLimited } from '../../../shared/protocol/http/body.ts';
import { errors } from '../../../shared/protocol/openai/errors.ts';

export function readBodyLimited(incoming: IncomingMessage | undefined, web: () => ReadableStream<Uint8Array> | null, limit: number) {
  return incoming ? readIncoming(incoming, limit) : readLimited(web(), limit);
}

/** Reads the whole body; rejects with 413 past `limit` (the rest is left to the adapter, which drains it). */
function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = (settle: () => void) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      settle();
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) done(() => reject(errors.tooLarge(limit)));
      else chunks.push(chunk);
    };
    const onEnd = () => done(() => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)));
    const onError = (err: Error) => done(() => reject(err));
    const onClose = () => {
      if (!incoming.readableEnded) done(() => reject(new Error('the client closed the request before its body was complete')));
    };
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    if (incoming.readableEnded) onEnd();
  });
}
