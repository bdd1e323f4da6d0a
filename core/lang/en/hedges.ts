/** Hedges that present a claim with no source. */
export const hedges = [
  'allegedly', 'is alleged', 'is believed to', 'is rumored', 'is rumoured', 'is said to',
  'is suspected', 'it is believed', 'it is understood', 'purportedly', 'reportedly', 'reports say',
  'rumors say', 'supposedly', 'was described as', 'was rumored', 'was said to', 'were reportedly',
] as const;

/** Phrases where a hedge word is not a hedge. */
export const hedgeExceptions = [] as const;
