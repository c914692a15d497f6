// Observability primitives shared by every tier: Prometheus text registry, W3C traceparent, JSON log lines.
export * from './prometheus.ts';
export * from './trace.ts';
export * from './request-id.ts';
export * from './log.ts';
export * from './parse.ts';
