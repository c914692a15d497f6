// `triage audit pull OUT [--persist-to DIR] [--bucket NAME]`: the local stack's receipts onto disk. wrangler can
// fetch one object but not list a bucket, so this opens wrangler's local state the way wrangler itself does
// (Miniflare over `<persist-to>/v3`) and copies every object under receipts/ and checkpoints/ into OUT, in the
// bucket's layout. Deployed buckets are pulled through R2's S3 API instead (README "Decision receipts").
// Node-only. Miniflare is wrangler's own copy (the one that wrote the state), loaded from wrangler's folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECKPOINTS_PREFIX, RECEIPTS_PREFIX } from '../../core/receipts/index.ts';
import { type CliIo, EXIT } from './io.ts';

/** The local bucket wrangler.toml binds as RECEIPTS. */
export const LOCAL_BUCKET = 'triage-receipts-local';

/** The little of Miniflare's API used here (R2's own types: list, get). */
interface LocalR2 {
  list(o: { prefix: string; cursor?: string }): Promise<{ objects: { key: string }[]; truncated: boolean; cursor?: string }>;
  get(key: string): Promise<{ text(): Promise<string> } | null>;
}
interface LocalMiniflare {
  getR2Bucket(binding: string): Promise<LocalR2>;
  dispose(): Promise<void>;
}
type MiniflareModule = { Miniflare: new (options: object) => LocalMiniflare };

async function wranglersMiniflare(): Promise<MiniflareModule> {
  const fromWrangler = createRequire(createRequire(import.meta.url).resolve('wrangler/package.json'));
  return (await import(pathToFileURL(fromWrangler.resolve('miniflare')).href)) as MiniflareModule;
}

export async function pullLocal(out: string, persistTo: string, bucketName: string, io: CliIo): Promise<number> {
  const { Miniflare } = await wranglersMiniflare();
  const mf = new Miniflare({
    script: 'addEventListener("fetch", (e) => e.respondWith(new Response(null, { status: 404 })))',
    defaultPersistRoot: join(persistTo, 'v3'),
    r2Buckets: { RECEIPTS: bucketName },
  });
  try {
    const bucket = await mf.getR2Bucket('RECEIPTS');
    let count = 0;
    for (const prefix of [RECEIPTS_PREFIX, CHECKPOINTS_PREFIX]) {
      let cursor: string | undefined;
      do {
        const page = await whileBusy(() => bucket.list({ prefix, ...(cursor ? { cursor } : {}) }));
        for (const o of page.objects) {
          const text = await whileBusy(async () => (await bucket.get(o.key))?.text());
          if (text === undefined) continue;
          writeInside(out, o.key, text);
          count++;
        }
        cursor = page.truncated ? page.cursor : undefined;
      } while (cursor);
    }
    io.stdout(`${count} objects from ${bucketName} (${persistTo}) → ${out}\n`);
    return EXIT.ok;
  } finally {
    await mf.dispose();
  }
}

/**
 * The running stack's edge writes the same local store (SQLite under `<persist-to>/v3`) while this reads it: a read
 * that meets its write lock fails with SQLITE_BUSY, and is tried again a little later (at most ~10 s in all).
 */
export async function whileBusy<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      if (attempt >= BUSY_ATTEMPTS || !/SQLITE_BUSY|database is locked/i.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, Math.min(50 * attempt, 500)));
    }
  }
}

const BUSY_ATTEMPTS = 30;

/** Writes `key` under `out`, refusing a key that would land outside it. */
function writeInside(out: string, key: string, text: string): void {
  const root = resolve(out);
  const file = resolve(root, key);
  if (!file.startsWith(root + sep)) throw new Error(`object key outside the output folder: ${JSON.stringify(key)}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
