/** A place or body written as an abbreviation ("U.S.", "U.N.", "U.K.") before a plural noun
 * for people no lexicon lists is one phrase with it, dot and all: its people speak, as they
 * do after a written-out name ("Pentagon planners"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('people of an abbreviated place or body', () => {
  it.each([
    ['U.S. climatologists said the winter would be mild.', 'U.S. climatologists'],
    ['The winter will be mild, U.S. climatologists said.', 'U.S. climatologists'],
    ['U.N. planners said the camp at Dorvik was full.', 'U.N. planners'],
    ['U.K. hydrologists warned that the Tarn would flood.', 'U.K. hydrologists'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('a lexicon word after the abbreviation keeps its own kind', () => {
    const c = onlyClaim('U.S. farmers said the harvest would be poor.', 'en');
    expect(c?.source.text).toBe('U.S. farmers');
    expect(c?.source.kind).toBe('anonymous');
  });
});
