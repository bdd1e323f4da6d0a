/** Unnamed non-official sources, and the phrases that say a source is unnamed ("who asked
 * not to be named"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'activist',
  'activists',
  'advisers',
  'advisors',
  'advocates',
  'analyst',
  'analysts',
  'asked not to be identified',
  'asked not to be named',
  'astronomers',
  'attorneys',
  'author',
  'authors',
  'biologists',
  'blogger',
  'brother',
  'bystanders',
  'campaigner',
  'campaigners',
  'cleric',
  'clerics',
  'clinicians',
  'co-author',
  'co-authors',
  'colleagues',
  'columnist',
  'commenter',
  'commenters',
  'community',
  'commuters',
  'consumers',
  'crew',
  'critics',
  'customers',
  'daughter',
  'declined to be identified',
  'declined to be named',
  'demonstrators',
  'depositors',
  'developers',
  'doctor',
  'doctors',
  'driver',
  'drivers',
  'economist',
  'economists',
  'employee',
  'employees',
  'engineer',
  'engineers',
  'epidemiologists',
  'exiles',
  'expert',
  'experts',
  'eyewitness',
  'eyewitnesses',
  'fact-checker',
  'families',
  'family',
  'fans',
  'farmers',
  'father',
  'fighter',
  'fighters',
  'fishermen',
  'forecasters',
  'friend',
  'friends',
  'historians',
  'husband',
  'insider',
  'insiders',
  'insurgents',
  'investors',
  'journalist',
  'lawyers',
  'locals',
  'maintainers',
  'man',
  'mathematician',
  'mathematicians',
  'medics',
  'member',
  'members',
  'men',
  'militants',
  'militias',
  'mother',
  'motorists',
  'neighbor',
  'neighbors',
  'neighbour',
  'neighbours',
  'nurse',
  'nurses',
  'observers',
  'on condition of anonymity',
  'one person familiar with',
  'opponents',
  'organiser',
  'organisers',
  'organizer',
  'organizers',
  'others',
  'paramedics',
  'parents',
  'participants',
  'passengers',
  'patients',
  'people',
  'people close to',
  'people familiar with',
  'person',
  'person close to',
  'person familiar with',
  'physicians',
  'physicist',
  'physicists',
  'pilots',
  'proponents',
  'protesters',
  'psychologists',
  'reader',
  'readers',
  'rebels',
  'relative',
  'relatives',
  'reporter',
  'requested anonymity',
  'rescuers',
  'researcher',
  'researchers',
  'resident',
  'residents',
  'respondent',
  'respondents',
  'scholar',
  'scholars',
  'scientist',
  'scientists',
  'shoppers',
  'sister',
  'skeptics',
  'social media',
  'social media users',
  'son',
  'source',
  'source close to',
  'sources',
  'sources close to',
  'students',
  'supporters',
  'survivors',
  'teachers',
  'tourists',
  'traders',
  'unidentified',
  'user',
  'users',
  'victims',
  'villagers',
  'visitors',
  'volunteers',
  'voters',
  'wife',
  'witness',
  'witnesses',
  'woman',
  'women',
  'worker',
  'workers',
  'writer',
] as const;

/** People in general: "people say", "many people think", "everyone knows". */
export const vagueGroups = [
  'anybody',
  'anyone',
  'everybody',
  'everyone',
  'folks',
  'nobody',
  'people',
  'somebody',
  'someone',
] as const;

/** The people someone works with: "Jane Roe and her colleagues found ...". */
export const companionNouns = [
  'co-authors',
  'co-workers',
  'coauthors',
  'collaborators',
  'colleagues',
  'coworkers',
  'team',
  'teammates',
] as const;

/** Vague quantifiers before them ("many people", "a lot of people"); a number or "several"
 * counts people who spoke. */
export const vagueQuantifiers = [
  'a',
  'all',
  'few',
  'lot',
  'lots',
  'many',
  'most',
  'of',
  'plenty',
  'some',
] as const;

/** A source as such: placed in an institution it is an unnamed official. */
export const sourceNouns = [
  'insider',
  'insiders',
  'member',
  'members',
  'source',
  'sources',
] as const;

/** Fields of state power: "a diplomatic source", "judicial sources" are unnamed officials. */
export const officialDomains = [
  'defence',
  'defense',
  'diplomatic',
  'governmental',
  'intelligence',
  'judicial',
  'law enforcement',
  'ministerial',
  'parliamentary',
  'presidential',
  'security',
] as const;

/** Endings of nouns for people by what they do or hold ("organizers", "campaigner",
 * "leftists", "trustee", "spokesmen"); a common noun with none is read as a thing. */
export const personSuffixes = [
  'an',
  'ans',
  'ant',
  'ants',
  'ee',
  'ees',
  'er',
  'ers',
  'ist',
  'ists',
  'men',
  'or',
  'ors',
] as const;

/** Plural endings of nouns for people by what they do or are ("mourners", "physicians"):
 * no "-ans", which ends surnames ("Evans"). */
export const pluralPersonSuffixes = [
  'ants',
  'ees',
  'ents',
  'ers',
  'ians',
  'ists',
  'men',
  'ors',
] as const;

/** English names people by endings (above), not prefixes. */
export const personPrefixes = [] as const;
export const thingSuffixes = [] as const;

/** Things named with a person's ending ("my humor", "the error"). */
export const notPersonNouns = [
  'color',
  'colour',
  'error',
  'favor',
  'favour',
  'honor',
  'honour',
  'horror',
  'humor',
  'humour',
  'labor',
  'labour',
  'mirror',
  'rumor',
  'rumour',
  'terror',
] as const;

/** What a source did, heading a subject, is no source: "Criticism in state media suggests
 * ..." is the writer's reading of it. */
export const eventNouns = ['coverage', 'criticism'] as const;

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = ['across', 'around', 'at', 'for', 'from', 'in', 'near', 'of'] as const;

/** "Jane Roe of Acme Capital said": the word tying a full name to its employer. */
export const employerLinks = ['of'] as const;

/** A name after these is someone else or a place: "the wife of", "residents Elm Street". */
export const relationNouns = [
  'brother',
  'daughter',
  'family',
  'father',
  'husband',
  'mother',
  'neighbor',
  'neighbors',
  'resident',
  'residents',
  'sister',
  'son',
  'source',
  'sources',
  'wife',
] as const;

/** Words for whoever uses a thing: on a page about a product "the user" is anyone, so only a
 * particular one speaks ("one user", "a Weibo user"). */
export const genericPersonNouns = ['user'] as const;

/** Words tying an unnamed source to what it knows: "an official familiar with the inquiry",
 * "a banker briefed on the talks". */
export const acquaintanceLinks = [
  'briefed on',
  'close to',
  'familiar with',
  'knowledgeable about',
  'with direct knowledge of',
  'with knowledge of',
] as const;

/** Nouns a site handle follows ("user fennick42"): the handle names the person. Not sources
 * alone: "the user" of a tech page is anyone who uses the thing. */
export const handleNouns = ['commenter', 'member', 'poster', 'user'] as const;
