/** Verbs that say again, or stand by, what their object says when the object is a claim with
 * its "that" ("repeated her claim that ...", "stood by its assertion that ..."); with any other
 * object ("repeated the test", "made a profit") they are acts. */
export const restatingVerbs = [
  'doubled down on',
  'doubles down on',
  'made',
  'makes',
  'renew',
  'renewed',
  'renews',
  'repeat',
  'repeated',
  'repeating',
  'repeats',
  'stand by',
  'standing by',
  'stands by',
  'stood by',
] as const;

/** Nouns of a claim whose "that" clause says what is claimed ("her claim that ...", "made the
 * case that ..."). */
export const assertionNouns = [
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'argument',
  'assertion',
  'assertions',
  'case',
  'claim',
  'claims',
  'contention',
  'insistence',
  'point',
  'warning',
  'warnings',
] as const;
