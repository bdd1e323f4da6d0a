/**
 * "Figures from the health ministry put the toll at 1,400": a document giving a figure is the
 * source, as with the finding verbs, not the body its phrase closes with; a body giving one
 * keeps its kind. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('figures given by a document', () => {
  it('the figures, not the ministry', () => {
    const c = onlyClaim('Figures from the Ministry of Health put the toll at 1,400.', 'en');
    expect(c?.rule).toBe('figure-verb');
    expect(c?.source).toMatchObject({
      text: 'Figures from the Ministry of Health',
      kind: 'document',
    });
  });

  it.each([
    ['The observatory put the death toll at 45.', 'organization'],
    ['The health ministry put the death toll at 45.', 'official_body'],
  ])('%s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });
});
