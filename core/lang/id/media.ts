/** Generic words for news media ("media Jerman", "surat kabar"). */
export const media = [
  'harian',
  'kantor berita',
  // "Koran itu menulis ...": a newspaper, as "surat kabar".
  'koran',
  'laporan media',
  'laporan-laporan media',
  'majalah',
  'media',
  'media asing',
  'media daring',
  'media lokal',
  'media massa',
  'media online',
  'mingguan',
  'pemberitaan media',
  'portal berita',
  'radio nasional',
  'situs berita',
  'stasiun televisi',
  'stasiun televisi nasional',
  'stasiun tv',
  'surat kabar',
  'tabloid',
  'televisi',
  'televisi nasional',
  'tv',
] as const;

/** Indonesian outlets' names carry no such closing word the registry does not already know. */
export const mastheads = [] as const;

/** One outlet, pointed back to with "itu"/"tersebut": "Kantor berita itu menambahkan" after
 * "KCNA melaporkan". Words for one outlet only, never "media sosial". */
/** A broadcaster's programmes as speakers: none listed for Indonesian yet. */
export const programmes = [] as const;

/** A site before its own name as an outlet: none listed for Indonesian yet. */
export const webOutletNouns = [] as const;

/** Indonesian writes "gerai" for a shop, never a word for a news outlet: none. */
export const shopOutletWords = [] as const;
export const shopModifiers = [] as const;

export const outletNouns = [
  'harian',
  'kantor berita',
  'koran',
  'majalah',
  'media',
  'media daring',
  'mingguan',
  'portal berita',
  'situs berita',
  'stasiun televisi',
  'stasiun tv',
  'surat kabar',
  'tabloid',
  'televisi',
] as const;
