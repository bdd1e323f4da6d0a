/** English reporting cues. Verbs that stand before their source ("..., said X") and clitic
 * cues: where they may stand (split from speaking.ts). */

/** '"...," posted Jane Roe': a verb that hands over things as often as words (", posted a
 * statement"), a cue before its speaker only right after the quotation. So is '"...," read a
 * statement from the district' (the statement reads), as Indonesian "bunyi". */
export const inverseVerbsAfterQuoteMark = ['posted', 'read', 'reads'] as const;

/** '"...," reads one' (a sign), '"...," read the headline': a text speaks only as a
 * document. */
export const documentInverseVerbs = ['read', 'reads'] as const;

/** Not needed for English (no verb opens a sentence with its speaker): none. */
export const inverseVerbsOpening = [] as const;

/** English puts the verb first only after a quote or a comma: see inverseVerbsAfterQuote. */
export const inverseVerbs = [] as const;

/** '"...," said X' and ', said X, a spokesman': only after a quote or comma. Verbs of raising
 * the voice ('shouted one man') report words only there: 'they shouted slogans' does not. */
export const inverseVerbsAfterQuote = [
  'acknowledged',
  'added',
  'adds',
  'admits',
  'admitted',
  'alleged',
  'announced',
  'answered',
  'argued',
  'argues',
  'asked',
  'asserted',
  'boasted',
  'bragged',
  'cautioned',
  'cautions',
  'charged',
  'claimed',
  'claims',
  'commented',
  'complained',
  'conceded',
  'concedes',
  'concluded',
  'concludes',
  'confessed',
  'confirmed',
  'contended',
  'continued',
  'countered',
  'declared',
  'disclosed',
  'emphasised',
  'emphasized',
  'estimated',
  'estimates',
  'exclaimed',
  'explained',
  'explains',
  'grumbled',
  'hinted',
  'insisted',
  'insists',
  'joked',
  'jokes',
  'lamented',
  'maintained',
  'murmured',
  'mused',
  'noted',
  'notes',
  'objected',
  'observed',
  'observes',
  'pledged',
  'predicted',
  'predicts',
  'promised',
  'protested',
  'quipped',
  'reasoned',
  'recalled',
  'recalls',
  'recounted',
  'reiterated',
  'remarked',
  'remembered',
  'remembers',
  'replied',
  'replies',
  'reported',
  'reports',
  'responded',
  'retorted',
  'revealed',
  'said',
  'say',
  'says',
  'shouted',
  'snapped',
  'speculated',
  'stated',
  'stressed',
  'stresses',
  'suggested',
  'suggests',
  'testified',
  'tweeted',
  'vowed',
  'warned',
  'warns',
  'whispered',
  'writes',
  'wrote',
  'yelled',
] as const;

/** English has no clitic cues. */
export const cliticCues = [] as const;

export const cliticCuesAfterQuoteMark = [] as const;
