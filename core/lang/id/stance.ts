/**
 * Verbs of fearing and suspecting whose clause may drop its "bahwa" ("Warga khawatir banjir
 * akan datang lagi", "Polisi menduga pelaku sudah kabur"); the clause is told apart from an
 * object ("khawatir akan banjir", "menduga adanya kelalaian") by an aspect or modal word
 * after a few words of subject.
 */
export const bareStanceVerbs = [
  'beranggapan',
  'berpandangan',
  'curiga',
  'khawatir',
  'memandang',
  'menduga',
  'mengeluh',
  'mengira',
  'percaya',
  'yakin',
] as const;

/** Indonesian disputes with its verbs of denial ("membantah anggapan bahwa"), read as such. */
export const disputeVerbs = [] as const;
export const disputedNouns = [] as const;

/** "menepis kemungkinan adanya sabotase", "meremehkan peluang tercapainya kesepakatan": judging
 * how likely something is voices a view of it; the noun needs no link ("kemungkinan adanya"). */
export const likelihoodVerbs = ['menampik', 'menepis', 'meremehkan'] as const;
export const likelihoodNouns = ['kemungkinan', 'peluang'] as const;
export const likelihoodLinks = [] as const;

/** Verbs of a belief held, reported by an outlet citing someone: none listed yet. */
export const mindVerbs = [] as const;

/** English's auxiliary of emphasis has no Indonesian counterpart. */
export const emphaticAuxiliaries = [] as const;

/** Aspect, modal and negation words that make a clause of the words before them ("akan",
 * "sudah", "tidak"). */
export const finiteAuxiliaries = [
  'akan',
  'bakal',
  'belum',
  'bisa',
  'dapat',
  'harus',
  'masih',
  'pernah',
  'sedang',
  'sempat',
  'sudah',
  'tak',
  'telah',
  'tidak',
] as const;

/** Indonesian verbs do not change for tense or person: the aspect words above mark a clause. */
export const finiteVerbEndings = [] as const;

/** Indonesian verbs have no past forms. */
export const irregularPasts = [] as const;
export const irregularPastObjects = [] as const;

/** Prepositions that open an object, never a clause's subject ("khawatir soal harga yang
 * akan naik"), and the reflexive "diri" ("percaya diri menghadapi ..." is confident). */
export const nonClauseOpeners = [
  'dengan',
  'diri',
  'kepada',
  'mengenai',
  'soal',
  'tentang',
  'terhadap',
] as const;

/** Indonesian marks the passive on the verb itself ("dikatakan"): no auxiliary word. */
export const passiveAuxiliaries = [] as const;

/** Indonesian writes readiness with its own verbs ("buru-buru membantah"): none here. */
export const readinessAdjectives = [] as const;

/** Not yet studied for Indonesian ("mengunggah di Instagram untuk ..."): none. */
export const platformVerbs = [] as const;

/** Not yet studied for Indonesian ("terus menegaskan" is a verb with an adverb): none. */
export const persistingVerbs = [] as const;

/** Indonesian verbs take no infinitive marker before them. */
export const infinitiveMarkers = [] as const;
