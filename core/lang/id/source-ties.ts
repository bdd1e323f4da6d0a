/** Words tying a source to what is around it: where it is placed, whom it works for, whom it
 * is related to, what it knows and the handle it goes by. */

/** Indonesian ties them by a relative clause ("sumber yang mengetahui ..."), read there. */
export const acquaintanceLinks = [] as const;

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = ['asal', 'dari', 'di'] as const;

/** "pelatih asal Korea Selatan Shin Tae-yong": the place a person comes from, written between
 * their trade and their name. */
export const originMarkers = ['asal'] as const;

/** "kantor berita IRNA milik pemerintah Iran melaporkan": the owner after the outlet's name. */
export const ownerLinks = ['milik'] as const;

/** "Menteri X di Jakarta, Rabu, mengatakan": where the named speaker spoke, after the name. */
export const spokenAtMarkers = ['di'] as const;

/** Indonesian mostly writes the role first ("Ekonom ZAP Finance Rina ..."), but a full name
 * may also come first, tied to where the person works: "Rina Wulandari dari Universitas X". */
export const employerLinks = ['dari'] as const;

/** A name after these is someone else or a place: "istri Budi", "warga Tanjung Priok". */
export const relationNouns = [
  'adik',
  'anak',
  'anak buah',
  'anggota keluarga',
  'ayah',
  'bawahan',
  'cucu',
  'ibu',
  'istri',
  'kakak',
  'keluarga',
  'keluarga korban',
  'kerabat',
  'kolega',
  'loyalis',
  'masyarakat',
  'nelayan',
  'orang dekat',
  'orang tua',
  'orang tua murid',
  'penduduk',
  'pengungsi',
  'rekan',
  'sahabat',
  'seorang warga',
  'suami',
  'sumber',
  'teman',
  'tetangga',
  'warga',
] as const;

/** Nouns a site handle follows: Indonesian copy names an account ("akun"), not a handle. */
export const handleNouns = [] as const;
