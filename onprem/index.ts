// The on-prem node as a library, for `npm start` (shared/tools/cli/stack.ts) and the bench: start it in-process
// from a configuration (loadConfig(env) or one built in code). onprem/main.ts is the process entry point.
export { startOnprem, type RunningOnprem, type StartOptions } from './server/start.ts';
export { ConfigError, describeConfig, loadConfig, type OnpremConfig } from './config.ts';
export { RotatingFileSink, stdoutSink, type AuditSink } from './audit.ts';
