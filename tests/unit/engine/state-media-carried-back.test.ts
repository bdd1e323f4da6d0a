/**
 * The sentence after a speaker's words names the outlet that carried them ("His comments
 * were carried by state media.", "Pernyataannya disiarkan oleh media pemerintah."): the
 * words before take the outlet as via, with the state-media flag when it is state-run. Every sentence is the team's own;
 * "Statenews" is the helpers' state-run fixture outlet, "Daily Planet" a private paper.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('English: the words carried, named again', () => {
  it.each([
    'General Oskar Brel said the drills were a rehearsal. His comments were carried by state media.',
    'General Oskar Brel said the drills were a rehearsal. The remarks were published by Statenews on Thursday.',
    'General Oskar Brel said the drills were a rehearsal. Those remarks were also reported by state-run television.',
    '"The drills are a rehearsal," General Oskar Brel said. The comments were carried live by state television.',
  ])('%s', (text) => {
    const claims = storyClaims(text, 'en');
    expect(claims[0]?.source.text).toBe('General Oskar Brel');
    expect(claims[0]?.source.via).toMatch(/state|Statenews/);
    expect(claims[0]?.flags).toContain('state_media');
    expect(claims[0]?.strength).toBe('weak');
  });

  it('a private outlet is the via, with no flag', () => {
    const claims = storyClaims(
      'General Oskar Brel said the drills were a rehearsal. His remarks were published by Daily Planet.',
      'en',
    );
    expect(claims[0]?.source.via).toBe('Daily Planet');
    expect(claims[0]?.flags).not.toContain('state_media');
  });

  it.each([
    // A body published the words: no outlet carried them.
    'General Oskar Brel said the drills were a rehearsal. The statement was published by the defence ministry.',
    // Not the words: an event the outlet covered.
    'General Oskar Brel said the drills were a rehearsal. The parade was carried by state media.',
    // The sentence goes on past the outlet.
    'General Oskar Brel said the drills were a rehearsal. His comments were carried by state media after the parade ended.',
  ])('no via: %s', (text) => {
    const claim = storyClaims(text, 'en')[0];
    expect(claim?.source.text).toBe('General Oskar Brel');
    expect(claim?.source.via).toBeNull();
  });

  it('an earlier relay keeps its own outlet', () => {
    const claims = storyClaims(
      'General Oskar Brel said the drills were a rehearsal, Daily Planet reported. The comments were carried by state media.',
      'en',
    );
    expect(claims[0]?.source.via).toBe('Daily Planet');
  });
});

describe('Indonesian: the words carried, named again', () => {
  it.each([
    'Jenderal Oskar Brel mengatakan latihan itu gladi perang. Pernyataannya disiarkan oleh media pemerintah.',
    'Jenderal Oskar Brel mengatakan latihan itu gladi perang. Hal itu dilaporkan kantor berita Statenews pada Selasa.',
    'Jenderal Oskar Brel mengatakan latihan itu gladi perang. Pernyataan tersebut disiarkan langsung televisi pemerintah.',
  ])('%s', (text) => {
    const claims = storyClaims(text, 'id');
    expect(claims[0]?.source.text).toBe('Jenderal Oskar Brel');
    expect(claims[0]?.flags).toContain('state_media');
  });

  it("the outlet's own anaphoric claim stays", () => {
    const claims = storyClaims(
      'Jenderal Oskar Brel mengatakan latihan itu gladi perang. Hal itu dilaporkan kantor berita Statenews.',
      'id',
    );
    expect(claims[0]?.flags).toContain('state_media');
    expect(claims[1]?.source.kind).toBe('state_media');
  });
});

describe('Indonesian: the carrying sentence claims nothing of its own', () => {
  it.each([
    'Jenderal Oskar Brel mengatakan latihan itu gladi perang. Pernyataan itu disiarkan oleh media pemerintah pada Selasa pagi.',
    'Jenderal Oskar Brel mengatakan latihan itu gladi perang. Pernyataan tersebut disiarkan media pemerintah pada Selasa.',
    'Jenderal Oskar Brel mengatakan latihan itu gladi perang. Komentarnya disiarkan oleh televisi pemerintah.',
  ])('%s', (text) => {
    const claims = storyClaims(text, 'id');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.text).toBe('Jenderal Oskar Brel');
    expect(claims[0]?.source.via).toMatch(/pemerintah/);
    expect(claims[0]?.flags).toContain('state_media');
  });

  it('with no earlier words to carry, the sentence keeps its reading', () => {
    const claims = storyClaims('Pernyataan itu disiarkan oleh media pemerintah pada Selasa.', 'id');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('state_media');
  });
});

describe('English: the words made, then an outlet cited for the occasion', () => {
  it.each([
    'General Oskar Brel said the drills were a rehearsal. Brel made the comments as he visited a base, according to Statenews.',
    'General Oskar Brel said the drills were a "rehearsal." He gave the remarks at a parade for "the heroes of the war," according to Statenews.',
  ])('%s', (text) => {
    const claims = storyClaims(text, 'en');
    expect(claims[0]?.source.text).toBe('General Oskar Brel');
    expect(claims[0]?.source.via).toBe('Statenews');
    expect(claims[0]?.flags).toContain('state_media');
    // The occasion stays the outlet's own claim.
    expect(claims[1]?.source.text).toBe('Statenews');
  });

  it('no words made, no carrier: an event the outlet reports', () => {
    const claims = storyClaims(
      'General Oskar Brel said the drills were a rehearsal. Brel made a visit to a base, according to Statenews.',
      'en',
    );
    expect(claims[0]?.source.via).toBeNull();
  });
});
