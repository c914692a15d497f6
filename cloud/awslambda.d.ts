// The `awslambda` global: provided by the Lambda Node.js runtime only (response streaming). Locally and in
// tests, cloud/streaming-harness installs an implementation of the same contract.
import type { Writable } from 'node:stream';

declare global {
  /** The stream a response-streaming handler writes its body to (a Writable plus the runtime's extras). */
  type LambdaResponseStream = Writable & {
    /** Sets the response's content type; must be called before the first write. */
    setContentType(contentType: string): void;
  };

  /** What `HttpResponseStream.from` sends before the body: status, headers, cookies (function URLs). */
  interface LambdaHttpResponsePrelude {
    statusCode?: number;
    headers?: Record<string, string>;
    cookies?: string[];
  }

  /** The parts of the Lambda context object the project's handlers use. */
  interface LambdaStreamingContext {
    awsRequestId: string;
    functionName: string;
    getRemainingTimeInMillis(): number;
    [key: string]: unknown;
  }

  type LambdaStreamingHandler<TEvent = unknown> = (
    event: TEvent,
    responseStream: LambdaResponseStream,
    context: LambdaStreamingContext,
  ) => Promise<void>;

  var awslambda: {
    streamifyResponse<TEvent = unknown>(handler: LambdaStreamingHandler<TEvent>): LambdaStreamingHandler<TEvent>;
    HttpResponseStream: {
      /** Sends the prelude (status + headers) before the first body byte; returns the stream to write the body to. */
      from(responseStream: LambdaResponseStream, prelude: LambdaHttpResponsePrelude): LambdaResponseStream;
    };
  };
}

export {};
