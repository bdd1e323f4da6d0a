/**
 * Context phrases for names that are also ordinary words or other things ("Antara" is
 * "between", "Kontan" is "cash", "CCTV" is a camera): such a name counts as an outlet only
 * right after a phrase that introduces a news source, or right before a reporting verb.
 * English and Indonesian together, since a name can occur in either. Plain data, sorted.
 */

/** Phrases that end right before an outlet named as a source or a relay. */
export const CITING_BEFORE: string[] = [
  'according to',
  'agency',
  // "footage aired (live) by CCTV": a participle of carrying, then its outlet (a camera airs
  // nothing).
  'aired by',
  'aired live by',
  'berita',
  'broadcast by',
  'broadcast live by',
  'broadcaster',
  'carried by',
  'carried live by',
  'channel',
  'cited by',
  'correspondent',
  'daily',
  'diberitakan',
  'dikutip',
  'dikutip dari',
  'dilansir',
  'dilansir dari',
  'dilaporkan',
  // "konferensi pers yang disiarkan CCTV": the broadcaster that carried the words.
  'disiarkan',
  'ditayangkan',
  'diwartakan',
  'fotografer',
  'harian',
  'interview with',
  'jaringan',
  'journal',
  'journalist',
  'jurnalis',
  'kepada',
  'koran',
  'koresponden',
  'laman',
  'laporan',
  'lkbn',
  'media',
  'melansir',
  'memberitakan',
  'mengutip',
  'menurut',
  'network',
  'news agency',
  'newspaper',
  'oleh',
  'outlet',
  'penyiar',
  'pewarta',
  'photographer',
  'portal',
  'published in',
  'quoted by',
  'reported by',
  'reporter',
  'situs',
  'spoke to',
  'stasiun televisi',
  'surat kabar',
  'televisi',
  'told',
  'wartawan',
  'wawancara dengan',
];

/** Phrases that start right after an outlet that is the subject of a report. */
export const CITING_AFTER: string[] = [
  'agency',
  'also reported',
  'broadcast',
  'earlier reported',
  'first reported',
  'found',
  'had reported',
  'has learned',
  'has reported',
  'learned',
  'melansir',
  'melaporkan',
  'memberitakan',
  'menulis',
  'menyebutkan',
  'menyiarkan',
  'mewartakan',
  'news agency',
  'noted',
  'notes',
  'previously reported',
  'quoted',
  'reported',
  'reports',
  'reports that',
  'revealed',
  'said',
  'says',
  'wrote',
];

/**
 * Nouns for an outlet that open an apposition right after a name and a comma: "Mehr, a
 * semi-official news agency, said", "Mehr, kantor berita semi-resmi Iran, melaporkan". Such an
 * apposition says the name is an outlet as a citing phrase would. Sorted.
 */
export const APPOSITION_OUTLET_NOUNS: string[] = [
  'agency',
  'broadcaster',
  'daily',
  'harian',
  'kantor berita',
  'koran',
  'news agency',
  'newspaper',
  'penyiar',
  'stasiun televisi',
  'surat kabar',
  'tabloid',
];

/** Articles and the like an English apposition may open with ("a", "the"). Sorted. */
export const APPOSITION_OPENERS: string[] = ['a', 'an', 'the'];

/** Words before a person's initials in Indonesian crime and court reports ("tersangka AP"). */
export const INITIALS_BEFORE: string[] = [
  'berinisial',
  'bernama',
  'bocah',
  'inisial',
  'kata',
  'korban',
  'oknum',
  'pelaku',
  'perempuan',
  'pria',
  'saudara',
  'sdr',
  'siswa',
  'terdakwa',
  'tersangka',
  'ujar',
  'wanita',
];

/** After initials: an age in parentheses, "AP (35)", or what befell the person. Sorted. */
export const INITIALS_AFTER: string[] = [
  '#',
  'diamankan',
  'dibekuk',
  'ditahan',
  'ditangkap',
  'mengaku',
  'tewas',
];

/**
 * An abbreviation that is ambiguous on its own ("PNA", "ENA", "MAP") names the agency only
 * right after its country or a phrase that says it is a news agency:
 * "kantor berita Filipina, PNA", "Ethiopia's ENA", "the state-run APS".
 */
export function afterCountry(...countryWords: string[]): { needsBefore: string[] } {
  return {
    needsBefore: [
      ...countryWords,
      'kantor berita',
      'news agency',
      'state news agency',
      'state-run',
      'official',
    ],
  };
}
