// What responses() leaves on the context besides `request` (BodyVars: the translated chat request): the
// Responses request as served (types only).
import type { ResponsesRequest } from '../../../shared/protocol/openai/responses/index.ts';

export interface ResponsesVars {
  /** The client's Responses request, validated; what the pipeline routes and sends is its chat translation. */
  responsesRequest: ResponsesRequest;
}
