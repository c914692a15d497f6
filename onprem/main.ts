// The on-prem node's entry point: configuration from TRIAGE_ONPREM_CONFIG (YAML) and TRIAGE_ONPREM_*
// variables (onprem/config.ts, README.md), then the service (onprem/server/start.ts).
//
//   TRIAGE_ONPREM_SIGNING_KEYS=edge1:<secret> npx tsx onprem/main.ts
//
// Exit codes: 2 = invalid configuration, 1 = failed to start (engine, port), 0 = stopped by SIGTERM/SIGINT
// after draining. A second signal during the drain exits at once (1). Log lines (JSON) go to stderr; stdout
// carries the audit log when TRIAGE_ONPREM_AUDIT_LOG=stdout (the default).
import { ConfigError, describeConfig, loadConfig, type OnpremConfig } from './config.ts';
import { startOnprem } from './server/start.ts';
import type { EventLog } from '../shared/protocol/telemetry/index.ts';

const log = (level: EventLog['level'], msg: string, fields: Record<string, unknown> = {}) =>
  process.stderr.write(JSON.stringify({ ts: new Date().toISOString(), level, msg, ...fields }) + '\n');

let config: OnpremConfig;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(err.message + '\n');
  process.exit(2);
}
for (const w of config.warnings) log('warn', 'config', { warning: w });

const node = await startOnprem(config, { log: (line) => process.stderr.write(line + '\n') }).catch((err: unknown) => {
  log('error', 'onprem failed to start', { error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
log('info', 'onprem started', { url: node.url, ...describeConfig(config) });

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) {
    log('warn', 'onprem stopping now', { signal });
    process.exit(1);
  }
  stopping = true;
  log('info', 'onprem draining', {
    signal,
    grace_ms: config.shutdownGraceMs,
    inflight: node.admission.running,
    queued: node.admission.queued,
  });
  node.close().then(
    () => {
      log('info', 'onprem stopped');
      process.exit(0);
    },
    (err: unknown) => {
      log('error', 'onprem stop failed', { error: err instanceof Error ? err.message : String(err) });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
