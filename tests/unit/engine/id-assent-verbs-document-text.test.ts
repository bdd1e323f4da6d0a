/**
 * Indonesian phrasings found missing while reading Indonesian copy against the CLI output,
 * written by the team (none taken from the corpus or the eval pages): verbs of agreeing,
 * assuring, hinting and informing with the clause they report, a document's text quoted with
 * "bunyi" (the letter reads), the findings of an inspection or a test, a release and a finding
 * as documents, and a document speaking past the relative clause that describes it ("Laporan
 * yang dirilis Bank X menyebutkan": the clause's agent had been taken for the speaker).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { paragraphClaims, testRegistry } from './helpers';

const claimsOf = (text: string) => paragraphClaims('id', text);

describe('Indonesian verbs of agreeing, assuring and hinting report their clause', () => {
  it.each([
    ['Camat Rudi Hartono mengamini bahwa jembatan desa itu sudah lama retak.', 'mengamini'],
    ['Kepala Sekolah Wulan Sari mengiyakan bahwa ujian susulan digelar pekan depan.', 'mengiyakan'],
    ['Direktur PT Kapuas Makmur, Anton Wijaya, menjamin, gaji karyawan dibayar penuh.', 'menjamin'],
    [
      'Ketua Koperasi Dewi Lestari menyinggung bahwa pinjaman anggota kian menumpuk.',
      'menyinggung',
    ],
    ['Pelatih Yosef Manurung menyiratkan bahwa dua pemain inti akan absen.', 'menyiratkan'],
    ['Bupati Sinta Maharani meyakinkan bahwa stok beras cukup hingga Lebaran.', 'meyakinkan'],
    [
      'Lurah Bagus Pranoto beranggapan, banjir kali ini akibat saluran yang tersumbat.',
      'beranggapan',
    ],
    [
      'Kepala Desa Made Arsana memberitahukan bahwa air bersih akan dialirkan besok.',
      'memberitahukan',
    ],
    [
      'Dokter Intan Permata mewanti-wanti bahwa wabah bisa meluas saat musim hujan.',
      'mewanti-wanti',
    ],
    ['Sekda Markus Lewi merespons, anggaran darurat sudah dicairkan.', 'merespons'],
    ['Kepala Pasar Iwan Setiadi meluruskan, retribusi tidak dinaikkan.', 'meluruskan'],
    ['Ekonom Laras Pertiwi meragukan bahwa target pajak tercapai.', 'meragukan'],
    ['Tokoh adat Yakobus Wanma mengenang, kampung itu dulu bebas banjir.', 'mengenang'],
  ])('%s', (text, cue) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe(cue);
    expect(claims[0]?.source.kind).toBe('named_person');
  });

  it.each([
    'Bupati Sinta Maharani menjamin keamanan para pemudik.',
    'Ucapan itu menyinggung perasaan banyak warga.',
    'Warga mengamini doa yang dipanjatkan ustaz.',
    'Ekonom Laras Pertiwi meragukan kemampuan pemerintah daerah.',
  ])('not with a plain object: %s', (text) => {
    expect(claimsOf(text)).toHaveLength(0);
  });
});

describe('Verbs of saying, swearing and forecasting', () => {
  it.each([
    ['Kepala Desa Wayan Sudana berucap, warga tidak perlu mengungsi.', 'berucap'],
    ['Bendahara Yayasan Ani Rosita bersumpah tidak pernah memakai dana itu.', 'bersumpah'],
    ['Peneliti Bambang Sutejo meramalkan harga cabai naik menjelang Lebaran.', 'meramalkan'],
  ])('%s', (text, cue) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe(cue);
    expect(claims[0]?.source.kind).toBe('named_person');
  });
});

describe('A quoted text that a document "reads" (bunyi)', () => {
  it('names the document after the quotation as its source', () => {
    const claims = claimsOf('"Toko tutup selama renovasi," bunyi pengumuman di pintu masuk.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
  });

  it('also after "demikian" (thus the letter reads)', () => {
    const claims = claimsOf('"Pasar ditutup dua hari," demikian bunyi surat edaran camat.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
  });

  it('is a sound, no cue, elsewhere', () => {
    expect(claimsOf('Bunyi petasan terdengar hingga tengah malam.')).toHaveLength(0);
  });
});

describe('The findings of an inspection or a test are a document', () => {
  it.each([
    'Berdasarkan hasil pengawasan dinas kesehatan, dua rumah makan memakai pewarna tekstil.',
    'Menurut hasil uji laboratorium, air sumur warga tercemar bakteri.',
    'Berdasarkan hasil audit, dana desa tahun lalu tidak bisa dipertanggungjawabkan.',
  ])('%s', (text) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
  });
});

describe('Court papers, company reports and recordings are documents', () => {
  it.each([
    ['Surat dakwaan menyebutkan terdakwa menerima uang Rp 3 miliar.', 'Surat dakwaan'],
    ['Berita acara pemeriksaan menyebutkan saksi melihat truk itu.', 'Berita acara pemeriksaan'],
    ['Laporan tahunan perseroan menyebut utang naik dua kali lipat.', 'Laporan tahunan perseroan'],
    ['Berdasarkan rekaman kamera pengawas, pencuri masuk lewat atap.', 'rekaman'],
  ])('%s', (text, source) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
    expect(claims[0]?.source.text).toContain(source);
  });

  it('a recording being examined says nothing', () => {
    expect(claimsOf('Penyidik masih memeriksa rekaman kamera di sekitar toko.')).toHaveLength(0);
  });
});

describe('A document speaks past the relative clause describing it', () => {
  it.each([
    ['Laporan yang dirilis Dewan Riset Daerah menyebutkan produksi kopi turun.', 'Laporan'],
    ['Survei yang digelar Lembaga Suara Rakyat menyebutkan warga puas.', 'Survei'],
    [
      'Kajian Bappeda yang diterbitkan pekan lalu menyebutkan jalan itu rawan longsor.',
      'Kajian Bappeda',
    ],
    ['Surat yang ditandatangani Bupati Yakob Manuel menyatakan sekolah diliburkan.', 'Surat'],
  ])('%s', (text, source) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
    expect(claims[0]?.source.text).toBe(source);
  });

  it('a release or a finding of a body is its document', () => {
    for (const text of [
      'Rilis Dinas Pertanian menyebutkan harga gabah naik.',
      'Temuan Ombudsman menyebutkan antrean pupuk mengular.',
    ])
      expect(claimsOf(text)[0]?.source.kind).toBe('document');
  });

  it('in English too, past a clause with its own verb and agent', () => {
    const claims = analyze(
      {
        blocks: [
          { type: 'p', text: 'The audit that the council ordered in May said the fund was short.' },
        ],
      },
      { lang: 'en', registry: testRegistry },
    ).claims;
    expect(claims[0]?.source.kind).toBe('document');
    expect(claims[0]?.source.text).toBe('The audit');
  });

  it("not where the verb is the clause's own", () => {
    const claims = analyze(
      {
        blocks: [
          {
            type: 'p',
            text: 'She shared an article that wrongly attributes a slogan to the mayor.',
          },
        ],
      },
      { lang: 'en', registry: testRegistry },
    ).claims;
    expect(claims.filter((c) => c.source.kind === 'document')).toHaveLength(0);
  });
});
