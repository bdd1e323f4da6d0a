/** "Economists polled by <outlet> expect ...": the polled people forecast, the outlet carried
 * them, as with "... polled by <outlet> said". Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a forecast of people an outlet polled', () => {
  it.each([
    'Economists polled by Wirely expect the central bank to keep rates on hold.',
    'Analysts polled by Wirely forecast growth of 1.8 percent next year.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.via).toBe('Wirely');
  });
});
