// Starts the node in this process: nonce store, engine, admission control, audit log, metrics, the Hono app
// on @hono/node-server (HTTP, or HTTPS with optional mTLS). onprem/main.ts runs it from the environment;
// `npm start` and the bench call it directly.
//
//   const node = await startOnprem(loadConfig(env));       // or a config built in code
//   console.log(node.url);                                  // http://127.0.0.1:8788  (the API is under /v1)
//   await node.close();                                     // graceful: drain, then close
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { formatLog } from '../../shared/protocol/telemetry/index.ts';
import { Admission } from '../admission.ts';
import { openNonceStore, type NonceStore } from '../auth/nonce-store.ts';
import { AuditLog, RotatingFileSink, stdoutSink, type AuditSink } from '../audit.ts';
import type { OnpremConfig } from '../config.ts';
import type { Engine } from '../engines/engine.ts';
import { createEngine } from '../engines/index.ts';
import { createMetrics, type Metrics } from '../metrics.ts';
import { tracingFromEnv, type Tracing } from '../../shared/protocol/telemetry/tracing.ts';
import { createApp, type OnpremEnv } from './app.ts';

export interface StartOptions {
  /** Use this engine instead of the one the configuration names (tests, the bench). Started here too. */
  engine?: Engine;
  /** Where audit lines go instead of the configured sink. */
  auditSink?: AuditSink;
  /** Operational log lines (JSON): default stderr, so that stdout stays a pure audit stream. */
  log?: (line: string) => void;
  /** OpenTelemetry spans; default: as the OTEL_* variables configure them (none when unset). */
  tracing?: Tracing | undefined;
}

export interface RunningOnprem {
  /** Base URL of the node, e.g. `http://127.0.0.1:8788`; the OpenAI routes are under `${url}/v1`. */
  url: string;
  port: number;
  /** The node:http / node:https server (listening). */
  server: Server;
  engine: Engine;
  /** Where signature nonces are remembered (memory, or the Redis the replicas share). */
  nonces: NonceStore;
  admission: Admission;
  metrics: Metrics;
  /**
   * Graceful shutdown: /readyz answers 503 and new API requests 503 at once; requests in flight finish for
   * up to `graceMs` (default: the configured shutdown grace), then are aborted; then the server, the
   * engine, the nonce store and the audit log are closed. Safe to call more than once.
   */
  close(graceMs?: number): Promise<void>;
}

/** After the drain, how long to let responses finish writing before cutting the connections. */
const SOCKET_CLOSE_MS = 2000;
const SOCKET_SWEEP_MS = 20;
/**
 * The adapter's lightweight Request and Response in place of the global ones: a request's headers and body
 * are read from Node's IncomingMessage without a Web Request, and an answer whose body is a string is
 * written with one writeHead + end instead of through a Web stream (README, "The on-prem node": CPU per request).
 */
const LIGHTWEIGHT_WEB_OBJECTS = true;

