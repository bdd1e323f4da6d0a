/** Documents that can be a source ("menurut data BPS", "Hasil Survei Katadata"). */
export const documents = [
  'catatan', 'data', 'dokumen', 'hasil penelitian', 'hasil survei', 'kajian', 'keterangan',
  'keterangan resmi', 'keterangan tertulis', 'laporan', 'penelitian', 'pernyataan resmi', 'riset',
  'siaran pers', 'studi', 'surat', 'surat elektronik', 'surat pemberitahuan', 'survei', 'unggahan',
  'video',
] as const;
