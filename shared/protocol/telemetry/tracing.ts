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
//   const tracing = tracingFromEnv(process.env, 'triage-onprem');   // undefined when not configured
//   const span = tracing?.startServerSpan('POST /v1/chat/completions', req.headers.traceparent, { … });
//   span?.end(); await tracing?.flush();
import { ROOT_CONTEXT, SpanKind, defaultTextMapGetter, trace, type Span, type TimeInput, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator, parseKeyPairsIntoRecord } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { SpanAttributes } from './gen-ai.ts';
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
  const headers = {
    ...parseKeyPairsIntoRecord(env.OTEL_EXPORTER_OTLP_HEADERS),
    ...parseKeyPairsIntoRecord(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS),
  };
  return { url, headers, serviceName: env.OTEL_SERVICE_NAME?.trim() || defaultServiceName };
}

function tracesUrl(env: Env): string | undefined {
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (specific) return specific;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

export interface SpanStart {
  kind?: SpanKind;
  attributes?: SpanAttributes;
  /** When the span began, if before now (a wait measured afterwards). */
  startTime?: TimeInput;
}

/** Spans of one service, exported in batches; `flush` sends what is buffered (Lambda: before returning). */
export class Tracing {
  private readonly tracer: Tracer;
  private readonly propagator = new W3CTraceContextPropagator();

  constructor(private readonly provider: TracerProvider) {
    this.tracer = provider.getTracer('triage');
  }

  /** A request's server span: child of the caller's `traceparent` if it is valid, else a new trace's root. */
  startServerSpan(name: string, traceparent: string | undefined, start: SpanStart = {}): Span {
    const parent = this.propagator.extract(ROOT_CONTEXT, traceparent ? { traceparent } : {}, defaultTextMapGetter);
    return this.tracer.startSpan(name, { kind: SpanKind.SERVER, ...start }, parent);
  }

  /** A span inside `parent` (a step of the request: a wait, a call). */
  startChildSpan(parent: Span, name: string, start: SpanStart = {}): Span {
    return this.tracer.startSpan(name, { kind: SpanKind.INTERNAL, ...start }, trace.setSpan(ROOT_CONTEXT, parent));
  }

  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}

/** A span's ids as a W3C trace context (what a `traceparent` to the next hop is made of). */
export function traceContextOf(span: Span): TraceContext {
  const c = span.spanContext();
  return { traceId: c.traceId, spanId: c.spanId, flags: c.traceFlags };
}

/** Tracing that exports to `exporter` (tests may hand in their own; the default is OTLP/HTTP JSON). */
export function createTracing(settings: OtlpTracesSettings, exporter?: SpanExporter): Tracing {
  const resource = defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }));
  const provider = new TracerProvider({
    resource,
    spanProcessors: [
      new BatchSpanProcessor({ exporter: exporter ?? new OTLPTraceExporter({ url: settings.url, headers: settings.headers }) }),
    ],
  });
  return new Tracing(provider);
}

/** Tracing as the environment configures it; undefined (nothing at all runs) when it does not. */
export function tracingFromEnv(env: Env, defaultServiceName: string): Tracing | undefined {
  const settings = otlpTracesSettings(env, defaultServiceName);
  return settings ? createTracing(settings) : undefined;
}
