/**
 * Indonesian phrasings found missing or mis-resolved while reading Kompas (2025) and the 2020
 * business copy against the CLI output (session 10), written by the team (none taken from the
 * corpus or the eval pages).
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const claimsOf = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs);

const LEAD = 'Pemerintah kota membuka pendaftaran sekolah baru pada pekan ini untuk warga.';

describe('a role, a comma and a name after a quote, then where or how it was said', () => {
  it.each([
    ['"Kuota sudah penuh," ujar Kepala Dinas Pendidikan Kota, Rahmat dalam jumpa pers.', 'Rahmat'],
    [
      '"Kuota sudah penuh," kata Direktur Utama Perum Gudang, Siti Aminah kepada wartawan.',
      'Siti Aminah',
    ],
    [
      '"Kuota sudah penuh," ucap Kepala Badan Sekolah, Yohanes Purba saat ditemui.',
      'Yohanes Purba',
    ],
  ])('%s', (text, name) => {
    const claims = claimsOf(LEAD, text, '"Semua sekolah sudah siap," imbuh dia.');
    expect(claims).toHaveLength(2);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.name).toBe(name);
    expect(claims[1]?.source.resolvesTo).toBe(name);
  });
  it('a claim about someone after "Menurut X," keeps its own subject', () => {
    const [claim] = claimsOf('Menurut Menteri Pendidikan Kota, Presiden Joko akan datang besok.');
    expect(claim?.source.name).not.toBe('Presiden Joko');
  });
});

describe('a place after the name of the speaker is not the name', () => {
  it.each([
    'Hal itu dikatakan oleh Kepala Dinas Pertanian Andi Firmansyah di Makassar, Senin.',
    '"Panen tahun ini bagus," ucap Andi Firmansyah di Makassar, Senin.',
  ])('%s', (text) => {
    const [claim] = claimsOf(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Andi Firmansyah');
  });
});

describe('a special task force is a government body', () => {
  it('Satgassus ... menilai', () => {
    const [claim] = claimsOf('Satgassus Pangan Daerah menilai stok beras di gudang masih aman.');
    expect(claim?.source.kind).toBe('official_body');
  });
});

describe('menurut / berdasarkan a document with a relative clause naming its maker', () => {
  it.each([
    'Menurut data yang dihimpun Kementerian Sosial, penerima bantuan bertambah.',
    'Menurut data yang dirilis Badan Pusat Statistik, inflasi Mei mencapai 2 persen.',
    'Berdasarkan catatan yang dihimpun Dinas Kesehatan, kasus demam berdarah turun.',
  ])('%s', (text) => {
    const [claim] = claimsOf(text);
    expect(claim?.source.kind).toBe('document');
    expect(claim?.source.text).toMatch(/yang/);
  });
  it('"menurut rencana" stays an idiom', () => {
    expect(claimsOf('Jembatan itu selesai menurut rencana yang dibuat tahun lalu.')).toEqual([]);
  });
});

describe('a later "-nya" does not point to a place or a list item named between commas', () => {
  it('a place named after "di" and the region after it', () => {
    const claims = claimsOf(
      '"Kami sudah memeriksa saksi," kata Kapolsek Tegalrejo, AKP Bambang Wiyono, pada Rabu.',
      'Sebelumnya, pelaku merusak kaca di Kompleks Balai Kota Maju, Jawa Barat, pada Senin.',
      '"Pelaku kini ditahan di polsek," katanya.',
    );
    expect(claims[1]?.source.resolvesTo).toBe('Bambang Wiyono');
  });
  it('a hospital named after someone, with its town', () => {
    const claims = claimsOf(
      'Pelaku berinisial JUM, warga Kecamatan Serang, Kota Maju, mengaku kesal.',
      '"Kami sudah memeriksa saksi," kata Kapolsek Tegalrejo, AKP Bambang Wiyono, pada Rabu.',
      'Oleh karenanya, pihaknya berkoordinasi dengan Rumah Sakit Jiwa Daerah (RSJD) dr. Hasan Basri Kota Maju.',
      '"Pelaku kini dirawat di rumah sakit," jelasnya.',
    );
    expect(claims.at(-1)?.source.resolvesTo).toBe('Bambang Wiyono');
  });
  it('an item of a list of titles', () => {
    const claims = claimsOf(
      'Penyerang Rudi Salam mengatakan timnya siap bertanding di final.',
      'Rudi, yang telah meraih Piala Nusantara, Liga Raya, dan Piala Samudra, masih berambisi.',
      '"Saya ingin juara lagi," tuturnya.',
    );
    expect(claims.at(-1)?.source.resolvesTo).toBe(claims[0]?.source.name);
  });
});

describe('an Indonesian appositive before the verb with a place or an age', () => {
  it('a place after a place given with "di" stays in the appositive', () => {
    const [claim] = claimsOf(
      'Rudi Hartono (46), seorang pedagang di Pasar Baru, Bandung, menilai harga cabai tinggi.',
    );
    expect(claim?.source.name).toBe('Rudi Hartono');
  });
  it('a name with the age in brackets before a description without a second comma', () => {
    const [claim] = claimsOf(
      'Senada dengan itu, Yusuf (15), siswa SMA Negeri 3 Bogor juga menilai aturan itu bagus.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Yusuf');
  });
  it('a description alone stays unnamed', () => {
    const [claim] = claimsOf('Seorang siswa SMA Negeri 3 Bogor juga menilai aturan itu bagus.');
    expect(claim?.source.kind).toBe('anonymous');
  });
});

describe('a trade word with one word of a name given before', () => {
  it.each([
    ['Dokter hewan Rina Kartika Sari mengatakan kutu mudah menular.', 'kata dokter Rina'],
    ['Petani Darmawan Saputra mengatakan harga pupuk naik tajam.', 'ujar petani Darmawan'],
  ])('%s', (lead, cue) => {
    const claims = claimsOf(lead, `"Kami terpaksa berhemat," ${cue}.`);
    expect(claims[1]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toBe(claims[0]?.source.name);
  });
  it('a resident of a place stays unnamed', () => {
    const claims = claimsOf(
      'Warga mengeluhkan banjir yang datang setiap tahun.',
      '"Air masuk ke rumah," kata warga Bekasi.',
    );
    expect(claims.at(-1)?.source.kind).toBe('anonymous');
  });
});

describe('a described person closed by a pointing word, then when the speaking happened', () => {
  it.each([
    '"Kami rugi besar," kata pria berusia 52 tahun itu saat ditemui di sawahnya.',
    '"Kami rugi besar," ujar ayah tiga anak tersebut ketika dihubungi, Senin.',
  ])('%s', (text) => {
    const claims = claimsOf('Petani Joko Susilo mengatakan panennya gagal tahun ini.', text);
    expect(claims[1]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toBe('Joko Susilo');
  });
});

describe('merujuk / mengacu pada a document, and examination results as documents', () => {
  it.each([
    'Merujuk data Kementerian Keuangan, realisasi belanja negara mencapai 40 persen.',
    'Mengacu pada data Badan Pusat Statistik, jumlah penduduk miskin turun.',
    'Berdasarkan hasil pemeriksaan laboratorium, korban meninggal karena keracunan.',
    'Berdasarkan hasil penyelidikan polisi, pelaku sudah merencanakan aksinya.',
  ])('%s', (text) => {
    const [claim] = claimsOf(text);
    expect(claim?.source.kind).toBe('document');
  });
  it.each([
    'Harga tanah itu tidak sesuai dengan ketentuan harga wajar di daerah tersebut.',
    'Tarif baru itu mengacu pada Undang-Undang Lalu Lintas yang berlaku.',
    'Desain gedung itu merujuk pada gaya rumah adat di daerah tersebut.',
  ])('no source: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('menurut a written statement of an institution', () => {
  it('the institution speaks, without the statement words', () => {
    const [claim] = claimsOf(
      'Menurut keterangan tertulis Kementerian Perhubungan, jalur itu dibuka kembali pekan depan.',
    );
    expect(claim?.source.kind).toBe('official_body');
    expect(claim?.source.text).toBe('Kementerian Perhubungan');
  });
});

describe('more Indonesian verbs of saying', () => {
  const lead = 'Petani Joko Susilo mengatakan harga pupuk naik sejak bulan lalu.';
  it.each([
    'Joko mengimbuhkan, pasokan pupuk di desanya terbatas.',
    '"Pasokan pupuk di desa kami terbatas," sergah Joko.',
  ])('%s', (text) => {
    const claims = claimsOf(lead, text);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.source.kind).toBe('named_person');
  });
});

describe('a unit name with a slash inside a role', () => {
  it.each([
    [
      '"Pasukan sudah siap," ujar Danrem 071/Wijayakusuma Brigjen TNI Arif Santoso.',
      'Arif Santoso',
    ],
    [
      '"Warga sudah siap," tutur Ketua RT 05/RW 03 Kelurahan Mekar, Bambang Irawan.',
      'Bambang Irawan',
    ],
    [
      'Dandim 0612/Tasikmalaya Letkol Inf Yudi Hartono mengatakan pasukan sudah siap.',
      'Yudi Hartono',
    ],
  ])('%s', (text, name) => {
    const [claim] = claimsOf(LEAD, text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toContain(name);
  });
  it('a date in brackets is no unit name', () => {
    const [claim] = claimsOf('"Semua siap," kata Rina Wulandari (2/6/2025).');
    expect(claim?.source.name).toBe('Rina Wulandari');
  });
});

describe('a company named in full with its legal form, then by its name alone', () => {
  it.each([
    'Direktur Utama PT Karya Bumi (Persero) Budi Harto mengatakan proyek itu rampung tahun depan.',
    'Direktur Utama PT Karya Bumi Tbk Budi Harto mengatakan proyek itu rampung tahun depan.',
  ])('%s', (lead) => {
    const claims = claimsOf(
      lead,
      'Oleh sebab itu, Karya Bumi memproyeksi jalan tol itu baru mandiri setelah 2035.',
      '"Kami harus membayar pinjaman lebih dulu," pungkasnya.',
    );
    expect(claims[1]?.source.kind).toBe('organization');
    expect(claims[2]?.source.resolvesTo).toBe('Budi Harto');
  });
});

describe('"-nya" after a quote in a sentence that opens with the person', () => {
  const lead = 'Camat Sukamaju, Jhon Tarigan, mengaku belum menerima laporan kejadian itu.';
  it('the person the sentence opens with, not the last speaker', () => {
    const claims = claimsOf(
      lead,
      'Kepala Seksi Humas Polres Maju, Ipda Rina Lestari, yang juga dikonfirmasi, hanya menjawab singkat, "Saya cek dulu," ujarnya.',
    );
    expect(claims[1]?.source.resolvesTo).toBe('Rina Lestari');
  });
  it('without a person opening the sentence, the last speaker', () => {
    const claims = claimsOf(lead, 'Saat ditanya lagi, "Saya cek dulu," ujarnya.');
    expect(claims[1]?.source.resolvesTo).toBe('Jhon Tarigan');
  });
});

describe('after a quote, a long description running on to the name without a comma', () => {
  const lead = 'Penutupan itu membuat para anggota forum mengadu ke kementerian.';
  it('the name closing the phrase is the speaker', () => {
    const claims = claimsOf(
      lead,
      '"Kami berharap dana kami kembali," ujar perwakilan forum sekaligus mantan anggota Gym Sehat Evi Karlina saat dihubungi, Kamis.',
    );
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.name).toBe('Evi Karlina');
  });
  it.each([
    '"Kami berharap dana kami kembali," kata istri korban Budi Santoso saat dihubungi.',
    '"Kami berharap dana kami kembali," kata seorang anggota yang datang ke Gedung Sate Bandung.',
  ])('a relative or a relative clause is no way to the name: %s', (text) => {
    expect(claimsOf(lead, text)[0]?.source.kind).not.toBe('named_person');
  });
});

describe('words written in a document, with no writer', () => {
  it.each([
    '"Mohon maaf, gedung sedang diperbaiki," tulis dalam poster tersebut.',
    '"Gedung ditutup sementara," tulis pada pengumuman itu.',
  ])('%s', (text) => {
    const claims = claimsOf('Gedung itu ditutup sejak pekan lalu tanpa pemberitahuan.', text);
    expect(claims[0]?.source.kind).toBe('document');
  });
});

describe('thanks and wishes passed on are no claim', () => {
  it.each([
    'Budi juga menyampaikan terima kasih kepada pemerintah kota yang menyediakan tempat.',
    'Budi menyampaikan ucapan selamat kepada para pemenang lomba di desa itu.',
    'Rina dan Sari juga menyampaikan belasungkawa atas meninggalnya sang musisi.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
  it('a statement passed on still is', () => {
    expect(claimsOf('Budi menyampaikan bahwa jalan desa akan diperbaiki.')).toHaveLength(1);
  });
});

describe('academic degrees after a name', () => {
  it.each([
    'Kapolres Maju AKBP Rio Wahyu, S.I.K., mengatakan pelaku sudah ditangkap.',
    'Kapolres Maju AKBP Rio Wahyu, S.I.K., M.H., mengatakan pelaku sudah ditangkap.',
    'Rio Wahyu, S.E., M.M., mengatakan pelaku sudah ditangkap.',
  ])('%s', (text) => {
    const [claim] = claimsOf(LEAD, text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Rio Wahyu');
  });
  it('an appositive after the degree still counts', () => {
    const [claim] = claimsOf(
      'Rio Wahyu, S.H., kuasa hukum pedagang, mengatakan kliennya tidak bersalah.',
    );
    expect(claim?.source.role).toContain('kuasa hukum');
  });
});

describe('titles and abbreviations with a dot do not end the sentence', () => {
  it.each([
    ['Kepala Sekolah Dra. Siti Aminah mengatakan siswa diminta hemat.', 'Kepala Sekolah'],
    ['Pengasuh pondok Ust. Abdul Somad mengatakan santri diminta hemat.', 'Pengasuh pondok'],
    ['Ketua RW 05 Kel. Sukamaju, Budi Santoso, mengatakan warga diminta hemat.', 'Ketua RW'],
    ['Dokter anak dr. Rina Wulandari, Sp.A., mengatakan anak perlu makan sayur.', 'Dokter anak'],
    ['Dokter gigi drg. Siti Aminah mengatakan warga Ds. Mekar perlu rutin periksa.', 'Dokter gigi'],
  ])('%s', (text, opening) => {
    const [claim] = claimsOf(LEAD, text);
    expect(claim?.sentence.startsWith(opening)).toBe(true);
    expect(claim?.source.kind).toBe('named_person');
  });
});

describe('an institution described before its name and a comma', () => {
  it.each([
    'Klub asal Spanyol, Real Madrid, mengonfirmasi kedatangan pemain baru itu.',
    'Maskapai pelat merah, Garuda Nusantara, menyatakan tiket masih tersedia.',
    'Produsen ponsel asal Korea, Samsung, mengklaim baterai ponsel barunya lebih awet.',
  ])('%s', (text) => {
    const [claim] = claimsOf(LEAD, text);
    expect(claim?.source.kind).toBe('organization');
  });
  it('a person described by a role and an institution stays a person', () => {
    const [claim] = claimsOf(
      LEAD,
      'Pengamat dari Universitas Nusantara, Sri Lestari, menilai kebijakan itu tepat.',
    );
    expect(claim?.source.kind).toBe('named_person');
  });
});

describe('a name first written after an organization word, later alone', () => {
  it.each([
    ['Pemain itu resmi bergabung dengan klub Real Madrid pada Senin pagi.', 'Real Madrid'],
    ['Penumpang memadati loket maskapai Garuda Nusantara sejak pagi.', 'Garuda Nusantara'],
  ])('%s', (lead, name) => {
    const claims = claimsOf(lead, `${name} menyatakan jadwal tidak berubah pekan depan.`);
    expect(claims[0]?.source.kind).toBe('organization');
  });
  it('a person named after a role stays a person', () => {
    const claims = claimsOf(
      'Pelatih klub itu, Carlo Rinaldi, memimpin latihan pada Senin pagi.',
      'Carlo Rinaldi menyatakan timnya siap bertanding.',
    );
    expect(claims[0]?.source.kind).toBe('named_person');
  });
});
