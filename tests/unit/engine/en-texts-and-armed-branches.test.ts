/** "According to the text released by <state outlet>, X said": the text is a document the
 * outlet carried, so X's claim reaches the article through it. "Iran's Revolutionary Guards
 * said": a branch of a state's armed forces speaks as an official body, not as a person or a
 * firm. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a text carried by a state outlet', () => {
  it('relays the speaker through the outlet', () => {
    const c = onlyClaim(
      'According to the text released by Statenews, Premier Ola Vik said the dam would be finished in June.',
      'en',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('the text of an agreement is a document', () => {
    const c = onlyClaim('The text of the accord says both sides will pull back their guns.', 'en');
    expect(c?.source.kind).toBe('document');
  });
});

describe("a state's armed branch speaks as an official body", () => {
  it.each([
    "Iran's Revolutionary Guards said they had detained the crew of a cargo ship.",
    'The crew of a cargo ship was detained, the Revolutionary Guard said.',
    'The IRGC said it had detained the crew of a cargo ship.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('official_body');
  });
});
