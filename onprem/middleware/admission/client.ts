// Whether the client is still there, and a call when it leaves. Through a server this is read from Node's own
// response the way the adapter decides to abort c.req.raw.signal (@hono/node-server: the response closed
// before its last byte was handed to the OS, or the request stream failed) — without the AbortController
// that signal costs per request. Without bindings (app.request() in tests) it is the request's signal.
import type { HttpBindings } from '@hono/node-server';
import { ServerResponse, type IncomingMessage } from 'node:http';

export interface Client {
  /** The client left before its answer was out. */
  readonly gone: boolean;
  /** Calls `onGone` once if the client leaves; returns what stops watching. */
  watch(onGone: () => void): () => void;
  /** A signal that fires when the client leaves, for an API that takes one (waiting in the queue). */
  signal(): AbortSignal;
}

/** The client of `request` (c.req.raw), which came through the server `bindings` (c.env) name, if any. */
export function clientOf(bindings: Partial<HttpBindings> | undefined, request: Request): Client {
  const incoming = bindings?.incoming;
  const outgoing = bindings?.outgoing;
  if (incoming && outgoing instanceof ServerResponse) return nodeClient(request, incoming, outgoing);
  return signalClient(request.signal);
}

function nodeClient(request: Request, incoming: IncomingMessage, outgoing: ServerResponse): Client {
  // The adapter's rule, checked when the response closes (its 'close' event, or before: `closed`).
  const leftAtClose = () => incoming.errored != null || !outgoing.writableFinished;
  return {
    get gone() {
      return outgoing.closed && leftAtClose();
    },
    watch(onGone) {
      const onClose = () => {
        if (leftAtClose()) onGone();
      };
      outgoing.once('close', onClose);
      return () => void outgoing.off('close', onClose);
    },
    signal: () => request.signal,
  };
}

function signalClient(signal: AbortSignal): Client {
  return {
    get gone() {
      return signal.aborted;
    },
    watch(onGone) {
      signal.addEventListener('abort', onGone, { once: true });
      return () => signal.removeEventListener('abort', onGone);
    },
    signal: () => signal,
  };
}
