/** Hedges that present a claim with no source. */
export const hedges = [
  'allegedly', 'are alleged to', 'are believed to', 'are reported to', 'are said to',
  'are thought to', 'are understood to', 'believed to be', 'believed to have', 'is alleged',
  'is alleged to', 'is believed to', 'is reported to', 'is rumored', 'is rumoured', 'is said to',
  'is suspected', 'is thought to', 'is understood to', 'it has been reported', 'it is believed',
  'it is thought', 'it is understood', 'it was reported', 'purportedly', 'reported to have',
  'reportedly', 'reports say', 'rumors say', 'said to be', 'said to have', 'supposedly',
  'thought to be', 'thought to have', 'was described as', 'was reported to', 'was rumored',
  'was said to', 'was thought to', 'was understood to', 'were reported to', 'were reportedly',
  'were said to', 'were thought to',
] as const;

/** Phrases where a hedge word is not a hedge. */
export const hedgeExceptions = [] as const;
