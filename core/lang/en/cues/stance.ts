/** English reporting cues. Held views: stance verbs, claim nouns and what links them to a clause. */

/** "U.S. officials fear that ...": a stance with a propositional clause voiced by a source
 * attributes that clause to it; only with "that" right after the verb. "Agreed" is here
 * too: "agreed that" reports words, "agreed (in 2014) to pay" an act; so are a few acts of
 * saying written with a noun ("gave assurances that", "issued a warning that"), which
 * without "that" name a deed ("issued a warning to residents"). */
export const stanceVerbs = [
  'agree',
  'agreed',
  'agrees',
  'calculate',
  'calculated',
  'calculates',
  'conjecture',
  'conjectured',
  'conjectures',
  'doubt',
  'doubted',
  'doubts',
  'expressed concern',
  'expressed concerns',
  'expressed confidence',
  'expressed doubt',
  'expressed doubts',
  'expressed fears',
  'expressed hope',
  'expressed optimism',
  'expressed the hope',
  'fear',
  'feared',
  'fears',
  'feel',
  'feels',
  'felt',
  'floated the idea',
  'gave an assurance',
  'gave assurances',
  'hypothesise',
  'hypothesised',
  'hypothesises',
  'hypothesize',
  'hypothesized',
  'hypothesizes',
  'issued a warning',
  'left no doubt',
  'offered assurances',
  'posit',
  'posited',
  'posits',
  'raised concern',
  'raised concerns',
  'raised doubts',
  'raised fears',
  'raised the possibility',
  'reckoned',
  'surmised',
  'suspect',
  'suspected',
  'suspects',
  'theorise',
  'theorised',
  'theorises',
  'theorize',
  'theorized',
  'theorizes',
  'voiced concern',
  'voiced concerns',
  'voiced confidence',
  'voiced doubt',
  'voiced doubts',
  'voiced fears',
  'voiced hope',
  'worried',
  'worries',
  'worry',
] as const;

/** "fears among officials that ...", "claims by the ministry that ...". */
export const claimNouns = [
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'assertion',
  'belief',
  'claim',
  'claims',
  'concern',
  'concerns',
  'fear',
  'fears',
  'suspicions',
  'warnings',
  'worries',
] as const;

/** "The union's position is that ...": a position its owner states (not a state of mind:
 * "belief", "fear" and "hope" are claim nouns or stances). */
export const positionNouns = [
  'argument',
  'assessment',
  'case',
  'conclusion',
  'contention',
  'defence',
  'defense',
  'explanation',
  'finding',
  'line',
  'message',
  'position',
  'reasoning',
  'response',
  'stance',
  'view',
] as const;

/** "The conclusion of the review is that ...": the word joining a position to an owner named
 * after it. */
export const positionOwnerLinks = ['of'] as const;

/** ... and the copula before its "that". */
export const positionCopulas = [
  'had been',
  'has been',
  'has long been',
  'is',
  'remains',
  'was',
] as const;

export const complementizers = ['that'] as const;

/** English states a held view with "that" or "to be"; no copula alone marks it. */
export const stanceCopulas = [] as const;

/** English writes "officials fear that ..." or no complementizer at all, never a comma. */
export const stanceClauseAfterComma = false;

/** English clauses of existence open with a subject ("there is"): none. */
export const existentialOpeners = [] as const;

/** English marks its verbs by ending and auxiliary, not by a prefix. */
export const predicatePrefixes = [] as const;

/** '"...." That is the view of Ines Ravel': openings pointing back to the words before. */
export const viewOpeners = [
  'such is',
  'such was',
  'that is',
  'that was',
  'this is',
  'those are',
  'those were',
] as const;

/** ... the nouns of whose words they are ... */
export const verdictNouns = [
  'advice',
  'assessment',
  'conclusion',
  'message',
  'opinion',
  'verdict',
  'view',
  'warning',
  'words',
] as const;

/** ... and the link to their source ("of", "from"). */
export const verdictLinks = ['from', 'of'] as const;

/** '"Sleep is repair." So says Dr Roe': the previous sentence is what the speaker says. */
export const anaphoricOpeners = ['so'] as const;

/** "As one engineer put it, ...", '"...," as she puts it.' */
export const framingVerbs = [
  // "As Sister Agnes likes to say, ...": a saying the speaker repeats.
  'is fond of saying',
  'liked to say',
  'likes to say',
  'put it',
  'puts it',
  'read',
  'reads',
  'saw it',
  'see it',
  'sees it',
  'was fond of saying',
] as const;

/** "fears among officials that ...", "claims by residents that ...". */
export const claimNounLinks = ['among', 'by', 'from', 'of'] as const;

/** "is confident that", "remain hopeful that": a state of mind with its clause, a stance like
 * "fears that" (stance-verb). Phrases derived as copula + adjective (lang/compile.ts). */
export const mindAdjectives = [
  'adamant',
  'concerned',
  'confident',
  'convinced',
  'hopeful',
  'optimistic',
  'pessimistic',
  'sceptical',
  'skeptical',
  'worried',
] as const;

export const mindCopulas = [
  'am',
  'are',
  'is',
  'remain',
  'remained',
  'remains',
  'was',
  'were',
] as const;

/** "Some experts questioned whether the dam is safe": an open question voiced as a doubt is the
 * source's view (rules/questioning-verb.ts); "asked whether" and "wondered whether" only ask. */
export const questioningVerbs = [
  'doubt',
  'doubted',
  'doubts',
  'question',
  'questioned',
  'questions',
] as const;

export const interrogatives = ['how', 'if', 'whether', 'why'] as const;
