/**
 * The outlet a speaker spoke through, named with a relay preposition away from the verb: set
 * off by commas between the speaker and the verb ("Pyongyang, through its state media, said",
 * "Pyongyang, melalui media pemerintah, menyatakan") or closing the sentence after the claim
 * ("..., through state media", "... melalui media pemerintah"). The speaker stays the
 * source, the outlet is the via. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const en = (text: string) => onlyClaim(text, 'en');
const id = (text: string) => onlyClaim(text, 'id');

describe('the outlet set off between the speaker and the verb', () => {
  it('English: the speaker is no longer read as the outlet', () => {
    const c = en(
      'The foreign ministry, through its state media, said the drills were a provocation.',
    );
    expect(c?.source).toMatchObject({
      kind: 'official_body',
      text: 'The foreign ministry',
      via: 'its state media',
    });
    expect(c?.flags).toContain('state_media');
  });

  it('Indonesian', () => {
    const c = id(
      'Kementerian Luar Negeri, melalui media pemerintah, menyatakan latihan itu provokasi.',
    );
    expect(c?.source).toMatchObject({ kind: 'official_body', via: 'media pemerintah' });
    expect(c?.claim).toBe('latihan itu provokasi');
    expect(c?.flags).toContain('state_media');
  });

  it('a person set off after "melalui" is no outlet: nothing is skipped for it', () => {
    const c = id(
      'Kapolres Arla Venn, melalui Kasat Reskrim AKP Beno Tarra, mengatakan pelaku sudah ditangkap.',
    );
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });
});

describe('the outlet closing the sentence', () => {
  it('English, after a comma', () => {
    const c = en('The foreign ministry said the drills were a provocation, through state media.');
    expect(c?.source).toMatchObject({ kind: 'official_body', via: 'state media' });
    expect(c?.claim).toBe('the drills were a provocation');
    expect(c?.flags).toContain('state_media');
  });

  it('English "on" with no comma stays in the claim', () => {
    const c = en('The minister said the result would be announced on state television.');
    expect(c?.claim).toBe('the result would be announced on state television');
    expect(c?.flags).not.toContain('state_media');
  });

  it.each([
    [
      'Kementerian Luar Negeri menyatakan latihan itu provokasi melalui media pemerintah.',
      'media pemerintah',
    ],
    [
      'Kementerian Luar Negeri menyatakan latihan itu provokasi, lewat kantor berita Statenews.',
      'Statenews',
    ],
  ])('Indonesian: %s', (text, via) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'official_body', via });
    expect(c?.claim).toBe('latihan itu provokasi');
    expect(c?.flags).toContain('state_media');
  });

  it('an independent outlet: the via without the flag', () => {
    const c = id(
      'Kementerian Luar Negeri menyatakan latihan itu provokasi melalui harian Daily Planet.',
    );
    expect(c?.source.via).toContain('Daily Planet');
    expect(c?.flags).not.toContain('state_media');
  });
});
