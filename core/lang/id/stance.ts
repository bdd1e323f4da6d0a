/**
 * Indonesian writes "bahwa" or a comma after a verb of expecting or fearing (see
 * stanceClauseAfterComma in cues.ts): the English "that"-less clause has no counterpart.
 */
export const bareStanceVerbs = [] as const;
export const finiteAuxiliaries = [] as const;

/** Words of aspect and mood that open a predicate, its subject left before them ("Jembatan
 * itu, kata Rina, akan dibuka bulan Mei"). */
export const predicateOpeners = [
  'akan',
  'belum',
  'bisa',
  'boleh',
  'dapat',
  'harus',
  'masih',
  'mesti',
  'mungkin',
  'perlu',
  'sedang',
  'sudah',
  'tak',
  'telah',
  'tengah',
  'tidak',
] as const;
export const nonClauseOpeners = [] as const;

/** Indonesian marks the passive on the verb itself ("dikatakan"): no auxiliary word. */
export const passiveAuxiliaries = [] as const;

/** Indonesian writes readiness with its own verbs ("buru-buru membantah"): none here. */
export const readinessAdjectives = [] as const;

/** Not yet studied for Indonesian ("mengunggah di Instagram untuk ..."): none. */
export const platformVerbs = [] as const;

/** Indonesian verbs take no infinitive marker before them. */
export const infinitiveMarkers = [] as const;
