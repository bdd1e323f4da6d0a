/** Indonesian reporting cues. Verb forms that double as nouns, verbs that take only words, fixed unnamed cues and descriptions of people. */

/** Fixed phrases that stand for unnamed sources. */
export const unnamedCues = [] as const;

/** Indonesian verbs of saying carry their prefix and are no nouns, but for the bare
 * colloquial "klaim" ("Sudarto klaim bahwa ..."): a verb only before "bahwa", a colon or a
 * quotation. So are an outlet's "melansir" and "menyiarkan", whose object is otherwise what it
 * cited or aired ("melansir Reuters", "menyiarkan pidato itu"), not words. */
export const bareVerbs = ['klaim', 'melansir', 'menyiarkan'] as const;

/** Indonesian descriptions point back with "itu"/"tersebut" (stage pointing-person). */
export const personDescriptions = [] as const;

export const ageSuffixes = [] as const;

/** "mengatakan uji coba berhasil", "menegaskan menolak rencana itu": these verbs take words
 * as their object, never a deed (unlike "menyatakan perang", "mengakui kemerdekaan"). */
export const wordsOnlyVerbs = [
  'berkata',
  'menambahkan',
  'menegaskan',
  'mengatakan',
  'menjelaskan',
  'menuturkan',
  'menyebutkan',
] as const;

/** Indonesian has no possessive "'s" a verb could be read after: none. */
export const verbOnlyForms = [] as const;
