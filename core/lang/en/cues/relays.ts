/** English reporting cues. Relays: outlets and documents that carried someone's words. */

/** A written statement as the whole source. */
export const statementFrames = [
  'in a news release',
  'in a statement',
  'in a written statement',
] as const;

/** "In the indictment, Roe is alleged to have ...": the document a hedged clause was read in. */
export const documentFrameOpeners = ['in'] as const;

/** Relay phrases: the outlet that carried someone's words. */
export const relays = [
  'aired by',
  'as cited by',
  'as quoted by',
  'as reported by',
  'broadcast by',
  'carried by',
  // "in remarks carried in state newspapers": the papers that printed the words.
  'carried in',
  'cited by',
  'in an interview with',
  // "Interviewed by the Financial Times, the chief executive said ...", "..., she said when
  // interviewed by Statenews": the outlet that interviewed the speaker.
  'interviewed by',
  'published by',
  'quoted by',
  // "Reading a statement on state television, a spokesman said ...": read out on air.
  'reading a statement on',
  'reading out a statement on',
  'speaking on',
  'speaking to',
  'speaking with',
  'talking to',
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

/** "He surfaced on state television, stating that ...", "was shown on state TV saying ...":
 * the outlet carried his words. */
export const appearanceVerbs = ['appeared', 'appearing', 'shown', 'surfaced'] as const;

/** Participles after the thing carried: "the speech, carried by state media, lasted ...". */
export const postmodifierRelays = [
  'aired by',
  'broadcast by',
  'carried by',
  'cited by',
  'published by',
  'quoted by',
] as const;

/** "in a speech broadcast live by state television": relays a broadcast manner may follow. */
export const broadcastRelays = ['aired by', 'broadcast by', 'carried by'] as const;

/** "The launch was aired by state TV", "A farmer interviewed by the agency at his field":
 * the outlet broadcast the subject or interviewed them, an event. */
export const subjectEventRelays = [...broadcastRelays, 'interviewed by'].sort();

/** "His comments were carried by state media." after the comments: the outlet carried them. */
export const carriedWords = [
  'comments',
  'interview',
  'message',
  'remarks',
  'speech',
  'statement',
  'statements',
  'words',
] as const;

/** "Kim made the comments at a meeting, according to KCNA": the words made, then reported. */
export const remarkMakingVerbs = ['delivered', 'gave', 'made'] as const;

/** "The remarks were relayed by KCNA.": the participles above, and two that only follow. */
export const carriedBackVerbs = [...postmodifierRelays, 'relayed by', 'reported by'].sort();

/** English names the author with "by"/"from" ("aired a statement by X saying"), read by the
 * carried-relative rule: none. */
export const carryingVerbs = [] as const;

/** English names a document's publisher with a participle and "by" ("a readout released by
 * KCNA"): none. */
export const publishingRelays = [] as const;

/** English issues a statement with a participle after it ("released a statement saying"),
 * read by the saying-clause rule (statementIssued): none. */
export const statementIssuingVerbs = [] as const;

/** "Asked by state television about the deal, the minister said ...". */
export const askedParticiples = ['asked', 'questioned'] as const;

/** "Responding to a question from Xinhua, the spokesman said ...": the asker follows. */
export const questionAnswers = [
  'answering a question from',
  'in answer to a question from',
  'in reply to a question from',
  'in response to a question from',
  'replying to a question from',
  'responding to a question from',
] as const;

/** English names a website read with a cue of its own ("according to the website"). */
export const publicationOpenings = [] as const;

/** "KCNA quoted the leader as saying ...": the subject relays, the object speaks. */
export const quoteVerbs = ['cited', 'cites', 'paraphrased', 'quoted', 'quotes', 'quoting'] as const;

/** "..., the Daily Star has learned", "Wirely learnt from two officials that ...": an outlet
 * finding a thing out reports it (only with an outlet for its subject: people learn things
 * without telling them). */
export const outletLearning = [
  'had learned',
  'had learnt',
  'has learned',
  'has learnt',
  'have learned',
  'have learnt',
  'learned',
  'learnt',
] as const;

/** "has learned from a port official": the source the outlet names. */
export const outletLearningSources = ['from'] as const;

/** What follows the quoted speaker: "quoted X as saying", "cited an official who said"
 * (the relative clause of saying is what the outlet relays, as Indonesian "yang mengatakan"). */
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
  'that said',
  'which said',
  'who claimed',
  'who denied',
  'who said',
  'who says',
  'who told',
  'who warned',
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

/** "X was later quoted as saying": the participle, its "be" before adverbs. */
export const quotedParticiples = ['cited', 'paraphrased', 'quoted'] as const;

export const agentMarkers = ['by'] as const;

/** "a report by the bank", "a white paper from the institute": who wrote a document. */
export const authorMarkers = ['by', 'from'] as const;

/** "said on state television", "a statement through KCNA". */
export const relayPrepositions = ['on', 'through', 'via'] as const;

/** English sets such a phrase off with commas ("X, in a statement, said"). */
export const interposers = [] as const;

/** "X, when asked about the vote, said", "X, appearing on the radio, said": the first word of
 * such a phrase between commas; the speaker is before it. Not "speaking": "an official,
 * speaking on condition of anonymity," keeps the aside that tells why no name is given. */
export const asideOpeners = [
  'appearing',
  'asked',
  'interviewed',
  'responding',
  'when',
  'writing',
] as const;

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

/** Audiences a person faces in person: "Halvorsen told reporters" is someone speaking, not
 * a firm (core/source/speaker-evidence.ts). */
export const pressAudiences = ['journalists', 'reporters'] as const;

/** An outlet carrying its own piece or someone's words: "state television ran a report
 * saying ...", "KCNA carried a commentary saying ...". */
const carriedPieces = ['aired', 'broadcast', 'carried', 'published', 'ran'].flatMap((verb) =>
  [
    'a commentary',
    'a report',
    'a statement',
    'a story',
    'an article',
    'an editorial',
    'comments',
    'remarks',
  ].map((piece) => `${verb} ${piece}`),
);

/** "issued a statement (through KCNA) saying ...", "state television broadcast a statement
 * saying ...", "ran an editorial arguing ...": the subject issued or carried the words. */
export const statementIssued = [
  ...carriedPieces,
  'issued a statement',
  'posted a message',
  'posted a note',
  'posted a statement',
  'posted a video',
  'published a letter',
  'put out a statement',
  'released a statement',
  'released a video',
  // "sent (out) an email saying ...": with or without the particle.
  ...['sent', 'sent out'].flatMap((verb) =>
    ['a letter', 'a message', 'a text', 'a text message', 'an e-mail', 'an email'].map(
      (piece) => `${verb} ${piece}`,
    ),
  ),
  'shared a post',
  'shared a video',
  'wrote a letter',
  'wrote a post',
  'wrote an email',
].sort();

/** "The ministry in a statement said": the preposition of an occasion before the verb. */
export const occasionPrepositions = ['at', 'during', 'in'] as const;

/** Occasions a source speaks on, set between the source and its verb. Court papers and
 * books are where parties and authors say things too ("allege in the indictment that"). */
export const occasionNouns = [
  'address',
  'affidavit',
  'announcement',
  'article',
  'blog post',
  'book',
  'briefing',
  'broadcast',
  'call',
  'column',
  'commentary',
  'comments',
  'conference call',
  'court filing',
  'court papers',
  'dispatch',
  'editorial',
  'email',
  'essay',
  'filing',
  'hearing',
  'indictment',
  'interview',
  'lawsuit',
  'letter',
  'meeting',
  'memo',
  'memoir',
  'message',
  'news briefing',
  'news conference',
  'newsletter',
  'note',
  'notice',
  'op-ed',
  'phone call',
  'podcast',
  'post',
  'press briefing',
  'press conference',
  'press release',
  'radio interview',
  'rally',
  'remarks',
  'report',
  'sermon',
  'speech',
  'statement',
  'television interview',
  'testimony',
  'text message',
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

/** "said in answer to a question from KCNA", "in a question-and-answer session with ...", "in
 * an exclusive interview with Xinhua": the outlet that asked. */
export const outletQuestions = [
  'interview',
  'interviews',
  'question',
  'question-and-answer session',
  'questions',
] as const;

export const questionOutletLinks = ['from', 'with'] as const;
