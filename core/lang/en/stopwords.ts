/** Function words of English: detection, and the small words around a source. */
export const stopwords = [
  'a',
  'about',
  'after',
  'all',
  'also',
  'although',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'can',
  'could',
  "don't",
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  "let's",
  'me',
  'more',
  'my',
  'not',
  'of',
  'on',
  'one',
  'or',
  'our',
  'please',
  'she',
  'so',
  'than',
  'that',
  'the',
  'their',
  'there',
  'they',
  'this',
  'though',
  'to',
  'unless',
  'us',
  'was',
  'we',
  'were',
  'what',
  'when',
  'whenever',
  'whereas',
  'which',
  'while',
  'who',
  'will',
  'with',
  'would',
  'you',
  'your',
] as const;

/** Sentence openers that come before a source and are not part of it. */
export const openers = [
  'accordingly',
  'additionally',
  'also',
  'and',
  'as',
  'but',
  'consequently',
  'earlier',
  'even',
  'furthermore',
  'however',
  'in addition',
  'indeed',
  'instead',
  'last week',
  'last year',
  'later',
  'likewise',
  'meanwhile',
  'moreover',
  'nevertheless',
  'nonetheless',
  'now',
  'on friday',
  'on monday',
  'on saturday',
  'on sunday',
  'on thursday',
  'on tuesday',
  'on wednesday',
  'separately',
  'similarly',
  'so',
  'still',
  'then',
  'therefore',
  'this week',
  'thus',
  'today',
  'yet',
] as const;

/** Small words that may sit inside a source phrase ("head of the association"). */
export const connectors = ["'s", 'and', 'at', 'for', 'in', 'of', 'on', 'the'] as const;

/** Determiners and quantifiers that may open a source phrase. */
export const determiners = [
  'a',
  // "carried in all major state newspapers", "all three agencies reported"
  'all',
  'an',
  'another',
  'dozens',
  'hundreds',
  'many',
  'most',
  'multiple',
  'numerous',
  'one',
  'other',
  'our',
  'scores',
  'several',
  'some',
  'the',
  'these',
  'this',
  'those',
  'thousands',
  'three',
  'two',
] as const;

/** Words between a source and its verb that belong to neither. */
export const adverbs = [
  'accurately',
  'again',
  'all',
  'allegedly',
  'already',
  'also',
  'always',
  'angrily',
  'apparently',
  'bluntly',
  'both',
  'broadly',
  'candidly',
  'categorically',
  'cautiously',
  'commonly',
  'confidently',
  'consistently',
  'correctly',
  'darkly',
  'defiantly',
  'each',
  'earlier',
  'emphatically',
  'erroneously',
  'eventually',
  'explicitly',
  'falsely',
  'firmly',
  'first',
  'flatly',
  'formally',
  'frequently',
  'further',
  'generally',
  'grudgingly',
  'had',
  'has',
  'have',
  'however',
  'immediately',
  'inaccurately',
  'incorrectly',
  'increasingly',
  // "has not been independently confirmed": a passive, its subject no source.
  'independently',
  'initially',
  'instead',
  'jointly',
  'jokingly',
  'just',
  'largely',
  'last',
  'later',
  'likewise',
  'long',
  'meanwhile',
  'merely',
  'misleadingly',
  'mistakenly',
  'mostly',
  'nonetheless',
  'now',
  'officially',
  'often',
  'once',
  'openly',
  'optimistically',
  'originally',
  'personally',
  'pessimistically',
  'pointedly',
  'previously',
  'privately',
  'promptly',
  'publicly',
  'quickly',
  'quietly',
  'recently',
  'reluctantly',
  'repeatedly',
  'reportedly',
  'rightly',
  'separately',
  'sharply',
  'similarly',
  'simply',
  'since',
  'sometimes',
  'specifically',
  'steadfastly',
  'still',
  'strenuously',
  'strongly',
  'subsequently',
  'swiftly',
  'then',
  'today',
  'ultimately',
  'unanimously',
  'vehemently',
  'vigorously',
  'widely',
  'wrongly',
  'yesterday',
] as const;

/** Words opening a second clause with a speaker of its own: "X said A, while Y said B". */
export const clauseJoiners = [
  'after',
  'although',
  'but',
  'even as',
  'in what',
  'though',
  'whereas',
  'while',
] as const;

/** Subordinators opening a sentence whose first clause, closed by a comma, has a speaker of
 * its own: "While X says A, Y warns B". */
export const openingSubordinators = [
  'after',
  'although',
  'though',
  'when',
  'whereas',
  'while',
] as const;

