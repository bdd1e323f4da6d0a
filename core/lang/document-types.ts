/** The words of documents in a language pack (documents.ts): reports, an outlet's pieces,
 * regulations and what is written on; split from types.ts, which keeps the rest of LangData. */
export interface DocumentWordData {
  /** documents.ts: documents ("report", "study", "laporan", "survei"). */
  documents: readonly string[];
  /** documents.ts: documents that are an outlet's own journalism ("report", "laporan",
   * "pemberitaan"): "a report by <outlet>" is the outlet speaking (media), while its survey or
   * poll stays a document. */
  outletReports: readonly string[];
  /** documents.ts: an outlet's pieces that only ever are its journalism ("article",
   * "editorial"): "the article said" after an outlet spoke is that outlet again. Not
   * "report", which may be a body's report the outlet carried. */
  outletPieces: readonly string[];
  /** documents.ts: an outlet's word for its piece that bodies use too ("report"): "the
   * report said" is the outlet's only right after it spoke, with no such word in between. */
  nearPieces: readonly string[];
  /** documents.ts: laws and regulations among the documents ("undang-undang"): as a basis
   * ("berdasarkan Undang-Undang ...") they are the rule followed, no source of a claim. */
  regulations: readonly string[];
  /** documents.ts: things written on that are no documents elsewhere ("kertas"): the source
   * of words written on them ("Pada kertas itu tertulis ...", '"...," tulis pada kertas itu'),
   * while "pabrik kertas" stays a firm. */
  writingSurfaces: readonly string[];
  /** documents.ts: the words of a regulation's number ("Nomor 12 Tahun 2024"): what stands
   * right before such a number is a regulation, a document ("PMK 32 Tahun 2025"). */
  regulationNumberWords: readonly string[];
  /** documents.ts: the word before a regulation's year ("Tahun 2024"). */
  regulationYearWords: readonly string[];
  /** documents.ts: documents whose capitalised word ends a title, not an institution's name
   * ("the Harlow Institute World Water Report", unlike "the Bureau of Labor Statistics"). */
  titleDocuments: readonly string[];
  /** documents.ts: document words whose capitalised form closing a name names a firm
   * ("Northwind Research"), not a document. */
  firmDocuments: readonly string[];
  /** documents.ts: words opening a document's topic after its noun ("a report on the
   * levee"). */
  documentTopics: readonly string[];
}
