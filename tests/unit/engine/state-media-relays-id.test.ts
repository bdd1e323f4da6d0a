/**
 * Session 12's Indonesian state-media and relay classes: an outlet named after a generic
 * outlet phrase and a comma ("kantor berita Norlandia, Statenews,"), as the source, the relay
 * or the audience; and the generic phrases for a government's paper or radio. Every sentence
 * is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const en = (text: string) => lastClaim(text, 'en');

describe('an outlet named after a generic outlet phrase and a comma', () => {
  it.each([
    ['Menurut kantor berita Norlandia, Statenews, pelabuhan itu ditutup sejak Senin.'],
    ['Dilansir kantor berita Norlandia, Statenews, pelabuhan itu ditutup sejak Senin.'],
    ['Seperti dikutip kantor berita Norlandia, Statenews, pelabuhan itu ditutup sejak Senin.'],
  ])('the state outlet is the source: %s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('a private outlet after the phrase is media, never state media', () => {
    const c = id('Menurut surat kabar Norlandia, Daily Planet, pelabuhan itu ditutup sejak Senin.');
    expect(c?.source).toMatchObject({ kind: 'media', text: 'Daily Planet' });
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a speaker quoted through the outlet keeps the outlet as via', () => {
    const c = id(
      '"Kami tidak akan mundur," kata Menteri Pertahanan Ardi Wiratama kepada kantor berita Norlandia, Statenews.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('"dikutip dari kantor berita X, Y" names Y as via', () => {
    const c = id(
      '"Situasi terkendali," ujar juru bicara militer Sela Marwati, dikutip dari kantor berita Norlandia, Statenews, Rabu.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('English: "the Norlandian news agency, Statenews," is the state outlet', () => {
    const c = en('According to the Norlandian news agency, Statenews, the port was closed.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });

  it('a phrase that names no outlet stays as it was', () => {
    const c = id('Menurut kantor berita Norlandia, pelabuhan itu ditutup sejak Senin.');
    expect(c?.source.text).toBe('kantor berita Norlandia');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a person after the comma is no outlet', () => {
    const c = id('Menurut surat kabar itu, Rina Wulandari ditahan sejak Senin.');
    expect(c?.source.kind).not.toBe('state_media');
  });
});

describe("generic phrases for a government's paper or radio", () => {
  it.each([
    ['Menurut surat kabar pemerintah Norlandia, pelabuhan itu ditutup.'],
    ['Koran pemerintah Norlandia menyebut pelabuhan itu ditutup.'],
    ['Radio pemerintah Norlandia melaporkan bahwa pelabuhan itu ditutup.'],
    ['Harian resmi Norlandia menyebutkan bahwa pelabuhan itu ditutup.'],
    ['Media corong pemerintah Norlandia menyebut pelabuhan itu ditutup.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a government speaking is still an official body', () => {
    const c = id('Pemerintah Norlandia menyebut pelabuhan itu ditutup.');
    expect(c?.source.kind).toBe('official_body');
  });
});

describe('"dikutip <outlet> dari <source>": the outlet that relayed, then what carried', () => {
  it('the source after "dari" is the via, not the relaying outlet', () => {
    const c = id('"Kami siap," kata Hendra Gunawan, dikutip Harian Kota dari Wirely, Rabu.');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Wirely' });
  });

  it('a state outlet after "dari" flags the claim', () => {
    const c = id('"Kami siap," kata Hendra Gunawan, dilansir Harian Kota dari Statenews, Rabu.');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a web page after "dari" is the via', () => {
    const c = id(
      '"Kami siap," kata Hendra Gunawan, dikutip Harian Kota dari laman resmi perusahaan, Rabu.',
    );
    expect(c?.source.via).toBe('laman resmi perusahaan');
  });

  it('a place after the outlet is no relay of its own', () => {
    const c = id('"Kami siap," kata Hendra Gunawan, dikutip Statenews di Jakarta, Rabu.');
    expect(c?.source.via).toBe('Statenews');
  });
});

describe('"Menurut <outlet>, <speaker> <cue> ...": the speaker, through the outlet', () => {
  it('a speaker opening the clause after the outlet is the source, the outlet the via', () => {
    const c = id(
      'Menurut Statenews, Menteri Pertahanan Ardi Wiratama menyebut latihan itu provokasi.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('an unnamed official through a private outlet is flagged as unnamed only', () => {
    const c = id('Menurut Daily Planet, seorang pejabat senior mengatakan rapat ditunda.');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'Daily Planet' });
    expect(c?.flags).not.toContain('state_media');
  });

  it('a cue inside the claim leaves the outlet as the source', () => {
    const c = id(
      'Menurut Statenews, harga minyak naik setelah OPEC menyatakan akan memangkas produksi.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });

  it('English: "According to Statenews, the minister said" is the minister via Statenews', () => {
    const c = en(
      'According to Statenews, Defence Minister Ardi Wiratama said the drills were over.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
  });
});

describe('"pemberitaan <outlet>": an outlet\'s coverage is the outlet', () => {
  it('"Menurut pemberitaan X" makes the outlet the source', () => {
    const c = id('Menurut pemberitaan Statenews, pelabuhan itu ditutup sejak Senin.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('"Dilansir dari pemberitaan X, <speaker> <cue>" relays the speaker', () => {
    const c = id(
      'Dilansir dari pemberitaan Statenews, Kementerian Luar Negeri Norlandia menuduh insinyur itu mencuri data.',
    );
    expect(c?.source).toMatchObject({ kind: 'official_body', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('the coverage of local media is media', () => {
    const c = id('Pemberitaan media lokal menyebutkan pelabuhan itu ditutup sejak Senin.');
    expect(c?.source.kind).toBe('media');
  });
});

describe('"Berdasarkan <document>, <speaker> <cue> ...": the speaker, the document as via', () => {
  it('a written statement opening the sentence carries the speaker', () => {
    const c = id(
      'Berdasarkan keterangan tertulis yang diterima redaksi, Lumina menyebut layanan sudah pulih.',
    );
    expect(c?.source.text).toBe('Lumina');
    expect(c?.source.via).toBe('keterangan tertulis yang diterima redaksi');
  });

  it('a finding with no speaker after it stays the document', () => {
    const c = id('Berdasarkan hasil survei itu, mayoritas warga puas dengan layanan baru.');
    expect(c?.source.kind).toBe('document');
  });
});

describe('roles of office the lexicon lacked', () => {
  it.each([
    ['Seorang komandan militer mengatakan pasukan telah mundur.'],
    ['Kanselir Jerman mengatakan negaranya siap membantu.'],
  ])('an unnamed official: %s', (text) => {
    expect(id(text)?.source.kind).toBe('unnamed_official');
  });

  it('a named senator keeps the role', () => {
    const c = id('Senator AS Rina Marlina mengatakan negaranya siap membantu.');
    expect(c?.source).toMatchObject({ kind: 'named_person', role: 'Senator AS' });
  });
});

describe("a citation closing the sentence after the outlet's claim", () => {
  it('"Statenews melaporkan bahwa ..., mengutip seorang pejabat." is the official via the outlet', () => {
    const c = id('Statenews melaporkan bahwa pelabuhan itu ditutup, mengutip seorang pejabat.');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'Statenews' });
    expect(c?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
    expect(c?.claim).toBe('pelabuhan itu ditutup');
  });

  it('English: "Statenews reported that ..., citing an official."', () => {
    const c = en('Statenews reported that the port was closed, citing an official.');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'Statenews' });
  });

  it('a citation inside the claim is no relay', () => {
    const c = id(
      'Statenews melaporkan bahwa pelabuhan itu ditutup setelah pemerintah mengutip data terbaru.',
    );
    expect(c?.source.kind).toBe('state_media');
  });
});
