/**
 * Indonesian phrasings found missing while reading Indonesian copy against the CLI output,
 * written by the team (none taken from the corpus or the eval pages): verbs of promising and
 * forecasting, nouns of saying used as verbs after a quote ("saran", "kilah"), and the
 * passive verb of saying with its agent between commas ("..., dikatakan Rudi, ...").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';

import { onlyClaim, paragraphClaims, testRegistry } from './helpers';

const claimsOf = (text: string) => paragraphClaims('id', text);

const only = (text: string) => onlyClaim(text, 'id');

describe('Indonesian cues: promises, forecasts, nouns of saying after quotes', () => {
  it.each([
    [
      'Wali Kota Ambon Rahmat Salim berjanji akan membuka pasar darurat pekan depan.',
      'named_person',
      'Wali Kota Ambon Rahmat Salim',
    ],
    [
      'Direktur Keuangan Dedi Kusuma menjanjikan dividen tahun ini lebih besar.',
      'named_person',
      'Direktur Keuangan Dedi Kusuma',
    ],
    [
      'Ekonom senior Lestari Wibowo memprediksi inflasi akan melandai pada kuartal ketiga.',
      'named_person',
      'Ekonom senior Lestari Wibowo',
    ],
    [
      'Asosiasi Pengusaha Tekstil memproyeksikan ekspor kain turun sepuluh persen.',
      'organization',
      'Asosiasi Pengusaha Tekstil',
    ],
    ['"Bawa jas hujan sebelum berangkat," saran Ketua RT Joko.', 'named_person', 'Ketua RT Joko'],
    [
      '"Kami tidak pernah menerima uang itu," kilah Sutrisno Hadi.',
      'named_person',
      'Sutrisno Hadi',
    ],
    ['"Itu cuma gurauan di antara kami," timpal Yanti Suryani.', 'named_person', 'Yanti Suryani'],
    ['"Dulu kami juga sering kalah," aku Bambang Irawan.', 'named_person', 'Bambang Irawan'],
    // The passive verb of saying with its agent, between commas.
    [
      'Dalam rapat itu, dikatakan Rudi Gunawan, anggaran desa akan dipangkas separuh.',
      'named_person',
      'Rudi Gunawan',
    ],
    [
      'Tahun depan, dijelaskan Kepala Dinas Pendidikan Sari Utami, kurikulum baru mulai berlaku.',
      'named_person',
      'Kepala Dinas Pendidikan Sari Utami',
    ],
  ] as const)('%s', (text, kind, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text).toBe(source);
  });

  it.each([
    ['"Saya hanya bercanda," selorohnya.', 'selorohnya'],
    ['"Jangan lupa minum air putih," sarannya.', 'sarannya'],
  ] as const)('clitic form: %s', (text, cue) => {
    expect(only(text)?.cue).toBe(cue);
  });

  it.each([
    // "saran", "aku", "dikatakan" are ordinary words away from a quote or comma.
    'Saran itu diterima oleh panitia tanpa perdebatan.',
    'Aku pergi ke pasar bersama ibu pagi tadi.',
    'Aturan itu dikatakan sudah usang sejak lama.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.source.kind !== 'unattributed')).toEqual([]);
  });
});

describe('Indonesian stance verbs with a comma for "bahwa"', () => {
  it.each([
    [
      'Ketua Kelompok Tani Subur, Darto Wiyono, yakin, panen tahun ini melampaui target.',
      'Ketua Kelompok Tani Subur, Darto Wiyono',
      'yakin',
    ],
    [
      'Direktur Pemasaran Lina Marlina optimistis, penjualan mobil listrik naik dua kali lipat.',
      'Direktur Pemasaran Lina Marlina',
      'optimistis',
    ],
    [
      'Ekonom senior Ratna Dewi pesimistis bahwa target pertumbuhan itu tercapai.',
      'Ekonom senior Ratna Dewi',
      'pesimistis',
    ],
  ] as const)('%s', (text, source, cue) => {
    const claim = only(text);
    expect(claim?.source.text).toBe(source);
    expect(claim?.cue).toBe(cue);
  });

  it.each([
    // A bare mental state, and a comma with no clause after it.
    'Ketua Kelompok Tani Subur, Darto Wiyono, tetap optimistis.',
    'Darto Wiyono yakin, tapi ragu.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('Indonesian anaphoric passives', () => {
  it('an adverb between the passive cue and its agent', () => {
    const claim = only('Hal ini diungkapkan langsung oleh Kepala Dinas Pertanian, Sugeng Riyadi.');
    expect(claim?.source.text).toBe('Kepala Dinas Pertanian, Sugeng Riyadi');
    expect(claim?.source.kind).toBe('named_person');
  });

  it('the agent fused in as a clitic: the claim is the previous sentence', () => {
    const claims = claimsOf(
      'Kepala Dinas Pertanian Sugeng Riyadi memperkirakan panen padi turun. Hal itu diungkapkannya saat rapat dengan DPRD.',
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]?.cue).toBe('diungkapkannya');
    expect(claims[1]?.source.resolvesTo).toBe('Sugeng Riyadi');
    expect(claims[1]?.claim).toContain('memperkirakan panen padi turun');
  });
});

describe('Indonesian unnamed people counted by a determiner', () => {
  it.each([
    ['Seorang pengunjung mengatakan antrean sudah mengular sejak subuh.', 'Seorang pengunjung'],
    ['Seorang pemilik kios menyebut omzetnya anjlok sejak hujan.', 'Seorang pemilik kios'],
    ['Salah satu relawan mengatakan logistik tiba terlambat.', 'Salah satu relawan'],
    ['Salah seorang penghuni mengaku mendengar ledakan dua kali.', 'Salah seorang penghuni'],
    ['Menurut salah satu penonton, laga itu sempat dihentikan.', 'salah satu penonton'],
    // "pengelola" alone is the operator (an organization); counted, it is one of its people.
    ['Seorang pengelola parkir mengatakan tarif belum naik.', 'Seorang pengelola parkir'],
  ] as const)('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe('anonymous');
    expect(claim?.source.text).toBe(source);
  });

  it('the operator uncounted stays an organization', () => {
    expect(only('Pengelola pasar itu menyatakan kios baru dibuka bulan depan.')?.source.kind).toBe(
      'organization',
    );
  });

  it('a surname that opens a determiner elsewhere stays a name', () => {
    expect(only('Mohamed Salah mengatakan timnya siap bertanding.')?.source.kind).toBe(
      'named_person',
    );
  });

  it('a clause before the verb is no unnamed source', () => {
    const claim = only('Beberapa hari lalu polisi mengatakan jalan itu ditutup.');
    expect(claim?.source.text).toBe('polisi');
  });
});

describe('Indonesian people by sex and age', () => {
  it.each([
    ['Seorang pria mengatakan ia melihat asap dari gudang.', 'Seorang pria'],
    ['Perempuan itu mengaku kehilangan dompet di terminal.', 'Perempuan itu'],
    ['Sejumlah remaja mengatakan mereka diusir dari taman.', 'Sejumlah remaja'],
  ] as const)('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe('anonymous');
    expect(claim?.source.text).toBe(source);
  });
});

describe("A role's long name that opens with the employer's", () => {
  function kinds(...sentences: string[]): string[] {
    return analyze(
      { blocks: sentences.map((text) => ({ type: 'p' as const, text })) },
      { lang: 'id', registry: testRegistry },
    ).claims.map((c) => `${c.source.text}=${c.source.kind}`);
  }

  it('the firm named alone later is the firm, its person the person', () => {
    expect(
      kinds(
        'Direktur Utama Kilang Jaya Rudi Hartanto mengatakan stok solar cukup.',
        'Saham PT Kilang Jaya tidak dijual ke publik.',
        'Kilang menyatakan harga tidak naik bulan ini.',
        'Rudi menambahkan kilang baru selesai tahun depan.',
      ),
    ).toEqual([
      'Direktur Utama Kilang Jaya Rudi Hartanto=named_person',
      'Kilang=organization',
      'Rudi=named_person',
    ]);
  });

  it('the firm alone with only the role as evidence', () => {
    expect(
      kinds(
        'CEO Lumora Dimas Pradipta hadir dalam peluncuran itu.',
        'Perusahaan Lumora juga menutup dua gerai.',
        'Lumora menyatakan penutupan itu sementara.',
      ),
    ).toEqual(['Lumora=organization']);
  });

  it("a person's name after the word closing a firm's name stays the person's", () => {
    expect(
      kinds(
        'Sekretaris Perusahaan PT Logam Raya Tbk Desi Amalia Putri membenarkan kabar itu.',
        'Desi menjelaskan, kapal itu disewa pihak lain.',
      ),
    ).toEqual([
      'Sekretaris Perusahaan PT Logam Raya Tbk Desi Amalia Putri=named_person',
      'Desi=named_person',
    ]);
  });
});

describe('A one-word speaker the next sentence calls "the company"', () => {
  function kinds(...sentences: string[]): string[] {
    return analyze(
      { blocks: sentences.map((text) => ({ type: 'p' as const, text })) },
      { lang: 'id', registry: testRegistry },
    ).claims.map((c) => `${c.source.text}=${c.source.kind}`);
  }

  it('is an institution, there and later', () => {
    expect(
      kinds(
        'Lumora mengingatkan pelanggan untuk mengganti kata sandi.',
        'Perusahaan rintisan itu mengatakan serangan siber meningkat tajam.',
        'Baik Lumora, Zentri, maupun perusahaan lain belum memberi angka pasti.',
        'Lumora menegaskan data pelanggan tetap aman.',
      ),
    ).toEqual([
      'Lumora=organization',
      'Perusahaan rintisan itu=organization',
      'Lumora=organization',
    ]);
  });

  it('a person followed by a sentence about something else stays a person', () => {
    expect(
      kinds('Rahmat mengatakan harga gabah turun.', 'Panen itu terjadi lebih awal tahun ini.'),
    ).toEqual(['Rahmat=named_person']);
  });
});

describe('A subject set apart from its verb', () => {
  it.each([
    [
      'Menteri Perdagangan Lukas Hadi dalam keterangannya menegaskan, impor gula dihentikan.',
      'Menteri Perdagangan Lukas Hadi',
    ],
    [
      'Bupati Gunungkidul Sunaryanta saat ditemui di kantornya mengatakan jalan itu segera diaspal.',
      'Bupati Gunungkidul Sunaryanta',
    ],
    [
      'Direktur Operasional Rini Astuti melalui keterangan tertulis menyatakan layanan kembali normal.',
      'Direktur Operasional Rini Astuti',
    ],
    // A stray comma between the subject and its verb, after a dateline.
    [
      'MEDAN, KOMPAS.com - Kepala Dinas Kesehatan Kota Medan Taufik Hidayat, mengatakan kasus demam berdarah meningkat.',
      'Kepala Dinas Kesehatan Kota Medan Taufik Hidayat',
    ],
  ] as const)('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe('named_person');
  });

  it.each([
    // A clause, not a subject, before the phrase or the comma.
    'Harga cabai naik tajam saat musim hujan tiba.',
    'Setelah banjir surut, warga kembali ke rumah.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('Laws and regulations as documents', () => {
  it.each([
    ['Berdasarkan ketentuan itu, peserta wajib melampirkan surat sehat.', 'ketentuan itu'],
    [
      'Aturan itu tercantum dalam Undang-Undang Nomor 5 Tahun 2020, di mana dijelaskan bahwa izin berlaku lima tahun.',
      'Undang-Undang Nomor 5 Tahun 2020',
    ],
    [
      'Peraturan daerah itu menyebutkan bahwa pasar buka sampai pukul 22.00.',
      'Peraturan daerah itu',
    ],
  ] as const)('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe('document');
    expect(claim?.source.text).toBe(source);
  });

  it('a law as the basis of an act mid-clause is no source', () => {
    expect(
      claimsOf('Petugas menutup jalan itu berdasarkan peraturan daerah tentang ketertiban umum.'),
    ).toEqual([]);
  });
});

describe('The bare colloquial "klaim"', () => {
  it('is a verb before "bahwa"', () => {
    const claim = only('Ketua Paguyuban Pedagang, Suyatno klaim bahwa omzet pasar naik.');
    expect(claim?.cue).toBe('klaim');
    expect(claim?.source.text).toBe('Ketua Paguyuban Pedagang, Suyatno');
  });

  it('is the noun elsewhere', () => {
    expect(claimsOf('Klaim itu dibantah keras oleh pengelola pasar.')).toEqual([]);
    expect(only('Dinas Perdagangan membantah klaim bahwa harga naik.')?.cue).toBe('membantah');
  });
});

describe('Verbs of telling, answering and complaining', () => {
  it.each([
    ['Pedagang sayur Wati Lestari bercerita, harga cabai naik tiga kali lipat.', 'bercerita'],
    ['Petani kopi Darmaji berkisah bahwa panen tahun lalu gagal total.', 'berkisah'],
    ['Ketua RT Sumarno berujar, warga sudah lama meminta lampu jalan.', 'berujar'],
    ['Kepala Sekolah Endang Susilo mengklarifikasi bahwa tidak ada pungutan.', 'mengklarifikasi'],
    ['"Belum ada kepastian soal itu," jawab Kepala Desa Sumarni.', 'jawab'],
    ['"Ongkos kirim naik terus," keluh pengusaha katering Wulan Sari.', 'keluh'],
    ['"Dulu jalan ini masih tanah," kenang Haji Muhidin.', 'kenang'],
  ] as const)('%s', (text, cue) => {
    const claim = only(text);
    expect(claim?.cue).toBe(cue);
    expect(claim?.source.kind).toBe('named_person');
  });

  it.each(['jawabnya', 'keluhnya', 'cetusnya'])('clitic form %s', (cue) => {
    expect(only(`"Tidak ada yang berubah," ${cue}.`)?.cue).toBe(cue);
  });

  it('a story in a list is no cue', () => {
    expect(
      claimsOf('Pengunjung bisa melihat foto, kisah sukses pasien, dan paket layanan kesehatan.'),
    ).toEqual([]);
  });
});
