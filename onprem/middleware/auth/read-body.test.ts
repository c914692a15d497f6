// The body read from Node's IncomingMessage (a real node:http server), and from a Web body without one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/protocol/openai/errors.ts';
import { readBodyLimited } from './read-body.ts';

const LIMIT = 1000;
let server: Server;
let url: string;

beforeAll(async () => {
  // Answers the body's length, or the status the read failed with.
  server = createServer((req, res) => {
    readBodyLimited(req, () => null, LIMIT).then(
      (bytes) => res.writeHead(200).end(String(bytes.byteLength)),
      (err: unknown) => res.writeHead(err instanceof ApiError ? err.status : 500, { connection: 'close' }).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A body sent in pieces, without a Content-Length (chunked): only reading it can tell its size. */
function pieces(n: number, size: number): Readable {
  return Readable.from(Array.from({ length: n }, () => Buffer.alloc(size, 0x61)));
}

describe('readBodyLimited', () => {
  it('reads a body sent in pieces whole, up to the limit', async () => {
    const res = await request(url, { method: 'POST', body: pieces(4, 250) });
    expect(res.statusCode).toBe(200);
    expect(await res.body.text()).toBe('1000');
  });

  it('refuses with 413 as soon as a body without a Content-Length passes the limit', async () => {
    // The server answers 413 while the client may still be sending; either way the body is not accepted.
    const outcome = await request(url, { method: 'POST', body: pieces(8, 250) }).then(
      (res) => res.statusCode,
      () => 'connection closed',
    );
    expect([413, 'connection closed']).toContain(outcome);
  });

  it('reads the Web body when there is no IncomingMessage (app.request() in tests)', async () => {
    const web = () => new Response('{"a":1}').body;
    expect(new TextDecoder().decode(await readBodyLimited(undefined, web, LIMIT))).toBe('{"a":1}');
    await expect(readBodyLimited(undefined, () => new Response('x'.repeat(LIMIT + 1)).body, LIMIT)).rejects.toMatchObject({ status: 413 });
  });
});
