import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion } from '../support/upstream-fixtures.ts';
import { BARE_PROXY_MODES, startBareProxy } from './bare-proxy.ts';
import { createUpstream, streamEvents } from './upstream.ts';

// The bench upstream and each bare proxy, real servers on loopback.
const upstream = createUpstream(1);
let upstreamUrl = '';
beforeAll(async () => {
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

describe.each(BARE_PROXY_MODES)('the %s bare proxy', (mode) => {
  let proxy: Awaited<ReturnType<typeof startBareProxy>>;
  beforeAll(async () => {
    proxy = await startBareProxy(mode, upstreamUrl);
  });
  afterAll(() => proxy.close());
  const chat = (stream: boolean) =>
    fetch(`http://127.0.0.1:${proxy.port}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', stream, messages: [{ role: 'user', content: 'hi' }] }),
    });

  it("passes the upstream's answer through", async () => {
    const res = await chat(false);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(completion('bench', 'm'));
  });

  it("passes the upstream's stream through, byte for byte", async () => {
    const res = await chat(true);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await res.text()).toBe(streamEvents('m').join(''));
  });

  it('passes GET routes and their status through', async () => {
    expect((await fetch(`http://127.0.0.1:${proxy.port}/healthz`)).status).toBe(200);
  });
});
