/**
 * The content script runs on every page. Importing a value from core/report.ts or
 * utils/messages.ts would build every zod schema in them at load (tens of milliseconds per
 * page, measured), so the content-side files import only types from them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeReport } from '@/utils/content-checks';
import { claim, report } from './fixtures';

const CONTENT_FILES = [
  'entrypoints/content.ts',
  'utils/content-runner.ts',
  'utils/content-locate.ts',
  'utils/content-checks.ts',
  'utils/highlight.ts',
];
// zod itself stays out of the content script (utils/content-checks.ts checks by hand).
const HEAVY = [
  '@/core/report',
  '@/utils/messages',
  '@/utils/settings',
  '@/core/analyze',
  '@/core/outlets',
  '@/core/institutions',
  '@/utils/content-schemas',
  'zod/mini',
  'zod',
];

describe('content script imports', () => {
  it.each(CONTENT_FILES)('%s imports only types from schema-building modules', (file) => {
    const source = readFileSync(file, 'utf8');
    for (const [statement] of source.matchAll(/^import [^;]*;/gm)) {
      const from = /'([^']+)';$/.exec(statement)?.[1] ?? '';
      if (HEAVY.includes(from))
        expect(statement.startsWith('import type '), `${file}: ${statement}`).toBe(true);
    }
  });
});

describe('looksLikeReport', () => {
  it('accepts a report and refuses other shapes', () => {
    expect(looksLikeReport(report([claim('c1', 'anonymous', ['unnamed_source'])]))).toBe(true);
    expect(looksLikeReport(report([]))).toBe(true);
    expect(looksLikeReport(null)).toBe(false);
    expect(looksLikeReport({ claims: 'no', summary: {}, isArticle: true })).toBe(false);
    expect(looksLikeReport({ claims: [{ id: 'c1' }], summary: {}, isArticle: true })).toBe(false);
    expect(looksLikeReport({ claims: [], summary: null, isArticle: true })).toBe(false);
  });
});
