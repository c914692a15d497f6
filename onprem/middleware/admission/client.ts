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
  if (incoming && outgoing instanceof ServerResponse) return new NodeClient(request, incoming, outgoing);
  return new SignalClient(request);
}

// Classes, not object literals with a getter: V8 builds a literal with an accessor on a slow path, per request.
class NodeClient implements Client {
  constructor(
    private readonly request: Request,
    private readonly incoming: IncomingMessage,
    private readonly outgoing: ServerResponse,
  ) {}

  get gone(): boolean {
    return this.outgoing.closed && this.leftAtClose();
  }

  watch(onGone: () => void): () => void {
    const onClose = () => {
      if (this.leftAtClose()) onGone();
    };
    this.outgoing.once('close', onClose);
    return () => void this.outgoing.off('close', onClose);
  }

  signal(): AbortSignal {
    return this.request.signal;
  }

  /** The adapter's rule, checked when the response closes (its 'close' event, or before: `closed`). */
  private leftAtClose(): boolean {
    return this.incoming.errored != null || !this.outgoing.writableFinished;
  }
}

class SignalClient implements Client {
  constructor(private readonly request: Request) {}

  get gone(): boolean {
    return this.request.signal.aborted;
  }

  watch(onGone: () => void): () => void {
    const signal = this.request.signal;
    signal.addEventListener('abort', onGone, { once: true });
    return () => signal.removeEventListener('abort', onGone);
  }

  signal(): AbortSignal {
    return this.request.signal;
  }
}
