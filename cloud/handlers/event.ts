// The CloudEvent the edge sends the cloud tier's functions (shared/protocol/cloud-contract.ts), validated once
// for all of them: `infer` (mode 'buffered': `body.stream` must not be true), `stream` (mode 'stream':
// `body.stream` must not be false) and `submit` (mode 'async': buffered, `body.stream` must not be true). An
// event that names another mode is refused, and so is any task but chat. The PII check follows on the
// payload built from it (payload.ts).
import { z } from 'zod';
import { CLOUD_EVENT_VERSION, type CloudEvent, type CloudMode } from '../../shared/protocol/cloud-contract.ts';
import { type ApiError, errors } from '../../shared/protocol/openai/errors.ts';
import { REQUEST_SCHEMAS, TASKS } from '../../shared/protocol/openai/schema.ts';

const CloudEventSchema = z.object({
  version: z.literal(CLOUD_EVENT_VERSION),
  mode: z.enum(['buffered', 'stream', 'async']).optional(),
  task: z.enum(TASKS),
  body: z.looseObject({ model: z.string().min(1), stream: z.boolean().nullish() }),
  decision: z.object({ rule: z.string(), policyVersion: z.string(), target: z.string() }),
  trace: z.object({ traceparent: z.string(), requestId: z.string() }),
  tenant: z.string(),
});

const FUNCTION_OF: Record<CloudMode, string> = { buffered: 'infer', stream: 'stream', async: 'submit' };

/** 400 `invalid_event`: the event (a CloudEvent, a status event …) failed its schema; the first issue says where. */
export function malformedEvent(what: string, error: z.ZodError): ApiError {
  const issue = error.issues[0];
  return errors.badRequest(
    `Malformed ${what}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}.`,
    null,
    'invalid_event',
  );
}

/** The event for the function of `mode`, or an ApiError 400 (malformed, another function's, unsupported). */
export function validateCloudEvent(raw: unknown, mode: CloudMode = 'buffered'): CloudEvent {
  const parsed = CloudEventSchema.safeParse(raw);
  if (!parsed.success) throw malformedEvent('cloud event', parsed.error);
  const event = parsed.data as CloudEvent;
  if (event.mode !== undefined && event.mode !== mode)
    throw errors.badRequest(
      `The event is for the ${FUNCTION_OF[event.mode]} function (mode '${event.mode}'), not ${FUNCTION_OF[mode]}.`,
      'mode',
      'invalid_event',
    );
  if (event.task !== 'chat')
    throw errors.badRequest(
      `The cloud tier's ${FUNCTION_OF[mode]} function serves chat completions only, not '${event.task}'.`,
      null,
      'unsupported_task',
    );
  checkStreamFlag(event, mode);
  const body = REQUEST_SCHEMAS.chat.safeParse(event.body);
  if (!body.success) {
    const issue = body.error.issues[0];
    throw errors.badRequest(
      `Invalid chat completion request: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}.`,
      issue?.path.join('.') ?? null,
    );
  }
  return event;
}

/** `body.stream` must say what the function does: buffered for infer and submit, streamed for stream. */
function checkStreamFlag(event: CloudEvent, mode: CloudMode): void {
  const stream = event.body.stream;
  if (mode === 'buffered' && stream === true)
    throw errors.badRequest(
      'infer is buffered: body.stream must be false (streaming goes through the stream function).',
      'stream',
      'invalid_event',
    );
  if (mode === 'async' && stream === true)
    throw errors.badRequest('submit queues buffered jobs: body.stream must be false.', 'stream', 'invalid_event');
  if (mode === 'stream' && stream === false)
    throw errors.badRequest(
      'stream streams: body.stream must be true (buffered requests go through the infer function).',
      'stream',
      'invalid_event',
    );
}
