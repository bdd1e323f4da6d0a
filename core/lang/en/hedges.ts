/** Auxiliaries of an agentless passive: "is believed to", "had been rumoured". */
const passiveAuxiliaries = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been'];

/** Participles of belief or hearsay with what may follow them in a hedge: "to" before the
 * hedged verb ("is said to have"), a state ("are believed dead", "was presumed lost"), or
 * nothing ("was suspected", "is rumoured"). */
const hedgedParticiples: Readonly<Record<string, readonly string[]>> = {
  alleged: ['', 'to'],
  believed: ['to', 'dead', 'held', 'killed', 'lost', 'missing', 'trapped'],
  claimed: ['to'],
  feared: ['to', 'dead', 'killed', 'lost', 'missing', 'trapped'],
  presumed: ['to', 'dead', 'lost', 'missing'],
  reported: ['to'],
  reputed: ['to'],
  rumored: [''],
  rumoured: [''],
  said: ['to'],
  suspected: [''],
  thought: ['to'],
  understood: ['to'],
};

/** Participles that are no hedge without their auxiliary: "they claimed to have won" is the
 * subject's own claim; "a man suspected to be ...", "abuses alleged to have occurred" name
 * someone or something by a suspicion, as "the suspected attacker" does. */
const notBareHedges: ReadonlySet<string> = new Set(['alleged', 'claimed', 'suspected']);

/** The other participles with no auxiliary, opening a reduced relative or an aside: "a man
 * said to be the leader", "the coach, rumoured to be leaving, ...". */
const bareParticipleHedges = Object.keys(hedgedParticiples)
  .filter((p) => !notBareHedges.has(p))
  .flatMap((p) => [`${p} to be`, `${p} to have`]);

/** "It is believed", "it had been rumoured": the hedge with an empty subject. */
const itParticiples = [
  'alleged',
  'believed',
  'claimed',
  'feared',
  'reported',
  'rumored',
  'rumoured',
  'said',
  'thought',
  'understood',
];
const itAuxiliaries = ['is', 'was', 'has been', 'had been'];

/** "There were reports that", "there have been allegations of": hearsay said to exist. */
const thereHearsay: Readonly<Record<string, readonly string[]>> = {
  plural: [
    'allegations of',
    'allegations that',
    'claims of',
    'claims that',
    'no immediate reports of',
    'no reports of',
    'reports of',
    'reports that',
    'rumors',
    'rumours',
    'suggestions that',
    'unconfirmed reports',
    'whispers that',
  ],
  singular: ['speculation', 'talk that'],
};
const thereVerbs: Readonly<Record<string, readonly string[]>> = {
  plural: ['are', 'were', 'have been', 'had been'],
  singular: ['is', 'was', 'has been', 'had been'],
};

/** "Rumours are circulating", "speculation grew that ...": hearsay as the subject of a verb of
 * spreading. Verbs that also tell of something else ("speculation grew") need "that". */
const rumourSpreading = [
  'abound',
  'are circulating',
  'are flying',
  'are rife',
  'are swirling',
  'circulated',
  'have circulated',
  'have spread that',
  'have swirled that',
  'say',
  'spread that',
  'suggest',
  'swirled that',
  'were circulating',
  'were rife',
  'were swirling',
];
const speculationSpreading = [
  'grew that',
  'has grown that',
  'has mounted that',
  'is growing that',
  'is mounting that',
  'is rife',
  'mounted that',
  'swirled that',
  'was rife',
];

/** Hedges that present a claim with no source. A hedge's first word is a cue word to the
 * name readers (core/lang/compile.ts), so none opens with an article ("the story goes"). */
export const hedges = [
  ...passiveAuxiliaries.flatMap((aux) =>
    Object.entries(hedgedParticiples).flatMap(([p, after]) =>
      after.map((a) => (a ? `${aux} ${p} ${a}` : `${aux} ${p}`)),
    ),
  ),
  ...bareParticipleHedges,
  ...itAuxiliaries.flatMap((aux) => itParticiples.map((p) => `it ${aux} ${p}`)),
  ...Object.entries(thereHearsay).flatMap(([number, nouns]) =>
    (thereVerbs[number] ?? []).flatMap((be) => nouns.map((n) => `there ${be} ${n}`)),
  ),
  ...['rumors', 'rumours'].flatMap((n) => rumourSpreading.map((v) => `${n} ${v}`)),
  ...speculationSpreading.map((v) => `speculation ${v}`),
  // "Rumours are that the club will be sold": the hearsay noun as subject of "be ... that".
  ...['rumors', 'rumours'].flatMap((n) => ['are', 'were'].map((be) => `${n} ${be} that`)),
  ...['is', 'was'].map((be) => `speculation ${be} that`),
  'according to rumors',
  'according to rumours',
  'according to unconfirmed reports',
  'according to unverified reports',
  'allegedly',
  'amid reports that',
  'amid rumors that',
  'amid rumours that',
  'amid speculation that',
  'as the story goes',
  'believed to',
  'gossip has it',
  'had been described as',
  'has been described as',
  'have been described as',
  'it is estimated',
  'legend has it',
  'purportedly',
  'reportedly',
  'reports say',
  'reputedly',
  'rumor has it',
  'rumour has it',
  'supposedly',
  'tradition has it',
  'unconfirmed reports that',
  'unverified reports that',
  'was described as',
  'were described as',
  'were reportedly',
  'word has it',
  'word got out that',
  'word is that',
  'word spread that',
].sort();

/** "Unconfirmed reports said": the reports are no source a reader could check. */
export const unconfirmedMarkers = [
  'unconfirmed',
  'uncorroborated',
  'unsubstantiated',
  'unverified',
] as const;

/** "By all accounts, ...": hearsay opening the sentence before a comma. Only there: its first
 * word "by" would otherwise become a cue word to the name readers, and "by some accounts"
 * inside a clause may have an author after it. */
export const openingHedges = [
  'by all accounts',
  'by many accounts',
  'by most accounts',
  'by some accounts',
] as const;

/** Phrases where a hedge word is not a hedge. */
export const hedgeExceptions = [
  'had been described as follows',
  'has been described as follows',
  'have been described as follows',
  'was described as follows',
  'were described as follows',
] as const;

/** "Many abuses have been reported", "Similar clashes were reported last week": a passive of
 * reporting with no agent tells of events with no one reporting them. */
export const eventHedges = [
  'are reported',
  'had been reported',
  'has been reported',
  'have been reported',
  'is reported',
  'was reported',
  'were reported',
] as const;

/** "The theft was reported", "This was reported": what was reported is known already; the
 * sentence tells of the report, not of a hedged event. */
export const knownSubjectOpeners = ['that', 'these', 'this', 'those'] as const;

/** English files reports in event hedges of their own (above): none here. */
export const reportingHedges = [] as const;
export const reportCircumstances = [] as const;

/** A capital or a quotation after an English hedge is part of the hedged claim ("was reportedly
 * Tunisian", 'was described as "barbaric"'): its agent comes after "by". */
export const hedgeNamesAfter = false;
