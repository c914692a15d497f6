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
import type { TargetSpec } from '../../shared/core/policy/types.ts';
import { sha256Hex } from '../../shared/protocol/crypto.ts';
import type { Env } from '../env.ts';
import { gatewayStatus, mapUpstream, networkError, traceHeaders, upstreamBody } from './http.ts';
import { refuseSensitive, TargetError, type Target, type TargetRequest } from './target.ts';

type LambdaSpec = Extract<TargetSpec, { kind: 'lambda' }>;

export function lambdaTarget(name: string, spec: TargetSpec, env: Env): Target {
  if (spec.kind !== 'lambda') throw new Error(`lambdaTarget: target ${name} is of kind ${spec.kind}`);
  const s: LambdaSpec = spec;
  const endpoint = (env.LAMBDA_ENDPOINT || `https://lambda.${s.region}.amazonaws.com`).replace(/\/+$/, '');
  const invokeUrl = `${endpoint}/2015-03-31/functions/${encodeURIComponent(s.function)}/invocations`;
  const streamUrl = env.LAMBDA_STREAM_URL || s.stream_url;
  let aws: AwsClient | undefined;

  const client = (): AwsClient => {
    if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY)
      throw new TargetError(`target ${name}: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set`, 503, false);
    aws ??= new AwsClient({
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      service: 'lambda',
      region: s.region,
      retries: 0,
    });
    return aws;
  };

  const event = (req: TargetRequest, stream: boolean): CloudEvent => ({
    version: CLOUD_EVENT_VERSION,
    task: req.task,
    body: upstreamBody(req, stream),
    decision: { rule: req.decision?.rule ?? 'unknown', policyVersion: req.decision?.policyVersion ?? 'unknown', target: name },
    trace: { traceparent: req.traceparent, requestId: req.requestId },
    tenant: req.tenant,
  });

  async function send(url: string, body: string, req: TargetRequest, extra: Record<string, string>): Promise<Response> {
    const signed = await client().sign(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...traceHeaders(req), ...extra },
      body,
    });
    try {
      return await fetch(signed, { signal: req.signal });
    } catch (err) {
      throw networkError(name, err, req.signal);
    }
  }

  async function stream(req: TargetRequest, url: string): Promise<Response> {
    const body = JSON.stringify(event(req, true));
    const res = await send(url, body, req, { accept: 'text/event-stream', 'x-amz-content-sha256': await sha256Hex(body) });
    return mapUpstream(name, res, req);
  }

  async function invoke(req: TargetRequest): Promise<Response> {
    const res = await send(invokeUrl, JSON.stringify(event(req, false)), req, {});
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw networkError(name, err, req.signal, 'read');
    }
    if (res.status !== 200) {
      // The Invoke API itself refused: throttled (429), Lambda service trouble (5xx) or our configuration
      // (403 signature/permissions, 404 no such function, 413 payload too large …).
      const type = (res.headers.get('x-amzn-errortype') ?? '').split(':')[0]!.slice(0, 80);
      const what = `target ${name}: Lambda Invoke answered HTTP ${res.status}${type ? ` ${type}` : ''}`;
      if (res.status === 429 || res.status >= 500) throw new TargetError(what, gatewayStatus(res.status), true);
      throw new TargetError(what, 502, false);
    }
    const fnError = res.headers.get('x-amz-function-error');
    if (fnError) throw new TargetError(`target ${name}: the function failed (${fnError.slice(0, 40)})`, 502, true);
    let result: ReturnType<typeof readCloudResult>;
    try {
      result = readCloudResult(JSON.parse(text));
    } catch {
      result = null;
    }
    if (!result) throw new TargetError(`target ${name}: the function returned something that is not a result object`, 502, true);
    const { status, body } = result;
    const headers = new Headers({ 'content-type': 'application/json' });
    for (const [k, v] of Object.entries(result.headers)) if (/^(x-|openai-)/i.test(k)) headers.set(k, v);
    if (status >= 200 && status < 300) {
      if (!(req.stream && req.task === 'chat')) return new Response(body, { status, headers });
      let completion: Record<string, unknown>;
      try {
        completion = JSON.parse(body) as Record<string, unknown>;
      } catch {
        throw new TargetError(`target ${name}: the function's body is not JSON`, 502, true);
      }
      const opts = req.body.stream_options as { include_usage?: boolean } | null | undefined;
      headers.delete('content-type');
      for (const [k, v] of Object.entries(SSE_HEADERS)) headers.set(k, v);
      return new Response(completionToSse(completion, { includeUsage: opts?.include_usage === true }), { status, headers });
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

  return {
    name,
    kind: 'lambda',
    spec,
    async call(req: TargetRequest): Promise<Response> {
      refuseSensitive(name, spec, req);
      if (req.stream && req.task === 'chat' && streamUrl) return stream(req, streamUrl);
      return invoke(req);
    },
  };
}
