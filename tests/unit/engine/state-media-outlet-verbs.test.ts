/**
 * Session 13's state-media classes: an Indonesian outlet pointed back to with "itu" /
 * "tersebut"; Indonesian outlet verbs ("memberitakan", "mewartakan") and an outlet airing
 * or carrying pictures ("menayangkan rekaman", "memuat foto"); a party's or government's
 * "mouthpiece", "corong partai" and "state-affiliated media"; and "in what state media
 * describes as ...". Later: outlets that comment or opine ("commented that"). Every sentence
 * is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const en = (text: string) => lastClaim(text, 'en');

describe('an Indonesian outlet pointed back to with "itu" / "tersebut"', () => {
  it.each([
    ['Kantor berita itu juga menyebutkan jembatan itu runtuh.'],
    ['Media tersebut menambahkan ribuan warga mengungsi.'],
    ['Stasiun televisi itu menyebutkan bentrokan masih terjadi.'],
    ['Harian tersebut menuding Norlandia sebagai dalang kerusuhan.'],
    ['Surat kabar itu menulis bahwa latihan itu sebuah provokasi.'],
  ])('after the state outlet spoke, it is the state outlet again: %s', (second) => {
    const c = id(`Statenews melaporkan pelabuhan Karsa ditutup sejak Senin. || ${second}`);
    expect(c?.source).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
    expect(c?.source.resolvesTo).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('after a private outlet it stays a private outlet', () => {
    const c = id(
      'Daily Planet melaporkan pelabuhan Karsa ditutup. || Kantor berita itu menambahkan kapal tertahan.',
    );
    expect(c?.source).toMatchObject({ kind: 'media', outlet: 'daily-planet' });
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('with no outlet in the sentences before, it is a generic outlet', () => {
    const c = id('Kantor berita itu menambahkan kapal-kapal masih tertahan di pelabuhan.');
    expect(c?.source.kind).toBe('media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('too far back, the outlet is not pointed to any more', () => {
    const claims = storyClaims(
      'Statenews melaporkan pelabuhan Karsa ditutup. || Kapal-kapal menunggu di laut. || ' +
        'Para nelayan tidak melaut. || Harga ikan naik. || Pasar sepi sejak pagi. || ' +
        'Media tersebut menambahkan kapal masih tertahan.',
      'id',
    );
    const last = claims[claims.length - 1];
    expect(last?.source.kind).toBe('media');
  });

  it('English still points back with "the agency"', () => {
    const c = en(
      'Statenews said the port was closed. || The agency added that ships were waiting.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
  });
});

describe('Indonesian outlet verbs', () => {
  it.each([
    ['Statenews memberitakan bahwa gempa mengguncang provinsi Karsa.'],
    ['Statenews mewartakan bahwa 12 orang tewas dalam kebakaran itu.'],
    ['Kantor berita pemerintah Norlandia memberitakan pelabuhan Karsa ditutup.'],
  ])('the outlet is the source: %s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a private outlet reporting is media', () => {
    const c = id('Daily Planet memberitakan bahwa pelabuhan Karsa ditutup.');
    expect(c?.source.kind).toBe('media');
  });
});

describe('an Indonesian outlet airing or carrying pictures', () => {
  it.each([
    ['Televisi pemerintah menayangkan rekaman tentara berbaris di jalan-jalan Karsa.'],
    ['Statenews menyiarkan video kendaraan lapis baja memasuki kota.'],
    ['Media resmi Norlandia juga memuat foto presiden memeriksa pabrik.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a person showing a recording is no outlet showing pictures', () => {
    const c = id('Rina Wulandari menayangkan rekaman pernikahannya kepada tamu.');
    expect(c).toBeUndefined();
  });
});

describe("a party's or government's mouthpiece", () => {
  it.each([
    ["The ruling party's mouthpiece said the reforms would continue."],
    ['The government mouthpiece accused the opposition of treason.'],
    ['State-affiliated media said the protest had been organised from abroad.'],
  ])('English: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a named outlet after "mouthpiece" is what the registry says', () => {
    const c = en("The party's mouthpiece, Daily Planet, said the reforms would continue.");
    expect(c?.source).toMatchObject({ kind: 'media', text: 'Daily Planet' });
  });

  it('"the state-affiliated" before an unknown outlet says the state runs it', () => {
    const c = en('The state-affiliated Karsa News channel said the bridge had collapsed.');
    expect(c?.source.kind).toBe('state_media');
  });

  it('Indonesian: "corong partai"', () => {
    const c = id('Media corong partai menuding Norlandia sebagai dalang kerusuhan.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('the party itself is still an official body', () => {
    const c = id('Partai Rakyat menuding Norlandia sebagai dalang kerusuhan.');
    expect(c?.source.kind).toBe('official_body');
  });
});

describe('"in what <source> describes as ..."', () => {
  it('the outlet of the "what" clause is the source', () => {
    const c = en(
      'The week marks the start of what state media describes as a "hundred-day battle".',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'state media' });
    expect(c?.cue).toBe('describes');
  });

  it('the subject before "in what" is not part of the source', () => {
    const c = en('Officials seized the ship in what state television described as a raid.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'state television' });
  });

  it('an unnamed source written with its place is still found', () => {
    const c = en('Residents of the estate in Riverside say the water is unsafe.');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toContain('Residents');
  });

  it('a person who describes a thing in a clause of her own is still the source', () => {
    const c = en('The bridge, which Mayor Lena Ortiz describes as unsafe, was closed.');
    expect(c?.source.text).toBe('Mayor Lena Ortiz');
  });
});

describe('an outlet as the subject of the citing verb itself', () => {
  it('"<outlet> mengutip pernyataan X bahwa ..." is X through the outlet', () => {
    const c = id('Statenews mengutip pernyataan Menteri Ardi Wiratama bahwa pelabuhan ditutup.');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('a private outlet citing is the via, with no state-media flag', () => {
    const c = id('Daily Planet mengutip data kementerian bahwa inflasi naik.');
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a speaker citing is no outlet: the cited source stays without a via', () => {
    const c = id('Rina Wulandari mengutip data kementerian bahwa inflasi naik.');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('"Menurut siaran / tayangan <outlet>": a broadcast is its outlet speaking', () => {
  it.each([
    ['Menurut siaran televisi pemerintah Norlandia, kapal tanker itu disita pada Minggu.'],
    ['Menurut tayangan televisi pemerintah, kapal tanker itu disita pada Minggu.'],
    ['Menurut siaran radio pemerintah, jam malam dicabut mulai Senin.'],
    ['Menurut siaran Statenews, jam malam dicabut mulai Senin.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a private broadcaster stays media', () => {
    const c = id('Menurut siaran Daily Planet, jam malam dicabut mulai Senin.');
    expect(c?.source.kind).toBe('media');
  });

  it('"dalam siaran langsung" is still the occasion of the speaker', () => {
    const c = id('Dalam siaran langsung, Presiden Karel Dovan mengatakan jam malam dicabut.');
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Presiden Karel Dovan' });
  });
});

describe('Indonesian passive reports with the outlet after the verb', () => {
  it.each([
    [
      'Pelabuhan Karsa ditutup sejak Senin. || Hal itu dilaporkan kantor berita pemerintah Norlandia.',
    ],
    ['Pelabuhan Karsa ditutup sejak Senin. || Informasi itu disampaikan Statenews pada Selasa.'],
    ['Pelabuhan Karsa ditutup sejak Senin. || Kabar tersebut diberitakan Statenews pada Selasa.'],
  ])('the outlet is the source: %s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('"dilaporkan" alone is still a hedge', () => {
    const c = id('Sebanyak 300 rumah dilaporkan rusak akibat banjir.');
    expect(c?.source.kind).toBe('unattributed');
  });

  it('"demikian laporan <outlet>" closing the claim', () => {
    const c = id('Sebanyak 300 rumah rusak akibat banjir, demikian laporan Statenews.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });
});

describe("Indonesian: an outlet's report or article pointed back to", () => {
  it.each([
    [
      'Statenews melaporkan pelabuhan Karsa ditutup. || Laporan itu juga menyebutkan kapal tertahan.',
    ],
    ['Statenews melaporkan pelabuhan Karsa ditutup. || Menurut laporan tersebut, kapal tertahan.'],
    ['Statenews melaporkan pelabuhan Karsa ditutup. || Artikel itu menyebutkan kapal tertahan.'],
  ])('is the outlet again: %s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
  });

  it("a report of someone else's named before stays a document", () => {
    const c = id(
      'Kementerian merilis laporan tahunan, lapor Statenews. || Laporan itu menyebutkan kapal tertahan.',
    );
    expect(c?.source.kind).toBe('document');
  });

  it('after a private outlet, its report is that outlet, not state media', () => {
    const c = id(
      'Daily Planet melaporkan pelabuhan ditutup. || Laporan itu menyebutkan kapal tertahan.',
    );
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('Indonesian "televisi nasional <negara>"', () => {
  it('is an outlet, not the country', () => {
    const c = id('Televisi nasional Norlandia melaporkan kapal tanker itu disita.');
    expect(c?.source).toMatchObject({ kind: 'media', text: 'Televisi nasional Norlandia' });
  });

  it('with the outlet named after it, the registry decides', () => {
    const c = id('Televisi nasional Norlandia, Statenews, melaporkan kapal tanker itu disita.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });
});

describe('"Kepada <outlet>, X menyebutkan ...": the outlet told, opening the sentence', () => {
  it('a state outlet is the via, flagged', () => {
    const c = id('Kepada Statenews, Menteri Ardi Wiratama menyebutkan pelabuhan ditutup.');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('a private outlet is the via, unflagged', () => {
    const c = id('Kepada Daily Planet, Menteri Ardi Wiratama menyebutkan pelabuhan ditutup.');
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('the police told are no outlet', () => {
    const c = id('Kepada polisi, Rina Wulandari menyebutkan pelabuhan ditutup.');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('an outlet commenting or giving its opinion', () => {
  it.each([
    ['Statenews commented that the ruling was null and void.'],
    ['The ruling was null and void, Statenews commented.'],
    ['The state newspaper opined that the deal was fair.'],
    ['Statenews editorialized that the deal was fair.'],
  ])('%s', (text) => {
    expect(en(text)?.source.kind).toBe('state_media');
  });

  it.each([
    ['The minister declined to comment on the case.'],
    ['The minister commented on the case at length.'],
    ['The minister has not commented publicly.'],
  ])('no words reported: %s', (text) => {
    expect(storyClaims(text, 'en')).toHaveLength(0);
  });
});
