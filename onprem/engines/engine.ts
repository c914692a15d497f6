// The interface every on-prem inference engine implements. The service (onprem/server/app.ts and its steps in
// onprem/middleware/) owns HTTP, auth, admission control, audit and metrics; an engine only turns a validated OpenAI-style request into an
// OpenAI-compatible Response. Engines: `openai-upstream` (a local vLLM / TGI / llama.cpp / Ollama server —
// the usual GPU path) and `onnx` (the shared ONNX runner on onnxruntime-node; CPU, or CUDA when configured).
import type { ModelInfo } from '../../shared/models/served.ts';
import type { Task } from '../../shared/protocol/openai/schema.ts';

export type EngineKind = 'openai-upstream' | 'onnx';

export interface EngineRequest {
  task: Task;
  /** The request body, already validated against shared/protocol/openai/schema.ts for `task`. */
  body: Record<string, unknown> & { model: string };
  stream: boolean;
  requestId: string;
  /** W3C traceparent to pass on to an upstream server. */
  traceparent: string;
  /**
   * Aborted when the client goes away, the request's deadline passes or the node shuts down hard. An
   * engine must stop its work (close the upstream connection, stop generating) when it fires.
   */
  signal: AbortSignal;
}

export interface EngineModel {
  id: string;
  /** Which tasks this model serves. */
  tasks: readonly Task[];
  /** What the model is (demo or folder, version, variant), where the engine runs it itself. */
  info?: ModelInfo;
}

export interface Engine {
  readonly kind: EngineKind;
  /** Loads models / checks the upstream once at start; rejects with a message an operator can act on. */
  start(): Promise<void>;
  /** Able to take work now (models loaded, upstream answering); drives /readyz. */
  ready(): Promise<boolean>;
  /** The models this engine serves (for /v1/models and for 404 on unknown models). */
  models(): readonly EngineModel[];
  /**
   * Answers the request: OpenAI JSON, or for `stream` an SSE body (`data: {...}\n\n` … `data: [DONE]`)
   * passed on chunk by chunk as it is produced; a whole answer the engine already holds as text may come as a
   * TextAnswer instead. Client mistakes the engine finds (or an upstream's 4xx)
   * come back as an OpenAI-shaped error Response with that status; failures of the engine itself throw
   * EngineError.
   */
  handle(req: EngineRequest): Promise<EngineAnswer>;
  /** Releases sessions / connections. */
  close(): Promise<void>;
}

/** What an engine answers: a Web Response (a stream, or a body it produces), or a TextAnswer. */
export type EngineAnswer = Response | TextAnswer;

/**
 * A whole answer (JSON or an OpenAI error) the engine already holds as text. The node writes it out as it is;
 * a Web Response around it would cost a body stream that the node only reads back into the same string (a
 * measurable share of a proxied request's CPU). Reads like the part of a Response callers use.
 */
export class TextAnswer {
  readonly body = null;
  constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly content: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return Promise.resolve(this.content);
  }

  json(): Promise<unknown> {
    return Promise.resolve(JSON.parse(this.content) as unknown);
  }
}

export class EngineError extends Error {
  constructor(
    message: string,
    /** 502 upstream answered badly, 503 not ready / unreachable, 504 upstream timed out. */
    readonly status: 502 | 503 | 504,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
