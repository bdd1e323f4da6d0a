/** Indonesian reporting cues. Words that keep a cue word from being a claim: objects, negations, conditions, nouns. */

/** Modals of duty before a cue verb: "Kepala desa wajib melaporkan ...", "Pengelola harus
 * menjelaskan ...": a duty, no report; and "belum" ("Polisi belum mengumumkan nama
 * tersangka"): not yet said, so nothing reported. Not "bisa"/"dapat" ("Polisi dapat
 * memastikan bahwa ..." reports what was confirmed) nor "perlu" ("merasa perlu menegaskan"
 * says it), nor "tidak" ("tidak menyebutkan X" may still tell the reader something; see
 * cueExceptions). And a purpose ("menemui Presiden untuk menjelaskan bahwa ...",
 * "guna memastikan"): what someone means to say, not said. */
export const unassertedMarkers = ['belum', 'guna', 'harus', 'mesti', 'untuk', 'wajib'] as const;

/** Indonesian copy has needed no such modal before a finding verb so far. */
export const hypotheticalModals = [] as const;

/** No such modal, so nothing after one. */
export const futureInPastMarkers = [] as const;

/** No negated subject is treated apart yet. */
export const negatedSubjects = [] as const;

/** "Asosiasi Nelayan yang melapor": an Indonesian cue after "yang" still reports. */
export const describingRelatives = [] as const;

export const possessiveRelatives = [] as const;

/** Objects of a cue that point back to the previous sentence. */
export const anaphors = ['hal ini', 'hal itu', 'hal tersebut'] as const;

/** Phrases in which a cue word is no cue: a complaint to a body, a refusal that conveys
 * nothing ("tidak menjelaskan lebih rinci", "menolak mengatakan bagaimana ..."; "tidak
 * menyebutkan X" tells the reader what the source left out, so it stays a cue, as the seed
 * gold has it), or thanks, wishes and condolences passed on ("menyampaikan terima kasih",
 * "menyampaikan belasungkawa"). */
export const cueExceptions = [
  'belum menjelaskan',
  'dari kata',
  'enggan mengatakan',
  'enggan menjelaskan',
  'enggan menyebutkan',
  'enggan merinci',
  // "Konon katanya, ...": hearsay (a hedge, hedges.ts), no one's words.
  'konon katanya',
  'lapor ke',
  'melapor ke',
  'melaporkan ke',
  'menolak mengatakan',
  'menolak menyebutkan',
  'menolak merinci',
  'menyampaikan belasungkawa',
  'menyampaikan duka',
  'menyampaikan terima kasih',
  'menyampaikan ucapan',
  // "Seorang warga, sebut saja Mawar, mengatakan": a made-up name, not a cue.
  'sebut saja',
  'tidak menjelaskan',
] as const;

/** Not studied for Indonesian ("seperti dilaporkan ..." opens with its verb): none. */
export const accountSubordinators = [] as const;

/** Indonesian verbs of saying carry their own prefix: no determiner turns one into a noun. */
export const nounMarkers = [] as const;

/** Left empty until Indonesian copy shows the need: "Jika" opening a sentence is read into
 * the source phrase there, not before it. */
export const conditionals = [] as const;

/** Reporting an incident to a body: a complaint, not an attribution. */
export const complaintVerbs = ['lapor', 'melapor', 'melaporkan'] as const;

/** Prepositions of the body a complaint goes to. */
export const complaintTo = ['ke', 'kepada'] as const;

/** "Ia melanjutkan, ...", "melanjutkan bahwa ...": going on with words; with a bare noun after
 * it ("Polisi melanjutkan penyelidikan", "siap melanjutkan perundingan") an activity goes on
 * and nothing is said. */
export const continuingVerbs = ['melanjutkan'] as const;

/** Indonesian pages speaking of themselves are left for the Indonesian pack. */
export const ownTextPointers = [] as const;

export const ownTextNouns = [] as const;

export const resultDegrees = [] as const;

/** "Polisi mengimbau warga melapor", "meminta agar saksi menjelaskan": Indonesian writes no
 * infinitive marker, so the verbs of asking, urging and allowing (and "agar", "supaya") say
 * that the people after them are asked to do what the next verb says, not that they say it. */
export const directiveMarkers = [
  'agar',
  'melarang',
  'memaksa',
  'memerintahkan',
  'meminta',
  'mempersilakan',
  'mendesak',
  'mendorong',
  'mengajak',
  'menganjurkan',
  'menghimbau',
  'mengimbau',
  'menginstruksikan',
  'mengizinkan',
  'menugaskan',
  'menyerukan',
  'menyuruh',
  'mewajibkan',
  'supaya',
] as const;
