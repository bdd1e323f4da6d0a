/** English reporting cues. Words that keep a cue word from being a claim: objects, negations, conditions, nouns. */

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

/** "She would later say that ...", "he would go on to deny ...": the story looks back on what
 * came next; the modal then reports, as the past tense does. */
export const futureInPastMarkers = ['eventually', 'go on', 'later', 'subsequently'] as const;

/** "Neither the firm nor the board explained ...", "No official said ...". */
export const negatedSubjects = ['neither', 'no', 'none', 'nor'] as const;

/** "Participants who reported ...": the verb describes the people of the clause. */
export const describingRelatives = ['who'] as const;

/** "Children whose parents reported ...". */
export const possessiveRelatives = ['whose'] as const;

/** Objects of a cue that point back to the previous sentence. */
export const anaphors = ['so', 'this'] as const;

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
  'alleged to be',
  'alleged to have',
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
  'characterised by',
  'characterized by',
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
  'reported to be',
  'reported to have',
  'reports of',
  'said to be',
  'said to have',
  'several states',
  'shout down',
  'shouted down',
  'shouting down',
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

/** "The plant shut in 2019, as Reuters reported at the time": a clause saying whose account
 * the sentence follows; the claim stands before it. */
export const accountSubordinators = ['as'] as const;

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

/** "If a patient says ...", "whenever the data suggests ...": a supposed case. */
export const conditionals = ['if', 'unless', 'whenever'] as const;

/** Reporting an incident to a body: a complaint, not an attribution. */
export const complaintVerbs = ['reported'] as const;

/** Prepositions of the body a complaint goes to. */
export const complaintTo = ['to'] as const;

/** '"...," he continued': going on with words; with a word after it ("continued to expand
 * its sales force", "continued talks") an activity goes on and nothing is said. */
export const continuingVerbs = ['continued', 'continues'] as const;

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

/** English marks what someone is asked to do with "to" (infinitiveMarkers): none needed. */
export const directiveMarkers = [] as const;
