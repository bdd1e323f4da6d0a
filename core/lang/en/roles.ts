/** Titles and roles of people. A source with one of these and a name is a named person with
 * a role; one of these with no name is an unnamed official (see unnamed.ts) or resolves
 * back to a person named earlier ("the minister"). */
export const roles = [
  'actor',
  'adm',
  'admiral',
  'adviser',
  'advisor',
  'aide',
  'alderman',
  'alderwoman',
  'ambassador',
  'analyst',
  'assemblyman',
  'assemblywoman',
  'attorney',
  'attorney general',
  'author',
  'blogger',
  'board member',
  'brigadier general',
  'brother',
  'candidate',
  'capt',
  'captain',
  'ceo',
  'cfo',
  'chair',
  'chairman',
  'chairwoman',
  'chancellor',
  'chief',
  'chief constable',
  'chief executive',
  'chief executive officer',
  'chief financial officer',
  'chief inspector',
  'chief of staff',
  'chief operating officer',
  'city attorney',
  'cmdr',
  'co-author',
  'co-founder',
  'coach',
  'col',
  'colonel',
  'columnist',
  'commander',
  'commissioner',
  'comptroller',
  'congressman',
  'congresswoman',
  'constable',
  'coo',
  'coroner',
  'correspondent',
  'councillor',
  'councilman',
  'councilor',
  'councilwoman',
  'county attorney',
  'crown prince',
  'cto',
  'daughter',
  'dci',
  'delegate',
  'deputy',
  'det',
  'detective',
  'diplomat',
  'director',
  'district attorney',
  'doctor',
  'economist',
  'editor',
  'editor-in-chief',
  'emir',
  'envoy',
  'executive',
  'expert',
  'fact-checker',
  'father',
  'financial officer',
  'founder',
  'general',
  'gov',
  'governor',
  'head',
  'husband',
  'insp',
  'inspector',
  'journalist',
  'judge',
  'king',
  'lawmaker',
  'lawyer',
  'leader',
  'legislator',
  'lieutenant',
  'lieutenant colonel',
  'lieutenant general',
  'lt',
  'magistrate',
  'maj',
  'major general',
  'manager',
  'managing director',
  'mayor',
  'md',
  'minister',
  'monarch',
  'mother',
  'mp',
  'neighbor',
  'neighbour',
  'nominee',
  'officer',
  'official',
  'ombudsman',
  'operative',
  'opposition figure',
  'organiser',
  'organizer',
  'owner',
  'parliamentarian',
  'partner',
  'party figure',
  'phd',
  'police chief',
  'policeman',
  'policewoman',
  'political figure',
  'politician',
  'premier',
  'president',
  'prime minister',
  'prince',
  'princess',
  'principal',
  'professor',
  'prosecutor',
  'queen',
  'rear admiral',
  'rep',
  'reporter',
  'representative',
  'researcher',
  'scientist',
  'secretary',
  'secretary general',
  'secretary of state',
  'secretary-general',
  'sen',
  'senator',
  'senior figure',
  'sergeant',
  'sgt',
  'sheriff',
  'sister',
  'soldier',
  'son',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'state attorney',
  "state's attorney",
  'strategist',
  'superdelegate',
  'superintendent',
  'supervisor',
  'supt',
  'treasurer',
  'u.s. attorney',
  'undersecretary',
  'veteran',
  'vice admiral',
  'vice president',
  'warden',
  'wife',
  'writer',
] as const;

/** Words that qualify a role or an official. */
export const modifiers = ['acting', 'deputy', 'former', 'local', 'senior', 'top'] as const;

/** Words before a role that make it another office than the bare role: a later "the deputy
 * minister" or "the former envoy" is not the minister or envoy named before. */
export const officeQualifiers = ['assistant', 'deputy', 'former', 'vice'] as const;

/** Honorifics before a name: kept in the name as written, left out when a later mention is
 * matched to the person named earlier. */
export const honorifics = ['dr', 'miss', 'mr', 'mrs', 'ms', 'prof', 'sir'] as const;

