// The local endpoint's real-time operations: InvokeEndpoint (the whole completion as JSON) and
// InvokeEndpointWithResponseStream (the status line at once, then one PayloadPart frame per OpenAI SSE event
// as the model produces it, `data: [DONE]` last; a failure breaks the stream off with a ModelStreamError frame).
//
// Before the model runs: an async endpoint refuses the call, a fault endpoint fails it (faults.ts), the
// endpoint name must map to a model, the payload must be a chat request (else ModelError 424 with the
// container's 400), and the target variant / inference component must exist where the options list them.
import type { ModelRegistry } from '../../shared/models/served.ts';
import { BadPayload, chunkBody, completionBody, parseChat, runChat, type ChatJob, type ChatResult } from './engine.ts';
import { containerErrorMessage, faultOf, MID_STREAM_ENDPOINT, modelErrorFields, SLOW_ENDPOINT } from './faults.ts';
import { answerJson, fail, modelServedBy, type Invocation, type ReceivedInvocation } from './invocation.ts';
import { modelStreamErrorFrame, payloadPartFrame } from './wire.ts';

export const DEFAULT_VARIANT = 'AllTraffic';

export interface RealtimeOptions {
  /** Delay between generated pieces when streaming (emulates a GPU's token rate; 0 = as fast as the CPU). */
  pieceDelayMs?: number;
  slowMs?: number;
  midStreamAfter?: number;
  /** Production variants per endpoint name. Unset: any target variant is accepted. */
  variants?: Record<string, string[]>;
  /** Inference component name → { endpoint, variant? } it is deployed on. Unset: any component is accepted. */
  inferenceComponents?: Record<string, { endpoint: string; variant?: string }>;
  /**
   * Called before each generated piece is streamed (InvokeEndpointWithResponseStream); the piece waits for it.
   * For tests that need the model to be mid-generation at a known point (never for pacing: see pieceDelayMs).
   */
  beforePiece?: (rec: ReceivedInvocation, piece: number) => Promise<void> | void;
}

/** What the real-time operations need of the endpoint. */
export interface RealtimeContext {
  options: RealtimeOptions;
  models: ModelRegistry;
  /** Real-time endpoint name → model id. */
  endpoints: Readonly<Record<string, string>>;
  /** Async endpoint names (they refuse real-time calls). */
  asyncEndpoints: Readonly<Record<string, string>>;
  /** Invocations so far (numbers the completion ids). */
  received: readonly ReceivedInvocation[];
}

/** A call that passed every check: the model to run, the request, the variant that answers. */
interface Accepted {
  modelId: string;
  job: ChatJob;
  variant: string;
  id: string;
  created: number;
}

class MidStreamFault extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function invokeRealtime(ctx: RealtimeContext, inv: Invocation): Promise<void> {
  const call = await accept(ctx, inv);
  if (!call) return;
  if (inv.operation === 'InvokeEndpointWithResponseStream') return streamCompletion(ctx, inv, call);
  const r = await runChat(ctx.models, call.modelId, call.job);
  answerJson(inv, 200, { 'x-amzn-invoked-production-variant': call.variant }, completionBody(call.id, call.created, call.job, r));
}

/** The checks before the model runs; undefined once a refusal has been answered. */
async function accept(ctx: RealtimeContext, inv: Invocation): Promise<Accepted | undefined> {
  const { name } = inv;
  if (modelServedBy(ctx.asyncEndpoints, name)) return refuse(inv, `Endpoint ${name} is an asynchronous endpoint: use InvokeEndpointAsync.`);
  const fault = faultOf(name);
  if (fault) {
    fail(inv, fault.status, fault.type, fault.message, modelErrorFields(name, fault));
    return undefined;
  }
  if (name === SLOW_ENDPOINT) {
    await sleep(ctx.options.slowMs ?? 5000);
    if (inv.res.destroyed) return undefined;
  }
  const modelId = modelOf(ctx, name);
  if (!modelId) return refuse(inv, `Endpoint ${name} of account 000000000000 not found.`);
  if (inv.body.length === 0)
    return refuse(inv, "1 validation error detected: Value at 'body' failed to satisfy constraint: Member must not be null");
  const job = parsePayload(inv);
  if (!job) return undefined;
  const variant = invokedVariant(ctx.options, name, inv.rec);
  if ('error' in variant) return refuse(inv, variant.error);
  inv.rec.invokedVariant = variant.variant;
  const id = `chatcmpl-local-${ctx.received.length}-${Date.now().toString(36)}`;
  return { modelId, job, variant: variant.variant, id, created: Math.floor(Date.now() / 1000) };
}

function refuse(inv: Invocation, message: string): undefined {
  fail(inv, 400, 'ValidationError', message);
  return undefined;
}

/** The model an endpoint serves; the slow and mid-stream fault endpoints run the first configured one. */
function modelOf(ctx: RealtimeContext, name: string): string | undefined {
  if (name === MID_STREAM_ENDPOINT || name === SLOW_ENDPOINT) return Object.values(ctx.endpoints)[0] ?? 'triage-small';
  return modelServedBy(ctx.endpoints, name);
}

