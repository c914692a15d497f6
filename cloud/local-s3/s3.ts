// A local S3 for development and tests: s3rver (a dev dependency) on a loopback port, one or more buckets,
// objects in a directory (a fresh temporary one by default, removed on close). The real @aws-sdk/client-s3
// talks to it with `endpoint: url`, `forcePathStyle: true` and s3rver's fixed credentials, LOCAL_S3_CREDENTIALS
// (access key id `S3RVER`: others are refused with InvalidAccessKeyId) — S3_ENDPOINT_URL + AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY for the handlers, the `async.s3` option of the local SageMaker endpoint (which does not
// check credentials, so the same pair serves both).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** The only credentials s3rver accepts. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface LocalS3 {
  url: string;
  credentials: typeof LOCAL_S3_CREDENTIALS;
  buckets: string[];
  close(): Promise<void>;
}

export async function startLocalS3(opts: { buckets: string[]; port?: number; host?: string; directory?: string }): Promise<LocalS3> {
  const dir = opts.directory ?? mkdtempSync(join(tmpdir(), 'triage-s3-'));
  const server = new S3rver({
    port: opts.port ?? 0,
    address: opts.host ?? '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: opts.buckets.map((name) => ({ name })),
  });
  const addr = await server.run();
  let closed = false;
  return {
    url: `http://${addr.address}:${addr.port}`,
    credentials: LOCAL_S3_CREDENTIALS,
    buckets: [...opts.buckets],
    close: async () => {
      if (closed) return;
      closed = true;
      // Kept-alive client connections would hold http.Server#close open: end them too.
      const closing = server.close();
      server.httpServer?.closeAllConnections();
      await closing;
      if (!opts.directory) rmSync(dir, { recursive: true, force: true });
    },
  };
}
