/** Indonesian reporting cues. Held views: stance verbs, claim nouns and what links them to a clause. */

export const stanceVerbs = [
  'beranggapan',
  'berkomentar',
  'berpandangan',
  'bersikeras',
  'bersikukuh',
  'cemas',
  'curiga',
  'khawatir',
  'melihat',
  'meluruskan',
  'memandang',
  'memberitahukan',
  'mempertanyakan',
  'menanggapi',
  'mencuit',
  'mencurigai',
  'menduga',
  'menepis',
  'mengabarkan',
  'mengamini',
  'menganggap',
  'mengeluh',
  'mengeluhkan',
  'mengenang',
  'menggarisbawahi',
  'mengisyaratkan',
  'mengiyakan',
  'mengkhawatirkan',
  'mengkritik',
  'mengomentari',
  'menjamin',
  'menjawab',
  'menyahut',
  'menyangsikan',
  'menyayangkan',
  'menyela',
  'menyentil',
  'menyesalkan',
  'menyindir',
  'menyinggung',
  'menyiratkan',
  'menyoroti',
  'meragukan',
  'merespons',
  'mewanti-wanti',
  'meyakinkan',
  'optimis',
  'optimistis',
  'percaya',
  'pesimis',
  'pesimistis',
  'ragu',
  'takut',
  'yakin',
] as const;

/** "kekhawatiran para nelayan setempat bahwa ...". */
export const claimNouns = [
  'cerita',
  'kekhawatiran',
  'kesaksian',
  'keterangan',
  'klaim',
  'komentar',
  'pengakuan',
  'penjelasan',
  'penuturan',
  'pernyataan',
  'tudingan',
  'tuduhan',
] as const;

export const complementizers = ['bahwa'] as const;

/** "Ia menganggap langkah itu adalah yang terbaik": a copula in what follows a verb of opinion
 * makes it a clause, a view held ("menganggap Budi sebagai anaknya" is none). */
export const stanceCopulas = ['adalah', 'merupakan'] as const;

/** "Budi yakin, harga beras akan turun": the comma stands for "bahwa". */
export const stanceClauseAfterComma = true;

/** "KPK menduga ada aliran dana ...": "ada" (there is) opens a clause with no subject. */
export const existentialOpeners = ['ada'] as const;

/** "Polisi menduga pelaku terpeleset", "Warga khawatir rumahnya terendam": the verb's prefix
 * after a short subject marks a clause with no aspect word ("menduga keterlibatan pejabat"
 * has none: an object). */
export const predicatePrefixes = ['ber', 'di', 'me', 'ter'] as const;

/** "Demikian kata Budi ...", "Begitu ujar dia", "Demikian disampaikan Budi ...": a pointing
 * word opening the sentence before its cue; the words meant are the sentence before. */
export const anaphoricOpeners = ['begitu', 'demikian'] as const;

export const viewOpeners = [] as const;

export const verdictNouns = [] as const;

export const verdictLinks = [] as const;

/** Indonesian frames words with its verbs of saying ("seperti dikatakan ..."). */
export const framingVerbs = [] as const;

/** Indonesian puts the owner after the noun ("sikap serikat itu adalah bahwa ..."), a form
 * news copy rarely uses: not read. */
export const positionNouns = [] as const;
export const positionCopulas = [] as const;
export const positionOwnerLinks = [] as const;

/** The source follows a noun of saying directly ("kekhawatiran para pejabat"). */
export const claimNounLinks = [] as const;

/** Indonesian writes a state of mind with no copula ("khawatir bahwa", "yakin bahwa"): those
 * adjectives are stance verbs of their own. */
export const mindAdjectives = [] as const;

export const mindCopulas = [] as const;

/** Indonesian writes its doubting verbs with their object or "apakah" as stance verbs above
 * ("mempertanyakan"); no separate questioning table. */
export const questioningVerbs = [] as const;
export const interrogatives = [] as const;
