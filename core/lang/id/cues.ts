/** Indonesian reporting cues. Forms are listed as written (meN- prefixes included): lookups
 * are exact, so "dikatakan" never matches "kata" by accident. */

/** "X mengatakan", "X membantah", "Dia menyebutkan". */
export const speakerVerbs = [
  'beralasan',
  'berargumen',
  'berargumentasi',
  'bercerita',
  'berdalih',
  'berjanji',
  'berkata',
  'berkelakar',
  'berkilah',
  'berkisah',
  'berpendapat',
  'bersaksi',
  'berseloroh',
  'bersumpah',
  'bertutur',
  'berucap',
  'berujar',
  'bilang',
  'klaim',
  'lapor',
  'melanjutkan',
  'melapor',
  'melaporkan',
  'memaparkan',
  'memastikan',
  'membantah',
  'membeberkan',
  'membenarkan',
  'memberitakan',
  'memerinci',
  'memperingatkan',
  'memperkirakan',
  'memprediksi',
  'memprediksikan',
  'memproyeksi',
  'memproyeksikan',
  'menaksir',
  'menambahkan',
  'menampik',
  'menandaskan',
  'mencatat',
  'menceritakan',
  'mencontohkan',
  'mendesak',
  'menegaskan',
  'menekankan',
  'menengarai',
  'menerangkan',
  'mengaku',
  'mengakui',
  'mengatakan',
  'mengeklaim',
  'mengemukakan',
  'mengestimasi',
  'mengimbuhkan',
  'menginformasikan',
  'mengingatkan',
  'mengisahkan',
  'mengklaim',
  'mengklarifikasi',
  'mengkonfirmasi',
  'mengonfirmasi',
  'mengonfirmasikan',
  'mengumumkan',
  'mengungkap',
  'mengungkapkan',
  'menguraikan',
  'mengutarakan',
  'menilai',
  'menimpali',
  'menjabarkan',
  'menjanjikan',
  'menjelaskan',
  'menuding',
  'menuduh',
  'menukas',
  'menulis',
  'menuliskan',
  'menuturkan',
  'menyampaikan',
  'menyangkal',
  'menyatakan',
  'menyebut',
  'menyebutkan',
  'meramalkan',
  'merinci',
  'merincikan',
  'mewartakan',
  'meyakini',
] as const;

/** Verb-first cues: "kata Rina", "ujar dia", "ungkap Wulandari"; "demikian bunyi surat itu"
 * (thus the letter reads: "bunyi" alone is a sound, see inverseVerbsAfterQuoteMark). */
export const inverseVerbs = [
  'demikian bunyi',
  'kata',
  'papar',
  'pungkas',
  'tukas',
  'tulis',
  'tutur',
  'ucap',
  'ujar',
  'ungkap',
] as const;

/** Verb-first cues that are also ordinary words ("jelas" = clear): only right after a quote or comma. */
export const inverseVerbsAfterQuote = [
  'aku',
  'akui',
  'bantah',
  'beber',
  'bilang',
  'canda',
  'celetuk',
  'cetus',
  'cuit',
  'dijelaskan',
  'dikatakan',
  'dipaparkan',
  'ditambahkan',
  'ditegaskan',
  'diterangkan',
  'dituturkan',
  'diungkapkan',
  'imbuh',
  'jawab',
  'jelas',
  'kelakar',
  'keluh',
  'kenang',
  'kilah',
  'lanjut',
  'sahut',
  'sambung',
  'saran',
  'sebut',
  'seloroh',
  'sergah',
  'seru',
  'sesal',
  'tambah',
  'tandas',
  'tegas',
  'terang',
  'timpal',
  'tutup',
  'urai',
] as const;

/** Verb-first cues that are also common nouns ("cerita" = a story, "pesan" = a message,
 * "bunyi" = a sound): only right after a closing quotation mark ('"...," cerita Hendra',
 * '"...," bunyi surat itu' = the letter reads). */
