/** Unnamed officials. */
export const unnamedOfficials = [
  'ajudan',
  'ajudannya',
  'aparat',
  'aparatur sipil negara',
  'asn',
  'diplomat',
  // "diplomat negara Barat", "pejabat negara tetangga": officials of a state not named.
  'diplomat negara',
  // "elite partai": a party's leading figures, unnamed.
  'elit',
  'elite',
  'jubir',
  'juru bicara',
  'para diplomat',
  'para pejabat',
  'pegawai negeri',
  'pegawai negeri sipil',
  'pejabat',
  'pejabat negara',
  // "aparat penegak hukum", "seorang penegak hukum": law enforcers, not the law ("hukum" is a
  // portfolio word, so the phrase was cut to a body).
  'penegak hukum',
  // "perangkat desa": a village's officials.
  'perangkat desa',
  'personel',
  'perwira',
  'petinggi',
  'petugas',
  'pns',
  'polwan',
  'prajurit',
  'serdadu',
  'sipir',
  'sumber dari kementerian',
  'sumber di pemerintahan',
  'sumber pemerintah',
  'tentara',
] as const;

/** Indonesian puts the principal right after the role with no link word ("ajudan Presiden"),
 * where a name may as well be the aide's own: none are listed. */
export const principalLinks = [] as const;

/** Words before a principal's name saying what they were: not yet studied for Indonesian. */
export const principalEpithets = [] as const;

/** Phrases saying the speaker's name is withheld ("yang enggan disebut namanya"): after a
 * pronoun's cue, the pronoun is no named person. */
export const withheldNames = [
  'dengan syarat anonim',
  'enggan disebut identitasnya',
  'enggan disebut namanya',
  'enggan disebutkan identitasnya',
  'enggan disebutkan namanya',
  'enggan namanya disebut',
  'meminta identitasnya dirahasiakan',
  'meminta namanya tidak disebut',
  'meminta namanya tidak disebutkan',
  'menolak disebut namanya',
  'menolak disebutkan namanya',
  'minta identitasnya dirahasiakan',
  'minta namanya tidak disebut',
  'minta namanya tidak disebutkan',
  'tak ingin disebut namanya',
  'tak mau disebut namanya',
  'tak mau disebutkan namanya',
  'tidak berwenang berbicara kepada media',
  'tidak berwenang berbicara kepada pers',
  'tidak berwenang berbicara kepada wartawan',
  'tidak diizinkan berbicara kepada media',
  'tidak diizinkan berbicara kepada pers',
  'tidak diizinkan berbicara kepada wartawan',
  'tidak ingin disebut namanya',
  'tidak ingin disebutkan namanya',
  'tidak mau disebut namanya',
  'tidak mau disebutkan namanya',
] as const;

/** "Melati (bukan nama sebenarnya) mengatakan ...": the name given is made up. */
export const pseudonymMarkers = [
  'bukan nama asli',
  'bukan nama sebenarnya',
  'nama samaran',
] as const;

/** "Seorang warga, sebut saja Mawar, mengatakan ...": the made-up name comes after these. */
export const pseudonymIntroducers = ['sebut saja'] as const;

/** A withheld name built from its parts: who will not ("tidak bersedia"), the passive
 * ("disebutkan"), and what ("identitasnya"); every combination is such a phrase. */
export const withholdingVerbs = [
  'enggan',
  'menolak',
  'tak berkenan',
  'tak bersedia',
  'tak ingin',
  'tak mau',
  'tidak berkenan',
  'tidak bersedia',
  'tidak ingin',
  'tidak mau',
] as const;
export const withheldPassives = [
  'dicantumkan',
  'diekspos',
  'dikutip',
  'dipublikasikan',
  'disebut',
  'disebutkan',
  'ditulis',
  'diungkap',
  'diungkapkan',
] as const;
export const withheldNouns = ['identitasnya', 'namanya'] as const;
/** "yang meminta namanya tak dipublikasikan", "minta agar identitasnya dirahasiakan": who asks,
 * the name, a negator and a passive above - or a passive of keeping it hidden, no negator. */
export const withholdingRequests = ['meminta', 'meminta agar', 'minta', 'minta agar'] as const;
export const withheldNegators = ['jangan', 'tak', 'tidak'] as const;
export const keptPassives = ['dirahasiakan', 'disamarkan', 'disembunyikan'] as const;

/** "salah seorang dari mereka", "beberapa di antara mereka": the word taking a part of a
 * group (Indonesian lists no vague quantifiers before a place yet). */
export const partitiveLinks = ['dari', 'di antara'] as const;

/** Indonesian ties a person to a body with the locatives ("pejabat di kementerian"): none. */
export const memberLinks = [] as const;
