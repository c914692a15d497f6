// Real HTTP upstreams for the Worker's tests, started in Node before the workerd project runs:
//   openai  — an OpenAI-compatible server (chat JSON, SSE streamed piece by piece with delays, embeddings)
//   onprem  — the same API behind the request-signature check (shared/protocol/signing, replay cache)
//   lambda  — Lambda Invoke (`/2015-03-31/functions/{fn}/invocations`) and a function URL (`/url/`), both
//             checking the full SigV4 signature (recomputed with aws4fetch's signer) and the event shape
// What the upstream does is chosen by the model id it receives (the target's `models` mapping):
//   (any of these may carry a tag after a dot, e.g. fail-503.A, to tell targets apart in the log)
//   fail-NNN  answer HTTP NNN (OpenAI error body)   hang      never answer
//   slow-NNN  wait NNN ms, then answer              flaky-N   answer 503 to the first N requests per x-request-id
//   drop      stream two pieces, then cut the connection (non-stream: cut after half the JSON)
//   reset     cut the connection before answering   (lambda only) fn-error, throttle, raw, bad-event-status
//   cut-N     stream the first N pieces, then cut the connection (cut-1: inside the first event; cut-3: after
//             the first event and a comment, inside the next event and inside a character; drop = cut-2)
//   nodone    stream every event but `data: [DONE]`, then end the response cleanly
//   stall     stream: the headers and a keep-alive comment, then nothing (non-stream: as hang)
//   errfirst  stream: open with an OpenAI error event, then end
//   switch-X  as `ok`, or as `hang` while switch X is set to hung: POST /__switch?name=X&state=hung|ok
//   echo[-N]  keep the body received and answer with the last user message, streamed N characters per event (echo-upstream.ts)
// Streams end with a usage chunk when the request asks for it (stream_options.include_usage).
// Every request is logged (no bodies); tests read the log at GET /__log?request_id=… on any of the ports.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsV4Signer } from 'aws4fetch';
import type { TestProject } from 'vitest/node';
import { MemoryNonceCache, verifyRequest } from '../../shared/protocol/signing/index.ts';
import { echoAnswer, recordEcho, serveEchoed } from './echo-upstream.ts';
import { FAKE, completion, embeddings, streamPieces, streamText, type Received } from './upstream-fixtures.ts';

const log: Received[] = [];
const flakyCounts = new Map<string, number>();
/** `switch-X` behaviours currently hung (set by POST /__switch). */
const hungSwitches = new Set<string>();
const nonces = new MemoryNonceCache(10_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Server = Received['server'];

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function errorBody(status: number, message = 'simulated upstream error') {
  return { error: { message, type: status < 500 ? 'invalid_request_error' : 'server_error', param: null, code: `simulated_${status}` } };
}

/** The OpenAI-compatible behaviour shared by openai, onprem and the lambda function URL. */
async function openAiBehaviour(server: Server, entry: Received, body: Record<string, unknown>, res: http.ServerResponse, path: string) {
  const model = String(body.model ?? '');
  const kind = model.split('.')[0]; // `fail-503.A`: a behaviour plus a tag that tells targets apart in the log
  const finish = (status: number) => (entry.status = status);
  const m = /^(fail|slow|flaky)-(\d+)$/.exec(kind!);
  if (m?.[1] === 'fail') {
    finish(Number(m[2]));
    return json(res, Number(m[2]), errorBody(Number(m[2])));
  }
  if (m?.[1] === 'slow') await sleep(Number(m[2]));
  if (m?.[1] === 'flaky') {
    const key = `${server}:${entry.requestId}`;
    const n = (flakyCounts.get(key) ?? 0) + 1;
    flakyCounts.set(key, n);
    if (n <= Number(m[2])) {
      finish(503);
      return json(res, 503, errorBody(503, 'flaky'));
    }
  }
  if (/^echo(-\d+)?$/.test(kind!)) {
    finish(200);
    recordEcho(server, entry.requestId, body);
    return echoAnswer(server, body, res);
  }
  const switched = /^switch-(.+)$/.exec(kind!)?.[1];
  if (kind === 'hang' || (kind === 'stall' && body.stream !== true) || (switched !== undefined && hungSwitches.has(switched))) {
    finish(0);
    return; // the client's abort closes the socket
  }
  if (kind === 'reset') {
    finish(-1);
    res.socket?.destroy();
    return;
  }
  finish(200);
  if (path.endsWith('/embeddings')) return json(res, 200, embeddings(model));
  if (body.stream === true) {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-upstream': server });
    const usage = (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
    if (kind === 'stall') return void res.write(': keep-alive\n\n'); // and nothing more: the client's abort closes it
    if (kind === 'errfirst') return void res.end(`data: ${JSON.stringify(errorBody(500, 'simulated error event'))}\n\n`);
    if (kind === 'nodone') return void res.end(streamText(server, model, { usage }).replace('data: [DONE]\n\n', ''));
    const pieces = streamPieces(server, model, { usage });
    for (const [i, p] of pieces.entries()) {
      if ((kind === 'drop' && i === 2) || kind === `cut-${i}`) {
        res.socket?.destroy();
        return;
      }
      res.write(p);
      await sleep(15);
    }
    res.end();
    return;
  }
  if (kind === 'drop') {
    const text = JSON.stringify(completion(server, model));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) });
    res.write(text.slice(0, text.length >> 1));
    await sleep(20);
    res.socket?.destroy();
    return;
  }
  json(res, 200, completion(server, model), { 'x-upstream': server });
}