/** Joiners opening a second speaker's clause only after a comma: "X said A, and Y said B"
 * (without the comma, "X said A and Y told him B" may be all X's account), "X said A, as Y
 * vowed B" (not "..., as Y reported": an account of A). */
export const commaClauseJoiners = ['and', 'as'] as const;

/** The rest of a group as a second speaker: "Many said A and others said B". */
export const contrastSubjects = ['others', 'some others', 'still others'] as const;

/** Time words: "said Monday" names a day, not a source; "said last week", "said earlier
 * this month": the units of a relative date too. */
export const timeWords = [
  'afternoon',
  'april',
  'august',
  'december',
  'earlier',
  'evening',
  'february',
  'friday',
  'in',
  'january',
  'july',
  'june',
  'last',
  'late',
  'march',
  'may',
  'monday',
  'month',
  'morning',
  'night',
  'november',
  'october',
  'on',
  'saturday',
  'september',
  'sunday',
  'this',
  'thursday',
  'today',
  'tuesday',
  'wednesday',
  'week',
  'weekend',
  'year',
  'yesterday',
] as const;

/** Months as abbreviated before a day ("Jan. 6"). */
export const monthAbbreviations = [
  'apr',
  'aug',
  'dec',
  'feb',
  'jan',
  'jul',
  'jun',
  'mar',
  'nov',
  'oct',
  'sep',
  'sept',
] as const;

/** Time phrases with no day, month or number in them, written between a source and its
 * verb ("the minister last month warned") or after it ("as Reuters reported at the time"):
 * skipped like "on Monday". */
export const relativeTimes = [
  'at the time',
  'earlier this month',
  'earlier this week',
  'earlier this year',
  'last month',
  'last night',
  'last week',
  'last weekend',
  'last year',
  'this month',
  'this week',
  'this year',
] as const;

/** Determiners that make an unnamed source one person: a later pronoun may point to it. */
export const singularDeterminers = ['a', 'an', 'another', 'one'] as const;

/** Determiners that point to one known referent when its noun is singular: "the witness said
 * ... He said" is that witness. */
export const definiteDeterminers = ['the'] as const;

/** Endings that make a word an owner's: "Acme's spokesman" is one person, as "his" would be. */
export const genitiveEndings = ["'s"] as const;

/** English counts people with the same words as things ("a", "one"). */
export const personCounters = [] as const;

/** English counts people with no word between the count and the noun. */
export const countClassifiers = [] as const;

/** English names circles after the body ("in government circles"): none. */
export const circleWords = [] as const;

/** English marks the plural on nouns ('sources'): a bare unnamed source is a group. */
export const numberless = false;

/** Adjectives precede their noun: 'a congressional aide'. */
export const adjectivesAfterNoun = false;

/** Numbers in words, as in a description of a person ("the father of two") or a share
 * ("Forty percent said"; compounds such as "twenty-four" are read part by part). */
export const numberWords = [
  'eight',
  'eighteen',
  'eighty',
  'eleven',
  'fifteen',
  'fifty',
  'forty',
  'fourteen',
  'nineteen',
  'ninety',
  'seventeen',
  'seventy',
  'sixteen',
  'sixty',
  'thirteen',
  'thirty',
  'twelve',
  'twenty',
  'five',
  'four',
  'nine',
  'one',
  'seven',
  'six',
  'ten',
  'three',
  'two',
].sort();

/** A count of people given as a bound or an estimate ("At least two witnesses said", "A
 * number of diplomats said"): the words stay in the source with the count. Those ending in
 * "of" stand before the noun itself. */
export const countApproximators = [
  'a couple of',
  'a group of',
  'a handful of',
  'a number of',
  'about',
  'almost',
  'approximately',
  'around',
  'as few as',
  'as many as',
  'at least',
  'close to',
  'fewer than',
  'just over',
  'less than',
  'more than',
  'nearly',
  'no fewer than',
  'no more than',
  'over',
  'roughly',
  'up to',
  'upwards of',
  'well over',
] as const;

/** A share of people before the people it counts ("Sixty percent of teachers say", "Half of
 * voters said"): the people a survey counted, whose answers the survey reports. */
export const shareWords = [
  'fifth of',
  'fifths of',
  'half of',
  'majority of',
  'minority of',
  'per cent of',
  'percent of',
  'proportion of',
  'quarter of',
  'quarters of',
  'share of',
  'third of',
  'thirds of',
] as const;

/** A share of respondents standing alone as the subject ("26 percent said", "More than six
 * in 10 say"): the unit after its figure, and the link between two figures. */
export const shareUnits = ['per cent', 'percent'] as const;
export const shareLinks = ['in', 'out of'] as const;
