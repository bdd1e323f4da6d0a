/**
 * Indonesian relays of state media: a claim closed by ", demikian <outlet>" (so says the
 * outlet), and a speaker "berbicara kepada/dengan <outlet>" (speaking to it). "demikian" is
 * a relay only before an outlet ("Dengan demikian, ...", "demikian juga" stay out). Every
 * sentence is the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const all = (text: string) => storyClaims(text, 'id');

describe('"..., demikian <outlet>"', () => {
  it.each([
    ['Panen padi gagal di tiga provinsi, demikian Statenews.', 'Statenews'],
    ['Panen padi gagal di tiga provinsi, demikian media pemerintah.', 'media pemerintah'],
  ])('%s', (text, source) => {
    const [claim] = all(text);
    expect(claim?.source).toMatchObject({ kind: 'state_media', text: source });
    expect(claim?.claim).toBe('Panen padi gagal di tiga provinsi');
  });

  it.each([
    'Dengan demikian, pemerintah akan menaikkan harga beras.',
    'Hujan turun deras di Bogor, demikian juga di Depok.',
  ])('no relay: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
});

describe('speaking to an outlet', () => {
  it.each([
    [
      'Saat berbicara kepada televisi pemerintah, Menteri Rina Ardani mengatakan panen akan pulih.',
      'televisi pemerintah',
    ],
    ['Panen akan pulih, kata Menteri Rina Ardani saat berbicara dengan Statenews.', 'Statenews'],
  ])('%s', (text, via) => {
    const [claim] = all(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.via).toBe(via);
    expect(claim?.flags).toContain('state_media');
  });

  it('speaking to reporters relays nothing', () => {
    const [claim] = all(
      'Saat berbicara kepada wartawan, Menteri Rina Ardani mengatakan panen akan pulih.',
    );
    expect(claim?.source.via ?? null).toBeNull();
  });
});
