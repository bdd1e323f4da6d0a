/** English reporting cues. Inflected forms are listed: lookups are exact, so no stemming
 * surprises ("states" the verb is listed; "United States" never reaches the cue table
 * because a cue needs a source next to it). */

/** "X said", "X told Reuters", "the company claims". */
export const speakerVerbs = [
  'accuse',
  'accused',
  'accuses',
  'acknowledge',
  'acknowledged',
  'acknowledges',
  'add',
  'added',
  'adds',
  'admit',
  'admits',
  'admitted',
  'affirmed',
  'allege',
  'alleged',
  'alleges',
  'announced',
  'announces',
  'are arguing',
  'are claiming',
  'are saying',
  'are warning',
  'argue',
  'argued',
  'argues',
  'asserted',
  'asserts',
  'attributed',
  'attributes',
  'believe',
  'believes',
  'blamed',
  'blames',
  'blasted',
  'boasted',
  'branded',
  'called',
  'caution',
  'cautioned',
  'cautions',
  'charge',
  'charged',
  'claim',
  'claimed',
  'claims',
  'complain',
  'complained',
  'complains',
  'concede',
  'conceded',
  'concedes',
  'conclude',
  'concluded',
  'concludes',
  'condemned',
  'confirm',
  'confirmed',
  'confirms',
  'contend',
  'contended',
  'contends',
  'countered',
  'counters',
  'criticised',
  'criticized',
  'declared',
  'decried',
  'denied',
  'denies',
  'denounced',
  'deny',
  'derided',
  'described',
  'describes',
  'disclosed',
  'dismissed',
  'elaborated',
  'elaborates',
  'emphasised',
  'emphasises',
  'emphasize',
  'emphasized',
  'emphasizes',
  'estimate',
  'estimated',
  'estimates',
  'explain',
  'explained',
  'explains',
  'had been reporting',
  'had been saying',
  'had been warning',
  'hailed',
  'has been reporting',
  'has been saying',
  'has been warning',
  'have been reporting',
  'have been saying',
  'have been warning',
  'insist',
  'insisted',
  'insists',
  'is arguing',
  'is claiming',
  'is saying',
  'is warning',
  'joked',
  'jokes',
  'labeled',
  'labelled',
  'lambasted',
  'lamented',
  'laments',
  'maintain',
  'maintained',
  'maintains',
  'mocked',
  'mused',
  'muses',
  'note',
  'noted',
  'notes',
  'observed',
  'observes',
  'pledged',
  'pledges',
  'point out',
  'pointed out',
  'points out',
  'praised',
  'predict',
  'predicted',
  'predicts',
  'promised',
  'promises',
  'quipped',
  'quips',
  'recalled',
  'recalls',
  'recounted',
  'recounts',
  'reiterated',
  'remarked',
  'remembered',
  'remembers',
  'replied',
  'report',
  'reported',
  'reports',
  'responded',
  'revealed',
  'ridiculed',
  'said',
  'say',
  'says',
  'shouted',
  'slammed',
  'speculate',
  'speculated',
  'speculates',
  'state',
  'stated',
  'states',
  'stress',
  'stressed',
  'stresses',
  'suggested',
  'suggests',
  'summed up',
  'tell',
  'tells',
  'testified',
  'think',
  'thinks',
  'told',
  'touted',
  'tweeted',
  'tweets',
  'vowed',
  'vows',
  'warn',
  'warned',
  'warns',
  'was saying',
  'were saying',
  'write',
  'writes',
  'wrote',
  'yelled',
] as const;

/** No English verb of saying after a quote is a common noun as well. */
export const inverseVerbsAfterQuoteMark = [] as const;

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
  'argued',
  'argues',
  'asked',
  'boasted',
  'cautioned',
  'cautions',
  'complained',
  'conceded',
  'concedes',
  'continued',
  'countered',
  'exclaimed',
  'explained',
  'explains',
  'insisted',
  'insists',
  'joked',
  'jokes',
  'lamented',
  'mused',
  'noted',
  'notes',
  'observed',
  'quipped',
  'recalled',
  'recalls',
  'recounted',
  'remembered',
  'remembers',
  'replied',
  'replies',
  'reported',
  'reports',
  'responded',
  'said',
  'say',
  'says',
  'shouted',
  'stressed',
  'tweeted',
  'warned',
  'warns',
  'writes',
  'wrote',
  'yelled',
] as const;

/** English has no clitic cues. */
export const cliticCues = [] as const;

