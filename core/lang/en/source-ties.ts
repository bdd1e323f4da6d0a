/** Words tying a source to what is around it: where it is placed, whom it works for, whom it
 * is related to, what it knows and the handle it goes by. */

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = [
  'across',
  'around',
  'at',
  'for',
  'from',
  'in',
  'inside',
  'near',
  'of',
  'within',
] as const;

/** English writes the origin after the name ("Marquinhos, of Brazil"): none needed. */
export const originMarkers = [] as const;

/** English writes an outlet's owner before its name ("Iran's state-run IRNA"): none needed. */
export const ownerLinks = [] as const;

/** English writes where a speaker spoke after the verb ("said in Geneva"): none needed. */
export const spokenAtMarkers = [] as const;

/** "Jane Roe of Acme Capital said", "Jane Roe at Acme Capital said": the words tying a full
 * name to its employer. */
export const employerLinks = ['at', 'of'] as const;

/** A name after these is someone else or a place: "the wife of", "residents Elm Street". */
export const relationNouns = [
  'brother',
  'daughter',
  'families',
  'family',
  'father',
  'husband',
  'mother',
  'neighbor',
  'neighbors',
  'relative',
  'relatives',
  'resident',
  'residents',
  'sister',
  'son',
  'source',
  'sources',
  'wife',
] as const;

/** Words tying an unnamed source to what it knows: "an official familiar with the inquiry",
 * "a banker briefed on the talks". */
export const acquaintanceLinks = [
  'briefed on',
  'close to',
  'familiar with',
  'knowledgeable about',
  'with direct knowledge of',
  'with knowledge of',
] as const;

/** Nouns a site handle follows ("user fennick42"): the handle names the person. Not sources
 * alone: "the user" of a tech page is anyone who uses the thing. */
export const handleNouns = ['commenter', 'member', 'poster', 'user', 'username'] as const;
