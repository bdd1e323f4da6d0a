/**
 * Words for a state broadcaster: Indonesian "TV pemerintah", "stasiun TV negara", "penyiar
 * pemerintah", "lembaga penyiaran negara" (the wires' "state TV", "state broadcaster"), as the
 * source or as the outlet that carried a speaker's words; and another channel named with a
 * word of its own ("local TV", "TV lokal") after state TV spoke, which is not state TV again.
 * Every sentence is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');
const id = (text: string) => lastClaim(text, 'id');

describe('Indonesian words for a state broadcaster', () => {
  it.each([
    ['TV pemerintah melaporkan bahwa bendungan itu jebol.'],
    ['Bendungan itu jebol, lapor TV pemerintah Norlandia.'],
    ['Stasiun TV negara menyebutkan bendungan itu jebol.'],
    ['Menurut TV negara, bendungan itu jebol.'],
    ['Menurut penyiar pemerintah, bendungan itu jebol.'],
    ['Lembaga penyiaran negara menyebut bendungan itu jebol.'],
    ['Bendungan itu jebol, lapor TV yang dikelola pemerintah.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker told state TV: the speaker is the source, the TV the via', () => {
    const c = id('Gubernur Arvid Tessen mengatakan kepada TV pemerintah bahwa banjir sudah surut.');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'TV pemerintah' });
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker carried by a state TV station', () => {
    const c = id(
      'Banjir sudah surut, kata Gubernur Arvid Tessen seperti disiarkan stasiun TV negara.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'stasiun TV negara' });
    expect(c?.flags).toContain('state_media');
  });

  it('a private channel is no state media', () => {
    const c = id('TV swasta menyebut bendungan itu jebol.');
    expect(c?.flags).not.toContain('state_media');
  });
});

describe('another channel after state TV spoke', () => {
  it('"told local TV" is not state TV again', () => {
    const c = en(
      'State TV said the dam had burst. || The mayor told local TV that two villages were flooded.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.flags).not.toContain('state_media');
  });

  it('"the TV" still points back to state TV', () => {
    const c = en('State TV said the dam had burst. || Two villages were flooded, the TV said.');
    expect(c?.source.kind).toBe('state_media');
  });

  it('"melalui TV lokal" is not state TV again', () => {
    const c = id(
      'Menurut TV pemerintah, bendungan itu jebol. || Pemerintah melalui TV lokal menyebut dua desa terendam.',
    );
    expect(c?.source.kind).toBe('official_body');
    expect(c?.flags).not.toContain('state_media');
  });
});