export const inverseVerbsAfterQuoteMark = ['bunyi', 'cerita', 'kisah', 'klaim', 'pesan'] as const;

/** Passive verbs of saying that may also hand something over ("bantuan disampaikan Budi
 * kepada warga"): a cue only opening the sentence, its agent then a comma ("Disampaikan
 * Budi, ..."). */
export const inverseVerbsOpening = ['disampaikan'] as const;

/** Cues with the source fused in as the clitic -nya, the passive ones too ("Hal itu
 * diungkapkannya" = he said so). */
export const cliticCues = [
  'akunya',
  'bebernya',
  'candanya',
  'celetuknya',
  'cetusnya',
  'cuitnya',
  'diakuinya',
  'dibenarkannya',
  'dijelaskannya',
  'dikatakannya',
  'dikemukakannya',
  'dipaparkannya',
  'disampaikannya',
  'disebutkannya',
  'ditambahkannya',
  'ditegaskannya',
  'diterangkannya',
  'dituturkannya',
  'diungkapkannya',
  'diutarakannya',
  'imbuhnya',
  'jawabnya',
  'jelasnya',
  'katanya',
  'kelakarnya',
  'keluhnya',
  'kenangnya',
  'kilahnya',
  'lanjutnya',
  'menurutnya',
  'paparnya',
  'pungkasnya',
  'sambungnya',
  'sarannya',
  'sebutnya',
  'selorohnya',
  'sergahnya',
  'tambahnya',
  'tandasnya',
  'tegasnya',
  'terangnya',
  'timpalnya',
  'tukasnya',
  'tulisnya',
  'tutupnya',
  'tuturnya',
  'ucapnya',
  'ujarnya',
  'ungkapnya',
  'urainya',
] as const;

/** Clitic cues that are nouns too ("ceritanya panjang" = his story is long, "pesannya" =
 * his message): only right after a closing quotation mark ('"...," ceritanya'). */
export const cliticCuesAfterQuoteMark = [
  'ajaknya',
  'bantahnya',
  'harapnya',
  'kisahnya',
  'pesannya',
  'pintanya',
  'sahutnya',
  'serunya',
  'sesalnya',
  'ceritanya',
].sort();

/** "mengutip" is "citing": what it names carries the words of the sentence's speaker. */
export const accordingTo = ['mengutip', 'menurut'] as const;

/** "menurut" has no sense of "in accordance with" ("sesuai dengan" is no cue), and no modal
 * or negation before a cue is treated apart yet. */
export const unassertedMarkers = [] as const;
/** Indonesian copy has needed no such modal before a finding verb so far. */
export const hypotheticalModals = [] as const;

/** No negated subject is treated apart yet. */
export const negatedSubjects = [] as const;
/** "Kadin mencatat 6,4 juta pekerja": an institution's record with a noun object reports. */
export const findingVerbsOfWords = [] as const;
/** Indonesian "sesuai" (not a cue) carries this sense. */
export const accordanceNouns = [] as const;

export const accordanceWords = [] as const;
export const accordanceSuffixes = [] as const;
export const irregularParticiples = [] as const;
/** "Asosiasi Nelayan yang melapor": an Indonesian cue after "yang" still reports. */
export const describingRelatives = [] as const;
export const possessiveRelatives = [] as const;

/** An outlet airing or carrying pictures: "Televisi pemerintah menayangkan rekaman ...",
 * "Media resmi memuat foto ..." (compile.ts joins each verb with each noun). */
export const pictureVerbs = ['memuat', 'menayangkan', 'menyiarkan'] as const;
export const pictureNouns = ['cuplikan', 'foto', 'gambar', 'rekaman', 'video'] as const;
/** Indonesian shows what the pictures hold with a clause ("yang memperlihatkan"): none. */
export const pictureLinks = [] as const;

