/** "The organization said" is the last institution named, an official body after "the WHO"
 * or the IAEA, a charity after a charity; "the general staff" is an army's command, an
 * official body. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('"the organization" after an institution', () => {
  it('after an organization of states is that official body', () => {
    const claims = paragraphClaims(
      'en',
      'The International Atomic Energy Agency said the reactor was stable. The organization said its inspectors would return in May.',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['official_body', 'official_body']);
  });

  it('after a charity is that charity', () => {
    const claims = paragraphClaims(
      'en',
      'The Harbour Food Trust said prices had doubled. The organization said families were skipping meals.',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['organization', 'organization']);
  });
});

describe("an army's general staff", () => {
  it('speaks as an official body', () => {
    const claims = paragraphClaims(
      'en',
      "Valdoria's general staff said the bridge had been retaken.",
    );
    expect(claims[0]?.source.kind).toBe('official_body');
  });
});
