/** Generic words for news media ("media Jerman", "surat kabar"). */
export const media = [
  'harian',
  'kantor berita',
  'laporan media',
  'majalah',
  'media',
  'media lokal',
  'pemberitaan media',
  'portal berita',
  'stasiun televisi',
  'surat kabar',
  'televisi',
] as const;

/** Indonesian outlets' names carry no such closing word the registry does not already know. */
export const mastheads = [] as const;

/** Indonesian copy names the outlet again rather than pointing back to it: none yet. */
export const outletNouns = [] as const;
