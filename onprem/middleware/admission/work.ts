// The engine's work for one admitted request: the signal handed to the engine and the slot it holds.
// The work is stopped — the signal fires, the engine stops generating or closes its upstream connection —
// for the first of three causes: the client left, the request's time is up, or the node shuts down for good
// (the slot's shutdown callback, at the end of a drain's grace period). The slot is held until the answer's last
// byte, so a stream counts as running while it streams.
import { ApiError, errors } from '../../../shared/protocol/openai/errors.ts';
import type { Slot } from '../../admission.ts';
import type { Client } from './client.ts';

export type StopCause = 'client' | 'timeout' | 'shutdown';

/** The client went away; nobody reads the answer, the audit line says 499. */
export class ClientGone extends Error {
  constructor() {
    super('client closed the request');
    this.name = 'ClientGone';
  }
}

export class EngineWork {
  private readonly controller = new AbortController();
  private cause: StopCause | undefined;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly started = performance.now();
  private released = false;
  private readonly unwatchClient: () => void;

  /**
   * @param deadline performance.now() by which the request must be done (queue wait included).
   * @param onRelease called once with the time the slot was held, ms.
   */
  constructor(
    client: Pick<Client, 'gone' | 'watch'>,
    private readonly slot: Slot,
    deadline: number,
    private readonly onRelease: (engineMs: number) => void,
  ) {
    this.unwatchClient = client.watch(() => this.stop('client'));
    slot.onShutdown(() => this.stop('shutdown'));
    this.timer = setTimeout(() => this.stop('timeout'), Math.max(1, deadline - performance.now()));
    if (client.gone) this.stop('client');
  }

  /** Fires when the work is stopped; the engine must then stop. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the work (the first cause is the one that counts). */
  stop(why: StopCause): void {
    this.cause ??= why;
    this.controller.abort(
      why === 'timeout' ? new DOMException('request timed out', 'TimeoutError') : new DOMException(`stopped: ${why}`, 'AbortError'),
    );
  }

  /** Frees the slot for the next request. Idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    clearTimeout(this.timer);
    this.unwatchClient();
    this.slot.release();
    this.onRelease(Math.round(performance.now() - this.started));
  }

  /** The error the request ends with because the work was stopped; undefined if it was not. */
  stoppedError(): Error | undefined {
    if (this.cause === 'client') return new ClientGone();
    if (this.cause === 'timeout')
      return new ApiError(504, 'server_error', 'The request did not finish within its time limit on the on-prem node.', 'request_timeout');
    if (this.cause === 'shutdown') return errors.unavailable('The on-prem node shut down before the request finished.', 'shutting_down');
    return undefined;
  }
}
