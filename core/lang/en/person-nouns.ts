/** Nouns for people told by their form (endings, prefixes) and words that only look like
 * them: how a noun no lexicon lists is read as a person. */

/** Endings of nouns for people by what they do or hold ("organizers", "campaigner",
 * "leftists", "trustee", "spokesmen"); a common noun with none is read as a thing. */
export const personSuffixes = [
  'an',
  'ans',
  'ant',
  'ants',
  'ee',
  'ees',
  'er',
  'ers',
  'ist',
  'ists',
  'men',
  'or',
  'ors',
] as const;

/** Plural endings of nouns for people by what they do or are ("mourners", "physicians"):
 * no "-ans", which ends surnames ("Evans"). */
export const pluralPersonSuffixes = [
  'ants',
  'ees',
  'ents',
  'ers',
  'ians',
  'ists',
  'men',
  'ors',
] as const;

/** English names people by endings (above), not prefixes. */
export const personPrefixes = [] as const;
export const thingSuffixes = [] as const;

/** Things named with a person's ending ("my humor", "the error"), and function words with
 * one ("however", "whether"). */
export const notPersonNouns = [
  'color',
  'colour',
  'either',
  'error',
  'favor',
  'favour',
  'further',
  'honor',
  'honour',
  'horror',
  'however',
  'humor',
  'humour',
  'labor',
  'labour',
  'mirror',
  'moreover',
  'neither',
  'never',
  'rather',
  'rumor',
  'rumour',
  'terror',
  'together',
  'whatever',
  'whenever',
  'wherever',
  'whether',
  'whoever',
] as const;

/** Nouns for people with no telling ending, read as a person only where they head the
 * phrase: as a noun's qualifier they name a thing ("a student newsroom", "a rebel group"). */
export const headPersonNouns = [
  'academic',
  'exile',
  'fan',
  'hostage',
  'insurgent',
  'patient',
  'pilot',
  'proponent',
  'rebel',
  'student',
  'teammate',
  'victim',
] as const;

/** Words for whoever uses a thing: on a page about a product "the user" is anyone, so only a
 * particular one speaks ("one user", "a Weibo user"). */
export const genericPersonNouns = ['user'] as const;

/** English copy has needed none so far ("Jane Roe, PhD" is rare in news). */
export const nameDegrees = [] as const;

/** "Experience shows that ...", "History tells us ...", "Common sense suggests ...": what
 * everyone knows, spoken of as if it spoke; the writer's own generalisation. */
export const commonKnowledge = [
  'common sense',
  'experience',
  'hindsight',
  'history',
  'intuition',
  'logic',
] as const;