/** The chat request in the payload; a payload the container refuses is answered (undefined). */
function parsePayload(inv: Invocation): ChatJob | undefined {
  try {
    return parseChat(inv.body);
  } catch (e) {
    if (!(e instanceof BadPayload)) throw e;
    // The container answered 400; SageMaker passes that on as a ModelError (424) with the original status.
    fail(inv, 424, 'ModelError', containerErrorMessage(400, e.message), { OriginalStatusCode: 400, OriginalMessage: e.message });
    return undefined;
  }
}

/** The variant an invocation runs on, checking the target variant / inference component if configured. */
function invokedVariant(opts: RealtimeOptions, endpoint: string, rec: ReceivedInvocation): { variant: string } | { error: string } {
  const known = opts.variants?.[endpoint];
  if (rec.inferenceComponent) {
    const ic = opts.inferenceComponents?.[rec.inferenceComponent];
    if (opts.inferenceComponents && (!ic || ic.endpoint !== endpoint))
      return { error: `Inference component ${rec.inferenceComponent} not found on endpoint ${endpoint}.` };
    if (rec.targetVariant && ic?.variant && rec.targetVariant !== ic.variant)
      return { error: `Inference component ${rec.inferenceComponent} is not deployed on variant ${rec.targetVariant}.` };
    return { variant: ic?.variant ?? rec.targetVariant ?? known?.[0] ?? DEFAULT_VARIANT };
  }
  if (rec.targetVariant) {
    if (known && !known.includes(rec.targetVariant))
      return { error: `The variant(s) "[${rec.targetVariant}]" is/are not valid for endpoint ${endpoint}.` };
    return { variant: rec.targetVariant };
  }
  return { variant: known?.[0] ?? DEFAULT_VARIANT };
}

// ---- InvokeEndpointWithResponseStream ------------------------------------------------------------------------

/** The status line goes out now, then one frame per SSE event as the model produces it. */
async function streamCompletion(ctx: RealtimeContext, inv: Invocation, call: Accepted): Promise<void> {
  const { res, rec } = inv;
  rec.status = 200;
  res.writeHead(200, {
    'content-type': 'application/vnd.amazon.eventstream',
    'x-amzn-sagemaker-content-type': 'text/event-stream',
    'x-amzn-invoked-production-variant': call.variant,
    'transfer-encoding': 'chunked',
  });
  res.flushHeaders();
  const ac = new AbortController();
  res.on('close', () => ac.abort());
  const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
    sseData(chunkBody(call.id, call.created, call.job.model, delta, finishReason));
  await writePart(inv, chunk({ role: 'assistant', content: '' }, null));
  try {
    const r = await runChat(ctx.models, call.modelId, call.job, pieceWriter(ctx.options, inv, chunk), ac.signal);
    await writePart(inv, chunk({}, r.finishReason));
    if (call.job.includeUsage) await writePart(inv, sseData(usageChunk(call, r)));
    await writePart(inv, 'data: [DONE]\n\n');
    rec.outcome = 'completed';
    res.end();
  } catch (e) {
    if (res.destroyed) return;
    rec.outcome = 'failed';
    const message =
      e instanceof MidStreamFault
        ? 'Model container failed while streaming: worker died'
        : `Model error while streaming: ${(e as Error).message}`;
    res.end(modelStreamErrorFrame(message));
  }
}

/** What runs for each generated piece: the mid-stream fault, the test's hold, the frame, the pacing. */
function pieceWriter(
  opts: RealtimeOptions,
  inv: Invocation,
  chunk: (delta: Record<string, unknown>, finishReason: string | null) => string,
): (piece: string) => Promise<void> {
  const midStream = inv.name === MID_STREAM_ENDPOINT;
  let parts = 0;
  let pieces = 0;
  return async (piece) => {
    if (midStream && ++parts > (opts.midStreamAfter ?? 3)) throw new MidStreamFault();
    if (opts.beforePiece) await opts.beforePiece(inv.rec, ++pieces);
    await writePart(inv, chunk({ content: piece }, null));
    if (opts.pieceDelayMs) await sleep(opts.pieceDelayMs);
  };
}

/** One PayloadPart frame, written with backpressure; fails once the client has gone. */
async function writePart(inv: Invocation, sse: string): Promise<void> {
  if (inv.res.destroyed) throw new Error('client went away');
  const frame = payloadPartFrame(sse);
  inv.rec.parts = (inv.rec.parts ?? 0) + 1;
  if (!inv.res.write(frame)) await new Promise((r) => inv.res.once('drain', r));
}

function sseData(obj: unknown): string {
  return `data: ${JSON.stringify(obj)}\n\n`;
}

/** The last chunk when the request asked for `stream_options.include_usage`: no choices, the token counts. */
function usageChunk(call: Accepted, r: ChatResult): Record<string, unknown> {
  return {
    id: call.id,
    object: 'chat.completion.chunk',
    created: call.created,
    model: call.job.model,
    choices: [],
    usage: { prompt_tokens: r.promptTokens, completion_tokens: r.completionTokens, total_tokens: r.promptTokens + r.completionTokens },
  };
}
