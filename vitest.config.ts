import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    // Browser tests poll the page; a loaded 2-core machine needs more than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
  },
});
