/** People who work a camera ("a photographer", "a cameraman", "videographers") speak as unnamed
 * people; an outlet's own photographer is the outlet's report, as its witness or crew is.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('camera people as sources', () => {
  it.each([
    'A photographer at the pier said the ferry had tipped onto its side.',
    'Two cameramen said the ferry had tipped onto its side.',
    'A freelance videographer said the ferry had tipped onto its side.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('anonymous');
  });

  it.each([
    'A Wirely photographer said the ferry had tipped onto its side.',
    'A Wirely cameraman at the pier said the ferry had tipped onto its side.',
  ])("an outlet's own: %s", (text) => {
    expect(onlyClaim(text, 'en')?.source).toMatchObject({ kind: 'media', outlet: 'wirely' });
  });

  it('with a name, the person', () => {
    const c = onlyClaim('Photographer Lena Vasko said the ferry had tipped onto its side.', 'en');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Lena Vasko' });
  });
});
