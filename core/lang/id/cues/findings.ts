/** Indonesian reporting cues. Findings of documents and studies, figures, forecasts and pictures. */

/** Indonesian names with "menyebut ... sebagai" (a speaker verb): none here. */
export const namingFindingVerbs = [] as const;

/** "Kadin mencatat 3,2 juta petani": an institution's record with a noun object reports. */
export const findingVerbsOfWords = [] as const;

/** Not studied for Indonesian: none. */
export const objectFindingVerbs = [] as const;

/** Indonesian verbs do not agree in number: none. */
export const pluralFindingForms = [] as const;

export const irregularParticiples = [] as const;

/** An outlet airing or carrying pictures: "Televisi pemerintah menayangkan rekaman ...",
 * "Media resmi memuat foto ..." (compile.ts joins each verb with each noun). */
export const pictureVerbs = ['memuat', 'menayangkan', 'menyiarkan'] as const;

export const pictureNouns = ['cuplikan', 'foto', 'gambar', 'rekaman', 'video'] as const;

/** Indonesian shows what the pictures hold with a clause ("yang memperlihatkan"): none. */
export const pictureLinks = [] as const;

/** Verbs that attribute only when a document or institution is their subject. */
/** "Data itu tampaknya menunjukkan ...": a hedged finding is still the document's; the
 * seeming word joins the verb so that the source stands before it. */
const seemingWords = ['agaknya', 'sepertinya', 'tampak', 'tampaknya'];
const seemingFindings = seemingWords.flatMap((seem) =>
  ['memperlihatkan', 'menunjukkan'].map((verb) => `${seem} ${verb}`),
);

export const findingVerbs = [
  'membuktikan',
  'memperlihatkan',
  'mencantumkan',
  'mencatat',
  'mendokumentasikan',
  'menemukan',
  // "Mahkamah memutuskan bahwa ...": a court's ruling on what is so; without "bahwa" the verb
  // is a decision taken ("memutuskan menaikkan harga"), no words.
  'memutuskan bahwa',
  'menunjukkan',
  ...seemingFindings,
].sort();

/** Indonesian finding verbs are read with their clause already: none. */
export const wordsFindingVerbs = [] as const;

/** People who search a place and find things there ("Tim SAR menemukan jasad korban",
 * "Polisi menemukan sabu di dalam koper"): only a "bahwa" or a quotation after their finding
 * verb reports words. Not investigators or inspectors ("penyidik", "petugas"), whose findings
 * are often claims written without "bahwa". */
export const searchingBodies = [
  'aparat',
  'pemadam',
  'penyelam',
  'polisi',
  'regu penyelamat',
  'relawan',
  'tim gabungan',
  'tim penyelamat',
  'tim sar',
] as const;

/** "Para pejabat AS khawatir bahwa ...": a stance with a clause introduced by "bahwa" (or a
 * comma, see stanceClauseAfterComma) attributes that clause to its holder. Verbs of opinion
 * and of answering are here too: "Ia memandang, ...", "Budi menjawab, ..." report a view,
 * "Ia melihat kebakaran itu" or "menjawab pertanyaan" does not. So are verbs of agreeing,
 * assuring, hinting, informing, answering back, correcting, doubting and recalling that also
 * take a plain object ("mengamini usulan itu", "menjamin keamanan", "meragukan kemampuannya"):
 * only their clause is a claim. */
/** Not yet studied for Indonesian ("memperkirakan" is a speaker verb there): none. */
export const expectationVerbs = [] as const;

export const forecastParticiples = [] as const;

/** Indonesian has no participle clause of committing ("berjanji untuk" is a finite verb). */
export const commitmentParticiples = [] as const;

/** Nouns that introduce findings listed after a colon. */
export const findingNouns = ['kesimpulan', 'temuan'] as const;

/** Indonesian gives a figure with its own verbs ("menyebut jumlah korban mencapai 45"): not
 * studied here. */
export const figureVerbs = [] as const;

export const figureMarkers = [] as const;

export const figureApproximators = [] as const;

/** Units of a distance a source stood from a place ("sekitar 2 km dari perbatasan"). */
export const distanceUnits = ['kilometer', 'km', 'meter', 'mil'] as const;

/** Counts of opinion whose figures are their findings ("dalam survei terbaru"). */
export const surveyNouns = ['jajak pendapat', 'survei'] as const;

export const surveyMarkers = ['dalam'] as const;

/** "polling" is also a vote: an opinion poll only with a qualifier or a pollster's name. */
export const pollNouns = ['polling'] as const;

export const surveyQualifiers = ['terbaru', 'terkini'] as const;

export const surveyLinks = ['oleh', 'terhadap'] as const;

export const surveyTaking = ['berpartisipasi', 'ikut', 'mengikuti'] as const;

export const surveyFigures = ['persen', 'poin'] as const;

/** "Hasil autopsi mencantumkan penyebab kematian ...": a document's listing; a firm
 * "mencantumkan" a price on its goods. (Ranking is "menempatkan", no finding verb here.) */
export const documentFindingVerbs = ['mencantumkan'] as const;
