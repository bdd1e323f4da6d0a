/** Verbs of saying whose object may be a deed or a possession rather than words: with such
 * an object and no clause they report an act, not a claim. */

/** "Beijing claims most of the sea", "claims sovereignty over the islands": a claim to a
 * holding; "claims the vote was rigged" and "claimed responsibility" still report. */
export const holdingVerbs = ['claim', 'claimed', 'claiming', 'claims'] as const;

/** Words that open the holding claimed: a share of a whole or a title to it. */
export const holdingObjects = [
  'all of',
  'almost all of',
  'almost the entire',
  'large parts of',
  'most of',
  'much of',
  'nearly all of',
  'nearly the entire',
  'ownership',
  'part of',
  'parts of',
  'sovereignty',
  'the entire',
  'the whole of',
  'virtually all of',
  'virtually the entire',
] as const;

/** "Firms have announced job cuts", "announced a curfew": a deed as the object, no words.
 * With a clause ("announced it had tested a bomb") or an infinitive of what is intended
 * ("announced plans to close two plants") the verb still reports. */
export const deedVerbs = ['announce', 'announced', 'announces'] as const;
