/** English reporting cues. What a cue verb takes that is no words reported: a thing, a place,
 * a work, a story, a topic, a party or a time (split from exceptions.ts). */

/** "wrote a book", "told of a flood", "reported from Kabul" (a credit line): the verb's object
 * is a thing or a place, not words reported. The label verbs (passives.ts) take such objects
 * too. */
export const thingObjects = [
  'argue about',
  'argue over',
  'argued about',
  'argued over',
  'argues about',
  'argues over',
  'blogged about',
  'hinted at',
  'insisted on',
  'insisted upon',
  'insists on',
  'insists upon',
  'maintain a',
  'maintained a',
  'maintains a',
  'maintains an',
  'pledged allegiance',
  'pledges allegiance',
  'reported from',
  'reports from',
  'shouted abuse',
  'shouted at',
  'shouted insults',
  'shouted slogans',
  'signaled a',
  'signaled an',
  'signaled its',
  'signaled their',
  'signalled a',
  'signalled an',
  'signalled its',
  'signalled their',
  'tell of',
  'tell stories',
  'tells of',
  'told of',
  'tweeted a',
  'tweeted about',
  'tweeted an',
  'tweets a',
  'tweets about',
  'tweets an',
  'write a',
  'write about',
  'write an',
  'writes a',
  'writes about',
  'writes an',
  'writes from',
  'wrote a',
  'wrote about',
  'wrote an',
  'wrote books',
  'wrote from',
  'wrote her',
  'wrote his',
  'wrote the',
  'wrote their',
  'yelled at',
] as const;

/** "testified against the banker", "spoke before the committee": prepositions opening a
 * verb's complement of a party, place, time or topic; with no clause or quotation after it,
 * the verb reports no words. ("to" and "as" are left out: "pledged to", "described as".) */
export const complementPrepositions = [
  'about',
  'after',
  'against',
  'at',
  'before',
  'during',
  'for',
  'from',
  'in',
  'on',
  'over',
  'under',
  'with',
] as const;

/** "told you everything": a told thing that is no proposition (unless a clause follows it:
 * "told me nothing was wrong"). */
export const toldThings = ['anything', 'everything', 'nothing', 'something'] as const;

/** Verbs of writing whose object may be a work ("wrote several books"). */
export const writeVerbs = ['write', 'writes', 'wrote'] as const;

/** Works whose title may follow a colon: "wrote his first book: Cards for Fun". */
export const titledWorks = [
  'album',
  'albums',
  'book',
  'books',
  'memoir',
  'memoirs',
  'novel',
  'novels',
  'poem',
  'poems',
  'song',
  'songs',
] as const;

/** "tells the couple's story", "told a tale of ...": what a verb of telling narrates. */
export const storyNouns = ['stories', 'story', 'tale', 'tales'] as const;

/** "told their doctors about the rash": what follows "about" is a topic. */
export const topicMarkers = ['about'] as const;
