/** English reporting cues. Passive and participle cues, labels and the means of a statement. */

/** Passive cues followed by their source. */
/** "The move is seen by analysts as a retreat": a passive of judging with its agent after "by"
 * and the judgement after the agent; English needs the label ("as", "a") there, or the verb
 * reports sight ("a letter seen by reporters"). Other agents after "by": passive-by's table. */
export const evaluativePassives = [
  'considered by',
  'described by',
  'regarded by',
  'seen by',
  'viewed by',
] as const;

export const passiveBy = [
  'as documented in',
  'as reported in',
  'as shown in',
  'as stated by',
  'cited in',
  'detailed in',
  'documented in',
  'first reported by',
  'identified in',
  // "..., it was learned from sources at the agency": the reporter's informants, named after.
  'it has been learned from',
  'it was learned from',
  'outlined in',
  'reported by',
  'was announced by',
  'was confirmed by',
  'was denied by',
  'was disputed by',
  'was first reported by',
  'was reported by',
  'was told by',
  'were confirmed by',
  'were denied by',
  'were disputed by',
  'were first reported by',
  'were reported by',
  'were told by',
] as const;

/** English writes its confirming passives with "by" in passiveBy ("were confirmed by"). */
export const pointedPassives = [] as const;

/** English puts no object of saying before its agent and bare verb ("This he said" is rare
 * and literary). */
export const frontedObjects = [] as const;

export const frontedAgentVerbs = [] as const;

/** English needs no subject pointing back before its passives of saying: none. */
export const saidByPassives = [] as const;
export const saidByInserts = [] as const;

/** "..., saying it violated the deal", "with analysts saying ...". */
export const participleCues = [
  'accusing',
  'acknowledging',
  'adding',
  'admitting',
  'alleging',
  'announcing',
  'arguing',
  'asserting',
  'blaming',
  'branding',
  'calling',
  'charging',
  'claiming',
  'complaining',
  'conceding',
  'confirming',
  'contending',
  'criticising',
  'criticizing',
  'declaring',
  'denying',
  'describing',
  'emphasising',
  'emphasizing',
  'estimating',
  'explaining',
  'forecasting',
  'insisting',
  'maintaining',
  'noting',
  'pledging',
  'pointing out',
  'predicting',
  'projecting',
  'promising',
  'recalling',
  'reiterating',
  'reporting',
  'ruling',
  'saying',
  'stating',
  'stressing',
  'suggesting',
  'telling',
  'vowing',
  'warning',
  'writing',
] as const;

export const withMarkers = ['with'] as const;

/** "a database called \"Rap Back\"": naming a thing, not reporting words. */
export const namingVerbs = ['called'] as const;

/** "a report titled Global Prospects said", "an album entitled \"Blue\"": the marker of a
 * title; the work before it is what speaks. */
export const titleMarkers = ['entitled', 'titled'] as const;

/** "called the plan a disaster", "dismissed the report as a fabrication": a label on the
 * object reports the speaker's words; a bare object is an act ("dismissed his cabinet"). */
export const labelVerbs = [
  'blasted',
  'branded',
  'called',
  'calling',
  'condemned',
  'criticised',
  'criticising',
  'criticized',
  'criticizing',
  'decried',
  'deemed',
  'denounced',
  'derided',
  'describing',
  'dismissed',
  'equated',
  'equates',
  'faulted',
  'faults',
  'hailed',
  'labeled',
  'labelled',
  'lambasted',
  'lauded',
  'likened',
  'likens',
  'mocked',
  'portrayed',
  'portrays',
  'praised',
  'ridiculed',
  'slammed',
  'termed',
  'touted',
] as const;

/** "branded the rebels traitors": these verbs always take a label after their object, so a
 * bare one ("traitors") is the label too. */
export const bareLabelVerbs = ['branded', 'labeled', 'labelled'] as const;

export const labelMarkers = ['a', 'an', 'as'] as const;

/** "criticized the judge for overstepping his powers", "faulted the school for not sharing
 * warnings": label verbs whose object may be followed by the reason for the charge instead of
 * a label; the reason is the speaker's claim ("criticized the decision" alone is none). */
export const reasonLabelVerbs = [
  'blasted',
  'condemned',
  'criticised',
  'criticized',
  'decried',
  'denounced',
  'faulted',
  'lambasted',
  'slammed',
] as const;

export const reasonMarkers = ['for'] as const;

/** "likened the strike to blackmail", "equated the bid with a coup": the likeness the speaker
 * draws is the claim; with no likeness after the object they say nothing. */
export const likeningVerbs = ['equated', 'equates', 'likened', 'likens'] as const;

export const likenessMarkers = ['to', 'with'] as const;

/** "accused the ministry of lying", "blamed the storm for the outage": verbs of accusing and the
 * words opening the charge after their object. As a second verb of one subject ("said ... but
 * accused X of ...") a charge of any of these kinds is a claim of its own (core/second-charge.ts). */
export const accusingVerbs = ['accused', 'accuses', 'blamed', 'blames'] as const;

export const accusationMarkers = ['for', 'of', 'on'] as const;

/** "said it would attend but accused ...": modals take a bare verb, so a past form after "and"
 * or "but" is not theirs but the speaker's. */
export const bareVerbModals = [
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'will',
  'would',
] as const;

/** "called the offer insulting", "called the noise unbearable": endings of an adjective
 * label after the object. Not "-al", "-ic", "-ive", "-ing" (nouns: "rival", "clinic",
 * "executive", "meeting"). */
export const labelAdjectiveEndings = ['able', 'ful', 'ible', 'less', 'ous'] as const;

/** "criticized the mayor for ignoring the warnings": a reason given with a verb's -ing form
 * (after reasonMarkers) is the fault the speaker finds ("for its cost" names a thing). */
export const reasonVerbEndings = ['ing'] as const;

/** "a petition that sharply criticized ...": the ending of an adverb of manner before a verb. */
export const mannerAdverbEndings = ['ly'] as const;

/** English writes these with an agent or "it is said that" (hedges.ts). */
export const writtenPassives = [] as const;

export const citations = ['citing', 'quoting'] as const;

/** "fended off the suits by citing a ruling": the citation is how something was done. */
export const meansMarkers = ['by'] as const;

/** "stayed home, citing trust as a factor": what is cited is given as a reason. */
export const citedReasonMarkers = ['as'] as const;

/** "KCNA reported, without citing sources, that ...": no one was cited. */
export const withoutMarkers = ['without'] as const;
