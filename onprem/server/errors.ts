// How the node answers an error thrown by any step: an ApiError in OpenAI's shape with its status and
// headers, its code recorded in the audit line; a client that went away gets no answer (499 in the audit
// line); anything else is a bug — 500 `internal_error`, and a log line with the error's name only (its
// message could quote input).
import type { ErrorHandler } from 'hono';
import { ApiError } from '../../shared/protocol/openai/errors.ts';
import { formatLog } from '../../shared/protocol/telemetry/index.ts';
import { ClientGone } from '../middleware/admission/work.ts';
import { CLIENT_CLOSED } from '../middleware/audit/index.ts';
import type { ContextVariables } from '../middleware/context/index.ts';

export function answerError<E extends { Variables: ContextVariables }>(log: (line: string) => void): ErrorHandler<E> {
  return function answerError(err, c) {
    const record = c.get('record');
    if (err instanceof ClientGone || (c.req.raw.signal.aborted && !(err instanceof ApiError))) {
      record.error_code = 'client_closed';
      return new Response(null, { status: CLIENT_CLOSED });
    }
    if (!(err instanceof ApiError)) log(unexpectedErrorLine(record.request_id, err));
    const e =
      err instanceof ApiError
        ? err
        : new ApiError(500, 'server_error', 'The on-prem node failed to process the request.', 'internal_error');
    record.error_code = e.code ?? undefined;
    return e.toResponse();
  };
}

function unexpectedErrorLine(requestId: string, err: Error): string {
  return formatLog({ ts: new Date().toISOString(), level: 'error', msg: 'unexpected error', request_id: requestId, error: err.name });
}
