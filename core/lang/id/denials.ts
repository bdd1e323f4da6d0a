/** Verbs that deny what their object says when the object is an accusation ("menolak
 * tuduhan itu"); with any other object ("menolak rencana itu") they are acts. */
export const denialVerbs = ['menepis', 'menolak'] as const;

/** Nouns of an accusation, or of what someone said or is said ("menepis pernyataan X bahwa",
 * "menepis kabar itu"), whose denial is a claim that it is false. */
export const accusationNouns = [
  'anggapan',
  'isu',
  'kabar',
  'klaim',
  'pernyataan',
  'tudingan',
  'tuduhan',
] as const;
