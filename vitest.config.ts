import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests sit next to the code they test (`*.test.ts`); cross-tier tests live in test/.
    include: ['{shared,edge,cloud,onprem,test}/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
