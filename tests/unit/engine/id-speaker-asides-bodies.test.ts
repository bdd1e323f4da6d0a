/**
 * Indonesian phrasings found missing or mis-resolved while reading Indonesian copy against
 * the CLI output, written by the team (none taken from the corpus or the eval pages).
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const claimsOf = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs);

describe('Indonesian speaker with an aside between commas before the verb', () => {
  it.each([
    [
      'Kepala Dinas Kebersihan Kota Medan Andi Siregar, ketika dihubungi, mengatakan truk sampah ditambah.',
      'Kepala Dinas Kebersihan Kota Medan Andi Siregar',
    ],
    [
      'Ketua Koperasi Tani Makmur Suryani, saat ditemui di kantornya, menyebut harga pupuk naik.',
      'Ketua Koperasi Tani Makmur Suryani',
    ],
    [
      'Direktur Operasional PT Sinar Laut Hendra Wijaya, dalam keterangan tertulis, menegaskan kapal sudah diperiksa.',
      'Direktur Operasional PT Sinar Laut Hendra Wijaya',
    ],
  ])('%s', (text, source) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.text).toBe(source);
  });
});

describe('Indonesian court and prosecution bodies keep their second word', () => {
  it('a later surname resolves to the person, not to a word of the body', () => {
    const claims = claimsOf(
      'Kepala Seksi Intelijen Kejaksaan Agung Rudi Hartono membenarkan penahanan itu. Menurut Rudi, tersangka ditahan 20 hari.',
    );
    expect(claims).toHaveLength(2);
    expect(claims[0]?.source.name).toBe('Rudi Hartono');
    expect(claims[1]?.source.resolvesTo).toBe('Rudi Hartono');
  });
  it('a first name that is also a body word stays a person', () => {
    const claims = claimsOf('Agung Prasetyo mengatakan partainya solid.');
    expect(claims[0]?.source.kind).toBe('named_person');
  });
});

describe('Indonesian verbs of saying after a quote', () => {
  it.each([
    ['"Airnya datang tengah malam," cerita Yusuf Maulana.', 'cerita'],
    ['"Dulu kampung ini sawah semua," kisah Marni Susanti.', 'kisah'],
    ['"Jangan buang sampah ke kali," pesan Lurah Agus Salim.', 'pesan'],
    ['"Kami sudah bayar lunas," klaim Wawan Setiadi.', 'klaim'],
    ['"Memang kami kalah cepat," akui Rendy Pratama.', 'akui'],
    ['"Harganya sudah naik," bilang Ujang Suherman.', 'bilang'],
    ['"Ada tiga tahap seleksi," urai Kepala Sekolah Nani Rohani.', 'urai'],
    ['"Pelatihnya galak," canda Bima Sakti.', 'canda'],
  ])('%s', (text, cue) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe(cue);
    expect(claims[0]?.source.kind).toBe('named_person');
  });

  it.each([
    'Film itu menampilkan drama keluarga, kisah Kartini, dan perjuangan buruh.',
    'Ia mengirim foto, pesan WhatsApp, dan rekaman suara kepada polisi.',
    'Cerita Hendra tentang banjir itu viral di media sosial.',
    'Nasabah mengajukan klaim BPJS ke kantor cabang.',
  ])('a noun, no cue: %s', (text) => {
    expect(claimsOf(text)).toHaveLength(0);
  });

  it.each([
    ['Saksi Rini Astuti bersaksi bahwa terdakwa datang pukul sembilan.', 'bersaksi'],
    ['Kuasa hukum Dodi Saputra berkilah, kliennya tidak tahu soal transfer itu.', 'berkilah'],
    [
      'Camat Sukmajaya Agus Riyadi menginformasikan, jalan itu ditutup mulai besok.',
      'menginformasikan',
    ],
    ['Wakil Ketua DPRD Bogor Rina Haryati menimpali, anggaran sudah disahkan.', 'menimpali'],
  ])('%s', (text, cue) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe(cue);
  });
});

describe('Indonesian words said before, passed on by a named agent', () => {
  it.each([
    [
      'Keterangan itu disampaikan Ketua Panitia Hadi Susanto di sela acara.',
      'Ketua Panitia Hadi Susanto',
    ],
    [
      'Pernyataan serupa disampaikan Rektor Universitas Andalas Efa Yonnedi.',
      'Rektor Universitas Andalas Efa Yonnedi',
    ],
    [
      'Hal senada juga diungkapkan pengamat pasar modal Reza Priyambada.',
      'pengamat pasar modal Reza Priyambada',
    ],
  ])('%s', (text, source) => {
    const claims = claimsOf('Harga saham emiten tambang turun tajam pekan ini.', text);
    const found = claims.find((c) => c.rule === 'passive-by');
    expect(found?.source.text).toBe(source);
    expect(found?.source.kind).toBe('named_person');
  });
});

describe('Indonesian role, its field in plain words, then the name', () => {
  it.each([
    [
      '"Jalurnya terlalu sempit," kata pengamat tata kota Bambang Sutejo.',
      'pengamat tata kota Bambang Sutejo',
    ],
    [
      '"Suku bunga akan naik," ujar ekonom perbankan Lestari Handayani.',
      'ekonom perbankan Lestari Handayani',
    ],
    [
      '"Datanya belum lengkap," tutur pakar hukum tata negara Dimas Anggara.',
      'pakar hukum tata negara Dimas Anggara',
    ],
  ])('%s', (text, source) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.text).toBe(source);
  });
  it('a role and plain words with no name stays an unnamed source', () => {
    const claims = claimsOf('"Jalurnya terlalu sempit," kata seorang pengamat tata kota.');
    expect(claims[0]?.source.kind).not.toBe('named_person');
  });
});

describe('Indonesian outlet verb after the claim: ", lapor <outlet>"', () => {
  it('state media as the only source', () => {
    const claims = claimsOf(
      'Korea Utara menembakkan dua rudal ke laut, lapor kantor berita Statenews.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('state_media');
    expect(claims[0]?.flags).toContain('state_media');
  });
  it('a speaker relayed by state media keeps the speaker as source', () => {
    const claims = claimsOf(
      'Menteri Luar Negeri Sergei Lavrov mengatakan Moskwa siap berunding, lapor Statenews.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.flags).toContain('state_media');
  });
  it('a complaint to someone is no relay', () => {
    expect(claimsOf('Warga lapor ke polisi setelah motornya hilang.')).toHaveLength(0);
  });
});

describe('Indonesian regional body, its place, then the person', () => {
  it('the place after the body is no part of the name, so a later first name resolves', () => {
    const claims = claimsOf(
      'Ketua DPRD Sleman Haris Sumarno menilai anggaran itu terlalu kecil.',
      '"Kami minta ditambah," kata Haris.',
    );
    expect(claims[0]?.source.name).toBe('Haris Sumarno');
    expect(claims[1]?.source.resolvesTo).toBe('Haris Sumarno');
  });
  it('a national body keeps a three-word name whole', () => {
    const claims = claimsOf('Ketua KPU Mochammad Afif Hasyim mengatakan jadwal tidak berubah.');
    expect(claims[0]?.source.name).toBe('Mochammad Afif Hasyim');
  });
});

describe('Indonesian ministry names with their portfolios', () => {
  it.each([
    ['Menteri Kelautan dan Perikanan Rudi Hartawan', 'Rudi Hartawan'],
    ['Menteri Hukum dan HAM Sari Mulyani', 'Sari Mulyani'],
    [
      'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Dedi Kurnia',
      'Dedi Kurnia',
    ],
    ['Menteri Energi dan Sumber Daya Mineral Joko Prasetyo', 'Joko Prasetyo'],
    ['Menteri Sekretaris Negara Wahyu Hidayat', 'Wahyu Hidayat'],
  ])('"Ia" after "%s ..." is the person', (subject, name) => {
    const claims = claimsOf(
      `${subject} menghadiri rapat di Istana. Ia mengatakan kebijakan itu berlaku bulan depan.`,
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.resolvesTo).toBe(name);
  });
});

describe('Indonesian subject, asides and passive verbs first', () => {
  it.each([
    [
      'Direktur Utama PT KAI Bima Santosa dalam keterangannya, Senin (2/6/2025), mengatakan jadwal kereta normal.',
      'Bima Santosa',
    ],
    ['Bima Santosa sendiri mengaku terkejut dengan keputusan itu.', 'Bima Santosa'],
    ['Dijelaskan Bima Santosa, jadwal kereta kembali normal.', 'Bima Santosa'],
    ['Seperti disampaikan Bima Santosa, jadwal kereta kembali normal.', 'Bima Santosa'],
    ['Sebagaimana dikatakan Bima Santosa, jadwal kereta kembali normal.', 'Bima Santosa'],
  ])('%s', (text, name) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.name).toBe(name);
  });
  it('aid handed over by someone is no saying', () => {
    expect(
      claimsOf('Bantuan itu disampaikan Gubernur Jawa Barat kepada korban banjir.'),
    ).toHaveLength(0);
  });
});

describe('Indonesian description with an age in figures points back to the person', () => {
  it('"kata pria 45 tahun tersebut" after a named speaker is that person', () => {
    const claims = claimsOf(
      'Pedagang sayur Slamet Riyadi mengatakan harga cabai naik.',
      '"Sudah dua minggu begini," kata pria 45 tahun tersebut.',
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toBe('Slamet Riyadi');
  });
});

describe('Indonesian verbs of opinion and answering, before a comma or "bahwa"', () => {
  it.each([
    'Ekonom Rudi Santoso memandang, kenaikan harga BBM akan menekan daya beli.',
    'Rudi Santoso menganggap bahwa kebijakan itu terlambat.',
    'Rudi Santoso bersikeras, dirinya tidak pernah menerima uang itu.',
    'Ditanya soal itu, Rudi Santoso menjawab, pihaknya masih menunggu hasil audit.',
  ])('%s', (text) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
  });
  it.each([
    'Ia melihat kebakaran itu dari jendela rumahnya.',
    'Menteri itu menjawab pertanyaan wartawan soal subsidi.',
    'Ia menganggap Budi sebagai anaknya sendiri.',
  ])('no view reported: %s', (text) => {
    expect(claimsOf(text)).toHaveLength(0);
  });
});

describe('Indonesian firm named with its trade, and its chief', () => {
  it('the firm speaks as an organization, its chief as a person', () => {
    const claims = claimsOf(
      'Raksasa teknologi Lumina kembali memangkas ribuan karyawannya.',
      'CEO Lumina Hadi Pranoto menyebut perusahaan beralih ke kecerdasan buatan.',
      'Lumina, dalam pernyataannya, menyebut pemangkasan dilakukan untuk efisiensi.',
      'Menurut Lumina, separuh kode kini ditulis mesin.',
    );
    expect(claims).toHaveLength(3);
    expect(claims[0]?.source.name).toBe('Hadi Pranoto');
    expect(claims[1]?.source.kind).toBe('organization');
    expect(claims[1]?.source.text).toBe('Lumina');
    expect(claims[2]?.source.kind).toBe('organization');
  });
});

describe('Indonesian courtroom and forecasting roles', () => {
  it.each([
    ['Prakirawan BMKG Dewi Lestari menjelaskan, hujan lebat masih akan turun.', 'named_person'],
    ['Penyidik KPK Arif Budiman mengatakan berkas perkara sudah lengkap.', 'named_person'],
    ['Jaksa penuntut menyatakan terdakwa menerima suap.', 'unnamed_official'],
    // A party's lawyer holds no office: anonymous, as "defense attorneys" are in the gold.
    ['Pengacara terdakwa mengatakan kliennya tidak bersalah.', 'anonymous'],
    ['Kuasa hukum terdakwa berargumen bahwa dakwaan itu kabur.', 'anonymous'],
  ])('%s', (text, kind) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe(kind);
  });
});

describe('Indonesian unnamed people and hedges', () => {
  it.each([
    ['Warganet menyebut video itu hasil rekayasa.', 'anonymous'],
    ['Orang dekat Santoso menyebut pencalonan itu sudah pasti.', 'anonymous'],
    ['Penyebab kebakaran ditengarai korsleting listrik.', 'unattributed'],
  ])('%s', (text, kind) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe(kind);
  });
});
