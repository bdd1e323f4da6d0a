/** Generic words for news media ("media Jerman", "surat kabar"). */
export const media = [
  'harian',
  'kantor berita',
  'laporan media',
  'majalah',
  'media',
  'media lokal',
  'portal berita',
  'stasiun televisi',
  'surat kabar',
  'televisi',
] as const;
