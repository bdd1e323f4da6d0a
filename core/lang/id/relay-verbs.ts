/** Calls and pleas relayed by an outlet ("X urged calm, state media said"): none listed yet
 * for Indonesian, whose directive verbs ("meminta", "mendesak") are read by other rules. */
export const relayedSpeechActs = [] as const;

/** "reported X as saying" has no Indonesian form of its own ("mengutip" is a quote verb). */
export const reportedAsVerbs = [] as const;

export const reportedAsComplements = [] as const;

export const reportedAsPassives = [] as const;
export const tellingComplements = [] as const;

/** "disiarkan langsung oleh televisi pemerintah": how a broadcast carried it, after its
 * verb. */
export const broadcastManners = ['langsung'] as const;

/** Indonesian reports what pictures show with a finite verb ("menunjukkan"), read by the
 * finding-verb rule. */
export const findingParticiples = [] as const;

/** Indonesian joins such a clause with "sambil"/"setelah" before a finite verb, read as a
 * verb of its own. */
export const participleOpeners = [] as const;

/** Indonesian marks no participle by its ending: none. */
export const participleEndings = [] as const;

/** "Apple lost the case after a court ruled against it, state media reported": a cue inside
 * a clause these words open is part of the claim that an outlet closing the sentence reports. */
export const clauseSubordinators = [
  'karena',
  'ketika',
  'meskipun',
  'saat',
  // "sambil menata botol": a clause of what the subject does meanwhile, as English "while".
  'sambil',
  'sebelum',
  'sejak',
  'sembari',
  'seraya',
  'setelah',
  'walaupun',
] as const;

/** "Menurut informasi yang dihimpun dari warga, ...": a noun for what was learned; the
 * source is who it came from, after the link word, not the information. */
export const hearsayNouns = ['informasi'] as const;
export const hearsayLinks = ['dari'] as const;
