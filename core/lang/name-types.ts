/** The words of institutions' own names and of one-holder titles in a language pack
 * (organizations.ts, roles.ts): split from types.ts, which keeps the rest of LangData. */
export interface NameWordData {
  /** organizations.ts: prepositions joining the words of an organization's title-case name
   * and never a person's ("Doctors Without Borders", "Mothers against ..."): a capitalised
   * one is no part of a person's name, and one after a capitalised word for people makes
   * that word the name's. */
  titleNameLinks: readonly string[];
  /** organizations.ts: an infinitive's mark joining an institution's word (in capitals) to the
   * rest of its title-case name ("the Committee to Protect Journalists"). */
  institutionNameInfinitives: readonly string[];
  /** roles.ts: titles one person holds at a time, used alone as that person's name ("the
   * Pope said", "the Dalai Lama said"): the person is named, not an office or a thing. */
  oneHolderTitles: readonly string[];
  /** roles.ts: a general word for an office and the ranks it covers ("diplomat":
   * "ambassador", "envoy"): "the diplomat" points back to the ambassador named before. Not a
   * table: keyed by the general word. */
  roleFamilies: Readonly<Record<string, readonly string[]>>;
  /** roles.ts: a title's short form before a name and the role it stands for ("sen":
   * "senator"): "the senator" points back to "Sen. Jane Roe". Not a table: keyed by the short
   * form without its dot. */
  roleShortForms: Readonly<Record<string, string>>;
  /** organizations.ts: last words of sports clubs' names ("Harlow United", "Velby Athletic"):
   * closing a name of two words or more they make it a club's, not a person's. Not words that
   * close public bodies' names as often ("City", "County", "Town"). */
  clubNameEnds: readonly string[];
  /** organizations.ts: words of the language that, written in capitals inside lower-case
   * copy, are an acronym and not the word ("the WHO said", "the US said"): such a word is
   * read as its spelling with stops ("w.h.o", "u.s"), never as a pronoun. */
  acronymsLikeWords: readonly string[];
}
