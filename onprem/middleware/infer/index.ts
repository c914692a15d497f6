// Step (the handler): the engine answers. engine.handle() gets the admission step's signal, which fires when
// the client leaves, the request's time is up or the node stops — the engine then stops its work. The
// answer is passed on as it arrives:
//   - JSON is read whole (the engine's work ends with its body) for its usage, or its error code;
//   - a stream is passed on whole event by whole event as the engine produces it (pulled on demand: no
//     read-ahead), watched for its usage chunk. If the engine's stream breaks off (fails, or closes without
//     [DONE]) the client gets an OpenAI error event and a clean close instead of a cut connection or an end
//     that looks complete (shared/protocol/openai/sse.ts) — naming why, when the node stopped it.
// Engine failures become OpenAI errors (502 `engine_error`, 503 `engine_unavailable`, 504 `engine_timeout`).
//
//   app.post('/v1/chat/completions', body(...), inspect(), model(...), admission(...), infer({ engine }))
import type { Context, Handler } from 'hono';
import { parseJsonOrUndefined } from '../../../shared/protocol/json.ts';
import { ApiError, errors } from '../../../shared/protocol/openai/errors.ts';
import { guardOpenAiStream } from '../../../shared/protocol/openai/sse.ts';
import { EngineError, TextAnswer, type Engine } from '../../engines/engine.ts';
import type { AdmissionVariables } from '../admission/index.ts';
import { wantsStream, type BodyVariables } from '../body/index.ts';
import type { ContextVariables } from '../context/index.ts';
import { isEventStream } from '../stream-end.ts';
import { errorCodeOf, usageInEvent, usageOf } from './usage.ts';

export interface InferOptions {
  engine: Pick<Engine, 'handle'>;
}

type InferEnv = { Variables: ContextVariables & BodyVariables & AdmissionVariables };
type InferContext = Context<InferEnv>;

/** Engine response headers passed on to the client. */
const PASSED_HEADERS = ['content-type', 'cache-control'];

export function infer(options: InferOptions): Handler<InferEnv> {
  const { engine } = options;
  return async function infer(c) {
    const request = c.get('request');
    const work = c.get('work');
    const req = { task: request.task, body: request.body, stream: wantsStream(request) };
    const res = await engine
      .handle({ ...req, requestId: c.get('requestId'), traceparent: c.get('engineTraceparent'), signal: work.signal })
      .catch((err: unknown) => {
        throw work.stoppedError() ?? engineFailure(err);
      });
    const headers = passedHeaders(res.headers);
    if (res instanceof TextAnswer) return passText(c, res.status, await res.text(), headers);
    if (!res.body) return new Response(null, { status: res.status, headers });
    if (isEventStream(res)) return passStream(c, res, headers);
    return passText(c, res.status, await readWhole(c, res), headers);
  };
}

/** A plain header record: the adapter writes it as it is (a Headers object it would first convert). */
function passedHeaders(from: Headers): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of PASSED_HEADERS) {
    const v = from.get(h);
    if (v) headers[h] = v;
  }
  return headers;
}

/** A JSON answer, whole: its usage (or its error code) for the audit line. */
function passText(c: InferContext, status: number, text: string, headers: Record<string, string>): Response {
  const record = c.get('record');
  const json = parseJsonOrUndefined(text);
  if (status >= 200 && status < 300) record.tokens = usageOf(json);
  else record.error_code = errorCodeOf(json) ?? `engine_${status}`;
  return new Response(text, { status, headers });
}

/** A JSON answer's body, read to its end. */
function readWhole(c: InferContext, res: Response): Promise<string> {
  return res.text().catch((err: unknown) => {
    throw (
      c.get('work').stoppedError() ??
      (err instanceof EngineError ? engineFailure(err) : errors.badGateway("The engine's answer broke off.", 'engine_error'))
    );
  });
}

/** A stream, event by event; its usage chunk and, if it broke off, the error event's code for the audit line. */
function passStream(c: InferContext, res: Response & { body: ReadableStream<Uint8Array> }, headers: Record<string, string>): Response {
  const record = c.get('record');
  const work = c.get('work');
  const guarded = guardOpenAiStream(res.body, {
    onEvent: (ev) => {
      const tokens = usageInEvent(ev);
      if (tokens) record.tokens = tokens;
    },
    interrupted: () => {
      const broken = streamBrokenError(work.stoppedError());
      record.error_code = broken.code ?? 'stream_interrupted';
      return broken.toBody().error;
    },
  });
  return new Response(guarded, { status: res.status, headers });
}

/** What the error event says when the engine's stream broke off: why the node stopped it, or that it broke. */
function streamBrokenError(stopped: Error | undefined): ApiError {
  if (stopped instanceof ApiError) return stopped;
  return new ApiError(
    502,
    'server_error',
    "The on-prem node's engine stream broke off before it was complete; the answer is incomplete.",
    'stream_interrupted',
  );
}

/** An engine's failure as an OpenAI error; anything else is left to the app's error handler (500, logged). */
function engineFailure(err: unknown): unknown {
  if (!(err instanceof EngineError)) return err;
  const code = err.status === 502 ? 'engine_error' : err.status === 503 ? 'engine_unavailable' : 'engine_timeout';
  // Engine messages are written for operators and never quote request content (engine.ts).
  return new ApiError(err.status, err.status === 503 ? 'service_unavailable' : 'server_error', err.message, code);
}
