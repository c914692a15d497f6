// `lambda` target: the cloud tier's function, called with Lambda Invoke (buffered) or through its function
// URL (streaming), both SigV4-signed with aws4fetch (service `lambda`). The event and result shapes are
// the documented contract in shared/protocol/cloud-contract.ts. `LAMBDA_ENDPOINT` replaces the regional Invoke
// endpoint (serverless-offline in local development), `LAMBDA_STREAM_URL` the target's `stream_url` (the
// response-streaming harness, cloud/streaming-harness/).
//
// aws4fetch's own retry loop (10 retries on 5xx/429 by default) is not used: requests are signed with
// `sign()` and sent with plain fetch, so retries and fallbacks stay the executor's decision.
import { AwsClient } from 'aws4fetch';
import { CLOUD_EVENT_VERSION, readCloudResult, type CloudEvent } from '../../shared/protocol/cloud-contract.ts';
import { SSE_HEADERS, completionToSse } from '../../shared/protocol/openai/sse.ts';
import { sha256Hex } from '../../shared/protocol/crypto.ts';
import type { Env } from '../env.ts';
import { gatewayStatus, mapUpstream, postUpstream, readBody, traceHeaders, upstreamBody } from './http.ts';
import { targetClient, TargetError, type TargetClient, type TargetRequest, type TargetSpecOf } from './target.ts';

type LambdaSpec = TargetSpecOf<'lambda'>;

/** Where one lambda target's requests go, and who signs them. */
interface LambdaFunction {
  /** The target's name in the policy (in every error message). */
  name: string;
  invokeUrl: string;
  /** The function URL for response streaming, if the target (or LAMBDA_STREAM_URL) has one. */
  streamUrl: string | undefined;
  signer: () => AwsClient;
}

/** A function's answer as the cloud contract's result (shared/protocol/cloud-contract.ts). */
type CloudAnswer = NonNullable<ReturnType<typeof readCloudResult>>;

export function lambdaClient(name: string, spec: LambdaSpec, env: Env): TargetClient<'lambda'> {
  const endpoint = (env.LAMBDA_ENDPOINT || `https://lambda.${spec.region}.amazonaws.com`).replace(/\/+$/, '');
  const fn: LambdaFunction = {
    name,
    invokeUrl: `${endpoint}/2015-03-31/functions/${encodeURIComponent(spec.function)}/invocations`,
    streamUrl: env.LAMBDA_STREAM_URL || spec.stream_url,
    signer: lazySigner(name, spec, env),
  };
  return targetClient(name, spec, (req) =>
    req.stream && req.task === 'chat' && fn.streamUrl ? stream(fn, req, fn.streamUrl) : invoke(fn, req),
  );
}

/** The SigV4 signer, made on first use (503, not retryable, while the AWS credentials are not set). */
function lazySigner(name: string, spec: LambdaSpec, env: Env): () => AwsClient {
  let aws: AwsClient | undefined;
  return () => {
    if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY)
      throw new TargetError(`target ${name}: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set`, 503, false);
    aws ??= new AwsClient({
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      service: 'lambda',
      region: spec.region,
      retries: 0,
    });
    return aws;
  };
}

function event(fn: LambdaFunction, req: TargetRequest, stream: boolean): CloudEvent {
  return {
    version: CLOUD_EVENT_VERSION,
    task: req.task,
    body: upstreamBody(req, stream),
    decision: { rule: req.decision?.rule ?? 'unknown', policyVersion: req.decision?.policyVersion ?? 'unknown', target: fn.name },
    trace: { traceparent: req.traceparent, requestId: req.requestId },
    tenant: req.tenant,
  };
}

async function send(fn: LambdaFunction, url: string, body: string, req: TargetRequest, extra: Record<string, string>): Promise<Response> {
  const signed = await fn.signer().sign(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...traceHeaders(req), ...extra },
    body,
  });
  return postUpstream(fn.name, fetch, signed, { signal: req.signal });
}

/** Through the function URL: the stream is passed on as it arrives (http.ts). */
async function stream(fn: LambdaFunction, req: TargetRequest, url: string): Promise<Response> {
  const body = JSON.stringify(event(fn, req, true));
  const res = await send(fn, url, body, req, { accept: 'text/event-stream', 'x-amz-content-sha256': await sha256Hex(body) });
  return mapUpstream(fn.name, res, req);
}

/** Lambda Invoke: buffered; a streaming chat request gets the whole answer as one SSE stream. */
async function invoke(fn: LambdaFunction, req: TargetRequest): Promise<Response> {
  const res = await send(fn, fn.invokeUrl, JSON.stringify(event(fn, req, false)), req, {});
  const text = new TextDecoder().decode(await readBody(fn.name, res, req));
  if (res.status !== 200) throw invokeRefused(fn.name, res);
  const fnError = res.headers.get('x-amz-function-error');
  if (fnError) throw new TargetError(`target ${fn.name}: the function failed (${fnError.slice(0, 40)})`, 502, true);
  return answer(fn.name, cloudAnswer(fn.name, text), req);
}

/**
 * The Invoke API itself refused: throttled (429), Lambda service trouble (5xx) — retryable — or our
 * configuration (403 signature/permissions, 404 no such function, 413 payload too large …).
 */
function invokeRefused(name: string, res: Response): TargetError {
  const type = (res.headers.get('x-amzn-errortype') ?? '').split(':')[0]!.slice(0, 80);
  const what = `target ${name}: Lambda Invoke answered HTTP ${res.status}${type ? ` ${type}` : ''}`;
  if (res.status === 429 || res.status >= 500) return new TargetError(what, gatewayStatus(res.status), true);
  return new TargetError(what, 502, false);
}

function cloudAnswer(name: string, text: string): CloudAnswer {
  let result: CloudAnswer | null;
  try {
    result = readCloudResult(JSON.parse(text));
  } catch {
    result = null;
  }
  if (!result) throw new TargetError(`target ${name}: the function returned something that is not a result object`, 502, true);
  return result;
}

/** The function's result → the client's Response (2xx), the client's error (4xx) or a TargetError. */
function answer(name: string, result: CloudAnswer, req: TargetRequest): Response {
  const { status, body } = result;
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const [k, v] of Object.entries(result.headers)) if (/^(x-|openai-)/i.test(k)) headers.set(k, v);
  if (status >= 200 && status < 300) {
    if (!(req.stream && req.task === 'chat')) return new Response(body, { status, headers });
    return completionAsSse(name, body, status, headers, req);
  }
  if (status >= 400 && status < 500 && status !== 408 && status !== 429)
    throw new TargetError(
      `target ${name}: the function rejected the request (HTTP ${status})`,
      502,
      false,
      new Response(body, { status, headers }),
    );
  throw new TargetError(`target ${name}: the function answered HTTP ${status}`, gatewayStatus(status), true);
}

/** A buffered chat completion as the SSE stream the client asked for. */
function completionAsSse(name: string, body: string, status: number, headers: Headers, req: TargetRequest): Response {
  let completion: Record<string, unknown>;
  try {
    completion = JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new TargetError(`target ${name}: the function's body is not JSON`, 502, true);
  }
  const opts = req.body.stream_options;
  const includeUsage = typeof opts === 'object' && opts !== null && 'include_usage' in opts && opts.include_usage === true;
  headers.delete('content-type');
  for (const [k, v] of Object.entries(SSE_HEADERS)) headers.set(k, v);
  return new Response(completionToSse(completion, { includeUsage }), { status, headers });
}
