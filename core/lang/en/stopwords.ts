/** Function words of English: detection, and the small words around a source. */
export const stopwords = [
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by',
  'can', 'could', "don't", 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'i', 'if',
  'in', 'into', 'is', 'it', 'its', "let's", 'me', 'more', 'my', 'not', 'of', 'on', 'one', 'or',
  'our', 'please', 'she', 'so',
  'than', 'that', 'the', 'their', 'there', 'they', 'this', 'to', 'us', 'was', 'we', 'were', 'what',
  'when', 'which', 'who', 'will', 'with', 'would', 'you', 'your',
] as const;

/** Sentence openers that come before a source and are not part of it. */
export const openers = [
  'additionally', 'also', 'and', 'as', 'but', 'earlier', 'even', 'however', 'in addition',
  'instead', 'last week', 'last year', 'later', 'meanwhile', 'moreover', 'now', 'on friday',
  'on monday', 'on saturday', 'on sunday', 'on thursday', 'on tuesday', 'on wednesday',
  'separately', 'so', 'still', 'then', 'this week', 'today', 'yet',
] as const;

/** Small words that may sit inside a source phrase ("head of the association"). */
export const connectors = [
  "'s", 'and', 'at', 'for', 'in', 'of', 'on', 'the',
] as const;

/** Determiners and quantifiers that may open a source phrase. */
export const determiners = [
  'a', 'an', 'another', 'many', 'most', 'one', 'other', 'our', 'several', 'some', 'the',
  'these', 'this', 'those', 'three', 'two',
] as const;

/** Words between a source and its verb that belong to neither. */
export const adverbs = [
  'again', 'already', 'also', 'apparently', 'both', 'earlier', 'first', 'had', 'has', 'have',
  'last', 'later', 'now', 'once', 'previously', 'publicly', 'recently', 'repeatedly', 'separately',
  'strongly', 'then', 'today', 'yesterday',
] as const;

/** Words opening a second clause with a speaker of its own: "X said A, while Y said B". */
export const clauseJoiners = [
  'but', 'even as', 'in what', 'whereas', 'while',
] as const;

/** Time words: "said Monday" names a day, not a source. */
export const timeWords = [
  'april', 'august', 'december', 'earlier', 'february', 'friday', 'in', 'january', 'july', 'june',
  'last', 'late', 'march', 'may', 'monday', 'november', 'october', 'on', 'saturday', 'september',
  'sunday', 'this', 'thursday', 'today', 'tuesday', 'wednesday', 'yesterday',
] as const;

/** Determiners that make an unnamed source one person: a later pronoun may point to it. */
export const singularDeterminers = [
  'a', 'an', 'another', 'one',
] as const;

/** English marks the plural on nouns ('sources'): a bare unnamed source is a group. */
export const numberless = false;

/** Adjectives precede their noun: 'a congressional aide'. */
export const adjectivesAfterNoun = false;
