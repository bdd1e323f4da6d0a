/**
 * Indonesian words around an outlet's name that say the name is an outlet ("dilansir dari
 * Antara", "kepada Antara"): a name that is also an ordinary word or something else counts
 * as an outlet only next to them. Sorted.
 */

/** Phrases ending right before an outlet named as a source or a relay. */
export const outletCitingBefore = [
  'berita',
  'diberitakan',
  // "saat dihubungi Tirto", "ketika dikonfirmasi detikcom": the outlet that reached the
  // speaker.
  'dihubungi',
  'dikonfirmasi',
  'dikutip',
  'dikutip dari',
  'dilansir',
  'dilansir dari',
  'dilaporkan',
  // "konferensi pers yang disiarkan CCTV": the broadcaster that carried the words.
  'disiarkan',
  'ditayangkan',
  'ditemui',
  'diwartakan',
  // "pakar yang diwawancarai CCTV": the outlet that interviewed the speaker.
  'diwawancarai',
  'fotografer',
  'harian',
  'jaringan',
  'jurnalis',
  'kepada',
  'koran',
  'koresponden',
  'laman',
  'laporan',
  // Lembaga Kantor Berita Nasional: the national news agency's institution, before its name.
  'lkbn',
  'media',
  'melansir',
  'memberitakan',
  'mengutip',
  'menurut',
  'oleh',
  'penyiar',
  'pewarta',
  'portal',
  'situs',
  'stasiun televisi',
  'surat kabar',
  'televisi',
  'wartawan',
  'wawancara dengan',
] as const;

/** Phrases starting right after an outlet that is the subject of a report. */
export const outletCitingAfter = [
  'melansir',
  'melaporkan',
  'memberitakan',
  // "Tirto mencatat ada 12 kasus": what an outlet's own count or reporting found.
  'mencatat',
  'mengabarkan',
  'menulis',
  'menyebut',
  'menyebutkan',
  'menyiarkan',
  'mewartakan',
] as const;

/** Nouns for an outlet opening an apposition ("Mehr, kantor berita semi-resmi Iran, ..."). */
export const outletAppositionNouns = [
  'harian',
  'kantor berita',
  'koran',
  'penyiar',
  'stasiun televisi',
  'surat kabar',
  'tabloid',
] as const;

/** Indonesian writes no article before such an apposition's noun. */
export const outletAppositionOpeners = [] as const;

/** Relative pronouns opening a clause between an outlet's name and its verb ("Tasnim, yang dekat dengan Garda Revolusi, melaporkan"). */
export const outletClauseOpeners = ['yang'] as const;

/** Phrases saying the abbreviation after them is a news agency ("kantor berita Filipina, PNA"). */
export const newsAgencyMarkers = ['kantor berita'] as const;

/** Phrases before a broadcaster's name that say it is a state channel: one spoken to or
 * cited ("kepada Rossiya-1"), or called state television. */
export const stateBroadcastCitingBefore = [
  'kepada',
  'menurut',
  'televisi pemerintah',
  'wawancara dengan',
] as const;

/** Words right after a channel's name that make it one ("Rossiya-1 melaporkan"). */
export const broadcastCitingAfter = ['melaporkan', 'menyiarkan'] as const;

/** Phrases before a news portal cited by a name that is also an ordinary word ("dilansir dari
 * Merdeka", "portal berita Suara"). */
export const portalCitingBefore = [
  'dikutip dari',
  'dilansir',
  'dilansir dari',
  'kepada',
  'laman',
  'melansir',
  'mengutip',
  'portal berita',
  'situs',
] as const;

/** Indonesian writes a deputy's office with "wakil" ("Wakil Presiden"), never "vice". */
export const viceOffices = [] as const;

/** Words before a person's initials in crime and court reports ("tersangka AP"). */
export const personInitialsBefore = [
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
] as const;

/** Words after a person's initials saying what befell them ("AP ditangkap"). */
export const personInitialsAfter = [
  'diamankan',
  'dibekuk',
  'ditahan',
  'ditangkap',
  'mengaku',
  'tewas',
] as const;
