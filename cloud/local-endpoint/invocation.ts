// One invocation of the local endpoint: what was received (recorded for tests, never the payload) and the
// response it is answered on. Every operation's answer goes through here, so the record's status is always
// the one sent.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendError, sendJson } from './wire.ts';

export type Operation = 'InvokeEndpoint' | 'InvokeEndpointWithResponseStream' | 'InvokeEndpointAsync';

/** One request the endpoint received (what tests assert on; never the payload itself). */
export interface ReceivedInvocation {
  endpoint: string;
  operation: Operation;
  status: number;
  contentType: string | undefined;
  bytes: number;
  /** X-Amzn-SageMaker-Target-Variant, as received. */
  targetVariant?: string;
  /** X-Amzn-SageMaker-Inference-Component, as received. */
  inferenceComponent?: string;
  /** What x-Amzn-Invoked-Production-Variant answered. */
  invokedVariant?: string;
  /** InvokeEndpointAsync: X-Amzn-SageMaker-Inference-Id / -InputLocation, as received. */
  inferenceId?: string;
  inputLocation?: string;
  /** Streaming: payload parts written; how the response ended ('aborted' = the client went away first). */
  parts?: number;
  outcome?: 'completed' | 'failed' | 'aborted';
  startedAt: number;
  endedAt?: number;
}

/** An invocation being answered. */
export interface Invocation {
  /** The endpoint name from the path. */
  name: string;
  operation: Operation;
  body: Uint8Array;
  rec: ReceivedInvocation;
  res: ServerResponse;
  /** A request header's value; undefined when absent or empty. */
  header(name: string): string | undefined;
}

/** The targeting headers recorded as received. */
const RECORDED_HEADERS = [
  ['targetVariant', 'x-amzn-sagemaker-target-variant'],
  ['inferenceComponent', 'x-amzn-sagemaker-inference-component'],
  ['inferenceId', 'x-amzn-sagemaker-inference-id'],
  ['inputLocation', 'x-amzn-sagemaker-inputlocation'],
] as const;

/** Reads the request and records it (the record's `endedAt`/`outcome` are set when the response closes). */
export async function receive(req: IncomingMessage, res: ServerResponse, name: string, operation: Operation): Promise<Invocation> {
  const body = await readBody(req);
  const header = (h: string) => {
    const v = req.headers[h];
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const rec: ReceivedInvocation = {
    endpoint: name,
    operation,
    status: 0,
    contentType: req.headers['content-type'],
    bytes: body.length,
    startedAt: performance.now(),
  };
  for (const [key, h] of RECORDED_HEADERS) {
    const v = header(h);
    if (v !== undefined) rec[key] = v;
  }
  return { name, operation, body, rec, res, header };
}

/** Resolves with the record once the invocation's response has closed (ended, failed or cut by the client). */
export function whenClosed(inv: Invocation): Promise<ReceivedInvocation> {
  return new Promise((resolve) =>
    inv.res.on('close', () => {
      inv.rec.endedAt = performance.now();
      if (inv.operation === 'InvokeEndpointWithResponseStream' && inv.rec.status === 200 && inv.rec.outcome === undefined)
        inv.rec.outcome = 'aborted';
      resolve(inv.rec);
    }),
  );
}

/** Answers with a SageMaker error. */
export function fail(inv: Invocation, status: number, type: string, message: string, extra: Record<string, unknown> = {}): void {
  inv.rec.status = status;
  sendError(inv.res, status, type, message, extra);
}

/** Answers with a JSON body. */
export function answerJson(inv: Invocation, status: number, headers: Record<string, string>, body: unknown): void {
  inv.rec.status = status;
  sendJson(inv.res, status, headers, body);
}

/** The model the endpoint `name` serves in `endpoints` (endpoint name → model id); own keys only, so a name
 * like `constructor` is an unknown endpoint, as in SageMaker, not a property of every object. */
export function modelServedBy(endpoints: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(endpoints, name) ? endpoints[name] : undefined;
}
