// Test support: an OTLP/HTTP traces receiver — a real HTTP server speaking the wire protocol the exporter
// uses (POST /v1/traces, JSON encoding), which keeps every payload as received. It is a receiver for tests,
// not a collector: it processes nothing and forwards nothing.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as OTLP JSON carries it, attributes flattened to plain values. */
export interface ReceivedSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
  status?: { code?: number };
  resource: Record<string, unknown>;
}

export interface OtlpReceiver {
  /** The traces endpoint URL (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). */
  url: string;
  /** Every request body as received, raw. */
  payloads: string[];
  /** The headers of every request. */
  headers: IncomingHttpHeaders[];
  spans(): ReceivedSpan[];
  /** The spans of the next export not yet handed out here (waits for it to arrive). */
  nextSpans(): Promise<ReceivedSpan[]>;
  /** Forgets everything received so far. */
  reset(): void;
  close(): Promise<void>;
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const payloads: string[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const unseen: string[] = [];
  const waiting: ((payload: string) => void)[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      payloads.push(raw);
      headers.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      const waiter = waiting.shift();
      if (waiter) waiter(raw);
      else unseen.push(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    payloads,
    headers,
    spans: () => payloads.flatMap(spansOf),
    nextSpans: () => {
      const payload = unseen.shift();
      return payload !== undefined ? Promise.resolve(spansOf(payload)) : new Promise((resolve) => waiting.push((p) => resolve(spansOf(p))));
    },
    reset: () => {
      payloads.splice(0);
      headers.splice(0);
      unseen.splice(0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface OtlpKeyValue {
  key: string;
  value: Record<string, unknown>;
}

/** OTLP's AnyValue → a plain value (strings, numbers, booleans, arrays of them). */
function plain(v: Record<string, unknown>): unknown {
  if ('stringValue' in v) return v.stringValue;
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return v.doubleValue;
  if ('boolValue' in v) return v.boolValue;
  if ('arrayValue' in v) return ((v.arrayValue as { values?: Record<string, unknown>[] }).values ?? []).map(plain);
  return undefined;
}

const attributesOf = (kvs: OtlpKeyValue[] | undefined) => Object.fromEntries((kvs ?? []).map((kv) => [kv.key, plain(kv.value)]));

interface OtlpSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes?: OtlpKeyValue[];
  status?: { code?: number };
}

interface OtlpPayload {
  resourceSpans?: { resource?: { attributes?: OtlpKeyValue[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[];
}

function spansOf(payload: string): ReceivedSpan[] {
  const json = JSON.parse(payload) as OtlpPayload;
  return (json.resourceSpans ?? []).flatMap((rs) => {
    const resource = attributesOf(rs.resource?.attributes);
    return (rs.scopeSpans ?? []).flatMap((ss) =>
      (ss.spans ?? []).map((s) => ({
        name: s.name,
        kind: s.kind,
        traceId: s.traceId,
        spanId: s.spanId,
        ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
        attributes: attributesOf(s.attributes),
        ...(s.status ? { status: s.status } : {}),
        resource,
      })),
    );
  });
}
