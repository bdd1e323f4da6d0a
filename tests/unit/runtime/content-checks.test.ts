import { describe, expect, it } from 'vitest';
import { readContentRequest, readContentSettings, readUiStrings } from '@/utils/content-checks';
import { ContentRequest, ContentSettings, UiStrings } from '@/utils/messages';

/** The hand checks accept exactly what the zod schemas accept, and return the same data. */
function agrees(
  check: (v: unknown) => unknown,
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
  value: unknown,
): void {
  const parsed = schema.safeParse(value);
  expect(check(value), JSON.stringify(value)).toEqual(parsed.success ? parsed.data : null);
}

const JUNK: unknown[] = [
  null,
  undefined,
  0,
  'get-state',
  [],
  [{ type: 'get-state' }],
  {},
  { type: 42 },
];

describe('content-script message checks agree with the zod schemas', () => {
  it.each([
    ...JUNK,
    { type: 'get-state' },
    { type: 'get-state', extra: '<script>' },
    { type: 'analyze-now' },
    { type: 'analyze-now', lang: 'id' },
    { type: 'analyze-now', lang: 'fr' },
    { type: 'analyze-now', lang: 3 },
    { type: 'set-highlight', on: true },
    { type: 'set-highlight', on: 'yes' },
    { type: 'set-highlight' },
    { type: 'scroll-to-claim', id: 'c3' },
    { type: 'scroll-to-claim', id: 3 },
    { type: 'delete-everything' },
  ])('request %j', (value) => agrees(readContentRequest, ContentRequest, value));

  it.each([
    ...JUNK,
    { autoRun: true, highlightByDefault: false },
    { autoRun: true, highlightByDefault: false, injected: 1 },
    { autoRun: 'true', highlightByDefault: false },
    { autoRun: true },
  ])('settings %j', (value) => agrees(readContentSettings, ContentSettings, value));

  it.each([
    ...JUNK,
    { lang: 'id', strings: { legend_title: 'Sumber' } },
    { lang: 'en', strings: {} },
    { lang: 'en', strings: { a: 1 } },
    { lang: 'en', strings: [] },
    { lang: 3, strings: {} },
  ])('ui strings %j', (value) => agrees(readUiStrings, UiStrings, value));
});
