import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // the child-process tests run bin/gongwen.js, which loads the bundle: build it from the source first
    globalSetup: ['./test/e2e/build-bundle.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
