/**
 * State media relays in Indonesian copy: "Melalui media pemerintah, X menuding ..." (spoken
 * through an outlet, opening the sentence) and "Dalam laporan Statenews, disebutkan ..." (an
 * outlet's own report as the source of a passive with no agent). Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const en = (text: string) => lastClaim(text, 'en');

describe('an outlet spoken through, opening the sentence', () => {
  it.each([
    ['Melalui media pemerintah, Kementerian Pertahanan Arvania menuding tetangganya memprovokasi.'],
    [
      'Lewat kantor berita Statenews, Kementerian Pertahanan Arvania menuding tetangganya memprovokasi.',
    ],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.flags).toContain('state_media');
  });

  it('a named speaker keeps the outlet as its via', () => {
    const c = id(
      'Melalui Statenews, Menteri Luar Negeri Arvania Dorin Vasko menyatakan latihan itu provokasi.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('English: through a state outlet', () => {
    const c = en('Through Statenews, the defence ministry said the drills were a provocation.');
    expect(c?.source.kind).toBe('official_body');
    expect(c?.flags).toContain('state_media');
  });

  it('a day opening the sentence carries nothing', () => {
    const c = en('On Monday, the defence ministry said the drills were a provocation.');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe("an outlet's own report before a passive", () => {
  it("a state outlet's report is state media", () => {
    const c = id('Dalam laporan Statenews, disebutkan kapal itu berlayar tanpa bendera.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it("a wire's report is media", () => {
    const c = id('Dalam laporan Wirely, disebutkan kapal itu berlayar tanpa bendera.');
    expect(c?.source.kind).toBe('media');
  });

  it('a letter stays a document', () => {
    const c = id('Dalam surat itu disebutkan bahwa kapal itu berlayar tanpa bendera.');
    expect(c?.source.kind).toBe('document');
  });
});
