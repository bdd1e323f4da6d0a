/** The browser tests resolve `@/...` imports like every other part of the repo. */
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('vitest.e2e.config.ts', () => {
  let server: ViteDevServer;
  beforeAll(async () => {
    server = await createServer({
      configFile: join(root, 'vitest.e2e.config.ts'),
      root,
      logLevel: 'silent',
      server: { middlewareMode: true, ws: false },
    });
  });
  afterAll(() => server.close());

  it('resolves @/ to the repo root', async () => {
    expect((await server.pluginContainer.resolveId('@/utils/i18n'))?.id).toBe(
      join(root, 'utils', 'i18n.ts'),
    );
    expect((await server.pluginContainer.resolveId('@/tests/e2e/harness'))?.id).toBe(
      join(root, 'tests', 'e2e', 'harness.ts'),
    );
  });

  it('never retries a browser test, in the config or in any test file', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    expect(readFileSync(join(root, 'vitest.e2e.config.ts'), 'utf8')).toMatch(/retry: 0,/);
    for (const file of readdirSync(join(root, 'tests', 'e2e')).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(join(root, 'tests', 'e2e', file), 'utf8'), file).not.toMatch(
        /retry: [1-9]/,
      );
    }
  });

  it('leaves scoped packages alone', async () => {
    expect((await server.pluginContainer.resolveId('@mozilla/readability'))?.id).toContain(
      'node_modules',
    );
  });
});