export const cliticCuesAfterQuoteMark = [] as const;

export const accordingTo = [
  'according to',
  'citing',
  'in the opinion of',
  'in the view of',
  'in the words of',
  'quoting',
] as const;

/** "In the mayor's view, ...", "In Lind's words, ...": a possessor's view opening the
 * sentence before its comma is a source like "according to" (rules/according-to.ts). */
export const viewNouns = ['assessment', 'estimation', 'opinion', 'view', 'words'] as const;

/** "Mozilla shows a warning", "the firm showed a prototype": with a company as subject,
 * these show things unless a "that" clause or a quotation follows ("found" + a noun stays a
 * finding: "the group found dozens of children at work"). */
export const findingVerbsOfWords = ['has shown', 'have shown', 'show', 'showed', 'shows'] as const;

/** Modals and negations before a cue verb: "can say", "did not say", "never told". */
export const unassertedMarkers = [
  'can',
  "can't",
  'cannot',
  'could',
  "couldn't",
  "didn't",
  "doesn't",
  "don't",
  'may',
  'might',
  'must',
  'never',
  'not',
  'should',
] as const;

/** "a ruling that would show ...": a finding hoped for, not made. */
export const hypotheticalModals = ['would'] as const;

/** "Neither the firm nor the board explained ...", "No official said ...". */
export const negatedSubjects = ['neither', 'no', 'none', 'nor'] as const;

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

/** "according to the custom of the trade", "according to tradition": "according to" as "in
 * keeping with" a practice, which says nothing. */
export const accordanceNouns = [
  'custom',
  'customs',
  'habit',
  'habits',
  'tradition',
  'traditions',
] as const;

/** "Participants who reported ...": the verb describes the people of the clause. */
export const describingRelatives = ['who'] as const;

/** "Children whose parents reported ...". */
export const possessiveRelatives = ['whose'] as const;

/** "sorted according to", "grouped according to": a participle before it. */
export const accordanceSuffixes = ['ed'] as const;

/** Past participles without that ending: "a survey taken last year found", "a study written
 * by two economists", "a survey done by a travel site showed". */
export const irregularParticiples = [
  'begun',
  'brought',
  'built',
  'done',
  'drawn',
  'given',
  'held',
  'kept',
  'made',
  'overseen',
  'paid',
  'seen',
  'sent',
  'shown',
  'sought',
  'taken',
  'undertaken',
  'written',
] as const;

/** Verbs of showing pictures and the pictures shown: "aired footage", "released photos"
 * (compile.ts joins each verb with each noun into the finding verbs). */
export const pictureVerbs = [
  'aired',
  'broadcast',
  'carried',
  'published',
  'ran',
  'released',
  'showed',
] as const;
export const pictureNouns = [
  'footage',
  'images',
  'photographs',
  'photos',
  'pictures',
  'video',
  'videos',
] as const;
export const pictureLinks = ['of', 'showing'] as const;

/** Verbs that attribute only when a document or institution is their subject. */
export const findingVerbs = [
  'calls',
  'calls into question',
  'concluded',
  'determined',
  'find',
  'finds',
  'found',
  'has found',
  'has shown',
  'have found',
  'have shown',
  'identified',
  'identifies',
  'indicate',
  'indicated',
  'indicates',
  'reveal',
  'revealed',
  'reveals',
  'ruled',
  'show',
  'showed',
  'shows',
  'suggest',
  'suggested',
  'suggests',
] as const;

/** "U.S. officials fear that ...": a stance with a propositional clause voiced by a source
 * attributes that clause to it; only with "that" right after the verb. "Agreed" is here
 * too: "agreed that" reports words, "agreed (in 2014) to pay" an act. */
export const stanceVerbs = [
  'agree',
  'agreed',
  'agrees',
  'conjecture',
  'conjectured',
  'conjectures',
  'doubt',
  'doubted',
  'doubts',
  'expressed concern',
  'expressed concerns',
  'fear',
  'feared',
  'fears',
  'hypothesise',
  'hypothesised',
  'hypothesises',
  'hypothesize',
  'hypothesized',
  'hypothesizes',
  'posit',
  'posited',
  'posits',
  'raised concern',
  'raised concerns',
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
  'worried',
  'worries',
  'worry',
] as const;

/** "Analysts expect the bank to raise rates", "economists forecast growth of 2 percent": a
 * source's forecast of something other than its own act ("expects to open" is a plan). */
export const expectationVerbs = [
  'expect',
  'expected',
  'expects',
  'forecast',
  'forecasted',
  'forecasts',
] as const;

