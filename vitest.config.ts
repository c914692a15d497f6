import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        // Unit tests sit next to the code they test (`*.test.ts`); cross-tier tests live in test/.
        // A real Redis (Debian's redis-server) for the on-prem node's shared nonce store.
        // Tests wait for events, never for time; 60 s per test only bounds a hang on a loaded 2-core machine.
        test: {
          name: 'node',
          include: ['{shared,cloud,onprem,test}/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          globalSetup: ['./test/support/redis.global-setup.ts'],
        },
      },
      {
        // The Worker's tests run inside workerd (the real runtime), not in Node with Worker globals imitated.
        // FOLDERS_KV: a KV namespace for tests only (edge/models/folder-sources.test.ts), besides wrangler.toml's.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { kvNamespaces: { FOLDERS_KV: 'triage-model-folders-test' } },
          }),
        ],
        test: {
          name: 'workerd',
          include: ['edge/**/*.test.ts'],
          testTimeout: 60_000,
          // Real upstreams (OpenAI-compatible, signed on-prem, Lambda Invoke) in Node, for the target tests;
          // the fixture model folders and what onnxruntime-node computes from them, for the model-folder tests.
          globalSetup: ['./test/support/upstreams.global-setup.ts', './test/support/hf-folders.global-setup.ts'],
        },
      },
    ],
  },
});
