import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The repo root, with its trailing slash: what `@/` stands for (tsconfig paths, WXT). */
const ROOT = fileURLToPath(new URL('./', import.meta.url));

// Real Chromium with the built extension loaded, and a real Firefox with the Firefox build
// (tests/e2e/firefox.test.ts); run `npm run build` first (`npm test` does).
export default defineConfig({
  // `@/utils/...` as in the extension and the unit tests (vitest.config.ts gets it from WXT).
  resolve: { alias: [{ find: /^@\//, replacement: ROOT }] },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // A flaky browser test must be seen, never retried into a pass (issue 13).
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
