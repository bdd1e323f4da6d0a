/** The words of unnamed people in a language pack (anonymous.ts, vague-groups.ts,
 * person-nouns.ts): split from types.ts, which keeps the rest of LangData. */
export interface PeopleWordData {
  /** anonymous.ts: unnamed non-official sources ("a source", "analysts", "seorang sumber"). */
  anonymous: readonly string[];
  /** vague-groups.ts: people in general ("people", "everyone"): alone or after a vague
   * quantifier ("many people think", "most people say") a generic saying, no source. */
  vagueGroups: readonly string[];
  /** vague-groups.ts: words for a group only with a relative clause after them ("those who"). */
  relativeGroupHeads: readonly string[];
  /** vague-groups.ts: the people someone works with ("colleagues", "team"): after "X and (her)"
   * they speak with X, who is the source ("Jane Roe and her colleagues found that ..."). */
  companionNouns: readonly string[];
  /** vague-groups.ts: the vague quantifiers that may stand before them ("many", "a lot of"). */
  vagueQuantifiers: readonly string[];
  /** anonymous.ts: nouns for a source as such ("sources", "sumber"): placed in an institution
   * ("sumber di lingkungan Istana", "sources at the ministry") they are unnamed officials. */
  sourceNouns: readonly string[];
  /** anonymous.ts: words for a field of state power ("diplomatic", "intelligence",
   * "keamanan"): a source of that field ("a diplomatic source", "sumber intelijen") is an
   * unnamed official, as one placed in a government body is. */
  officialDomains: readonly string[];
  /** anonymous.ts: people a body employs for their trade ("experts", "lawyers"): right after
   * the body's word ("U.N. experts") they are its unnamed officials. */
  bodyPeople: readonly string[];
  /** body-people.ts: people who serve whoever they are tied to ("advisers"): serving an
   * office ("advisers to the president") they are its unnamed officials. */
  officeServants: readonly string[];
  /** body-people.ts: the word for one person as such ("person"): placed in a government body
   * ("a person at the ministry") one of its officials, as "someone at the embassy" is. */
  onePersonNouns: readonly string[];
  /** body-people.ts: regional police, army and court bodies named with their region, whose
   * people are named after a rank: capitals right after one are the region ("Polda Metro
   * Jaya"), not a person's name. */
  regionNamedBodies: readonly string[];
  /** unnamed.ts: words before a principal's name saying what they were ("the late"): "a
   * spokesman for the late Tom Vale" speaks for him, unnamed. */
  principalEpithets: readonly string[];
  /** anonymous.ts: prepositions placing a source somewhere ("residents of ... in Riverside",
   * "petani di Kabupaten Kediri"): the place is no part of who speaks. */
  locatives: readonly string[];
  /** source-ties.ts: a word tying a person to where they come from, after their trade and
   * before the place ("pemain asal Brasil Marquinhos"): a name after the place is theirs. */
  originMarkers: readonly string[];
  /** source-ties.ts: a word tying an outlet to its owner after the outlet's name ("kantor
   * berita IRNA milik pemerintah Iran"): the owner is no source of its own. */
  ownerLinks: readonly string[];
  /** source-ties.ts: a preposition after a speaker's name saying where they spoke ("Menteri X
   * di Jakarta mengatakan"): the place is no part of the speaker. */
  spokenAtMarkers: readonly string[];
  /** unnamed.ts: words tying an unnamed person to the body they work for, other than the
   * locatives ("an official with the agency"): the body after them is no source of its own. */
  memberLinks: readonly string[];
  /** anonymous.ts: nouns a site handle follows ("user fennick42"): the handle is a name. */
  handleNouns: readonly string[];
  /** person-nouns.ts: endings of nouns for people by what they do ("organizers", "campaigner",
   * "leftists"): a common noun no lexicon lists, with one of these, names unnamed people. */
  personSuffixes: readonly string[];
  /** person-nouns.ts: words for whoever uses a thing; only a particular one is a source. */
  genericPersonNouns: readonly string[];
  /** anonymous.ts: words tying an unnamed source to what it knows ("familiar with"). */
  acquaintanceLinks: readonly string[];
  /** person-nouns.ts: prefixes of nouns for people by what they do (Indonesian pe-: "pengunjung",
   * "pemilik"), unless the word also ends in a thing-ending ("pe-...-an": "perusahaan"). */
  personPrefixes: readonly string[];
  thingSuffixes: readonly string[];
  /** person-nouns.ts: endings of plural nouns for people ("mourners", "onlookers"): a lone word
   * with one, capitalised only because it opens the sentence, names unnamed people, not an
   * organization. Empty where nouns do not mark the plural. */
  pluralPersonSuffixes: readonly string[];
  /** anonymous.ts: events and outcomes heading a subject ("Kekalahan X memastikan"): the
   * phrase names no source. */
  eventNouns: readonly string[];
  /** person-nouns.ts: words with a person's prefix or ending that name a thing ("persen", "humor"). */
  notPersonNouns: readonly string[];
  /** person-nouns.ts: nouns for people with no telling form ("student", "victim"), read as a
   * person only where they head the phrase ("the student newsroom" is a newsroom). */
  headPersonNouns: readonly string[];
  /** person-nouns.ts: academic and professional degrees written after a name ("s.h", "m.si",
   * undotted "sh", "msi"): no part of who speaks ("Budi Santoso, SH, MH, mengatakan"). */
  nameDegrees: readonly string[];
}
