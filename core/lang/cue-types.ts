/**
 * The cue part of a language pack's shape (core/lang/types.ts): the words of
 * cues/, which say that someone said something and how the sentence around the cue reads.
 * Passive and participle cues: passive-types.ts; relays: relay-types.ts.
 */
import type { PassiveCueData } from './passive-types';

export interface CueData extends PassiveCueData {
  /** cues/: cue verbs that are also plural nouns ("promises", "reports"): before a finite
   * auxiliary ("Campaign promises are cheap") the noun. */
  nounPlurals: readonly string[];
  /** cues/: verbs that follow their source ("said", "mengatakan"). */
  speakerVerbs: readonly string[];
  /** denials.ts: verbs that deny an accusation as their object ("rejected the allegations",
   * "menolak tuduhan"), acts with any other object. */
  denialVerbs: readonly string[];
  /** denials.ts: nouns of an accusation such verbs deny. */
  accusationNouns: readonly string[];
  /** deeds.ts: verbs that may claim a holding rather than words ("claims most of the sea"). */
  holdingVerbs: readonly string[];
  /** deeds.ts: words opening the holding such a verb claims ("most of", "sovereignty"). */
  holdingObjects: readonly string[];
  /** deeds.ts: verbs that may have a deed as their object ("announced job cuts"). */
  deedVerbs: readonly string[];
  /** restatements.ts: verbs that say again or stand by a claim as their object ("repeated
   * her claim that"), acts with any other object. */
  restatingVerbs: readonly string[];
  /** restatements.ts: nouns of a claim such verbs take, before its "that". */
  assertionNouns: readonly string[];
  /** cues/: phrases in which a cue word is no cue: a noun ("the state of Texas", "reports
   * of shelling") or a discourse marker ("having said that"). */
  cueExceptions: readonly string[];
  /** cues/: modals and negations right before a cue verb (adverbs between them skipped):
   * "users can say which ...", "most people do not believe", "she never said": a possibility
   * or a denial that anything was said, no report of words. */
  unassertedMarkers: readonly string[];
  /** cues/: modals right before a finding verb that make its finding one hoped for or
   * supposed ("a ruling that would show ..."): nothing found yet. */
  hypotheticalModals: readonly string[];
  /** cues/: words after such a modal that make it tell, from the past, what came later
   * ("would later say", "would go on to say"): a report of what was said, not a supposition. */
  futureInPastMarkers: readonly string[];
  /** cues/: words negating the subject right before or at its start ("Neither the firm nor
   * the board explained why"): nobody said anything. */
  negatedSubjects: readonly string[];
  /** cues/: words after which "according to" means "in accordance with" ("vary according
   * to the season", "sorted according to size"); with a thing no lexicon knows after it. */
  accordanceWords: readonly string[];
  /** cues/: practices "according to" keeps in line with ("according to custom"). */
  accordanceNouns: readonly string[];
  /** cues/: relatives after which a cue verb says what the people described did, inside
   * a clause about them ("women who reported drinking coffee had ...", "critics who say
   * ..."): no report of the sentence's own. */
  describingRelatives: readonly string[];
  /** cues/: possessive relatives with their noun before such a verb ("children whose
   * parents reported ..."). */
  possessiveRelatives: readonly string[];
  /** cues/: endings of the verb forms after which "according to" means "in accordance
   * with" ("grouped according to their age"). */
  accordanceSuffixes: readonly string[];
  /** cues/: past participles no such ending marks ("taken", "written"): "a survey taken
   * last year found", "a letter sent to shareholders said" describe the document. */
  irregularParticiples: readonly string[];
  /** cues/: a cue verb with the start of a thing as its object ("wrote a book", "told of a
   * flood"): no attribution when nothing after it (quotation, colon, complementizer, saying
   * participle) carries a claim. */
  thingObjects: readonly string[];
  /** cues/: prepositions opening a verb's complement of a party, place, time or topic
   * ("testified against the banker"): with no clause or quotation after it, no claim. */
  complementPrepositions: readonly string[];
  /** cues/: a subordinator opening a clause that says whose account the sentence follows
   * ("..., as Reuters reported at the time"): the claim stands before it. */
  accountSubordinators: readonly string[];
  /** cues/: prepositions of an occasion between a source and its verb ("in", "at"). */
  occasionPrepositions: readonly string[];
  /** cues/: occasions a source speaks on ("a statement", "a news conference"): "The ministry
   * in a statement said", "Moreno, the fire chief, at a briefing said": the phrase is no part
   * of the source, which stands before it. */
  occasionNouns: readonly string[];
  /** cues/: pieces an outlet prints that a speaker may write ("an op-ed", "a signed
   * article") and the words linking one to the outlet ("in", "for"): "said in an op-ed in the
   * Daily Star", "In a commentary for Statenews, the minister said": the outlet carried it. */
  publishedPieces: readonly string[];
  pieceOutletLinks: readonly string[];
  /** cues/: questions an outlet puts to a speaker ("a question from KCNA", "a
   * question-and-answer session with Statenews") and the words linking them to it: the
   * outlet that asked carried the answer. */
  outletQuestions: readonly string[];
  questionOutletLinks: readonly string[];
  /** cues/: words opening the topic a verb of telling is about, after its addressee
   * ("told their doctors about the rash"): a topic, no words of the source. */
  topicMarkers: readonly string[];
  /** cues/: words after which a cue word is a noun ("the report", "this note", "her claim"). */
  nounMarkers: readonly string[];
  /** cues/: forms of cue verbs that are nouns or plain verbs as often ("report", "claim",
   * "noting"): a cue only right before a complementizer or at the end of a clause ("...,
   * critics argue"); a participle among them only before a complementizer. */
  bareVerbs: readonly string[];
  /** cues/: conjunctions opening a condition ("if", "unless", "jika"): a source after one
   * speaks only in a supposed case ("If a patient says ..."). */
  conditionals: readonly string[];
  /** cues/: verbs of wording ("put it"): the source frames words quoted or following a
   * colon or comma ("As one nurse put it, ..."), never a thing put somewhere. */
  framingVerbs: readonly string[];
  /** cues/: verbs of reporting an incident to someone ("melaporkan kejadian itu ke Polsek",
   * "reported the theft to police"): with a government body as the addressee it is a complaint,
   * not an attribution. */
  complaintVerbs: readonly string[];
  /** cues/: prepositions of the body a complaint goes to ("ke", "kepada", "to"). */
  complaintTo: readonly string[];
  /** cues/: verbs of going on that say words only when words follow ("Ia melanjutkan, ...",
   * "melanjutkan bahwa ..."), not an activity carried on ("melanjutkan perundingan"). */
  continuingVerbs: readonly string[];
  /** cues/: verbs that precede their source ("said X", "kata X", "ujar X"). */
  inverseVerbs: readonly string[];
  /** cues/: inverse verbs that are ordinary words too ("jelas" = clear): only after a quote or comma. */
  inverseVerbsAfterQuote: readonly string[];
  /** cues/: inverse verbs that are common nouns too ("cerita" = a story): only right after
   * a closing quotation mark. */
  inverseVerbsAfterQuoteMark: readonly string[];
  /** cues/: those of them whose speaker must be a document ('"...," read a statement'). */
  documentInverseVerbs: readonly string[];
  /** cues/: verbs first that are a cue only opening the sentence, their speaker then a
   * comma ("Disampaikan Budi, ..."): elsewhere they may hand something over. */
  inverseVerbsOpening: readonly string[];
  /** cues/: verbs with the source fused in as a clitic ("ujarnya", "katanya"). */
  cliticCues: readonly string[];
  /** cues/: clitic cues that are nouns too ("ceritanya" = his story): only right after a
   * closing quotation mark. */
  cliticCuesAfterQuoteMark: readonly string[];
  /** cues/: prepositions introducing a source ("according to", "menurut"). */
  accordingTo: readonly string[];
  /** cues/: "based on X": only a document can be X ("berdasarkan data BPS"). */
  basedOn: readonly string[];
  /** cues/: bases that give a source only set off, at the start or after a comma ("Based on X, ..."). */
  setOffBases: readonly string[];
  /** Prepositions that, opening the sentence before a comma, give what the claim rests on
   * ("Dari keterangan saksi, ...", "Dari informasi yang dihimpun, ..."). */
  openingBases: readonly string[];
  /** cues/: passives of finding out that close such a basis where a comma would ("Dari data
   * BPS diketahui ..."): what the basis shows follows them. */
  basisPassives: readonly string[];
  /** cues/: a preposition opening the sentence that gives the view after the comma to a
   * person of a judging trade before it ("For analyst Ana Ruiz, ..."), and those trades. */
  opinionOpeners: readonly string[];
  opinionTrades: readonly string[];
  /** cues/: a noun of judging after that comma ("For Rina Ade, the answer is ..."), and the
   * copulas it needs (none where the language has none), giving the view to any person. */
  opinionFrameNouns: readonly string[];
  opinionFrameLinks: readonly string[];
  /** cues/: a short "according to" of web copy ("per the Courier"): only after a comma or
   * opening the sentence, and before a name or a document ("per cent", "per day" are none). */
  perCues: readonly string[];
  /** cues/: nouns that introduce findings listed after a colon ("key findings:", "theories:"). */
  findingNouns: readonly string[];
  /** cues/: verbs that only attribute when their subject is a document or institution ("found"). */
  findingVerbs: readonly string[];
  /** cues/: verbs of showing pictures and the pictures shown ("aired" + "footage"): each
   * pair is a finding verb (core/lang/compile.ts joins them). */
  pictureVerbs: readonly string[];
  pictureNouns: readonly string[];
  /** cues/: words after the pictures that open what they show ("footage of", "footage
   * showing"): part of the cue, no part of the claim. */
  pictureLinks: readonly string[];
  /** cues/: verbs of fearing, doubting or believing: they attribute only with a complementizer
   * right after them ("officials fear that ...", "para pejabat AS khawatir bahwa ..."); a bare
   * mental state ("officials are worried about the economy") is no attribution. */
  stanceVerbs: readonly string[];
  /** cues/: verbs of questioning or doubting that voice an open question as the source's view
   * when an interrogative follows them ("experts questioned whether ...", "critics doubt how
   * ..."); with an object ("questioned the witness") they report an act. */
  questioningVerbs: readonly string[];
  /** cues/: the interrogatives opening that question ("whether", "how", "why"). */
  interrogatives: readonly string[];
  /** cues/: verbs of forecasting ("expect", "forecast"): they attribute an object with an
   * infinitive ("expect the bank to raise rates"), a clause, or for a forecast a figure; never
   * in the passive ("is expected to", a hedge) nor with the source's own act ("expects to"). */
  expectationVerbs: readonly string[];
  /** cues/: finding verbs that, with a company as subject, attribute only a "that" clause
   * or a quotation: "Mozilla shows a warning when ..." is a thing shown (a document's
   * "showed higher rates" is still a finding, an outlet's "showed footage" still evidence). */
  findingVerbsOfWords: readonly string[];
  /** cues/: finding verbs that need their object ("calls the plan a risk", "identified him
   * as"): right before punctuation they are plural nouns ("after the API calls, ..."). */
  objectFindingVerbs: readonly string[];
  /** cues/: finding verbs' forms for a plural subject ("show", "find"): after a singular
   * determiner and a singular noun they are the noun of a compound ("a radio show"). */
  pluralFindingForms: readonly string[];
  /** cues/: nouns of saying followed by source and complementizer ("kekhawatiran X bahwa"). */
  claimNouns: readonly string[];
  /** cues/: nouns of a position stated as a clause after a copula ("the union's position is
   * that ..."): their possessor holds it (rules/held-position.ts). */
  positionNouns: readonly string[];
  /** cues/: the copulas between such a noun and its complementizer ("is", "has been"). */
  positionCopulas: readonly string[];
  /** cues/: words joining a position's noun to its owner after it ("the conclusion of the
   * review is that ..."). */
  positionOwnerLinks: readonly string[];
  /** cues/: copulas that make what follows a verb of opinion a clause ("menganggap X
   * adalah Y"). */
  stanceCopulas: readonly string[];
  /** cues/: a comma after a verb of believing or fearing may stand for the complementizer
   * ("Budi yakin, harga akan turun", Indonesian); English writes "that" or nothing. */
  stanceClauseAfterComma: boolean;
  /** cues/: words that open a clause by themselves after a verb of suspecting, with no
   * subject before them ("menduga ada aliran dana", Indonesian). */
  existentialOpeners: readonly string[];
  /** cues/: prefixes that make a word a verb, a clause's predicate after a short subject with
   * no aspect word ("menduga pelaku terpeleset", "khawatir rumahnya terendam", Indonesian). */
  predicatePrefixes: readonly string[];
  /** cues/: frames that name a written statement as the source ("in a statement"). */
  statementFrames: readonly string[];
  /** cues/: prepositions opening the document a hedged clause was read in ("Dalam surat
   * dakwaan, terdakwa disebut ...", "In the filing, he is alleged to ..."). */
  documentFrameOpeners: readonly string[];
  /** cues/: anaphoric objects: the claim is the previous sentence ("hal ini", "this"). */
  anaphors: readonly string[];
  /** cues/: a word opening the sentence before a verb and its speaker that points back to
   * the previous sentence's words ('"...." So says Jane Roe, ...'). */
  anaphoricOpeners: readonly string[];
  /** cues/: openings pointing back to the words before ("That is"), the nouns of whose
   * words they are ("view", "verdict") and the link to the source ("of"). */
  viewOpeners: readonly string[];
  verdictNouns: readonly string[];
  verdictLinks: readonly string[];
  /** cues/: participles of being asked ("Asked by state television about ..., X said"):
   * the outlet that asked carried the answer. */
  askedParticiples: readonly string[];
  /** cues/: phrases of answering a question, before the outlet that asked it ("Responding
   * to a question from Xinhua, X said"): the outlet carried the answer. */
  questionAnswers: readonly string[];
  /** cues/: verbs of appearing on an outlet ("surfaced on state television, saying ..."):
   * the outlet after them carried the speaker's words. */
  appearanceVerbs: readonly string[];
  /** cues/: verbs giving a figure ("put the death toll at 45"), the marker before the
   * figure ("at") and the words it may take before its number ("around", "at least"). */
  figureVerbs: readonly string[];
  /** cues/: nouns of a held view after a possessor ("In the mayor's view, ..."). */
  viewNouns: readonly string[];
  mindAdjectives: readonly string[];
  mindCopulas: readonly string[];
  figureMarkers: readonly string[];
  figureApproximators: readonly string[];
  /** cues/: units of a distance ("20 km from the border"): where a source stood. */
  distanceUnits: readonly string[];
  /** cues/: finding verbs with only a document as their subject ("the index ranks ..."). */
  documentFindingVerbs: readonly string[];
  /** cues/: searchers whose finding with no clause is a thing found ("police found a rifle"). */
  searchingBodies: readonly string[];
  /** cues/: finding verbs that report only a clause or quotation after them ("ruled that"). */
  wordsFindingVerbs: readonly string[];
  surveyNouns: readonly string[];
  surveyMarkers: readonly string[];
  /** cues/: "poll", also a vote: an opinion poll only with a qualifier ("the latest poll")
   * or a pollster's name; and the words of a share a survey finds ("percent", "points"). */
  pollNouns: readonly string[];
  surveyQualifiers: readonly string[];
  /** cues/: words after a survey's noun still describing it ("of 1,000 adults"), and verbs
   * of taking part in one ("took part in the survey"): no figure of the survey's. */
  surveyLinks: readonly string[];
  surveyTaking: readonly string[];
  surveyFigures: readonly string[];
  /** cues/: a sentence's opening words naming the publication it was read on ("Dari
   * laman resmi X, ..."): the publication is the source; the preposition is the cue. */
  publicationOpenings: readonly string[];
  /** cues/: prepositions of the addressee ("to", "kepada"): "told Reuters", "kepada Die Welt". */
  addressees: readonly string[];
  /** cues/: verbs of an outlet quoting a speaker ("KCNA quoted the leader as saying",
   * "Reuters mengutip seorang pejabat yang mengatakan"): the speaker is the source, the
   * subject relays. */
  quoteVerbs: readonly string[];
  /** cues/: an outlet's verbs of finding a thing out ("Daily Star has learned", "..., Wirely
   * learnt from a port official"): the outlet reports it, or relays the source it names. */
  outletLearning: readonly string[];
  /** cues/: the preposition before the source an outlet learned a thing from ("from"). */
  outletLearningSources: readonly string[];
  /** cues/: what follows the quoted speaker ("as saying", "yang mengatakan"). */
  quoteComplements: readonly string[];
  /** cues/: passive quoting ("X was quoted as saying", "was quoted by TASS as saying"). */
  quotedPassive: readonly string[];
  /** cues/: the participles of those passives, for a form of "be" with adverbs between
   * ("was later quoted as saying", "were widely cited as saying"). */
  quotedParticiples: readonly string[];
  /** cues/: the preposition of a passive's agent ("by", "oleh"). */
  agentMarkers: readonly string[];
  /** cues/: the prepositions of a document's author ("a report by the bank", "a paper from
   * the institute"). */
  authorMarkers: readonly string[];
  /** cues/: prepositions of the outlet a speaker spoke on or through ("said on state
   * television", "a statement through KCNA", "melalui televisi pemerintah"). */
  relayPrepositions: readonly string[];
  /** cues/: words opening a phrase of where, when or how between a source and its verb
   * ("Menteri X dalam keterangannya menegaskan", "Budi saat ditemui mengatakan"). */
  interposers: readonly string[];
  /** cues/: words opening a phrase set off by commas between a source and its verb where the
   * language keeps interposers empty ("X, when asked about it, said", "X, speaking on radio,
   * said"); the source is the words before the phrase. */
  asideOpeners: readonly string[];
  /** cues/: addressees of "told" that are no outlet and no part of the claim ("told
   * reporters the plan was delayed", "kepada wartawan"). */
  audiences: readonly string[];
  /** cues/: audiences a person faces in person ("told reporters"): a lone name telling them
   * is someone's, not a firm's. */
  pressAudiences: readonly string[];
  /** cues/: participles of forecasting whose noun object, after a "with" subject, is the
   * claim ("with officials predicting more walkouts"). */
  forecastParticiples: readonly string[];
  /** cues/: participles of committing to a deed whose infinitive is the claim ("..., vowing
   * to cut taxes"); elsewhere these report words only before a clause. */
  commitmentParticiples: readonly string[];
  /** cues/: issuing a written statement ("issued a statement through KCNA saying ..."). */
  statementIssued: readonly string[];
  /** cues/: verbs of publishing that attribute only with the claim before them ('"...,"
   * the group posted'): the source follows a quote or comma. */
  claimFirstVerbs: readonly string[];
  /** cues/: verbs of a speaker's manner ("laughs", "shrugs"): a cue only right after the
   * quotation they close, with nothing after them ('"...," Roe laughs.'). */
  mannerVerbs: readonly string[];
  /** cues/: finding verbs whose label marker after the object always opens what the object is
   * ("identified them as members of ..."): any label and a pronoun object count. */
  namingFindingVerbs: readonly string[];
  /** cues/: verbs of saying whose object is always words, never an act ("said", "added"):
   * what follows them is a claim even with no clause mark ("said the test succeeded"). */
  wordsOnlyVerbs: readonly string[];
  /** cues/: forms of a verb of saying that never qualify a noun: after a name ending as a
   * possessive ("Moody's said", "Macy's says") they are its verb, nothing possessed. */
  verbOnlyForms: readonly string[];
  /** cues/: fixed phrases that stand for unnamed sources ("we're told"). */
  unnamedCues: readonly string[];
  /** cues/: prepositions between a noun of saying and its source ("fears among officials"). */
  claimNounLinks: readonly string[];
  /** cues/: forms of "tell", whose object is an addressee, a carrier only as an outlet. */
  tellVerbs: readonly string[];
  /** cues/: nouns of a story a verb of telling narrates ("tells the couple's story"). */
  storyNouns: readonly string[];
  /** cues/: a pointing word and nouns for the page's own text ("This post explains"). */
  ownTextPointers: readonly string[];
  ownTextNouns: readonly string[];
  /** cues/: told things that are no proposition ("told you everything"). */
  toldThings: readonly string[];
  /** cues/: degree words before a clause of result ("so fierce that"). */
  resultDegrees: readonly string[];
  /** cues/: verbs of writing whose object may be a work ("wrote several books"). */
  writeVerbs: readonly string[];
  /** cues/: trades of public life a definite description names a person by ("the singer"). */
  personDescriptions: readonly string[];
  /** cues/: endings of an age standing for a person, after a number and a hyphen ("the 45-year-old"). */
  ageSuffixes: readonly string[];
  /** cues/: works whose title may follow a colon after a verb of writing. */
  titledWorks: readonly string[];
  /** cues/: words after which a clause with no infinitive marker is what someone is asked to
   * do ("mengimbau warga melapor", "agar saksi menjelaskan"): its verb reports nothing. */
  directiveMarkers: readonly string[];
  /** hedges.ts: passives of reporting with no agent ("many abuses have been reported"): a hedge
   * when what was reported is not a thing the reader already knows ("the theft was reported"). */
  eventHedges: readonly string[];
  /** hedges.ts: words opening a subject the reader already knows ("this", "those"), besides
   * the definite article, possessives and pronouns. */
  knownSubjectOpeners: readonly string[];
  /** hedges.ts: hedge words that are also a passive of filing a report ("dilaporkan"): after
   * a thing pointed back to, with no predicate after them, the complaint made, no hedge. */
  reportingHedges: readonly string[];
  /** hedges.ts: words after such a hedge word telling when, where or to whom it was reported
   * ("pada Senin", "sekitar pukul 10"), besides the pack's time words. */
  reportCircumstances: readonly string[];
  /** hedges.ts: a hedge word may give a name or have its agent right after it ("disebut
   * Kartu Prakerja", "dilaporkan Reuters", Indonesian); an English hedge takes neither. */
  hedgeNamesAfter: boolean;
}
