// A streamed answer outlives the handler that returned it: the engine's slot, the audit line and the metrics
// belong to its last byte, not to the moment its headers went out. The steps that wrap the answer (admission,
// audit) recognise a stream the same way the infer step decides to pass one on (`isEventStream`) and hook
// its end (`onStreamEnd`), each wrapping the body once more — pulled on demand, no read-ahead, bytes unchanged.
//
//   await next();
//   if (isEventStream(c.res)) c.res = onStreamEnd(c.res, (how) => release(how));   // later, at its end
//   else release('complete');                                                    // now

/** How a stream ended: read to its end, or cancelled by its reader (the adapter does so when the client leaves). */
export type StreamEnd = 'complete' | 'cancelled';

/** An answer whose body is an event stream the engine may still be producing. */
export function isEventStream(res: Response): res is Response & { body: ReadableStream<Uint8Array> } {
  // The type first: reading `body` turns the adapter's lightweight Response (a string) into a Web stream.
  return (res.headers.get('content-type') ?? '').includes('text/event-stream') && res.body !== null;
}

/**
 * `res` with the same status, headers and bytes; `onEnd` runs once, when the body was read to its end or was
 * cancelled. On a cancel the layers inside run their own `onEnd` first (a reader's cancel reaches the source
 * before it returns), so an inner step's facts (the engine time) are in place when an outer one finishes.
 */
export function onStreamEnd(res: Response & { body: ReadableStream<Uint8Array> }, onEnd: (how: StreamEnd) => void): Response {
  const reader = res.body.getReader();
  let ended = false;
  const end = (how: StreamEnd) => {
    if (ended) return;
    ended = true;
    onEnd(how);
  };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = await reader.read();
        if (!chunk.done) return controller.enqueue(chunk.value);
        end('complete');
        controller.close();
      },
      async cancel(reason) {
        const cancelled = reader.cancel(reason).catch(() => {});
        end('cancelled');
        await cancelled;
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, res);
}
