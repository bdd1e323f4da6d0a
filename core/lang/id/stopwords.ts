/** Function words of Indonesian: detection, and the small words around a source. */
export const stopwords = [
  'ada',
  'adalah',
  'akan',
  'aku',
  'anda',
  'atau',
  'bahwa',
  'belum',
  'bisa',
  'dalam',
  'dan',
  'dari',
  'dengan',
  'di',
  'ini',
  'itu',
  'juga',
  'kami',
  'karena',
  'ke',
  'kepada',
  'ketika',
  'kita',
  'lebih',
  'mereka',
  'meski',
  'meskipun',
  'oleh',
  'pada',
  'saat',
  'saya',
  'sebagai',
  'sebelum',
  'sesudah',
  'setelah',
  'seusai',
  'sudah',
  'tersebut',
  'tidak',
  'untuk',
  'usai',
  'walaupun',
  'yang',
] as const;

/** Sentence openers that come before a source and are not part of it. */
export const openers = [
  'adapun',
  'akan tetapi',
  'akibatnya',
  'bahkan',
  'baik',
  'dalam kesempatan itu',
  'dengan demikian',
  'di samping itu',
  'di sisi lain',
  'di tempat terpisah',
  'dihubungi terpisah',
  'karena itu',
  'kemudian',
  'lalu',
  'lebih lanjut',
  'maka',
  'meski begitu',
  'namun',
  'oleh karena itu',
  'oleh sebab itu',
  'sebaliknya',
  'sebelumnya',
  'secara terpisah',
  'sedangkan',
  'selain itu',
  'selanjutnya',
  'sementara',
  'sementara itu',
  'sisi lain',
  // "Tapi seorang juru bicara ...": the short form of "tetapi".
  'tapi',
  'terpisah',
  'tetapi',
] as const;

/** Small words that may sit inside a source phrase ("Menteri Kelautan dan Perikanan"); "di
 * lingkungan" (within) places a source in an institution ("sumber di lingkungan Istana"). */
export const connectors = ['and', 'dan', 'dari', 'di', 'for', 'lingkungan', 'of', 'untuk'] as const;

/** Determiners and quantifiers that may open a source phrase. */
export const determiners = [
  'beberapa',
  // "Puluhan pedagang mengeluhkan ...": a rough count of people opens their phrase.
  'belasan',
  'kalangan',
  // "Kalangan dekat Istana": the circles close to a body, its insiders.
  'kalangan dekat',
  'para',
  'puluhan',
  'ratusan',
  'ribuan',
  'salah satu',
  'salah seorang',
  'sang',
  'sejumlah',
  'seorang',
] as const;

/** Words between a source and its verb that belong to neither. */
export const adverbs = [
  'akhirnya',
  'bahkan',
  'belum',
  // "Para pengamat dengan cepat menanggapi ...": how quickly or how strongly, as "dengan tegas".
  'dengan cepat',
  'dengan keliru',
  'dengan keras',
  'dengan lantang',
  // "Budi dengan tegas membantah ...": the manner, as "secara tegas" below.
  'dengan tegas',
  'dengan terbuka',
  'hanya',
  'juga',
  'justru',
  'keliru',
  'kembali',
  'kemudian',
  // "Budi dan Rina kompak menyatakan": together, no part of the source.
  'kompak',
  'lalu',
  'langsung',
  'lantas',
  'memang',
  'pernah',
  'pula',
  'pun',
  // "Kedua pihak saling menuduh": each the other, no part of the source.
  'saling',
  // "Budi dan Rina sama-sama mengatakan": both, no part of the source.
  'sama-sama',
  'sebelumnya',
  'secara keliru',
  'secara langsung',
  'secara resmi',
  'secara tegas',
  'secara terbuka',
  'secara terpisah',
  'secara tertulis',
  // "Survei itu sedang menunjukkan ...": aspect words before the verb, no part of the source.
  'sedang',
  'sempat',
  'sendiri',
  'sudah',
  'tak',
  'telah',
  'tidak',
  'turut',
] as const;

/** "Ketika X menuduh A, Y mengatakan B": the clause of time opening the sentence holds a
 * speaker of its own ("meski" is not yet studied). */
export const openingSubordinators = ['ketika'] as const;

