/** Verbs that deny what their object says when the object is an accusation ("rejected the
 * allegations", "dismissed such accusations"); with any other object ("rejected the plan")
 * they are acts. */
export const denialVerbs = [
  'challenge',
  'challenged',
  'challenges',
  'contested',
  'dismiss',
  'dismissed',
  'dismisses',
  'dispute',
  'disputed',
  'disputes',
  'refute',
  'refuted',
  'refutes',
  'reject',
  'rejected',
  'rejecting',
  'rejects',
] as const;

/** Nouns of an accusation, whose denial is a claim that it is false. Not "charges": a court
 * dismissing charges acts on a case. */
export const accusationNouns = ['accusation', 'accusations', 'allegation', 'allegations'] as const;
