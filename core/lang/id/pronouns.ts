/** Pronouns that stand for a person. "Pihaknya" (his or her side) is the last speaker, for
 * whose institution it speaks; "(yang) bersangkutan" (the one concerned) is the person being
 * discussed. */
export const personPronouns = ['beliau', 'bersangkutan', 'dia', 'ia', 'pihaknya'] as const;

/** "Saya kaget," kata Rina: words a person says of themself. */
export const selfPronouns = ['aku', 'saya'] as const;

/** "Ia", "dia", "beliau" are said of a man and a woman alike: no pronoun tells a person's sex,
 * so no noun need agree with one. */
export const malePronouns = [] as const;
export const femalePronouns = [] as const;
export const maleNouns = [] as const;
export const femaleNouns = [] as const;

/** Persons as a verb's object ("mengutip dia", "mengutip mereka"). */
export const objectPronouns = ['beliau', 'dia', 'mereka'] as const;

/** "mereka" as an object stands for a group, as it does as a subject. */
export const objectGroupPronouns = ['mereka'] as const;

/** Pronouns that stand for a group or an institution. */
export const groupPronouns = ['mereka'] as const;

/** Words that make a description point back ("Mantan Kepala Dinas ini"). */
export const anaphoricMarkers = ['ini', 'itu', 'tersebut'] as const;

/** "sumber yang sama" (the same source): closing a noun, it points back like "itu". */
export const sameMarkers = ['yang sama'] as const;

/** Pronouns for an institution or a thing only: Indonesian uses "mereka" or the noun again. */
export const thingPronouns = [] as const;

/** Relative pronouns opening a clause about a person ("Siti, 45, yang tinggal di ..."). */
export const relativePronouns = ['yang'] as const;

/** "yang" opens clauses about people and things alike: no relative marks a thing only. */
export const thingRelatives = [] as const;

/** Indonesian marks possession after the noun ("suaminya", "suami dia"): no possessive opens
 * a noun phrase. */
export const possessives = [] as const;

/** Possession is the clitic -nya, read elsewhere: no separate word. */
export const thingPossessives = [] as const;
export const personPossessives = [] as const;
export const institutionPossessives = [] as const;

/** "sumber yang mengetahui masalah itu mengatakan". */
export const clauseRelatives = ['yang'] as const;

/** Not yet studied for Indonesian ("apa yang mereka sebut"): none. */
export const subjectPronounClauses = [] as const;

/** Not yet studied for Indonesian ("apa yang dia yakini"): none. */
export const freeRelatives = [] as const;

/** Not yet studied for Indonesian ("mereka" after "kementerian"): none. */
export const peoplePronouns = [] as const;

/** "Keduanya mengatakan": the two (three) people just named, together. */
export const pairPronouns = ['keduanya', 'ketiganya'] as const;

/** Not yet studied for Indonesian ("yang lain"): none. */
export const elidedHeads = [] as const;

/** "Warga mengatakan ... Salah seorang dari mereka mengaku ...": a count of the people just
 * spoken of, whose kind it takes (numbers count too: "dua dari mereka"). */
export const partitivePeople = ['mereka'] as const;
export const partitiveCounts = [
  'beberapa',
  'salah satu',
  'salah seorang',
  'sebagian',
  'sebagian besar',
] as const;
/** "Salah satunya mengatakan", "Dua di antaranya mengaku": the people's "-nya" fused onto the
 * count or onto its link. */
export const partitiveFused = ['di antaranya', 'salah satunya'] as const;
export const collectiveBodies = [] as const;

/** "Seorang pejabat berbicara kepada wartawan. Ia mengatakan ...": verbs by which a person
 * comes before others (a visit, a meeting, a briefing). One unnamed person doing so in a
 * sentence that quotes no one is the person a pronoun opening the next may stand for. */
export const attendanceVerbs = [
  'berbicara',
  'berkunjung',
  'bertemu',
  'datang',
  'hadir',
  'mendatangi',
  'menemui',
  'menghadiri',
  'mengunjungi',
  'meninjau',
  'menyambangi',
  'tiba',
] as const;

/** A clause describing a noun opens with "yang" ("tim yang dibentuk ..."): no bare participle. */
export const clauseParticiples = [] as const;

/** "Budi datang terlambat dan mengatakan ...", "... tidak memberi rincian, tetapi menyebut ...":
 * a second verb of the sentence's subject. */
export const coordinators = ['dan', 'lalu', 'namun', 'tapi', 'tetapi'] as const;

/** Indonesian writes no contracted verb after a pronoun. */
export const contractedHosts = [] as const;
export const contractedVerbs = [] as const;
export const contractedClitics = [] as const;

/** Indonesian contracts no auxiliaries. */
export const auxiliaryClitics = [] as const;
