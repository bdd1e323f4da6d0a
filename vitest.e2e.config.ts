import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The repo root, with its trailing slash: what `@/` stands for (tsconfig paths, WXT). */
const ROOT = fileURLToPath(new URL('./', import.meta.url));

// Real Chromium with the built extension loaded (run `npm run build` first; `npm test` does).
export default defineConfig({
  // `@/utils/...` as in the extension and the unit tests (vitest.config.ts gets it from WXT).
  resolve: { alias: [{ find: /^@\//, replacement: ROOT }] },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
