/** The words around an outlet's name in a language pack (outlet-context.ts): names that are
 * also ordinary words or other things ("Antara" is "between", "CCTV" a camera) count as an
 * outlet only next to them. The outlet registry matches names before a text's language is
 * known, so it reads every pack's lists joined (wordsOfEveryPack in core/lang/index.ts). */
export interface OutletContextData {
  /** outlet-context.ts: phrases ending right before an outlet named as a source or a relay
   * ("according to", "dilansir dari", "aired live by"). */
  outletCitingBefore: readonly string[];
  /** outlet-context.ts: phrases starting right after an outlet that is the subject of a
   * report ("reported", "melaporkan"). */
  outletCitingAfter: readonly string[];
  /** outlet-context.ts: nouns for an outlet opening an apposition right after a name and a
   * comma ("Mehr, a semi-official news agency, said", "Mehr, kantor berita ..."). */
  outletAppositionNouns: readonly string[];
  /** outlet-context.ts: articles such an apposition may open with ("a", "the"). */
  outletAppositionOpeners: readonly string[];
  /** outlet-context.ts: relative pronouns opening a clause about the outlet between its name
   * and its reporting verb ("Tasnim, which is close to the Guards, said"). */
  outletClauseOpeners: readonly string[];
  /** outlet-context.ts: phrases saying the abbreviation right after them is a news agency
   * ("the state-run APS", "kantor berita Filipina, PNA", with the country's words). */
  newsAgencyMarkers: readonly string[];
  /** outlet-context.ts: phrases before a broadcaster's name that say it is a state channel:
   * one spoken to or cited ("told Russia-24"), or called state television. */
  stateBroadcastCitingBefore: readonly string[];
  /** outlet-context.ts: words right after a channel's name that make it one ("Russia-1
   * reported", "Russia-24 television"). */
  broadcastCitingAfter: readonly string[];
  /** outlet-context.ts: phrases before a news portal cited by a name that is also an ordinary
   * word ("dilansir dari Merdeka"). */
  portalCitingBefore: readonly string[];
  /** outlet-context.ts: offices written after "vice" ("Vice President"): "Vice" is then no
   * outlet. */
  viceOffices: readonly string[];
  /** outlet-context.ts: words before a person's initials in crime and court reports
   * ("tersangka AP"): the initials name a person, not an outlet. */
  personInitialsBefore: readonly string[];
  /** outlet-context.ts: words after a person's initials saying what befell them ("AP
   * ditangkap"). The registry adds its symbol for an age in parentheses. */
  personInitialsAfter: readonly string[];
}
