// A free loopback port for the servers tests and benchmarks start.
import { createServer, type AddressInfo } from 'node:net';

/** A port that was free a moment ago on 127.0.0.1 (tests and benchmarks start their servers on it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
