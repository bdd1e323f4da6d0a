import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension loaded (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
