// What inspect() leaves on the context: the request's inspection (types only).
import type { Inspection } from '../../../shared/core/inspect/index.ts';

export interface InspectVars {
  inspection: Inspection;
}