export async function startOnprem(config: OnpremConfig, options: StartOptions = {}): Promise<RunningOnprem> {
  const log = options.log ?? ((line: string) => void process.stderr.write(line + '\n'));
  // First, so that the memory store's fence (its creation) is as early as it can be: signatures made after
  // it are accepted, those before it may have been used by a previous process and are refused.
  const nonces = await openNonceStore(config.nonceStore, { onState: (state, detail) => log(nonceStoreLine(state, detail)) });
  const engine = options.engine ?? (await createEngine(config.engine));
  await engine.start().catch(async (err: unknown) => {
    await nonces.close();
    throw err;
  });
  const metrics = createMetrics();
  const admission = createAdmission(config, metrics);
  const audit = new AuditLog(options.auditSink ?? auditSink(config.audit));
  const tracing = 'tracing' in options ? options.tracing : await tracingFromEnv(process.env, 'triage-onprem');
  const app = createApp({ engine, config, admission, metrics, audit, nonces, log, tracing });
  const server = createServer(app, config.tls);
  const connections = trackConnections(server, config.tls !== undefined);
  // A handshake that fails outright (e.g. a client that rejects our certificate, or plain HTTP on the TLS port).
  server.on('tlsClientError', () => metrics.authFailures.inc({ reason: 'tls_handshake' }));
  await listen(server, config).catch(async (err: unknown) => {
    await engine.close().catch(() => {});
    await nonces.close().catch(() => {});
    await audit.close().catch(() => {});
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  const close = (graceMs = config.shutdownGraceMs): Promise<void> =>
    (closing ??= (async () => {
      const { aborted } = await admission.drain(graceMs);
      log(formatLog({ ts: new Date().toISOString(), level: aborted > 0 ? 'warn' : 'info', msg: 'onprem drained', aborted }));
      await closeServer(server, connections);
      await engine.close();
      await nonces.close();
      await audit.close();
      await tracing?.shutdown(); // exports the spans still buffered
    })());
  return { url: baseUrl(config, port), port, server, engine, nonces, admission, metrics, close };
}

/** Admission control whose counts are the queue-depth and in-flight gauges (0 from the start). */
function createAdmission(config: OnpremConfig, metrics: Metrics): Admission {
  const admission = new Admission({
    ...config.admission,
    onChange: ({ queued, running }) => {
      metrics.queueDepth.set(undefined, queued);
      metrics.inflight.set(undefined, running);
    },
  });
  metrics.queueDepth.set(undefined, 0);
  metrics.inflight.set(undefined, 0);
  return admission;
}

function auditSink(audit: OnpremConfig['audit']): AuditSink {
  return audit.sink === 'stdout' ? stdoutSink() : new RotatingFileSink(audit.path, audit.maxBytes, audit.keep);
}

/** @hono/node-server over node:http, or node:https when TLS is configured (with mTLS if it names a client CA). */
function createServer(app: Hono<OnpremEnv>, tls: OnpremConfig['tls']): Server {
  if (!tls) return createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: LIGHTWEIGHT_WEB_OBJECTS }) as Server;
  return createAdaptorServer({
    fetch: app.fetch,
    overrideGlobalObjects: LIGHTWEIGHT_WEB_OBJECTS,
    createServer: createHttpsServer,
    serverOptions: {
      cert: tls.cert,
      key: tls.key,
      // mTLS: ask every client for a certificate and verify it against the CA, but let the handshake
      // finish either way — the API routes refuse an unverified one (401, counted), while the probes
      // (/healthz, /readyz) stay reachable for kubelets, which have no client certificate.
      ...(tls.clientCa ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: false } : {}),
    },
  }) as Server;
}

/** Responses in progress per connection, so that a shutdown can end exactly the idle connections. */
function trackConnections(server: Server, tls: boolean): Map<Socket, number> {
  const sockets = new Map<Socket, number>();
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.set(socket, 0);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    sockets.set(socket, (sockets.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const n = sockets.get(socket);
      if (n !== undefined) sockets.set(socket, n - 1);
    });
  });
  return sockets;
}

function listen(server: Server, config: Pick<OnpremConfig, 'host' | 'port'>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The URL clients use: a wildcard listen address is reached on loopback; IPv6 in brackets. */
function baseUrl(config: Pick<OnpremConfig, 'host' | 'tls'>, port: number): string {
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `${config.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * server.close() stops listening and waits for the open connections. Those without a response in progress
 * (kept alive, or opened ahead by a client's pool) are ended, until none is left; whatever still hangs after
 * SOCKET_CLOSE_MS is cut.
 */
function closeServer(server: Server, connections: Map<Socket, number>): Promise<void> {
  return new Promise<void>((resolve) => {
    const endIdle = () => {
      for (const [socket, inProgress] of connections) if (inProgress === 0) socket.end();
    };
    const sweep = setInterval(endIdle, SOCKET_SWEEP_MS);
    endIdle();
    const cut = setTimeout(() => server.closeAllConnections(), SOCKET_CLOSE_MS);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      resolve();
    });
  });
}

/** A shared nonce store came or went: while it is gone, signed requests are refused (503). */
function nonceStoreLine(state: 'up' | 'down', detail: string | undefined): string {
  const ts = new Date().toISOString();
  return state === 'up'
    ? formatLog({ ts, level: 'info', msg: 'nonce store available' })
    : formatLog({ ts, level: 'error', msg: 'nonce store unavailable: refusing signed requests', ...(detail ? { error: detail } : {}) });
}