/** "fears among officials that ...", "claims by the ministry that ...". */
export const claimNouns = [
  'allegations',
  'assertion',
  'claims',
  'concerns',
  'fears',
  'warnings',
] as const;

export const complementizers = ['that'] as const;

/** English states a held view with "that" or "to be"; no copula alone marks it. */
export const stanceCopulas = [] as const;

/** English writes "officials fear that ..." or no complementizer at all, never a comma. */
export const stanceClauseAfterComma = false;

/** Passive cues followed by their source. */
/** English puts the agent after "by" ("was seen by analysts as"): passive-by's table. */
export const evaluativePassives = [] as const;

export const passiveBy = [
  'as documented in',
  'as reported in',
  'as shown in',
  'cited in',
  'detailed in',
  'documented in',
  'first reported by',
  'identified in',
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

/** A written statement as the whole source. */
export const statementFrames = [
  'in a news release',
  'in a statement',
  'in a written statement',
] as const;

/** Objects of a cue that point back to the previous sentence. */
export const anaphors = ['so', 'this'] as const;

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

/** English puts no object of saying before its agent and bare verb ("This he said" is rare
 * and literary). */
export const frontedObjects = [] as const;
export const frontedAgentVerbs = [] as const;

/** Relay phrases: the outlet that carried someone's words. */
export const relays = [
  'aired by',
  'as cited by',
  'as quoted by',
  'as reported by',
  'broadcast by',
  'carried by',
  'cited by',
  'in an interview with',
  'published by',
  'quoted by',
  'speaking on',
  'speaking to',
  'told',
  'writes in',
  'writing in',
  'wrote in',
] as const;

/** Relays whose object can only be a publication. */
export const publicationRelays = [
  'aired by',
  'as reported by',
  'broadcast by',
  'published by',
] as const;

/** "He surfaced on state television, stating that ...": the outlet carried his words. */
export const appearanceVerbs = ['appeared', 'appearing', 'surfaced'] as const;

/** Participles after the thing carried: "the speech, carried by state media, lasted ...". */
export const postmodifierRelays = [
  'aired by',
  'broadcast by',
  'carried by',
  'cited by',
  'published by',
  'quoted by',
] as const;

/** English names a website read with a cue of its own ("according to the website"). */
export const publicationOpenings = [] as const;

/** "told Reuters": the addressee of a cue. English marks it by the verb alone. */
export const addressees = ['to'] as const;

/** "KCNA quoted the leader as saying ...": the subject relays, the object speaks. */
export const quoteVerbs = ['cited', 'cites', 'paraphrased', 'quoted', 'quotes'] as const;

/** What follows the quoted speaker. */
export const quoteComplements = [
  'as accusing',
  'as calling',
  'as claiming',
  'as denying',
  'as describing',
  'as having said',
  'as insisting',
  'as saying',
  'as stating',
  'as telling',
  'as warning',
  'as writing',
  'saying',
  'telling',
] as const;

/** "X was quoted (by TASS) as saying ...". */
export const quotedPassive = [
  'has been quoted',
  'is quoted',
  'was cited',
  'was paraphrased',
  'was quoted',
  'were cited',
  'were quoted',
] as const;

export const agentMarkers = ['by'] as const;

/** "a report by the bank", "a white paper from the institute": who wrote a document. */
export const authorMarkers = ['by', 'from'] as const;

/** "said on state television", "a statement through KCNA". */
export const relayPrepositions = ['on', 'through', 'via'] as const;

/** English sets such a phrase off with commas ("X, in a statement, said"). */
export const interposers = [] as const;

/** "told reporters ...", "told me ...", "told police ...": an audience or addressee, not an
 * outlet (the writer too); what follows is what was told. */
export const audiences = [
  'a court',
  'investigators',
  'journalists',
  'lawmakers',
  'me',
  'officials',
  'police',
  'police officers',
  'prosecutors',
  'reporters',
  'the court',
  'the jury',
  'the police',
  'us',
] as const;

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

/** "with officials predicting more walkouts": after a "with" subject, a forecast's noun
 * object is the claim (elsewhere these report words only before a clause). */
export const forecastParticiples = [
  'estimating',
  'forecasting',
  'predicting',
  'projecting',
] as const;

/** "issued a statement (through KCNA) saying ...", "state television broadcast a statement
 * saying ...", "ran an editorial arguing ...": the subject issued or carried the words. */
export const statementIssued = [
  'aired a statement',
  'broadcast a statement',
  'carried a commentary',
  'carried a statement',
  'issued a statement',
  'posted a message',
  'posted a note',
  'posted a statement',
  'posted a video',
  'published a commentary',
  'published a letter',
  'published a statement',
  'published an editorial',
  'put out a statement',
  'ran a commentary',
  'ran an editorial',
  'released a statement',
  'released a video',
  'sent a letter',
  'shared a post',
  'shared a video',
  'wrote a letter',
  'wrote a post',
] as const;

/** "a database called \"Rap Back\"": naming a thing, not reporting words. */
export const namingVerbs = ['called'] as const;

/** "called the plan a disaster", "dismissed the report as a fabrication": a label on the
 * object reports the speaker's words; a bare object is an act ("dismissed his cabinet"). */
export const labelVerbs = [
  'blasted',
  'branded',
  'called',
  'calling',
  'condemned',
  'criticised',
  'criticized',
  'decried',
  'denounced',
  'derided',
  'describing',
  'dismissed',
  'hailed',
  'labeled',
  'labelled',
  'lambasted',
  'mocked',
  'praised',
  'ridiculed',
  'slammed',
  'touted',
] as const;

/** "branded the rebels traitors": these verbs always take a label after their object, so a
 * bare one ("traitors") is the label too. */
export const bareLabelVerbs = ['branded', 'labeled', 'labelled'] as const;

export const labelMarkers = ['a', 'an', 'as'] as const;

/** '"...," the group posted', '"...," he goes on': only with the claim before the source. */
export const claimFirstVerbs = ['continued', 'goes on', 'posted', 'went on'] as const;

/** '"We were broke," Roe laughs.': the manner of speaking stands for the verb of saying. */
export const mannerVerbs = [
  'grinned',
  'grins',
  'laughed',
  'laughs',
  'shrugged',
  'shrugs',
  'sighed',
  'sighs',
  'smiled',
  'smiles',
] as const;

/** English writes these with an agent or "it is said that" (hedges.ts). */
export const writtenPassives = [] as const;

export const citations = ['citing', 'quoting'] as const;
/** "fended off the suits by citing a ruling": the citation is how something was done. */
export const meansMarkers = ['by'] as const;
/** "KCNA reported, without citing sources, that ...": no one was cited. */
export const withoutMarkers = ['without'] as const;

/** "said the test succeeded": these verbs take words as their object, never a deed (unlike
 * "declared a week of mourning" or "announced a ban"). */
export const wordsOnlyVerbs = [
  'add',
  'added',
  'adds',
  'insist',
  'insisted',
  'insists',
  'reiterated',
  'said',
  'say',
  'says',
  'stated',
  'states',
  'stress',
  'stressed',
] as const;

/** Fixed phrases that stand for unnamed sources. */
export const unnamedCues = [
  'i am told',
  'i have been told',
  'i was told',
  "i'm told",
  "i've been told",
  'we are told',
  'we have been told',
  'we have learned',
  'we were told',
  "we're told",
  "we've been told",
  "we've learned",
] as const;

/** "based on X": X must be a document. */
export const basedOn = ['based on'] as const;

/** "In a study by Tallis University, children who ...": a document with its owner's name
 * opening the sentence is where the finding after the comma comes from. */
export const openingBases = ['in'] as const;

/** "..., per the Daily Courier": "according to" in web copy. */
export const perCues = ['per'] as const;

/** Nouns that introduce findings listed after a colon. */
export const findingNouns = [
  'conclusions',
  'explanations',
  'findings',
  'key findings',
  'theories',
] as const;

/** Phrases in which a cue word is no cue: a noun or a discourse marker. */
export const cueExceptions = [
  'add up',
  'added to',
  'added up',
  'adding pressure',
  'adding to',
  'adds to',
  'adds up',
  'african states',
  'arab states',
  'are alleged',
  'are attributed',
  'are blamed',
  'are called',
  'are told',
  'attributed to',
  'baltic states',
  'be alleged',
  'be attributed',
  'be blamed',
  'be called',
  'be concluded',
  'be determined',
  'be found',
  'be identified',
  'be shown',
  'be told',
  'been alleged',
  'been attributed',
  'been blamed',
  'been called',
  'been concluded',
  'been determined',
  'been found',
  'been identified',
  'been shown',
  'been told',
  'being concluded',
  'being determined',
  'being found',
  'being identified',
  'being shown',
  'being told',
  'believe to be',
  'believes to be',
  'blamed for',
  'blamed on',
  'call for',
  'called back',
  'called for',
  'called in',
  'called it a day',
  'called it a month',
  'called it a night',
  'called it quits',
  'called off',
  'called on',
  'called up',
  'calls for',
  'claim to the',
  'claims of',
  'claims to the',
  'could not say',
  "couldn't say",
  'declare independence',
  'declare war',
  'declared a',
  'declared an',
  'declared independence',
  'declared its',
  'declared martial law',
  'declared their',
  'declared war',
  'declares independence',
  'declares war',
  'declined to comment',
  'declined to say',
  'described above',
  'described below',
  'described earlier',
  'described here',
  'described later',
  'determined to',
  'did not say',
  "didn't say",
  'estimates of',
  'european states',
  'finds herself',
  'finds himself',
  'finds itself',
  'finds themselves',
  'found herself',
  'found himself',
  'found itself',
  'found themselves',
  'gulf states',
  'had claims',
  'has claims',
  'has found herself',
  'has found himself',
  'has found itself',
  'have claims',
  'have found themselves',
  'having claims',
  'having said',
  'is alleged',
  'is attributed',
  'is blamed',
  'is called',
  'is found',
  'is identified',
  'is shown',
  'is told',
  'many states',
  'member state',
  'member states',
  'neighboring states',
  'neighbouring states',
  'notes of',
  'of state',
  'other states',
  'refused to say',
  'reports of',
  'several states',
  'some states',
  'soviet states',
  'state is',
  'state of',
  'state was',
  'states of',
  'to acknowledge',
  'to add',
  'to admit',
  'to argue',
  'to caution',
  'to claim',
  'to complain',
  'to conclude',
  'to confirm',
  'to contend',
  'to deny',
  'to emphasize',
  'to estimate',
  'to explain',
  'to insist',
  'to note',
  'to point out',
  'to predict',
  'to report',
  'to speculate',
  'to stress',
  'to warn',
  'to write',
  'tv show',
  'tv shows',
  'was alleged',
  'was attributed',
  'was blamed',
  'was called',
  'was found',
  'was identified',
  'was shown',
  'was told',
  'were alleged',
  'were attributed',
  'were blamed',
  'were called',
  'were found',
  'were identified',
  'were shown',
  'were told',
  'western states',
  'would not say',
  "wouldn't say",
] as const;

/** "wrote a book", "told of a flood", "reported from Kabul" (a credit line): the verb's object
 * is a thing or a place, not words reported. The label verbs above take such objects too. */
export const thingObjects = [
  'argue about',
  'argue over',
  'argued about',
  'argued over',
  'argues about',
  'argues over',
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
  'tell of',
  'tell stories',
  'tells of',
  'told of',
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

/** "The ministry in a statement said": the preposition of an occasion before the verb. */
export const occasionPrepositions = ['at', 'during', 'in'] as const;

/** Occasions a source speaks on, set between the source and its verb. */
export const occasionNouns = [
  'address',
  'briefing',
  'broadcast',
  'commentary',
  'comments',
  'email',
  'interview',
  'letter',
  'meeting',
  'message',
  'news briefing',
  'news conference',
  'post',
  'press briefing',
  'press conference',
  'remarks',
  'report',
  'speech',
  'statement',
  'television interview',
  'testimony',
  'tweet',
  'video',
  'written statement',
] as const;

/** Pieces a speaker writes for an outlet, and the words linking one to it: "said in an op-ed
 * in the Daily Star", "in a commentary for Statenews". */
export const publishedPieces = [
  'article',
  'column',
  'commentary',
  'editorial',
  'essay',
  'op-ed',
  'opinion piece',
] as const;
export const pieceOutletLinks = ['for', 'in'] as const;
/** "said in answer to a question from KCNA", "in a question-and-answer session with ...". */
export const outletQuestions = ['question', 'question-and-answer session', 'questions'] as const;
export const questionOutletLinks = ['from', 'with'] as const;

/** Articles, demonstratives and possessives: a cue word after them is a noun ("this report"). */
export const nounMarkers = [
  'a',
  'an',
  'her',
  'his',
  'its',
  'my',
  'our',
  'the',
  'their',
  'these',
  'this',
  'those',
  'your',
] as const;

/** Forms that double as nouns, infinitives or plain verbs: "critics argue that ...",
 * "..., noting that ...". */
export const bareVerbs = [
  'acknowledge',
  'acknowledging',
  'add',
  'admit',
  'admitting',
  'allege',
  'announcing',
  'argue',
  'boasted',
  'caution',
  'charge',
  'charged',
  'charging',
  'claim',
  'complained',
  'complaining',
  'complains',
  'conceding',
  'conclude',
  'confirm',
  'confirming',
  'contend',
  'countered',
  'counters',
  'declaring',
  'deny',
  'denying',
  'elaborated',
  'emphasises',
  'emphasising',
  'emphasize',
  'emphasizes',
  'emphasizing',
  'estimate',
  'estimating',
  'explain',
  'explaining',
  'forecasting',
  'insist',
  'joked',
  'jokes',
  'lamented',
  'laments',
  'maintain',
  'maintained',
  'maintaining',
  'maintains',
  'mused',
  'muses',
  'note',
  'noting',
  'observed',
  'observes',
  'pledging',
  'point out',
  'pointing out',
  'predict',
  'predicting',
  'projecting',
  'promising',
  'quipped',
  'quips',
  'recalling',
  'recounted',
  'recounts',
  'reiterating',
  'remembered',
  'remembers',
  'report',
  'responded',
  'speculate',
  'state',
  'states',
  'stress',
  'stresses',
  'stressing',
  'suggesting',
  'vowing',
  'warn',
  'warning',
  'write',
  'writing',
] as const;

/** "If a patient says ...", "whenever the data suggests ...": a supposed case. */
export const conditionals = ['if', 'unless', 'whenever'] as const;

/** "As one engineer put it, ...", '"...," as she puts it.' */
export const framingVerbs = [
  'put it',
  'puts it',
  'read',
  'reads',
  'saw it',
  'see it',
  'sees it',
] as const;

/** Reporting an incident to a body: a complaint, not an attribution. */
export const complaintVerbs = ['reported'] as const;

/** Prepositions of the body a complaint goes to. */
export const complaintTo = ['to'] as const;

/** "fears among officials that ...", "claims by residents that ...". */
export const claimNounLinks = ['among', 'by', 'from', 'of'] as const;

/** "told Reuters": the addressee of "tell" is a carrier only when it is an outlet. */
export const tellVerbs = ['tell', 'tells', 'told'] as const;

/** "told you everything": a told thing that is no proposition (unless a clause follows it:
 * "told me nothing was wrong"). */
export const toldThings = ['anything', 'everything', 'nothing', 'something'] as const;

/** "so fierce that", "such a storm that": degree words before a clause of result. */
export const resultDegrees = ['so', 'such'] as const;

/** "This post explains ...": the page pointing at its own text ... */
export const ownTextPointers = ['this'] as const;

/** ... with a noun for a page or a part of one (not "report", which names another's). */
export const ownTextNouns = [
  'article',
  'chapter',
  'essay',
  'guide',
  'post',
  'section',
  'tutorial',
] as const;

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

/** "the singer said": trades of public life by which feature copy names the person it is
 * about (offices are roles, see roles.ts). */
export const personDescriptions = [
  'actor',
  'actress',
  'comedian',
  'musician',
  'rapper',
  'singer',
  'songwriter',
  'star',
  'superstar',
  'winner',
] as const;

/** "says the 45-year-old": an age standing for the person. */
export const ageSuffixes = ['year-old'] as const;

/** "tells the couple's story", "told a tale of ...": what a verb of telling narrates. */
export const storyNouns = ['stories', 'story', 'tale', 'tales'] as const;

/** "told their doctors about the rash": what follows "about" is a topic. */
export const topicMarkers = ['about'] as const;

/** Cue verbs that are also plural nouns: before "are", "were", "will" ("Campaign promises
 * are cheap", "insurance claims were up") the word is the noun. */
export const nounPlurals = [
  'claims',
  'comments',
  'estimates',
  'notes',
  'pledges',
  'posts',
  'promises',
  'quips',
  'remarks',
  'replies',
  'reports',
  'states',
  'tweets',
  'vows',
] as const;

/** "put the death toll at 45", "put the cost of repairs at $2 million": a source giving a
 * figure, with its object and the marker before the figure (rules/figure-verb.ts). */
export const figureVerbs = ['placed', 'places', 'put', 'puts'] as const;
export const figureMarkers = ['at'] as const;
/** Words a figure may take before its number ("around 10,000", "at least 40", "more than"). */
export const figureApproximators = [
  'about',
  'almost',
  'around',
  'at least',
  'more than',
  'nearly',
  'over',
  'roughly',
  'some',
] as const;

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
