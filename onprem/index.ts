// The on-prem node as a library: start it in-process from a configuration (loadConfig(env) or one built in
// code), e.g. inside a customer's own Node service. onprem/main.ts is the process entry point (what the
// container and `npm start` run).
export { startOnprem, type RunningOnprem, type StartOptions } from './server/start.ts';
export { ConfigError, describeConfig, loadConfig, type OnpremConfig } from './config.ts';
export { RotatingFileSink, stdoutSink, type AuditSink } from './audit.ts';
