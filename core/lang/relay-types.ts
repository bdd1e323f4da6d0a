/** The relay words of cues/ in a language pack: an outlet or document that carried someone's
 * words ("dilansir dari", "carried by state media"); split from cue-types.ts, which keeps the
 * rest of the cue words. */
export interface RelayCueData {
  /** cues/: relay phrases naming the outlet or document that carried the words ("dilansir dari"). */
  relays: readonly string[];
  /** cues/: relay phrases whose object can only be a publication ("dilansir dari",
   * "dikutip dari", "as reported by"): an outlet unknown to the registry and lexicons is
   * still an outlet (capitalised: a title) or a written source ("laman resminya"). */
  publicationRelays: readonly string[];
  /** cues/: relays written after the noun of the thing carried ("the speech, carried by
   * state media, lasted ..."): with the clause going on after the outlet, the outlet only
   * carried a thing, unless another cue reports words. */
  postmodifierRelays: readonly string[];
  /** cues/: relays of a broadcast that a word of how it went out may follow ("aired live
   * by", "disiarkan langsung"): compile.ts adds each with each of broadcastManners after
   * its first word. */
  broadcastRelays: readonly string[];
  /** cues/: relays whose outlet acted on the sentence's subject, broadcasting it or
   * interviewing them ("aired by", "interviewed by", "disiarkan", "diwawancarai"): right
   * after the subject they tell what happened, not whose words (rules/broadcast-subject.ts). */
  subjectEventRelays: readonly string[];
  /** cues/: a speaker's words named again as what an outlet carried, in the sentence after
   * them ("His comments were carried by state media", "Pernyataannya disiarkan KCNA"). */
  carriedWords: readonly string[];
  /** cues/: verbs of a speaker making those words, in the sentence after them that an
   * outlet reports ("Kim made the comments at a meeting, according to KCNA"): the outlet
   * carried the words of the sentence before too. */
  remarkMakingVerbs: readonly string[];
  /** cues/: the verbs of carrying in such a sentence, after the words (and any auxiliary). */
  carriedBackVerbs: readonly string[];
  /** cues/: an outlet's verbs of carrying someone's words named right after them, the
   * speaker following the words' noun ("KCNA menyiarkan pernyataan X yang menyebut ..."). */
  carryingVerbs: readonly string[];
  /** cues/: verbs of issuing or carrying a statement whose relative clause gives its words,
   * the issuer being the speaker ("Kementerian merilis pernyataan yang menyebutkan ..."). */
  statementIssuingVerbs: readonly string[];
  /** cues/: verbs of publishing read only in a relative clause inside a document's phrase
   * ("laporan yang dirilis X"). */
  publishingRelays: readonly string[];
}
