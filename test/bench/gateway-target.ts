// What the side-by-side gateway benchmark (test/bench/gateways.ts) needs from each thing it measures: a running
// server on loopback, how to address a chat request to it, and which process does its work (whose CPU time,
// read from /proc before and after a run, divided by the requests answered, is the "CPU per request" figure).
export interface GatewayTarget {
  /** The table's row label, e.g. `Portkey 1.15.2 on Node`. */
  name: string;
  /** Base URL on loopback, e.g. `http://127.0.0.1:41234`; the chat route is `${url}${chatPath}`. */
  url: string;
  chatPath: string;
  /** The process that does the gateway's work (for workerd: the workerd process). */
  pid: number;
  /**
   * The request's headers besides content-type: API key, provider routing, or a signature over `body`. Made
   * per request and synchronously (autocannon's per-request hook cannot await; a signature's nonce is single-use).
   */
  headers(body: string): Record<string, string>;
  /** The model name to put in the body. */
  model: string;
  /** Stops the server and everything it started. */
  stop(): Promise<void>;
  /** Spawn → first successful chat answer, when the target measured it while starting. */
  coldStart?: ColdStart;
}

/** Milliseconds from spawning a target's process to its first successful chat answer. */
export interface ColdStart {
  name: string;
  spawnToFirstAnswer: number;
}
