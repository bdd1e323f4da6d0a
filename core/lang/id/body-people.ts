/** People a body employs for their trade, right after the body's word: not yet studied for
 * Indonesian ("pakar PBB"): none. */
export const bodyPeople = [] as const;

/** People who serve an office they are tied to: not yet studied for Indonesian. */
export const officeServants = [] as const;

/** The word for one person as such, placed in a body: not yet studied for Indonesian. */
export const onePersonNouns = [] as const;

/** Regional police, army and court bodies, always named with their region, whose people are
 * named after a rank or a role of their own ("Penyidik Polda Metro Jaya AKBP ..."): capitals
 * right after one are the region ("Polda Sumatera Utara"), not a person ("Anggota DPRD Budi
 * Santoso" is one). */
export const regionNamedBodies = [
  'kodam',
  'kodim',
  'korem',
  'pengadilan negeri',
  'pengadilan tinggi',
  'polda',
  'polres',
  'polresta',
  'polrestabes',
  'polsek',
] as const;
