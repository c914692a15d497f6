// A free loopback port for the servers tests and benchmarks start.
import { createServer, type AddressInfo } from 'node:net';

/**
 * Ports this process has handed out already: the system may give a port back once it is free again, and a test that
 * asks for three ports before it starts its servers would then start two of them on one port (the second server's
 * readiness probe answered by the first).
 */
const handedOut = new Set<number>();

/** A port that was free a moment ago on 127.0.0.1 and that this process has not handed out before. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await systemFreePort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

function systemFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
