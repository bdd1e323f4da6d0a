/** The passive and participle cues of cues/ in a language pack (cues/passives.ts: passives
 * followed by their source, labels and the means of a statement); split from cue-types.ts,
 * which keeps the rest of the cue words. */
export interface PassiveCueData {
  /** cues/: complementizers ("that", "bahwa"). */
  /** cues/: passive cues followed by their source ("disampaikan oleh", "diketahui dari"). */
  passiveBy: readonly string[];
  /** cues/: passive verbs of saying whose agent follows a subject that points back to words
   * said before ("Hal senada disampaikan X"); the pack compiler joins them to frontedObjects,
   * with or without a saidByInserts word between, into passiveBy. */
  saidByPassives: readonly string[];
  /** cues/: words that may stand between such a subject and its verb ("juga"). */
  saidByInserts: readonly string[];
  /** cues/: passive verbs of confirming or denying whose agent follows them, read only after
   * a subject closed by a pointing word ("Penangkapan itu dibenarkan Kapolsek ..."): the
   * subject names what was confirmed, said in the sentence before. */
  pointedPassives: readonly string[];
  /** cues/: passive verbs of assessing or charging whose agent follows them ("dinilai
   * pengamat sebagai ..."); the claim is the sentence around them. */
  evaluativePassives: readonly string[];
  /** cues/: objects of saying put before their agent and a bare verb ("Hal itu ia
   * sampaikan"): they point back to the previous sentence. */
  frontedObjects: readonly string[];
  /** cues/: the bare verbs after that agent ("sampaikan", "ungkapkan"). */
  frontedAgentVerbs: readonly string[];
  /** cues/: adjectives of a state of mind and the copulas before them ("is confident",
   * "remain hopeful"): derived into stance phrases taking a clause. */
  /** cues/: polls and surveys, and the marker placing a figure in one ("11 points ahead in
   * the latest poll"): the survey is the figure's source. */
  /** cues/: participles of saying that attribute a clause to a subject named elsewhere:
   * "..., saying it violated the deal", "with analysts saying ...". */
  participleCues: readonly string[];
  /** cues/: "with analysts saying ...": the word opening an absolute clause whose subject
   * speaks. */
  withMarkers: readonly string[];
  /** cues/: verbs that also name a thing ("a database called \"Rap Back\"", "a tool
   * dubbed Pathfinder"): right before a name they name, they report nothing. */
  namingVerbs: readonly string[];
  /** cues/: words before a work's title ("a report titled ...", "laporan bertajuk ..."): the
   * title closes the phrase of the work it names, which is the source. */
  titleMarkers: readonly string[];
  /** cues/: verbs that put a label on their object ("called the plan a disaster",
   * "dismissed the report as a fabrication"): they report words only with a label after the
   * object, never with a bare object ("called an election", "dismissed his cabinet"). */
  labelVerbs: readonly string[];
  /** cues/: label verbs whose object is always followed by its label, so the label
   * needs no marker ("branded the rebels traitors"). */
  bareLabelVerbs: readonly string[];
  /** cues/: words opening the label after the object ("a", "an", "as"). */
  labelMarkers: readonly string[];
  /** cues/: verbs charging their object, each with the words opening the charge: a reason
   * ("criticized the judge for ..."), a likeness ("likened X to ..."), an accusation
   * ("accused X of ..."); and modals taking a bare verb ("would attend ... but accused"). */
  reasonLabelVerbs: readonly string[];
  reasonMarkers: readonly string[];
  likeningVerbs: readonly string[];
  likenessMarkers: readonly string[];
  accusingVerbs: readonly string[];
  accusationMarkers: readonly string[];
  bareVerbModals: readonly string[];
  /** cues/: endings of an adjective that is a label with no marker after a label verb's
   * object ("called the offer unacceptable"); none where the language writes a marker. */
  labelAdjectiveEndings: readonly string[];
  /** cues/: the ending of the verb giving the reason (after reasonMarkers) a label verb's
   * object is faulted for ("criticized the mayor for ignoring ..."): a verdict in the
   * speaker's words. */
  reasonVerbEndings: readonly string[];
  /** cues/: the ending of an adverb of manner ("sharply") before a charging verb. */
  mannerAdverbEndings: readonly string[];
  /** cues/: "citing": a speaker named around it relays the cited source ("Xinhua, citing
   * an unnamed official, said"). */
  citations: readonly string[];
  /** cues/: words before a citation that make it the means of an act ("fended off the
   * suits by citing a ruling"): a reason given, no source of a claim. */
  meansMarkers: readonly string[];
  /** cues/: words after a citation's object that make it a reason given ("citing costs as
   * the reason"): no source of a claim. */
  citedReasonMarkers: readonly string[];
  /** cues/: words denying a citation ("without citing sources"): nobody was cited. */
  withoutMarkers: readonly string[];
  /** cues/: passives of being written or told with no agent, followed by a complementizer
   * ("Dalam surat itu disebutkan bahwa ...", "tertera keterangan bahwa"): the document named
   * around them is the source. */
  writtenPassives: readonly string[];
}
