// A local SageMaker-runtime-compatible endpoint (the wire protocol of AWS's SageMaker Runtime API, restJson1):
// the real `@aws-sdk/client-sagemaker-runtime` talks to it through an `endpoint` override. Backed by a real
// engine — the served models (shared/models/served.ts) with the built `triage-small` demo model (engine.ts).
//
//   InvokeEndpoint                    POST /endpoints/{name}/invocations                  → JSON completion
//   InvokeEndpointWithResponseStream  POST /endpoints/{name}/invocations-response-stream  → event-stream frames,
//       one PayloadPart per OpenAI SSE event (`data: {chunk}\n\n` … `data: [DONE]\n\n`)            (realtime.ts)
//   InvokeEndpointAsync               POST /endpoints/{name}/async-invocations            → 202 {"InferenceId"}
//       + X-Amzn-SageMaker-OutputLocation / -FailureLocation; then, in the background, the input is read from
//       S3 (X-Amzn-SageMaker-InputLocation, required), the model runs, and the completion is written to the
//       output location — or an error document to the failure location                           (async.ts)
//   Errors: status + `x-amzn-errortype` + JSON {"message"} (ModelError also OriginalStatusCode/OriginalMessage)
//   (wire.ts)
//
// Endpoint names map to model ids: real-time endpoints (`endpoints` option; default `triage-small-endpoint` →
// `triage-small`) and, when the `async` option gives the S3 configuration, asynchronous ones (`async.endpoints`;
// default `triage-small-async` → `triage-small`). An unknown name answers ValidationError, as SageMaker does, and
// so does the wrong kind of call (InvokeEndpoint on an async endpoint, InvokeEndpointAsync on a real-time one).
// Names starting with `fault-` produce SageMaker's failures deterministically, for tests and local fault drills
// (faults.ts; on InvokeEndpointAsync a ModelError fault is accepted and then fails the job).
//
// Targeting: the `X-Amzn-SageMaker-Target-Variant` and `-Inference-Component` headers are recorded (`received`,
// invocation.ts). With the `variants` / `inferenceComponents` options they are also checked (an unknown one →
// ValidationError); without, any name is accepted. The answer's `x-Amzn-Invoked-Production-Variant` is the
// target variant, the inference component's variant, or the endpoint's first variant (`AllTraffic`).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ModelRegistry } from '../../shared/models/served.ts';
import { listenLocal } from '../local-server.ts';
import { invokeAsync, startAsyncRunner, type AsyncInvocation, type AsyncRunner, type LocalAsyncOptions } from './async.ts';
import { loadModels } from './models.ts';
import { receive, whenClosed, type Operation, type ReceivedInvocation } from './invocation.ts';
import { invokeRealtime, type RealtimeOptions } from './realtime.ts';
import { sendError } from './wire.ts';

export const DEFAULT_ENDPOINTS: Readonly<Record<string, string>> = { 'triage-small-endpoint': 'triage-small' };
export const DEFAULT_ASYNC_ENDPOINTS: Readonly<Record<string, string>> = { 'triage-small-async': 'triage-small' };

export interface LocalEndpointOptions extends RealtimeOptions {
  port?: number;
  host?: string;
  /** endpoint name → model id in the endpoint's registry. */
  endpoints?: Record<string, string>;
  /** Defaults to the built models in shared/models/dist. */
  models?: ModelRegistry;
  /** InvokeEndpointAsync: S3 access, output/failure paths, async endpoint names. Unset: async calls are refused. */
  async?: LocalAsyncOptions;
}

export interface LocalEndpoint {
  url: string;
  received: ReceivedInvocation[];
  /** InvokeEndpointAsync jobs accepted, in order. */
  asyncJobs: AsyncInvocation[];
  /** Resolves when the response of `rec` has closed (ended, failed or cut by the client). */
  whenEnded(rec: ReceivedInvocation): Promise<ReceivedInvocation>;
  /** Resolves when the async job has written its output or failure object. */
  whenSettled(inferenceId: string): Promise<AsyncInvocation>;
  close(): Promise<void>;
}

/** The endpoint's state, shared by its requests (it satisfies the operations' contexts). */
interface EndpointState {
  options: LocalEndpointOptions;
  models: ModelRegistry;
  endpoints: Readonly<Record<string, string>>;
  asyncEndpoints: Readonly<Record<string, string>>;
  asyncRunner: AsyncRunner | undefined;
  received: ReceivedInvocation[];
  ended: WeakMap<ReceivedInvocation, Promise<ReceivedInvocation>>;
}

const PATH = /^\/endpoints\/([^/]+)\/(invocations|invocations-response-stream|async-invocations)$/;
const OPERATION = {
  invocations: 'InvokeEndpoint',
  'invocations-response-stream': 'InvokeEndpointWithResponseStream',
  'async-invocations': 'InvokeEndpointAsync',
} as const satisfies Record<string, Operation>;

export async function startLocalEndpoint(opts: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const models = opts.models ?? loadModels();
  const state: EndpointState = {
    options: opts,
    models,
    endpoints: opts.endpoints ?? DEFAULT_ENDPOINTS,
    asyncEndpoints: opts.async ? (opts.async.endpoints ?? DEFAULT_ASYNC_ENDPOINTS) : {},
    asyncRunner: opts.async ? startAsyncRunner(opts.async, models) : undefined,
    received: [],
    ended: new WeakMap(),
  };
  const server = createServer((req, res) => {
    handle(state, req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'InternalFailure', `local endpoint: ${(err as Error).message}`);
      else res.destroy(err as Error);
    });
  });
  const { url, close } = await listenLocal(server, opts);
  const { asyncRunner } = state;
  return {
    url,
    received: state.received,
    asyncJobs: asyncRunner?.jobs ?? [],
    whenEnded: (rec) => state.ended.get(rec) ?? Promise.reject(new Error('not an invocation this endpoint received')),
    whenSettled: (id) => asyncRunner?.settled(id) ?? Promise.reject(new Error('the local endpoint has no async configuration')),
    close: async () => {
      await close();
      asyncRunner?.close();
    },
  };
}

async function handle(state: EndpointState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local');
  const m = PATH.exec(url.pathname);
  if (req.method !== 'POST' || !m) return sendError(res, 404, 'UnknownOperationException', `No operation at ${req.method} ${url.pathname}`);
  // SigV4 is not verified here, but a request without it would not reach a real endpoint either.
  const auth = req.headers.authorization ?? '';
  if (!auth.startsWith('AWS4-HMAC-SHA256 ') || !auth.includes('/sagemaker/aws4_request'))
    return sendError(res, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token (SigV4, service sagemaker)');

  const inv = await receive(req, res, decodeURIComponent(m[1]!), OPERATION[m[2] as keyof typeof OPERATION]);
  state.received.push(inv.rec);
  state.ended.set(inv.rec, whenClosed(inv));
  if (inv.operation === 'InvokeEndpointAsync') return invokeAsync(state, inv);
  return invokeRealtime(state, inv);
}
