/** "The premier urged calm, state media reported": verbs whose subject speaks (a call, a
 * plea, praise or a rebuke) though they are no cue of their own. Before an outlet's verb the
 * subject is the source and the outlet carried the words. */
export const relayedSpeechActs = [
  'appealed for',
  'appealed to',
  'call for',
  'call on',
  'called for',
  'called on',
  'calls for',
  'calls on',
  'condemned',
  'criticised',
  'criticized',
  'demanded',
  'denounced',
  'hailed',
  'lauded',
  'praised',
  'urged',
  'urges',
] as const;

/** "State media reported the premier as saying ...": verbs of an outlet's report that relay a
 * speaker only before an "as" complement (quoteComplements' "as ..." forms). */
export const reportedAsVerbs = ['reported', 'reports'] as const;

/** What follows the speaker after such a verb ("as saying", never a bare "saying": "reported
 * heavy losses, saying ..." is the outlet's own report). */
export const reportedAsComplements = [
  'as having said',
  'as saying',
  'as stating',
  'as telling',
  'as writing',
] as const;

/** "The premier was reported by state media as saying ...": the passive of those verbs. */
export const reportedAsPassives = ['is reported', 'was reported', 'were reported'] as const;

/** "X was quoted as telling state television ...": the outlet told is the carrier. */
export const tellingComplements = ['as telling'] as const;

/** "a speech carried live by state television", "an address broadcast nationwide by": how
 * the outlet carried it, a word between the participle and "by". */
export const broadcastManners = ['live', 'nationwide'] as const;

/** "State television broadcast from the town, showing empty streets": a participle that
 * reports what an outlet's pictures or a document show, only with such a subject ("he
 * left, showing his pass" is a deed). */
export const findingParticiples = ['showing'] as const;

/** "agreed to attend after saying they had guarantees", "defended the plan by saying it
 * would create jobs": words before a participle of saying that leave the sentence's subject
 * as its speaker, as a comma does. */
export const participleOpeners = ['after', 'before', 'by', 'while'] as const;

/** Endings of a participle opening a clause after a comma: "Residents blocked the road,
 * waving banners and saying ..." (a participle of saying joined to it), "the party's leader,
 * Jane Doe, angered by ..., said" (a clause about the person just named). */
export const participleEndings = ['ed', 'ing'] as const;

/** "Apple lost the case after a court ruled against it, state media reported": a cue inside
 * a clause these words open is part of the claim that an outlet closing the sentence reports. */
export const clauseSubordinators = [
  'after',
  'although',
  'because',
  'before',
  'once',
  'since',
  'though',
  'until',
  'when',
  'whereas',
  'while',
] as const;

/** "according to information from residents" is not yet studied for English: none. */
export const hearsayNouns = [] as const;
export const hearsayLinks = [] as const;
