/** Generic state-media phrases. Named outlets come from the outlet registry, never from here. */
export const stateMedia = [
  'kantor berita milik negara',
  'kantor berita negara',
  'kantor berita pemerintah',
  'kantor berita resmi',
  'koran resmi',
  'media milik negara',
  'media negara',
  'media pemerintah',
  'media resmi',
  'stasiun televisi pemerintah',
  'surat kabar resmi',
  'televisi milik negara',
  'televisi negara',
  'televisi pemerintah',
] as const;

/** Indonesian describes the outlet after its noun ("kantor berita milik negara"): see above. */
export const stateOutletModifiers = [] as const;
