/** English reporting cues. Findings of documents and studies, figures, forecasts and pictures. */

/** "Mozilla shows a warning", "the firm showed a prototype": with a company as subject,
 * these show things unless a "that" clause or a quotation follows ("found" + a noun stays a
 * finding: "the group found dozens of children at work"). */
export const findingVerbsOfWords = [
  'appear to show',
  'appeared to show',
  'appears to show',
  'has shown',
  'have shown',
  'seem to show',
  'seemed to show',
  'seems to show',
  'show',
  'showed',
  'shows',
] as const;

/** "The emails seem to show that ...": a hedged finding is still the document's; the
 * seeming verb joins the finding verb so that the source stands before it. */
const seemingVerbs = ['appear to', 'appeared to', 'appears to', 'seem to', 'seemed to', 'seems to'];
const seemingFindings = seemingVerbs.flatMap((seem) =>
  ['indicate', 'show', 'suggest'].map((verb) => `${seem} ${verb}`),
);

/** "calls the plan a risk", "identifies three threats": finding verbs that need their
 * object; right before punctuation they are plural nouns ("After the API calls, the server
 * ..."). */
export const objectFindingVerbs = ['calls', 'identifies', 'identify'] as const;

/** Finding verbs' forms for a plural subject ("the figures show"). After a singular noun
 * opened by "a" or "an" they are a compound's noun, no verb: "on a radio talk show", "a rare
 * find", "an auto show". */
export const pluralFindingForms = [
  'find',
  'identify',
  'indicate',
  'rank',
  'reveal',
  'show',
  'suggest',
] as const;

/** "identified them as members of one family": finding verbs whose "as" after the object always
 * opens what the object is (never a clause of time, as after "found the wreckage"). */
export const namingFindingVerbs = ['identified', 'identifies', 'identify'] as const;

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
  'documented',
  // "The appeals court held that ...": a court's holding; "held talks", "held the town" and
  // "held three men" hold no words, so only with its "that".
  'held that',
  'holds that',
  'find',
  'finds',
  'found',
  'has found',
  'has shown',
  'have found',
  'have shown',
  'identified',
  'identifies',
  'identify',
  'indicate',
  'indicated',
  'indicates',
  // "polling is showing the governor ahead": the progressive of a document's finding.
  'is indicating',
  'listed',
  'lists',
  // "The minutes record that two directors objected": a written record's finding; "recorded
  // a song" records a thing, so only with its "that". Not "records that" nor "recorded
  // that": "the paper records that she kept", "data recorded that day" are nouns.
  'record that',
  'is showing',
  'is suggesting',
  'are indicating',
  'are showing',
  'are suggesting',
  'rank',
  'ranked',
  'ranks',
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
  ...seemingFindings,
].sort();

/** Finding verbs that find only words: "the court ruled that ..." or "ruled the levy was
 * illegal"; "ruled in favor of the city" and "ruled the country" tell a decision or a reign. */
export const wordsFindingVerbs = ['rule', 'ruled', 'rules'] as const;

/** People who search a place with their hands: what they find with no clause after it is a
 * thing found ("police found a rifle in the car"), not a finding ("police found that ..."). */
export const searchingBodies = [
  'deputies',
  'detectives',
  'divers',
  'firefighters',
  'officers',
  'police',
  'rescuers',
  'searchers',
  'soldiers',
  'troopers',
  'troops',
] as const;

/** Finding verbs only with a document as their subject ("the index ranks the country
 * 96th", "the autopsy lists the cause as ..."): a body or firm "ranks fifth" itself, in a
 * place given, and "lists" its shares or products, not found. */
export const documentFindingVerbs = ['listed', 'lists', 'rank', 'ranked', 'ranks'] as const;

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

/** "with officials predicting more walkouts": after a "with" subject, a forecast's noun
 * object is the claim (elsewhere these report words only before a clause). */
export const forecastParticiples = [
  'estimating',
  'forecasting',
  'predicting',
  'projecting',
] as const;

/** "..., vowing to cut taxes", "merely pledging to keep the peace": a commitment's
 * infinitive is what the subject said it would do. */
export const commitmentParticiples = ['pledging', 'promising', 'vowing'] as const;

/** Nouns that introduce findings listed after a colon. */
export const findingNouns = [
  'conclusions',
  'explanations',
  'findings',
  'key findings',
  'theories',
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

/** Units of a distance a source stood from a place ("A witness 20 km from the border said"). */
export const distanceUnits = [
  'block',
  'blocks',
  'feet',
  'kilometers',
  'kilometres',
  'km',
  'meters',
  'metres',
  'mile',
  'miles',
  'yards',
] as const;

/** Counts of opinion whose figures are their findings ("leads by 11 points in the latest
 * survey"), and the word placing a figure in one (rules/survey-figure.ts). */
export const surveyNouns = ['opinion poll', 'opinion polls', 'survey', 'surveys'] as const;

export const surveyMarkers = ['in'] as const;

/** "poll" is also a vote ("won 40 percent in the 2016 poll"): an opinion poll only with a
 * word of these before it ("the latest poll", "a new poll") or its pollster's name. */
export const pollNouns = ['poll', 'polls'] as const;

export const surveyQualifiers = ['latest', 'new', 'recent'] as const;

/** Words after a survey's noun that still describe it ("a survey of 1,000 adults", "a poll
 * by the university"). */
export const surveyLinks = ['by', 'of'] as const;

/** Words before the marker that take part in a survey rather than find in it ("took part
 * in the survey"): no figure of the survey's. */
export const surveyTaking = ['part', 'participate', 'participated', 'responded'] as const;

/** Words of a share or a standing that a survey finds ("40 percent", "11 points"). */
export const surveyFigures = [
  'per cent',
  'percent',
  'percentage point',
  'percentage points',
  'point',
  'points',
] as const;
