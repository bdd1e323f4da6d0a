/** English reporting cues. "According to" and its kin: cues that name a basis. */

export const accordingTo = [
  'according to',
  'citing',
  'in the opinion of',
  'in the view of',
  'in the words of',
  'quoting',
] as const;

/** "In the mayor's view, ...", "In Lind's words, ...": a possessor's view opening the
 * sentence before its comma is a source like "according to" (rules/according-to.ts). Feature
 * copy tells a person's version the same way: "In Dunmore's telling, ...", "By her account". */
export const viewNouns = [
  'account',
  'analysis',
  'assessment',
  'estimate',
  'estimation',
  'judgement',
  'judgment',
  'opinion',
  'reading',
  'reckoning',
  'recollection',
  'retelling',
  'telling',
  'view',
  'words',
] as const;

/** "vary according to", "act according to": "according to" as "in accordance with". */
export const accordanceWords = [
  'act',
  'acts',
  'behave',
  'behaves',
  'change',
  'changes',
  'compute',
  'computes',
  'differ',
  'differs',
  'go',
  'goes',
  'proceed',
  'proceeds',
  'varies',
  'vary',
  'went',
] as const;

/** "according to the custom of the trade", "according to tradition", "according to backoff
 * logic", "according to his whim", "according to its pricing strategy": "according to" as "in
 * keeping with" a practice, a method or a mood, which says nothing. */
export const accordanceNouns = [
  'algorithm',
  'custom',
  'customs',
  'formula',
  'habit',
  'habits',
  'humor',
  'humour',
  'logic',
  'mood',
  'strategies',
  'strategy',
  'tradition',
  'traditions',
  'whim',
  'whims',
] as const;

/** "sorted according to", "grouped according to": a participle before it. */
export const accordanceSuffixes = ['ed'] as const;

/** "based on X": X must be a document. */
export const basedOn = ['based on'] as const;

/** "Based on the census, ...", "..., based on a survey of 900 firms": set off, the basis
 * gives a claim its source; right after a word it describes that word ("a method based on a
 * review", "was based on old figures") and reports nothing. */
export const setOffBases = ['based on'] as const;

/** "In a study by Tallis University, children who ...": a document with its owner's name
 * opening the sentence is where the finding after the comma comes from. */
export const openingBases = ['in'] as const;

/** English sets its basis off with a comma ("From the data, it is clear ..."): none. */
export const basisPassives = [] as const;

/** "For political analyst Ana Ruiz, the vote shows ...": "for" opening the sentence gives the
 * view after the comma to the person before it, when that person's trade is to judge
 * (rules/opening-basis.ts); "For the fans, ..." is no one's view. */
export const opinionOpeners = ['for'] as const;

export const opinionTrades = [
  'analyst',
  'analysts',
  'commentator',
  'commentators',
  'economist',
  'economists',
  'expert',
  'experts',
  'historian',
  'historians',
  'political scientist',
  'professor',
  'researcher',
  'researchers',
  'scholar',
  'scholars',
  'strategist',
  'strategists',
] as const;

/** "For Aisha Bello, the answer is simple: ...", "For Reyes, the real problem was the
 * pumps": after "for" and a person, a noun of judging and its copula make what follows the
 * person's view (rules/opening-basis.ts); "For Reyes, the day started at five" is no one's. */
export const opinionFrameNouns = [
  'answer',
  'culprit',
  'explanation',
  'issue',
  'key',
  'lesson',
  'point',
  'problem',
  'question',
  'solution',
  'takeaway',
  'trouble',
] as const;

export const opinionFrameLinks = ['is', 'lies', 'remains', 'seems', 'was'] as const;

/** "..., per the Daily Courier": "according to" in web copy. */
export const perCues = ['per'] as const;
