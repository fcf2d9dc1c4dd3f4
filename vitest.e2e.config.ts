import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/) in real Chromium and Firefox.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
