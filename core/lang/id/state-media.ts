/** Generic state-media phrases. Named outlets come from the outlet registry, never from here. */
export const stateMedia = [
  'kantor berita negara',
  'kantor berita pemerintah',
  'kantor berita resmi',
  'media negara',
  'media pemerintah',
  'media resmi',
  'stasiun televisi pemerintah',
  'televisi pemerintah',
] as const;
