// OpenTelemetry traces for the Node tiers (the on-prem node, the Lambda handlers), exported over OTLP/HTTP
// when the standard variables configure it and absent otherwise — no provider, no spans, no cost:
//
//   OTEL_EXPORTER_OTLP_TRACES_ENDPOINT   full URL of the traces endpoint (e.g. http://collector:4318/v1/traces)
//   OTEL_EXPORTER_OTLP_ENDPOINT          base URL; `/v1/traces` is appended (the traces variable wins)
//   OTEL_EXPORTER_OTLP_HEADERS / OTEL_EXPORTER_OTLP_TRACES_HEADERS   `key=value,…` (e.g. an API key)
//   OTEL_SERVICE_NAME                    default: the tier's own name
//   OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none   off, whatever else is set
//
// Compression, timeout and certificate variables are read by the exporter itself. A request's span is the
// child of the caller's W3C `traceparent` (the edge sends one) or the root of a new trace; sampling follows the
// parent's flag. The edge (a Worker) does not use this: Workers have their own tracing.
//
//   const tracing = await tracingFromEnv(process.env, 'triage-onprem');   // undefined when not configured
//   const span = tracing?.startServerSpan('POST /v1/chat/completions', req.headers.traceparent, { … });
//   span?.end(); await tracing?.flush();
//
// The SDK, the exporter and the propagator are loaded only when tracing is on (they take a noticeable part of
// a Lambda cold start): this module's own imports are types.
import type { Span, TimeInput, Tracer } from '@opentelemetry/api';
import type { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { SpanExporter, TracerProvider } from '@opentelemetry/sdk-trace';
import type { SpanAttributes } from './gen-ai.ts';
import { ATTR } from './span-attributes.ts';
import type { TraceContext } from './trace.ts';

export type { Span } from '@opentelemetry/api';

export interface OtlpTracesSettings {
  url: string;
  headers: Record<string, string>;
  serviceName: string;
}

type Env = Record<string, string | undefined>;

/** The exporter's settings from the standard variables; undefined when traces are not configured (or off). */
export function otlpTracesSettings(env: Env, defaultServiceName: string): OtlpTracesSettings | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true' || env.OTEL_TRACES_EXPORTER?.trim() === 'none') return undefined;
  const url = tracesUrl(env);
  if (!url) return undefined;
  const headers = { ...keyPairs(env.OTEL_EXPORTER_OTLP_HEADERS), ...keyPairs(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS) };
  return { url, headers, serviceName: env.OTEL_SERVICE_NAME?.trim() || defaultServiceName };
}

function tracesUrl(env: Env): string | undefined {
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (specific) return specific;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/** `key=value,key2=value2` (values percent-encoded), as the OTLP exporter specification defines the headers. */
function keyPairs(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (raw ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      out[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      // a malformed escape: the pair is skipped, like the SDK does
    }
  }
  return out;
}

export interface SpanStart {
  kind?: 'server' | 'client' | 'internal';
  attributes?: SpanAttributes;
  /** When the span began, if before now (a wait measured afterwards). */
  startTime?: TimeInput;
}

type Api = typeof import('@opentelemetry/api');

/** Spans of one service, exported in batches; `flush` sends what is buffered (Lambda: before returning). */
export class Tracing {
  private readonly tracer: Tracer;

  constructor(
    private readonly api: Api,
    private readonly provider: TracerProvider,
    private readonly propagator: W3CTraceContextPropagator,
  ) {
    this.tracer = provider.getTracer('triage');
  }

  /** A request's server span: child of the caller's `traceparent` if it is valid, else a new trace's root. */
  startServerSpan(name: string, traceparent: string | undefined, start: SpanStart = {}): Span {
    const { ROOT_CONTEXT, defaultTextMapGetter } = this.api;
    const parent = this.propagator.extract(ROOT_CONTEXT, traceparent ? { traceparent } : {}, defaultTextMapGetter);
    return this.tracer.startSpan(name, this.options({ kind: 'server', ...start }), parent);
  }

  /** A span inside `parent` (a step of the request: a wait, a call). */
  startChildSpan(parent: Span, name: string, start: SpanStart = {}): Span {
    return this.tracer.startSpan(name, this.options(start), this.api.trace.setSpan(this.api.ROOT_CONTEXT, parent));
  }

  /** Marks a span as failed, with the error's type (a code, or the HTTP status). */
  fail(span: Span, errorType: string): void {
    span.setAttribute(ATTR.errorType, errorType);
    span.setStatus({ code: this.api.SpanStatusCode.ERROR });
  }

  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }

  private options(start: SpanStart) {
    const { SpanKind } = this.api;
    const kind = start.kind === 'server' ? SpanKind.SERVER : start.kind === 'client' ? SpanKind.CLIENT : SpanKind.INTERNAL;
    return {
      kind,
      ...(start.attributes ? { attributes: start.attributes } : {}),
      ...(start.startTime ? { startTime: start.startTime } : {}),
    };
  }
}

/** A span's ids as a W3C trace context (what a `traceparent` to the next hop is made of). */
export function traceContextOf(span: Span): TraceContext {
  const c = span.spanContext();
  return { traceId: c.traceId, spanId: c.spanId, flags: c.traceFlags };
}

/** Tracing that exports to `exporter` (tests may hand in their own; the default is OTLP/HTTP JSON). */
export async function createTracing(settings: OtlpTracesSettings, exporter?: SpanExporter): Promise<Tracing> {
  const [api, core, sdk, resources, otlp] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/core'),
    import('@opentelemetry/sdk-trace'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  const resource = resources.defaultResource().merge(resources.resourceFromAttributes({ [ATTR.serviceName]: settings.serviceName }));
  const spanExporter = exporter ?? new otlp.OTLPTraceExporter({ url: settings.url, headers: settings.headers });
  const provider = new sdk.TracerProvider({ resource, spanProcessors: [new sdk.BatchSpanProcessor({ exporter: spanExporter })] });
  return new Tracing(api, provider, new core.W3CTraceContextPropagator());
}

/**
 * Tracing as the environment configures it: undefined at once when it does not (nothing is loaded), else the
 * tracing being set up.
 */
export function tracingFromEnv(env: Env, defaultServiceName: string): Promise<Tracing> | undefined {
  const settings = otlpTracesSettings(env, defaultServiceName);
  return settings ? createTracing(settings) : undefined;
}
