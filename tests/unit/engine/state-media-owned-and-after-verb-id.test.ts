/**
 * Generic state media owned by a clitic ("media pemerintahnya", "kantor berita resminya") is
 * state media, and an outlet set off by commas right after the verb ("menyatakan, melalui
 * KCNA, bahwa ...") is the via of the speaker's words, not part of the claim. "media
 * negaranya" (his country's media) says nothing about the state. Sentences written by the
 * team; "Statenews" is the test registry's state-controlled outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const claimsOf = (text: string) => [lastClaim(text, 'id')];

describe('state media owned by a clitic', () => {
  it('"melalui media pemerintahnya" carries the government\'s words', () => {
    const [claim] = claimsOf(
      'Pemerintah Valdoria melalui media pemerintahnya menyebut latihan itu sebagai ancaman.',
    );
    expect(claim?.source.kind).toBe('official_body');
    expect(claim?.flags).toContain('state_media');
  });

  it('"menurut kantor berita resminya" is state media as the source', () => {
    const [claim] = claimsOf('Menurut kantor berita resminya, Valdoria menolak tawaran itu.');
    expect(claim?.source.kind).toBe('state_media');
  });
});

describe('an outlet set off after the verb', () => {
  it('is the via, and the claim starts after it', () => {
    const [claim] = claimsOf(
      'Kementerian Luar Negeri Valdoria menyatakan, melalui Statenews, bahwa latihan itu provokasi.',
    );
    expect(claim?.source.kind).toBe('official_body');
    expect(claim?.source.via).toBe('Statenews');
    expect(claim?.flags).toContain('state_media');
    expect(claim?.claim).toBe('latihan itu provokasi');
  });
});
