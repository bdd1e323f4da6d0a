/**
 * '"...," read a statement from the district': a document's words before the verb and the
 * document after it (Indonesian '"...," bunyi pernyataan itu'). A sign or a slogan that
 * "reads" is no source. Every sentence is the team's own (invented places and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('"read" with the document after it', () => {
  it('a statement read', () => {
    const [c] = storyClaims(
      '"Our hearts go out to the families," read a statement from the Harlow school district.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'read', claim: 'Our hearts go out to the families' });
    expect(c?.source.kind).toBe('document');
  });

  it('a sign or a placard is no source', () => {
    expect(
      storyClaims('"New lower prices," reads one, against a picture of carrots.', 'en'),
    ).toHaveLength(0);
    expect(
      storyClaims('"Closed until further notice," read a sign on the door.', 'en'),
    ).toHaveLength(0);
  });

  it('Indonesian "bunyi" as before', () => {
    const [c] = storyClaims('"Kami turut berduka," bunyi pernyataan resmi perusahaan itu.', 'id');
    expect(c?.source.kind).toBe('document');
  });
});
