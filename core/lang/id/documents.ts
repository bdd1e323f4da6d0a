/** Documents that can be a source ("menurut data BPS", "Hasil Survei Tempo"). */
export const documents = [
  'akun', 'akun resmi', 'analisis', 'beleid', 'catatan', 'data', 'dokumen', 'hasil autopsi',
  'hasil otopsi', 'hasil penelitian', 'hasil survei', 'hasil visum', 'kajian', 'keterangan',
  'keterangan resmi', 'keterangan tertulis', 'laman', 'laman resmi', 'laporan', 'penelitian',
  'pengumuman', 'pernyataan resmi', 'riset', 'siaran pers', 'situs', 'situs resmi', 'studi',
  'surat', 'surat elektronik', 'surat pemberitahuan', 'survei', 'unggahan', 'video',
] as const;
