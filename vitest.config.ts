import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:unit`: the pure core and CLI in plain Node, extension glue with WXT's
// fakeBrowser, Preact components in happy-dom. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // A hang guard, not a budget: the property and fuzz tests take seconds, and a busy CI
    // machine runs them several times slower than the 5 s default allows.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
