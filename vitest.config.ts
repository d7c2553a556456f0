import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The default reporter, then the skipped tests by name (their names say why).
    reporters: ['default', './test/support/skippedReporter.ts'],
  },
});
