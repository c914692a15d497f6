// What body() leaves on the context: the validated request (types only).
import type { ParsedRequest } from '../../../shared/protocol/openai/schema.ts';

export interface BodyVars {
  /** The validated request: its task and body. */
  request: ParsedRequest;
}
