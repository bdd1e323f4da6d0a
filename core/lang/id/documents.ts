/** Laws and regulations (listed among the documents too): a basis, no source, after
 * "berdasarkan" ("Berdasarkan Undang-Undang itu, sekolah wajib ..."). */
export const regulations = [
  // "Berdasarkan Pasal 5, ...": an article of a law.
  'pasal',
  'peraturan',
  'peraturan daerah',
  'peraturan menteri',
  'peraturan pemerintah',
  'peraturan presiden',
  'perda',
  'permen',
  'perpres',
  'regulasi',
  'surat edaran',
  'undang-undang',
  'uu',
] as const;

/** Things written on, no documents elsewhere: "Pada kertas itu tertulis ...". */
export const writingSurfaces = ['kertas', 'papan', 'papan pengumuman'] as const;

/** Documents that can be a source ("menurut data BPS", "Hasil Survei Tempo"), laws and
 * regulations among them ("Undang-Undang itu menyebutkan bahwa ..."), the terms of a scheme
 * ("Berdasarkan ketentuan pendaftaran, ..."), court papers and recordings as evidence
 * ("Surat dakwaan menyebutkan ...", "Rekaman CCTV memperlihatkan ..."). */
export const documents = [
  'akun',
  'akun resmi',
  'analisis',
  'artikel',
  'beleid',
  'berita acara',
  'berita acara pemeriksaan',
  'catatan',
  'citra satelit',
  'dakwaan',
  'data',
  'dokumen',
  // "Gugatan itu menyebutkan ...": a lawsuit's papers, as "lawsuit" in English.
  'gugatan',
  'hasil audit',
  'hasil autopsi',
  'hasil hitung cepat',
  'hasil identifikasi',
  'hasil investigasi',
  'hasil kajian',
  'hasil otopsi',
  'hasil pemantauan',
  'hasil pemeriksaan',
  'hasil penelitian',
  'hasil pengawasan',
  'hasil pengujian',
  'hasil penyelidikan',
  'hasil rekapitulasi',
  'hasil survei',
  'hasil uji',
  'hasil uji laboratorium',
  'hasil visum',
  'hitung cepat',
  'hitungan',
  'infografis',
  'investigasi',
  // "Jajak pendapat X menunjukkan ...": a poll, as "survei".
  'jajak pendapat',
  'kajian',
  'ketentuan',
  'keterangan',
  'keterangan resmi',
  'keterangan tertulis',
  'laman',
  'laman resmi',
  'laporan',
  'laporan keuangan',
  'laporan tahunan',
  'liputan',
  'media sosial',
  'memo',
  'memo internal',
  'nota kesepahaman',
  'notulen',
  'pasal',
  'pemberitaan',
  'penelitian',
  'penelusuran',
  'pengumuman',
  'peraturan',
  'peraturan daerah',
  'peraturan menteri',
  'peraturan pemerintah',
  'peraturan presiden',
  'perda',
  'perhitungan',
  'permen',
  'pernyataan resmi',
  'perpres',
  'poster',
  'prakiraan',
  'proyeksi',
  'putusan',
  'regulasi',
  'rekaman',
  'rekapitulasi',
  'rilis',
  'risalah',
  'riset',
  'salinan',
  'siaran',
  'siaran pers',
  'situs',
  'situs resmi',
  'spanduk',
  'statistik',
  'studi',
  'surat',
  'surat dakwaan',
  'surat edaran',
  'surat elektronik',
  'surat gugatan',
  'surat pemberitahuan',
  'survei',
  'tajuk rencana',
  'tangkapan layar',
  'tayangan',
  'temuan',
  'transkrip',
  'undang-undang',
  'unggahan',
  'uu',
  'video',
] as const;

/** Documents that are a news outlet's own journalism: written before an outlet's name they
 * make the outlet the source. */
export const outletReports = [
  // "Berdasarkan penelusuran Tempo, ...": an outlet's own digging is its journalism.
  'investigasi',
  'laman',
  'laporan',
  'liputan',
  'pemberitaan',
  'penelusuran',
  'siaran',
  'situs',
  'tayangan',
] as const;

/** A regulation is cited by its number and year ("Nomor 12 Tahun 2024", "32 Tahun 2025",
 * "No 5/2019"): whatever abbreviation stands before such a number is a regulation. */
export const regulationNumberWords = ['no', 'nomor'] as const;
export const regulationYearWords = ['tahun'] as const;
/** Indonesian titles open with the document word ("Laporan ..."): none closes a name. */
export const titleDocuments = [] as const;
/** Indonesian firms are not named after their work this way in the copy read so far. */
export const firmDocuments = [] as const;
/** A document's topic after its noun: Indonesian copy has needed none so far. */
export const documentTopics = [] as const;

/** An outlet's pieces that are only ever its journalism: "Artikel itu menyebutkan" after an
 * outlet spoke is that outlet again. */
export const outletPieces = ['artikel', 'tajuk rencana'] as const;
/** "Laporan itu juga menyebutkan ..." right after "KCNA melaporkan ...": that outlet's
 * report, when the sentence before names no report of anyone else's. */
export const nearPieces = ['laporan'] as const;
