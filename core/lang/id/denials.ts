/** Verbs that deny what their object says when the object is an accusation ("menolak
 * tuduhan itu"); with any other object ("menolak rencana itu") they are acts. */
export const denialVerbs = ['menolak'] as const;

/** Nouns of an accusation, whose denial is a claim that it is false. */
export const accusationNouns = ['tudingan', 'tuduhan'] as const;
