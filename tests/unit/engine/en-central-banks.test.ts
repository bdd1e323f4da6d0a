/**
 * "The Bank of Japan said ...": a national central bank, named in full, is a public body; a
 * commercial bank named the same way stays a firm. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('central banks by name', () => {
  it.each([
    ['The Bank of England said household debt remained a risk.', 'en'],
    ["The People's Bank of China said it would keep the yuan stable.", 'en'],
    ['Reserve Bank of India menyatakan inflasi mulai melandai.', 'id'],
  ] as const)('%s', (text, lang) => {
    expect(onlyClaim(text, lang)?.source.kind).toBe('official_body');
  });

  it('a commercial bank named so is a firm', () => {
    expect(onlyClaim('Bank of America said profits rose.', 'en')?.source.kind).toBe('organization');
  });
});
