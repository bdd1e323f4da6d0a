/** The words of pronouns and possessives in a language pack (pronouns.ts): split from types.ts,
 * which keeps the rest of LangData. */
export interface PronounWordData {
  /** pronouns.ts: a person or people as the object of a verb ("quoted him", "mengutipnya"
   * has none as a word). */
  objectPronouns: readonly string[];
  /** pronouns.ts: the object pronouns among them that stand for a group ("them"), as "they"
   * does; the others stand for a person. */
  objectGroupPronouns: readonly string[];
  /** pronouns.ts: pronouns whose "'s" (contractedClitics) is a verb (contractedVerbs), never an
   * owner's: phrases with "it is" match "it's" too. Empty where the language writes none. */
  contractedHosts: readonly string[];
  contractedVerbs: readonly string[];
  contractedClitics: readonly string[];
  /** pronouns.ts: endings of a contracted auxiliary ("'d", "'ll"): "You'd think", "We'll
   * find" is the small word before them, the page's own voice, never a name. */
  auxiliaryClitics: readonly string[];
  /** pronouns.ts: pronouns for a person ("he", "dia"). */
  personPronouns: readonly string[];
  /** pronouns.ts: a speaker's words about themself ("I", "my"): only a person says them. */
  selfPronouns: readonly string[];
  /** pronouns.ts: pronouns for a group or institution ("they", "mereka", "it"). */
  groupPronouns: readonly string[];
  /** pronouns.ts: group pronouns that stand for an institution or thing only ("it"): the last
   * body, outlet or document, never a group of people. */
  thingPronouns: readonly string[];
  /** pronouns.ts: relative pronouns opening a clause about a person ("who", "yang"). */
  relativePronouns: readonly string[];
  /** pronouns.ts: relative pronouns opening a clause about a thing or an institution only
   * ("which"): "Lionfield, which makes tyres, said" is no person. */
  thingRelatives: readonly string[];
  /** pronouns.ts: words that make a description point back ("the", "ini", "tersebut"). */
  anaphoricMarkers: readonly string[];
  /** pronouns.ts: phrases closing a noun that point back to the one named before ("sumber
   * yang sama"). */
  sameMarkers: readonly string[];
  /** pronouns.ts: possessive words that may open a plain noun phrase ("her husband"). */
  possessives: readonly string[];
  /** pronouns.ts: possessives of a thing or a body ("its findings:", "their findings:"). */
  thingPossessives: readonly string[];
  /** pronouns.ts: possessives of a person only ("his", "her"): "Vale said his ..." is a person. */
  personPossessives: readonly string[];
  /** pronouns.ts: possessives of a thing or a body only ("its"): "Lumina said its ..." is no
   * person. */
  institutionPossessives: readonly string[];
  /** pronouns.ts: words opening a relative clause that describes a source ("who", "yang"). */
  clauseRelatives: readonly string[];
  /** pronouns.ts: words opening a clause whose "they" is the sentence's own subject ("Rights
   * groups decry what they say is ...", "the detainee, who they said was ..."). */
  subjectPronounClauses: readonly string[];
  /** pronouns.ts: words opening a free relative ("say what he believes"): the verb after its
   * subject names a thing said, not a claim, unless a verb follows. */
  freeRelatives: readonly string[];
  /** pronouns.ts: group pronouns a singular institution is not called by ("they": the
   * ministry is "it"), and bodies named in the singular that are still "they" ("police"). */
  peoplePronouns: readonly string[];
  /** pronouns.ts: words for the several people just named, together ("keduanya"): the
   * persons named in the sentence before. */
  pairPronouns: readonly string[];
  /** pronouns.ts: words standing for one more of the unnamed people just quoted, their noun
   * left out ("One diplomat said ... Another said ..."). */
  elidedHeads: readonly string[];
  /** pronouns.ts: the pronoun of the people a count is taken of ("one of them said"). */
  partitivePeople: readonly string[];
  /** pronouns.ts: counts of such people besides the number words and elided heads ("both of
   * them", "each of them"). */
  partitiveCounts: readonly string[];
  /** pronouns.ts: a count or its link with the people's pronoun fused on as a clitic
   * ("salah satunya", "di antaranya"): the whole count, or the link and the people. */
  partitiveFused: readonly string[];
  collectiveBodies: readonly string[];
  /** pronouns.ts: pronouns, and nouns or titles, of a man and of a woman ("he", "spokesman",
   * "Mrs"): a pronoun never stands for a person named by a word of the other sex. Empty where
   * the pronouns tell no sex. */
  malePronouns: readonly string[];
  femalePronouns: readonly string[];
  maleNouns: readonly string[];
  femaleNouns: readonly string[];
  /** pronouns.ts: verbs by which a person comes before others ("spoke to", "visited",
   * "bertemu"): one unnamed person doing so is who a pronoun in the next sentence may be. */
  attendanceVerbs: readonly string[];
  /** pronouns.ts: participles opening a clause that describes the noun before it ("a panel
   * set up to ...", "a coalition led by ..."). */
  clauseParticiples: readonly string[];
  /** pronouns.ts: words joining a second verb to the sentence's subject ("and", "dan"). */
  coordinators: readonly string[];
}