/** A lone capitalised source nobody introduced: see LangData.loneNameKind. */
export const loneNameKind = 'organization' as const;

/** Lower-case particles inside a person's name ("von der Leyen", "bin Salem", "al-Hamdan"). */
export const nameParticles = [
  'abu',
  'al',
  'ben',
  'bin',
  'binti',
  'da',
  'de',
  'del',
  'della',
  'der',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'van',
  'von',
] as const;

/** "A shopkeeper who gave his name as Omar said": the name handed over is a person's. */
export const givenNameMarkers = [
  'first name',
  'identified as',
  'identified herself as',
  'identified himself as',
  'name as',
  'named',
  'only as',
  'surname',
  'surnamed',
] as const;

/** Words introducing a person by initials: the initials then name that person. */
export const initialsMarkers = ['initialed', 'initialled', 'initials'] as const;

/** English copy writes a bare age after a name ("Roe, 61,"): no unit. */
export const ageUnits = [] as const;

/** English sets the office off with commas ("Jane Doe, as chair, said"): none needed. */
export const capacityLinks = [] as const;

/** Articles dropped from the front of a role ("the spokesman" -> "spokesman"). */
export const roleArticles = ['a', 'an', 'the'] as const;

/** English points back with "the": a bare role ("Minister") is no description. */
export const bareRolesPointBack = false;

/** "The generals said", "two envoys said": a role's plural (irregular ones, "spokesmen", are
 * listed in unnamed.ts). */
export const rolePluralEndings = ['s'] as const;

/** English "the minister" may be another minister than the one named: none listed. */
export const pointingArticles = [] as const;

/** Words opening an appositive that describes the person just named ("said Jane Doe, who
 * follows ...", ", head of ..."). */
export const appositiveOpeners = [
  'a',
  'an',
  'chief',
  'head',
  'one',
  'president',
  'the',
  'who',
  'whose',
] as const;

/** A rank that is also an adjective: "The general said", not "the general public". */
export const headOnlyRoles = ['general'] as const;

/** Titles one person holds at a time, standing for that person's name: "the Pope said". */
export const oneHolderTitles = ['aga khan', 'dalai lama', 'pontiff', 'pope'] as const;

/** A general word for an office pointing back to a person named with one of its ranks: "the
 * diplomat" after "Ambassador Jane Roe", "the lawmaker" after "Senator Ann Lee", "the
 * officer" after "Colonel Ben Okafor". Keyed by the general word; each rank is a role. */
export const roleFamilies: Readonly<Record<string, readonly string[]>> = {
  commander: ['admiral', 'colonel', 'general'],
  diplomat: ['ambassador', 'envoy'],
  envoy: ['ambassador'],
  congressman: ['representative'],
  congresswoman: ['representative'],
  lawmaker: [
    'assemblyman',
    'assemblywoman',
    'congressman',
    'congresswoman',
    'legislator',
    'mp',
    'representative',
    'senator',
  ],
  legislator: [
    'assemblyman',
    'assemblywoman',
    'congressman',
    'congresswoman',
    'lawmaker',
    'mp',
    'representative',
    'senator',
  ],
  officer: ['admiral', 'captain', 'colonel', 'general', 'lieutenant', 'sergeant'],
  official: [
    'ambassador',
    'commissioner',
    'envoy',
    'governor',
    'mayor',
    'minister',
    'secretary',
    'spokesman',
    'spokesperson',
    'spokeswoman',
    'undersecretary',
  ],
};

/** Titles shortened before a name and the role each stands for: "the senator" after "Sen.
 * Jane Roe", "the governor" after "Gov. Tom Vale". */
export const roleShortForms: Readonly<Record<string, string>> = {
  adm: 'admiral',
  capt: 'captain',
  cmdr: 'commander',
  col: 'colonel',
  det: 'detective',
  gen: 'general',
  gov: 'governor',
  lt: 'lieutenant',
  maj: 'major',
  prof: 'professor',
  rep: 'representative',
  sen: 'senator',
  sgt: 'sergeant',
  supt: 'superintendent',
};
