/**
 * "Kementerian itu dalam pernyataannya, seperti dilansir Statenews, menyatakan ...": the
 * occasion the source spoke on ("dalam pernyataannya", "dalam keterangannya") stands between
 * it and the relay aside. The source is before the occasion and the outlet the via, as
 * without the occasion; before, the outlet came out as the source. Sentences written by the
 * team; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('an occasion, then a relay aside, then the verb', () => {
  it.each([
    [
      'Kementerian Pertanian dalam pernyataannya, seperti dilansir Statenews, menyatakan panen padi gagal.',
      'official_body',
      'Kementerian Pertanian',
    ],
    [
      'Bagas Wiratama dalam keterangannya, seperti dikutip Statenews, mengatakan panen padi gagal.',
      'named_person',
      'Bagas Wiratama',
    ],
  ])('%s', (text, kind, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source).toMatchObject({ kind, text: source, via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
    expect(c?.claim.toLowerCase()).toBe('panen padi gagal');
  });

  it('without the occasion it reads as before', () => {
    const c = onlyClaim(
      'Bagas Wiratama, seperti dikutip Statenews, mengatakan panen padi gagal.',
      'id',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
  });
});
