// The floors the gateway benchmark (gateways.ts) compares against: proxies that do nothing but forward a
// request to the upstream and its answer back, streamed both ways.
//   node-http   node:http server + undici request() (the least a Node proxy can do)
//   hono-fetch  Hono on @hono/node-server + the global fetch (the Web-standard adaptation our tiers use)
// Run as its own process (`node --import tsx test/bench/bare-proxy.ts MODE UPSTREAM_URL`) so its CPU time is
// its own; it prints `{"port":N}` on stdout when listening and exits when its stdin closes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { Agent, request } from 'undici';

export const BARE_PROXY_MODES = ['node-http', 'hono-fetch'] as const;
export type BareProxyMode = (typeof BARE_PROXY_MODES)[number];

/** Connection-level headers a proxy must not pass on (RFC 9110 §7.6.1), and host, which names the proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host']);

function forwardable(headers: http.IncomingHttpHeaders | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
  return out;
}

const badGateway = (res: http.ServerResponse) => {
  res.writeHead(502, { 'content-type': 'application/json' });
  res.end('{"error":{"message":"upstream failed","type":"server_error","param":null,"code":null}}');
};

function nodeHttpProxy(upstream: URL): http.Server {
  const agent = new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000, connections: 128 });
  return http.createServer((req, res) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    request(new URL(req.url ?? '/', upstream), {
      method: req.method as 'GET' | 'POST',
      headers: forwardable(req.headers),
      body: hasBody ? req : null,
      dispatcher: agent,
    })
      .then(async (up) => {
        res.writeHead(up.statusCode, forwardable(up.headers));
        await pipeline(up.body, res);
      })
      .catch(() => (res.headersSent ? res.destroy() : badGateway(res)));
  });
}

function honoFetchProxy(upstream: URL): Hono {
  const app = new Hono();
  app.all('*', (c) => {
    const url = new URL(c.req.url);
    const headers = new Headers(c.req.raw.headers);
    for (const h of HOP_BY_HOP) headers.delete(h);
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    return fetch(new URL(url.pathname + url.search, upstream), {
      method: c.req.method,
      headers,
      body: hasBody ? c.req.raw.body : null,
      ...(hasBody ? { duplex: 'half' as const } : {}),
    });
  });
  return app;
}

/** Starts the proxy on a free loopback port; resolves with the port. */
export function startBareProxy(mode: BareProxyMode, upstreamUrl: string): Promise<{ port: number; close: () => void }> {
  const upstream = new URL(upstreamUrl);
  return new Promise((resolve) => {
    if (mode === 'node-http') {
      const server = nodeHttpProxy(upstream);
      server.keepAliveTimeout = 60_000;
      server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, close: () => server.close() }));
      return;
    }
    const server = serve({ fetch: honoFetchProxy(upstream).fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ port: info.port, close: () => server.close() }),
    );
    if (server instanceof http.Server) server.keepAliveTimeout = 60_000;
  });
}

function isMode(s: string | undefined): s is BareProxyMode {
  return (BARE_PROXY_MODES as readonly string[]).includes(s ?? '');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, upstreamUrl] = process.argv.slice(2);
  if (!isMode(mode) || !upstreamUrl) {
    process.stderr.write(`usage: bare-proxy.ts ${BARE_PROXY_MODES.join('|')} UPSTREAM_URL\n`);
    process.exit(2);
  }
  const { port } = await startBareProxy(mode, upstreamUrl);
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
}
