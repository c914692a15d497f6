// Endpoint names that fail the way SageMaker does, deterministically: for tests and local fault drills. A
// ModelError fault carries the container's status (`original`), as SageMaker reports it; on
// InvokeEndpointAsync such a fault accepts the call and then fails the job (async.ts), the others fail the call.

export interface Fault {
  status: number;
  /** SageMaker's error type: the `x-amzn-errortype` header. */
  type: string;
  message: string;
  /** ModelError: the model container's own status (OriginalStatusCode). */
  original?: number;
}

/** Endpoint names that fail the way SageMaker does. `fault-mid-stream` runs the real model, then breaks. */
export const FAULT_ENDPOINTS = {
  'fault-model-error': {
    status: 424,
    type: 'ModelError',
    message: 'Received server error (500) from primary with message "CUDA out of memory". See the log stream for details.',
    original: 500,
  },
  'fault-model-rejects': {
    status: 424,
    type: 'ModelError',
    message: 'Received client error (400) from primary with message "input too long".',
    original: 400,
  },
  'fault-validation': {
    status: 400,
    type: 'ValidationError',
    message: 'Inference Component Name header is required for endpoints to which you plan to deploy inference components.',
  },
  'fault-not-ready': {
    status: 429,
    type: 'ModelNotReadyException',
    message: 'Model is not ready: the inference component has 0 copies; scaling out.',
  },
  'fault-unavailable': { status: 503, type: 'ServiceUnavailable', message: 'The service is unavailable. Try your request again.' },
  'fault-dependency': {
    status: 530,
    type: 'InternalDependencyException',
    message: 'Your request caused an exception with an internal dependency. Contact customer support.',
  },
  'fault-internal': { status: 500, type: 'InternalFailure', message: 'An internal failure occurred.' },
} as const satisfies Record<string, Fault>;

/** Answers only after `slowMs` (default 5 s): for the caller's request timeout. */
export const SLOW_ENDPOINT = 'fault-slow';
/** Streams `midStreamAfter` real parts, then a ModelStreamError exception frame. */
export const MID_STREAM_ENDPOINT = 'fault-mid-stream';

/** The fault an endpoint name stands for, if any. */
export function faultOf(name: string): Fault | undefined {
  return Object.hasOwn(FAULT_ENDPOINTS, name) ? (FAULT_ENDPOINTS as Record<string, Fault>)[name] : undefined;
}

/** The extra fields of a ModelError answer (the container's status and message, the log stream). */
export function modelErrorFields(name: string, fault: Fault): Record<string, unknown> {
  if (!fault.original) return {};
  return {
    OriginalStatusCode: fault.original,
    OriginalMessage: fault.message,
    LogStreamArn: `arn:aws:logs:local:000000000000:log-group:/aws/sagemaker/Endpoints/${name}`,
  };
}

/** How SageMaker words a model container's error status in a ModelError. */
export function containerErrorMessage(status: 400 | 500, detail: string): string {
  return `Received ${status < 500 ? 'client' : 'server'} error (${status}) from primary with message "${detail}".`;
}
