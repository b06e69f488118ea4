import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous, and never an assertion: a busy 2-core machine can take long to spawn a batch in a hook.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

export { config as default };