/** Words opening a second clause with a speaker of its own: "X said A, while Y said B". */
export const clauseJoiners = ['sedangkan', 'sementara', 'sementara itu', 'tetapi'] as const;

/** Indonesian second speakers after ", dan" are not told apart yet. */
export const commaClauseJoiners = [] as const;

/** The rest of a group as a second speaker: "Sebagian mengatakan A dan sebagian lainnya
 * mengatakan B". */
export const contrastSubjects = ['sebagian lainnya', 'sebagian yang lain'] as const;

/** Time words: never a source. */
export const timeWords = [
  'agustus',
  'april',
  'bulan',
  'desember',
  'februari',
  'hari',
  'januari',
  'juli',
  'jumat',
  'juni',
  'kamis',
  'kemarin',
  'malam',
  'maret',
  'mei',
  'minggu',
  'november',
  'oktober',
  'pada',
  'pagi',
  'pekan',
  'rabu',
  'sabtu',
  'selasa',
  'senin',
  'september',
  'siang',
  'sore',
  'tahun',
] as const;

/** Words opening a phrase of time before a clause's subject ("Pada 2021 warga ...", "Sejak
 * Januari warga ..."): the phrase is no part of the source. */
export const timePrepositions = [
  'hingga',
  'jelang',
  'menjelang',
  'pada',
  'sampai',
  'sejak',
  'selama',
  'semenjak',
  'sepanjang',
] as const;

/** Determiners that make an unnamed source one person: a later pronoun may point to it. */
export const singularDeterminers = ['salah satu', 'salah seorang', 'sang', 'seorang'] as const;

/** Indonesian marks no number on nouns: "seorang" and "sang" already single one out. */
export const definiteDeterminers = [] as const;

/** Indonesian writes the owner after the noun ("juru bicara Acme"): no ending marks it. */
export const genitiveEndings = [] as const;

/** Determiners that count people only: "seorang pengelola" is a person, not the operator. */
export const personCounters = ['salah seorang', 'seorang'] as const;

/** The word between a count and a noun for people: "dua orang petugas" (two officers). */
export const countClassifiers = ['orang'] as const;

/** Determiners naming the circles of a body or trade: "Kalangan DPR menilai" is some of its
 * members (unnamed officials), not the parliament itself. */
export const circleWords = ['kalangan'] as const;

/** Nouns carry no plural mark ('sumber' is one source or several). */
export const numberless = true;

/** Adjectives follow their noun: 'pengamat kebencanaan', 'pejabat tinggi'. */
export const adjectivesAfterNoun = true;

/** Numbers in words, as in a description of a person ("ibu tiga anak itu"). */
export const numberWords = [
  'belas',
  'dua',
  'delapan',
  'empat',
  'enam',
  'lima',
  'puluh',
  'satu',
  'sebelas',
  'sembilan',
  'sepuluh',
  'tiga',
  'tujuh',
].sort();

/** A count of people given as a bound or an estimate ("Sedikitnya dua saksi mengatakan"): the
 * words stay in the source with the count. */
export const countApproximators = [
  'hampir',
  'kurang lebih',
  'lebih dari',
  'sebanyak',
  'sedikitnya',
  'sekitar',
  'setidaknya',
] as const;

/** A share of people before the people it counts ("60 persen dari guru mengatakan"): the
 * people a survey counted, whose answers the survey reports. */
export const shareWords = ['mayoritas', 'persen dari', 'separuh', 'setengah dari'] as const;

/** A share of respondents standing alone as the subject ("26 persen mengatakan", "enam dari
 * 10 menyatakan"): the unit after its figure, and the link between two figures. */
export const shareUnits = ['persen'] as const;
export const shareLinks = ['dari'] as const;

/** Months as abbreviated before a day: not studied for Indonesian yet. */
export const monthAbbreviations = [] as const;

/** Time phrases with no day or number in them, written between a source and its verb
 * ("Polisi belum lama ini mengumumkan ..."): skipped like "pada Senin". "belum lama ini"
 * (not long ago) reports, though "belum" alone before a verb says it is not said yet. */
export const relativeTimes = [
  'baru-baru ini',
  'beberapa hari lalu',
  'beberapa waktu lalu',
  'belum lama ini',
  'hari ini',
  'kemarin',
] as const;
