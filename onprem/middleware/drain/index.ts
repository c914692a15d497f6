// Step: during a graceful shutdown (onprem/admission.ts `drain`) a new API request gets 503 `draining` at
// once, before anything reads it; requests already admitted may finish within the grace period.
//
//   app.use('/v1/*', drain({ control: admission, onRefuse: () => metrics.rejections.inc({ reason: 'draining' }) }))
import type { MiddlewareHandler } from 'hono';
import { errors } from '../../../shared/protocol/openai/errors.ts';
import type { Admission } from '../../admission.ts';

export interface DrainOptions {
  control: Pick<Admission, 'isDraining'>;
  /** Called for every request refused (the rejections metric). */
  onRefuse?: () => void;
}

export function drain(options: DrainOptions): MiddlewareHandler {
  const { control, onRefuse } = options;
  return async function drain(_c, next) {
    if (control.isDraining) {
      onRefuse?.();
      throw errors.unavailable('The on-prem node is shutting down and takes no new requests.', 'draining');
    }
    await next();
  };
}
