/** Nouns for people told by their form (endings, prefixes) and words that only look like
 * them: how a noun no lexicon lists is read as a person. */

/** Nouns for people by what they do: "relawan", "wisatawan", "karyawati". */
export const personSuffixes = ['wan', 'wati'] as const;

/** Indonesian nouns do not mark the plural with an ending ("para pelayat", "warga"). */
export const pluralPersonSuffixes = [] as const;
/** Not told apart in Indonesian copy yet ("pengguna" stays a source word). */
export const genericPersonNouns = [] as const;

/** Indonesian names people by what they do with the prefix pe- (pe-, pem-, pen-, peng-,
 * peny-, per-, pel-: "pengunjung", "pemilik", "penjaga"); with -an too the word is a thing
 * or an act ("perusahaan", "penelitian"). */
export const personPrefixes = ['pe'] as const;
export const thingSuffixes = ['an'] as const;

/** Words that look like pe- nouns for people but name a thing. */
/** Indonesian nouns for people are told by their prefixes (above); none needed yet. */
export const headPersonNouns = [] as const;

export const notPersonNouns = [
  'pedang',
  'pelita',
  'peluru',
  'pemerintah',
  'pemilu',
  'pena',
  'pendapat',
  'penjara',
  'penyakit',
  'perahu',
  'perintah',
  'peristiwa',
  'perkara',
  'persen',
  'perut',
  'pesawat',
  'pesta',
  'peta',
  'petunjuk',
] as const;

/** Degrees written after a name ("Budi Santoso, S.H., M.H.", "Rina, M.Si"): the dotted forms,
 * and the same written without dots ("SH", "MSi"). */
export const dottedDegrees = [
  'm.ag',
  'm.ap',
  'm.ec',
  'm.h',
  'm.kes',
  'm.m',
  'm.pd',
  'm.sc',
  'm.si',
  'm.t',
  'ph.d',
  's.ag',
  's.e',
  's.farm',
  's.h',
  's.i.k',
  's.ip',
  's.ked',
  's.kep',
  's.kom',
  's.pd',
  's.psi',
  's.sos',
  's.stp',
  's.t',
  'sp.a',
  'sp.b',
  'sp.jp',
  'sp.kj',
  'sp.m',
  'sp.og',
  'sp.pd',
  'sp.s',
];
export const nameDegrees = [
  ...dottedDegrees,
  ...dottedDegrees.map((d) => d.replaceAll('.', '')),
].sort();

/** "Pengalaman menunjukkan ...", "Sejarah membuktikan ...": what everyone knows, spoken of
 * as if it spoke; the writer's own generalisation. */
export const commonKnowledge = ['akal sehat', 'pengalaman', 'sejarah'] as const;
