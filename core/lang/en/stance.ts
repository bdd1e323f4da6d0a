/**
 * Verbs of expecting, estimating and fearing that English writes with a clause and no
 * "that": "Analysts expect the economy will cool", "Diplomats fear the talks could
 * collapse", "Officials estimate there are 100,000 people in the city". The clause is told
 * apart from an object ("officials expect a deal") by a finite auxiliary after its subject,
 * before any comma.
 */

/** "expect the economy will cool": the clause after them may drop its "that". Not the past
 * forms "feared", "worried", "suspected", "doubted": as participles they describe an object ("he
 * reassured farmers worried they would lose their land", "suspected militants were"). */
export const bareStanceVerbs = [
  'anticipate',
  'anticipates',
  'doubt',
  'doubts',
  'estimate',
  'estimates',
  'expect',
  'expects',
  'fear',
  'fears',
  'predict',
  'predicts',
  'reckon',
  'reckons',
  'suspect',
  'suspects',
  'worries',
  'worry',
] as const;

/** "Experts challenged the idea that ...", "analysts disputed the notion that ...": disputing
 * a proposition voices a view of it, like a stance with "that" (compile.ts joins each verb
 * with each noun). */
export const disputeVerbs = [
  'brushed aside',
  'brushes aside',
  'challenge',
  'challenged',
  'challenges',
  'dispute',
  'disputed',
  'disputes',
  'downplayed',
  'downplays',
  'played down',
  'plays down',
  'pushed back against',
  'pushed back on',
  'question',
  'questioned',
  'questions',
  'refute',
  'refuted',
  'refutes',
  'reject',
  'rejected',
  'rejects',
  'shot down',
] as const;
export const disputedNouns = [
  'claims',
  'concerns',
  'fears',
  'reports',
  'rumors',
  'rumours',
  'speculation',
  'suggestions',
  'the argument',
  'the assertion',
  'the assumption',
  'the claim',
  'the claims',
  'the concerns',
  'the contention',
  'the fears',
  'the idea',
  'the notion',
  'the premise',
  'the report',
  'the reports',
  'the rumors',
  'the rumours',
  'the speculation',
  'the suggestion',
  'the suggestions',
  'the view',
] as const;

/** "played down any chance of a deal", "ruled out the possibility of a snap election": judging
 * how likely something is voices a view of it (compile.ts joins verb, noun and link into verbs
 * of saying; what follows the link is the claim). */
export const likelihoodVerbs = [
  'downplayed',
  'downplays',
  'played down',
  'plays down',
  'ruled out',
  'rules out',
] as const;

export const likelihoodNouns = [
  'any chance',
  'any possibility',
  'any prospect',
  'the chance',
  'the chances',
  'the likelihood',
  'the possibility',
  'the prospect',
  'the prospects',
  'the risk',
  'the threat',
] as const;

export const likelihoodLinks = ['of'] as const;

/** Auxiliaries and modals that make a clause finite ("will", "could", "is", "had"); before
 * the verb they make it a passive or a tense ("is expected", "had feared"). */
export const finiteAuxiliaries = [
  'are',
  'can',
  'could',
  'did',
  'does',
  'had',
  'has',
  'have',
  'is',
  'may',
  'might',
  'must',
  'should',
  'was',
  'were',
  'will',
  'would',
] as const;

/** "The board believes the port could close, local media reported, citing a source": verbs of
 * a belief or an expectation held. */
export const mindVerbs = [
  'believe',
  'believed',
  'believes',
  'expect',
  'expected',
  'expects',
  'think',
  'thinks',
  'thought',
] as const;

/** "The ministry did confirm that ...": the auxiliary of emphasis before a bare verb. */
export const emphaticAuxiliaries = ['did', 'do', 'does'] as const;

/** "Critics argue the toll gives the port too much power": a present or past verb, then its
 * object's article. */
export const finiteVerbEndings = ['ed', 's'] as const;

/** "Officials confirm the talks broke down": past forms no ending marks, never a participle
 * or a common noun; after a clause's first words they are its finite verb. */
export const irregularPasts = [
  'arose',
  'ate',
  'became',
  'began',
  'bit',
  'blew',
  'broke',
  'came',
  'chose',
  'drew',
  'drove',
  'fell',
  'fled',
  'flew',
  'forbade',
  'forgave',
  'forgot',
  'froze',
  'gave',
  'grew',
  'hid',
  'knew',
  'overcame',
  'overtook',
  'ran',
  'rang',
  'rode',
  'rose',
  'sang',
  'sank',
  'saw',
  'shook',
  'shrank',
  'spoke',
  'sprang',
  'stole',
  'strode',
  'swam',
  'swore',
  'threw',
  'took',
  'tore',
  'undertook',
  'underwent',
  'went',
  'withdrew',
  'woke',
  'wore',
  'wrote',
] as const;

/** "Two sources confirm the mayor met the contractor": past forms that double as
 * participles ("the claims made by rivals"); a finite verb only before its object's article,
 * possessive or pronoun. */
export const irregularPastObjects = [
  'bought',
  'brought',
  'built',
  'caught',
  'dealt',
  'fought',
  'found',
  'heard',
  'held',
  'hit',
  'kept',
  'led',
  'left',
  'lent',
  'lost',
  'made',
  'meant',
  'met',
  'paid',
  'sent',
  'sold',
  'sought',
  'spent',
  'struck',
  'taught',
  'told',
  'withheld',
  'won',
] as const;

/** "She was keen to stress that ...", "the ministry was quick to deny ...". */
export const readinessAdjectives = ['careful', 'eager', 'keen', 'quick'] as const;

/** "Fans took to Twitter to complain that ...", "went on television to say ...": going to a
 * platform (the words after the phrase) to say something is saying it; so is carrying on
 * saying it ("continues to insist that ..."). */
export const platformVerbs = [
  'continue',
  'continued',
  'continues',
  'continuing',
  'go on',
  'goes on',
  'going on',
  'take to',
  'takes to',
  'taking to',
  'took to',
  'turned to',
  'went on',
] as const;

/** "She kept insisting that ...", "he keeps saying the ...": going on saying it is saying it. */
export const persistingVerbs = ['keep', 'keeping', 'keeps', 'kept'] as const;

/** Forms of "be" before a participle: "were said to be", "was announced" are passives, their
 * subject no speaker. */
export const passiveAuxiliaries = [
  'am',
  'are',
  'be',
  'been',
  'being',
  'is',
  'was',
  'were',
] as const;

/** Words right after the verb that open no clause: "fear for", "worry about", "expect to". */
export const nonClauseOpeners = ['about', 'for', 'from', 'of', 'on', 'over', 'to', 'with'] as const;

/** The word before an infinitive: a verb of saying after it is no one's report ("expect
 * students to think", "wants people to believe"). */
export const infinitiveMarkers = ['to'] as const;