/** Verbs that attribute only when a document or institution is their subject. */
export const findingVerbs = [
  'membuktikan',
  'memperlihatkan',
  'mencatat',
  'menemukan',
  'menunjukkan',
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
  'menyimpulkan',
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

/** "kekhawatiran para pejabat AS bahwa ...". */
export const claimNouns = [
  'kekhawatiran',
  'kesaksian',
  'keterangan',
  'klaim',
  'pengakuan',
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

/** What points back to words said before the sentence: "Hal itu", "Pernyataan tersebut",
 * "Keterangan serupa" ("the same was said by ..."). */
const saidBefore = [
  'hal',
  'informasi',
  'kabar',
  'kalimat',
  'keterangan',
  'pandangan',
  'pendapat',
  'penjelasan',
  'pernyataan',
  'ucapan',
].flatMap((noun) =>
  ['ini', 'itu', 'senada', 'serupa', 'tersebut'].map((pointer) => `${noun} ${pointer}`),
);

/** "Hal itu ia sampaikan saat ...", "Pandangan ini Budi sampaikan ...": the object of saying
 * put first, then its agent (a pronoun or a name) and the bare verb. The object points back
 * to what was said in the sentence before. */
export const frontedObjects = saidBefore;

/** The bare verbs of that construction (no di- nor meN- prefix). */
export const frontedAgentVerbs = [
  'akui',
  'benarkan',
  'jelaskan',
  'katakan',
  'kemukakan',
  'paparkan',
  'sampaikan',
  'sebutkan',
  'tegaskan',
  'tekankan',
  'tuturkan',
  'ungkapkan',
  'utarakan',
] as const;
/** Passive verbs of saying whose agent follows ("... disampaikan Budi"). */
const saidBy = [
  'diakui',
  'dibenarkan',
  // "Hal itu dilaporkan kantor berita Xinhua": an outlet's report, its agent after it.
  'diberitakan',
  'dilaporkan',
  'diucapkan',
  'dijelaskan',
  'dikatakan',
  'dikemukakan',
  'disampaikan',
  'disebutkan',
  'ditegaskan',
  'diungkapkan',
  'diutarakan',
];

/** Passive cues followed by their source. */
export const passiveBy = [
  'demikian dijelaskan',
  // "Dijelaskan Agus, ...", "Seperti disampaikan Agus, ...": the passive verb of saying
  // first, then its agent ("disampaikan" alone may be handing something over).
  'dijelaskan',
  'dikatakan',
  'ditegaskan',
  'dituturkan',
  'diungkapkan',
  ...['sebagaimana', 'seperti'].flatMap((as) =>
    ['dijelaskan', 'dikatakan', 'disampaikan', 'diungkapkan'].map((verb) => `${as} ${verb}`),
  ),
  'demikian dikatakan',
  'demikian disampaikan',
  'demikian diungkapkan',
  'dikatakan oleh',
  'dibenarkan oleh',
  'diklaim oleh',
  'diketahui dari',
  'dinyatakan oleh',
  'disampaikan oleh',
  'diumumkan oleh',
  'diungkapkan oleh',
  // "Hal senada juga disampaikan X": "juga" may stand between the two.
  ...saidBefore.flatMap((before) =>
    saidBy.flatMap((verb) => [`${before} ${verb}`, `${before} juga ${verb}`]),
  ),
  // "Hal itu tertuang dalam Peraturan Menteri ...": the document that sets out what the
  // sentence before said ("diatur dalam", is governed by, names the law over it, not a
  // source).
  ...['aturan', 'hal', 'ketentuan'].flatMap((noun) =>
    ['ini', 'itu', 'tersebut'].flatMap((pointer) =>
      ['tercantum', 'termuat', 'tertuang'].map((verb) => `${noun} ${pointer} ${verb} dalam`),
    ),
  ),
].sort();

/** "Kebijakan itu dinilai sejumlah pihak sebagai ...", "Ia dituduh polisi menyembunyikan
 * ...": a judgment or charge with its agent after the verb. "disebut" also names ("kota
 * yang disebut Kota Hujan"): a hedge too, it needs a label marker after the agent. */
export const evaluativePassives = [
  'dianggap',
  'diklaim',
  'dinilai',
  'disebut',
  'dituding',
  'dituduh',
] as const;

/** A written statement as the whole source. */
export const statementFrames = [
  'dalam keterangan pers',
  'dalam keterangan resmi',
  'dalam keterangan tertulis',
  'dalam pernyataan resmi',
  'dalam pernyataan tertulis',
  'dalam siaran pers',
] as const;

/** Objects of a cue that point back to the previous sentence. */
export const anaphors = ['hal ini', 'hal itu', 'hal tersebut'] as const;

/** Indonesian puts no pointing word before a verb and its speaker this way. */
export const anaphoricOpeners = [] as const;
export const viewOpeners = [] as const;
export const verdictNouns = [] as const;
export const verdictLinks = [] as const;

/** Relay phrases: the outlet or document that carried someone's words ("lapor" after the
 * claim: "..., lapor kantor berita KCNA"). */
export const relays = [
  'dalam wawancara dengan',
  'dalam wawancaranya dengan',
  'demikian dilaporkan',
  'demikian laporan',
  'diberitakan',
  'dikutip',
  'dikutip dari',
  'dikutip oleh',
  'dilansir',
  'dilansir dari',
  'dilaporkan',
  'dilaporkan oleh',
  'disiarkan',
  'ditayangkan',
  'diwartakan',
  'lapor',
  'melansir',
  'mengutip',
  'sebagaimana diberitakan',
  'sebagaimana dikabarkan',
  'sebagaimana dikutip dari',
  'sebagaimana dilansir',
  'sebagaimana dilaporkan',
  'sebagaimana dimuat',
  'sebagaimana dimuat dalam',
  'sebagaimana dimuat oleh',
  'sebagaimana disiarkan',
  'sebagaimana ditulis',
  'sebagaimana diwartakan',
  'sebagaimana yang dikabarkan',
  'sebagaimana yang dimuat',
  'sebagaimana yang ditulis',
  'seperti diberitakan',
  'seperti dikabarkan',
  'seperti dikutip',
  'seperti dikutip dari',
  'seperti dilansir',
  'seperti dilansir dari',
  'seperti dilaporkan',
  'seperti dilaporkan oleh',
  'seperti dimuat',
  'seperti dimuat dalam',
  'seperti dimuat oleh',
  'seperti disiarkan',
  'seperti ditulis',
  'seperti diwartakan',
  'seperti yang dikabarkan',
  'seperti yang dimuat',
  'seperti yang ditulis',
] as const;

/** Indonesian says "tampil di televisi" rarely with a cue after it: none yet. */
export const appearanceVerbs = [] as const;

/** Indonesian relays read as the claim's own (no "the speech, carried by ..." yet). */
export const postmodifierRelays = [] as const;

/** Relays whose object can only be a publication ("Dikutip dari laman resminya"). */
export const publicationRelays = [
  'dikutip dari',
  'dilansir',
  'dilansir dari',
  'melansir',
  'sebagaimana dikutip dari',
  'sebagaimana dilansir',
  'seperti dikutip dari',
  'seperti dilansir',
  'seperti dilansir dari',
] as const;

/** "Dari laman resmi X, <claim>": a sentence opening with what was read on a publication
 * names it as the source. Only publications read online: "Dari laporan itu, polisi ..." is
 * what was done after a report, not what it says. */
export const publicationOpenings = [
  'dari akun',
  'dari akun resmi',
  'dari laman',
  'dari laman resmi',
  'dari situs',
  'dari situs resmi',
] as const;

/** "kepada surat kabar Die Welt": the addressee of a cue. */
export const addressees = ['kepada'] as const;

/** "Yonhap mengutip seorang pejabat yang mengatakan ...": the subject relays, the object
 * speaks. */
export const quoteVerbs = ['mengutip'] as const;

/** What follows the quoted speaker. */
export const quoteComplements = [
  'mengatakan',
  'menyatakan',
  'menyebutkan',
  'yang mengatakan',
  'yang menyatakan',
  'yang menyebutkan',
] as const;

/** Indonesian quotes by the active voice or by the relay phrases above. */
export const quotedPassive = [] as const;

export const agentMarkers = ['oleh'] as const;

/** "laporan oleh lembaga itu": who wrote a document. */
export const authorMarkers = ['oleh'] as const;

/** "berbicara melalui televisi pemerintah". */
export const relayPrepositions = ['lewat', 'melalui'] as const;

/** "Menteri X dalam keterangannya menegaskan", "Budi saat ditemui mengatakan", "Budi
 * kepada wartawan mengatakan" (the addressee between the speaker and the verb). */
export const interposers = [
  'dalam',
  'dikutip',
  'kepada',
  'ketika',
  'lewat',
  'melalui',
  'saat',
  'seusai',
  'usai',
] as const;

/** "kata X kepada wartawan": an audience, not an outlet. */
export const audiences = [
  'awak media',
  'jurnalis',
  'para jurnalis',
  'para wartawan',
  'wartawan',
] as const;

/** Indonesian has no participle clause of saying. */
export const participleCues = [] as const;

export const withMarkers = [] as const;
export const forecastParticiples = [] as const;

export const statementIssued = [] as const;

export const claimFirstVerbs = [] as const;
export const mannerVerbs = [] as const;

/** Indonesian names a thing with "bernama"/"disebut", which are no cue words here. */
export const namingVerbs = [] as const;

/** Indonesian labels with "menyebut ... sebagai", a speaker verb of its own. */
export const labelVerbs = [] as const;

export const bareLabelVerbs = [] as const;

/** The word opening a label after its object or agent ("disebut polisi sebagai ..."). */
export const labelMarkers = ['sebagai'] as const;

export const citations = ['mengutip'] as const;
/** Indonesian copy has needed none so far ("dengan mengutip" still relays). */
export const meansMarkers = [] as const;
/** "tanpa menyebut sumber" names no cited source: no citation verb of its own. */
export const withoutMarkers = [] as const;

/** "Dalam surat itu disebutkan bahwa ...", "Di dalam beleid itu tertulis bahwa ...": only
 * with "bahwa" after them (or a document noun, then "bahwa"). */
export const writtenPassives = [
  'dijelaskan',
  'dinyatakan',
  'disebutkan',
  'tercantum',
  'tertera',
  'tertulis',
  'terungkap',
] as const;

/** Fixed phrases that stand for unnamed sources. */
export const unnamedCues = [] as const;

/** Indonesian copy writes "menurut" in full. */
export const perCues = [] as const;

/** "Dari keterangan saksi, pelaku ...", "Dari informasi yang dihimpun, ...": "dari" opening the
 * sentence reads as "berdasarkan" before a comma (rules/opening-basis.ts); elsewhere it is a
 * plain "from". */
export const openingBases = ['dari'] as const;

/** "berdasarkan X", "merujuk data X", "mengacu pada X": X must be a document. ("sesuai
 * dengan ketentuan" is no source: it says what something conforms to.) */
export const basedOn = [
  'berdasarkan',
  'mengacu',
  'mengacu pada',
  'merujuk',
  'merujuk pada',
] as const;

/** Nouns that introduce findings listed after a colon. */
export const findingNouns = ['kesimpulan', 'temuan'] as const;

/** Phrases in which a cue word is no cue: a complaint to a body, a refusal that conveys
 * nothing ("tidak menjelaskan lebih rinci"; "tidak menyebutkan X" may still tell the reader
 * something, so it stays a cue), or thanks, wishes and condolences passed on
 * ("menyampaikan terima kasih", "menyampaikan belasungkawa"). */
export const cueExceptions = [
  'belum menjelaskan',
  'dari kata',
  'enggan menjelaskan',
  'enggan menyebutkan',
  'lapor ke',
  'melapor ke',
  'melaporkan ke',
  'menyampaikan belasungkawa',
  'menyampaikan duka',
  'menyampaikan terima kasih',
  'menyampaikan ucapan',
  // "Seorang warga, sebut saja Mawar, mengatakan": a made-up name, not a cue.
  'sebut saja',
  'tidak menjelaskan',
] as const;

/** Not needed yet for Indonesian: its cues take a claim or a "bahwa" clause. */
export const complementPrepositions = [] as const;

/** Indonesian names the thing written or told with verbs that are no cues ("menulis buku"). */
export const thingObjects = [] as const;
/** "memberi tahu ... tentang" is no cue of the pack yet. */
export const topicMarkers = [] as const;

/** "Dalam pidato yang disiarkan televisi pemerintah, presiden mengatakan": an occasion and
 * the outlet that carried it ("dalam keterangannya" is handled by the verb rules). */
export const occasionPrepositions = ['dalam'] as const;

/** Indonesian names the outlet of a written piece with its own relay verbs ("dimuat di",
 * "ditulis untuk"), read as relays. */
export const publishedPieces = [] as const;
export const pieceOutletLinks = [] as const;
export const outletQuestions = [] as const;
export const questionOutletLinks = [] as const;

export const occasionNouns = [
  'jumpa pers',
  'konferensi pers',
  'pidato',
  'pidatonya',
  'siaran',
  'wawancara',
  'wawancaranya',
] as const;

/** Indonesian verbs of saying carry their own prefix: no determiner turns one into a noun. */
export const nounMarkers = [] as const;

/** Indonesian verbs of saying carry their prefix and are no nouns, but for the bare
 * colloquial "klaim" ("Sudarto klaim bahwa ..."): a verb only before "bahwa", a colon or a
 * quotation. */
export const bareVerbs = ['klaim'] as const;

/** Left empty until Indonesian copy shows the need: "Jika" opening a sentence is read into
 * the source phrase there, not before it. */
export const conditionals = [] as const;

/** Indonesian frames words with its verbs of saying ("seperti dikatakan ..."). */
export const framingVerbs = [] as const;

/** Reporting an incident to a body: a complaint, not an attribution. */
export const complaintVerbs = ['lapor', 'melapor', 'melaporkan'] as const;

/** Prepositions of the body a complaint goes to. */
export const complaintTo = ['ke', 'kepada'] as const;

/** The source follows a noun of saying directly ("kekhawatiran para pejabat"). */
export const claimNounLinks = [] as const;

/** "kepada" marks the addressee instead (addressees). */
export const tellVerbs = [] as const;

/** No English "tell" verbs here, so no stories they tell. */
export const storyNouns = [] as const;

/** Indonesian pages speaking of themselves are left for the Indonesian pack. */
export const ownTextPointers = [] as const;
export const ownTextNouns = [] as const;
export const titledWorks = [] as const;
export const writeVerbs = [] as const;

/** Indonesian descriptions point back with "itu"/"tersebut" (stage pointing-person). */
export const personDescriptions = [] as const;
export const ageSuffixes = [] as const;
export const toldThings = [] as const;
export const resultDegrees = [] as const;

/** "mengatakan uji coba berhasil": these verbs take words as their object, never a deed. */
export const wordsOnlyVerbs = ['berkata', 'mengatakan'] as const;

/** Indonesian gives a figure with its own verbs ("menyebut jumlah korban mencapai 45"): not
 * studied here. */
export const figureVerbs = [] as const;
export const figureMarkers = [] as const;
export const figureApproximators = [] as const;

/** Indonesian writes a state of mind with no copula ("khawatir bahwa", "yakin bahwa"): those
 * adjectives are stance verbs of their own. */
export const mindAdjectives = [] as const;
export const mindCopulas = [] as const;

/** Indonesian puts the view before its holder ("menurut pandangan Budi"): 'menurut' is the
 * cue there, so no possessor's view is read on its own. */
export const viewNouns = [] as const;
