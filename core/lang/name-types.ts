/** The words of institutions' own names in a language pack (organizations.ts): split from
 * types.ts, which keeps the rest of LangData. */
export interface NameWordData {
  /** organizations.ts: prepositions joining the words of an organization's title-case name
   * and never a person's ("Doctors Without Borders", "Mothers against ..."): a capitalised
   * one is no part of a person's name, and one after a capitalised word for people makes
   * that word the name's. */
  titleNameLinks: readonly string[];
}