function baseEntry(server: Server, req: http.IncomingMessage, body: Record<string, unknown>): Received {
  const h = (n: string) => (typeof req.headers[n] === 'string' ? (req.headers[n] as string) : null);
  const entry: Received = {
    server,
    method: req.method ?? '',
    path: req.url ?? '',
    requestId: h('x-request-id'),
    traceparent: h('traceparent'),
    model: typeof body.model === 'string' ? body.model : null,
    stream: body.stream === true,
    authorization: h('authorization'),
    tenant: h('x-triage-tenant'),
    status: 0,
  };
  log.push(entry);
  return entry;
}

function parseJson(buf: Buffer): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(buf.toString('utf8') || '{}');
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function serveLog(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method === 'POST' && req.url?.startsWith('/__switch')) {
    const q = new URL(req.url, 'http://x').searchParams;
    const name = q.get('name') ?? '';
    if (q.get('state') === 'hung') hungSwitches.add(name);
    else hungSwitches.delete(name);
    json(res, 200, { name, hung: hungSwitches.has(name) });
    return true;
  }
  if (serveEchoed(req, res)) return true;
  if (req.method !== 'GET' || !req.url?.startsWith('/__log')) return false;
  const id = new URL(req.url, 'http://x').searchParams.get('request_id');
  json(res, 200, id === null ? log : log.filter((e) => e.requestId === id));
  return true;
}

const openaiHandler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
  if (serveLog(req, res)) return;
  const body = parseJson(await readBody(req));
  const entry = baseEntry('openai', req, body);
  await openAiBehaviour('openai', entry, body, res, req.url ?? '');
};

const onpremHandler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
  if (serveLog(req, res)) return;
  const raw = await readBody(req);
  const body = parseJson(raw);
  const entry = baseEntry('onprem', req, body);
  const h = (n: string) => (typeof req.headers[n] === 'string' ? (req.headers[n] as string) : null);
  Object.assign(entry, {
    pii: h('x-triage-pii'),
    rule: h('x-triage-rule'),
    policy: h('x-triage-policy'),
    timeout: h('x-triage-timeout-ms'),
    access: h('cf-access-client-id') && `${h('cf-access-client-id')}:${h('cf-access-client-secret')}`,
  });
  const v = await verifyRequest({
    method: req.method ?? '',
    path: req.url ?? '',
    headers: req.headers,
    body: new Uint8Array(raw),
    keys: FAKE.onpremKeys,
    nonces,
  });
  entry.verified = v.ok ? 'ok' : v.reason;
  if (!v.ok) {
    entry.status = 401;
    return json(res, 401, {
      error: { message: `signature rejected: ${v.message}`, type: 'authentication_error', param: null, code: v.reason },
    });
  }
  await openAiBehaviour('onprem', entry, body, res, req.url ?? '');
};

/** Recomputes the SigV4 signature the way AWS does (aws4fetch's signer, same inputs) and compares. */
async function checkSigV4(req: http.IncomingMessage, raw: Buffer): Promise<string> {
  const auth = String(req.headers.authorization ?? '');
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return 'malformed Authorization header';
  const [, akid, , region, service, signedHeaders, signature] = m;
  if (akid !== FAKE.aws.accessKeyId) return 'unknown access key';
  if (service !== 'lambda') return `service ${service}`;
  if (region !== FAKE.aws.region) return `region ${region}`;
  const date = String(req.headers['x-amz-date'] ?? '');
  if (!/^\d{8}T\d{6}Z$/.test(date)) return 'missing x-amz-date';
  const headers: Record<string, string> = {};
  for (const name of signedHeaders!.split(';')) {
    if (name === 'host') continue;
    const v = req.headers[name];
    if (v === undefined) return `signed header ${name} missing`;
    headers[name] = Array.isArray(v) ? v.join(',') : v;
  }
  const signer = new AwsV4Signer({
    method: req.method ?? 'POST',
    url: `http://${req.headers.host}${req.url}`,
    headers,
    body: raw.toString('utf8'),
    accessKeyId: akid,
    secretAccessKey: FAKE.aws.secretAccessKey,
    service: 'lambda',
    region,
    datetime: date,
    allHeaders: true,
  });
  if (signer.signedHeaders !== signedHeaders) return `signed headers differ (${signer.signedHeaders} vs ${signedHeaders})`;
  const expected = await signer.signature();
  return expected === signature ? 'ok' : 'signature mismatch';
}

