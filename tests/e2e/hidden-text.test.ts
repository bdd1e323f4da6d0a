/**
 * Hidden text is not sourcing: a page hides eight named-source paragraphs from its readers
 * with its stylesheet (display, font size, opacity, off-screen, transparent colour,
 * clip-path, zero height, a closed <details>). Sumber analyses only what a reader can see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '@/core/report';
import type { TabState } from '@/utils/messages';
import {
  launchWithExtension,
  startServer,
  waitFor,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The people the page hides, one per trick. */
const HIDDEN_SOURCES = [
  'Alma Quist',
  'Bruno Ferris',
  'Carla Ventura',
  'Dmitri Orlov',
  'Elena Szabo',
  'Farid Haddad',
  'Greta Lindholm',
  'Hugo Brandt',
];

describe('hidden text', () => {
  it('leaves out the eight hidden paragraphs and keeps the visible claims', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('hidden-text.html'));
    const tabId = await ext.tabIdOf(page);
    const state = await waitFor(
      () => ext.sendToTab<TabState>(tabId, { type: 'get-state' }),
      (s) => s.status === 'ready' || s.status === 'skipped' || s.status === 'error',
      20_000,
      'tab state',
    );
    expect(state.status).toBe('ready');
    const report = state.report as Report;
    const text = report.claims.map((c) => c.sentence).join('\n');
    for (const name of HIDDEN_SOURCES) expect(text, name).not.toContain(name);
    // The visible story is still read: the mayor is there.
    expect(text).toContain('Helen Torres');
    expect(report.claims.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