function eventProblems(ev: Record<string, unknown>, stream: boolean): string[] {
  const p: string[] = [];
  const obj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (ev.version !== 1) p.push('version');
  if (!['chat', 'embeddings', 'classify'].includes(String(ev.task))) p.push('task');
  if (!obj(ev.body) || typeof ev.body.model !== 'string') p.push('body.model');
  else if ((ev.body.stream === true) !== stream) p.push('body.stream');
  if (
    !obj(ev.decision) ||
    typeof ev.decision.rule !== 'string' ||
    typeof ev.decision.policyVersion !== 'string' ||
    typeof ev.decision.target !== 'string'
  )
    p.push('decision');
  if (!obj(ev.trace) || typeof ev.trace.traceparent !== 'string' || typeof ev.trace.requestId !== 'string') p.push('trace');
  if (typeof ev.tenant !== 'string') p.push('tenant');
  const extra = Object.keys(ev).filter((k) => !['version', 'task', 'body', 'decision', 'trace', 'tenant'].includes(k));
  if (extra.length) p.push(`unknown keys ${extra.join(',')}`);
  return p;
}

const lambdaHandler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
  if (serveLog(req, res)) return;
  const raw = await readBody(req);
  const ev = parseJson(raw);
  const inner = (typeof ev.body === 'object' && ev.body !== null ? ev.body : {}) as Record<string, unknown>;
  const trace = (ev.trace ?? {}) as Record<string, unknown>;
  const isUrl = req.url === '/url/' || req.url === '/url';
  const entry = baseEntry(isUrl ? 'lambda-url' : 'lambda', req, inner);
  entry.requestId ??= typeof trace.requestId === 'string' ? trace.requestId : null;
  entry.decision = ev.decision;
  entry.tenant = typeof ev.tenant === 'string' ? ev.tenant : null;
  entry.verified = await checkSigV4(req, raw);
  entry.eventProblems = eventProblems(ev, isUrl);
  if (entry.verified !== 'ok') {
    entry.status = 403;
    return json(
      res,
      403,
      { message: entry.verified },
      { 'x-amzn-errortype': 'InvalidSignatureException:http://internal.amazon.com/coral/' },
    );
  }
  if (isUrl) {
    if (req.headers['x-amz-content-sha256'] === undefined) {
      entry.status = 400;
      return json(res, 400, { message: 'x-amz-content-sha256 required' });
    }
    if (entry.eventProblems.length) {
      entry.status = 400;
      return json(res, 400, errorBody(400, `bad event: ${entry.eventProblems.join(', ')}`));
    }
    return openAiBehaviour('lambda-url', entry, inner, res, '/chat/completions');
  }
  const fn = decodeURIComponent(/^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.url ?? '')?.[1] ?? '');
  if (fn !== FAKE.aws.function) {
    entry.status = 404;
    return json(res, 404, { Type: 'User', message: `Function not found: ${fn}` }, { 'x-amzn-errortype': 'ResourceNotFoundException' });
  }
  if (entry.eventProblems.length) {
    entry.status = 400;
    return json(res, 200, { statusCode: 400, body: JSON.stringify(errorBody(400, `bad event: ${entry.eventProblems.join(', ')}`)) });
  }
  const model = String(inner.model ?? '');
  const kind = model.split('.')[0]!;
  if (kind === 'throttle') {
    entry.status = 429;
    return json(
      res,
      429,
      { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', message: 'Rate exceeded' },
      { 'x-amzn-errortype': 'TooManyRequestsException' },
    );
  }
  if (kind === 'fn-error') {
    entry.status = 200;
    return json(res, 200, { errorType: 'Error', errorMessage: 'boom' }, { 'x-amz-function-error': 'Unhandled' });
  }
  if (kind === 'raw') {
    entry.status = 200;
    return json(res, 200, completion('lambda', model));
  }
  // Invoke answers 200; the function's own status is in the envelope
  const m = /^(fail|slow|flaky)-(\d+)$/.exec(kind);
  if (m?.[1] === 'slow') await sleep(Number(m[2]));
  let status = 200;
  if (m?.[1] === 'fail') status = Number(m[2]);
  if (m?.[1] === 'flaky') {
    const key = `lambda:${entry.requestId}`;
    const n = (flakyCounts.get(key) ?? 0) + 1;
    flakyCounts.set(key, n);
    if (n <= Number(m[2])) status = 503;
  }
  if (kind === 'hang') return;
  if (kind === 'reset') return void res.socket?.destroy();
  entry.status = status;
  const payload = status === 200 ? (ev.task === 'embeddings' ? embeddings(model) : completion('lambda', model)) : errorBody(status);
  json(
    res,
    200,
    { statusCode: status, headers: { 'content-type': 'application/json', 'x-fn': 'triage' }, body: JSON.stringify(payload) },
    { 'x-amz-executed-version': '$LATEST' },
  );
};

function start(handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      if (!res.headersSent) json(res, 500, errorBody(500, String(err)));
      else res.destroy();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export default async function setup(project: TestProject) {
  const servers = await Promise.all([start(openaiHandler), start(onpremHandler), start(lambdaHandler)]);
  const [openai, onprem, lambda] = servers.map((s) => (s.address() as AddressInfo).port) as [number, number, number];
  project.provide('upstreams', { openai, onprem, lambda });
  return async () => {
    for (const s of servers) s.closeAllConnections();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  };
}
