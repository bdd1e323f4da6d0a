/** Indonesian reporting cues. Relays: outlets and documents that carried someone's words. */

/** A written statement as the whole source. */
export const statementFrames = [
  'dalam keterangan pers',
  'dalam keterangan resmi',
  'dalam keterangan tertulis',
  'dalam pernyataan resmi',
  'dalam pernyataan tertulis',
  'dalam siaran pers',
] as const;

/** "Dalam surat dakwaan, terdakwa disebut menerima ...": the document a hedged clause was read
 * in. */
export const documentFrameOpeners = ['dalam', 'di dalam'] as const;

/** Relay phrases: the outlet or document that carried someone's words ("lapor" after the
 * claim: "..., lapor kantor berita KCNA"). */
export const relays = [
  'berbicara dengan',
  'berbicara di',
  'berbicara kepada',
  'dalam wawancara dengan',
  'dalam wawancaranya dengan',
  'demikian',
  'demikian diberitakan',
  'demikian dikutip',
  'demikian dikutip dari',
  'demikian dilansir',
  'demikian dilansir dari',
  'demikian dilaporkan',
  'demikian disiarkan',
  'demikian diwartakan',
  'demikian laporan',
  'diberitakan',
  // "Dikabarkan Xinhua, ...": reported by an outlet; with no outlet after it, a hedge.
  'dikabarkan',
  'dikabarkan oleh',
  'dikutip',
  'dikutip dari',
  'dikutip oleh',
  'dilansir',
  'dilansir dari',
  'dilaporkan',
  'dilaporkan oleh',
  'disiarkan',
  'disiarkan langsung',
  'disiarkan oleh',
  'ditayangkan',
  'ditayangkan langsung',
  'ditayangkan oleh',
  'diwartakan',
  // "Para pakar yang diwawancarai CCTV menyebut ...": the outlet that interviewed them.
  'diwawancarai',
  'diwawancarai oleh',
  'lapor',
  // "Membacakan pernyataan di televisi pemerintah, juru bicara itu mengatakan ...".
  'membacakan pernyataan di',
  'melansir',
  'mengutip',
  'sebagaimana diberitakan',
  'sebagaimana dikabarkan',
  'sebagaimana dikutip',
  'sebagaimana dikutip dari',
  'sebagaimana dilansir',
  'sebagaimana dilaporkan',
  'sebagaimana dimuat',
  'sebagaimana dimuat dalam',
  'sebagaimana dimuat oleh',
  'sebagaimana disiarkan',
  'sebagaimana disiarkan langsung',
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
  'seperti disiarkan langsung',
  'seperti ditayangkan langsung',
  'seperti ditulis',
  'seperti diwartakan',
  'seperti yang dikabarkan',
  'seperti yang dimuat',
  'seperti yang ditulis',
  // "Seperti tertera dalam laman resmi BPS, ...": the document the words stand written in.
  ...['sebagaimana', 'seperti'].flatMap((as) =>
    ['tercantum dalam', 'tertera dalam', 'tertuang dalam', 'tertulis dalam'].map(
      (verb) => `${as} ${verb}`,
    ),
  ),
].sort();

/** Indonesian says "tampil di televisi" rarely with a cue after it: none yet. */
export const appearanceVerbs = [] as const;

/** Indonesian relays read as the claim's own (no "the speech, carried by ..." yet). */
export const postmodifierRelays = [] as const;

/** "pidato yang disiarkan langsung (oleh) televisi pemerintah": relays a broadcast manner
 * may follow. */
export const broadcastRelays = [
  'disiarkan',
  'disiarkan oleh',
  'ditayangkan',
  'ditayangkan oleh',
] as const;

/** "Peluncuran itu disiarkan televisi pemerintah", "Seorang petani diwawancarai kantor berita
 * itu di ladangnya": the outlet broadcast the subject or interviewed them, an event. */
export const subjectEventRelays = [...broadcastRelays, 'diwawancarai', 'diwawancarai oleh'].sort();

/** "Pernyataannya disiarkan media pemerintah." after the words: the outlet carried them. */
/** Verbs of a speaker making the words an outlet then reports: not studied for Indonesian
 * copy yet. */
export const remarkMakingVerbs = [] as const;

export const carriedWords = [
  'hal',
  'keterangan',
  'keterangannya',
  'komentar',
  'komentarnya',
  'pernyataan',
  'pernyataannya',
  'pidato',
  'pidatonya',
  'ucapan',
  'ucapannya',
] as const;

export const carriedBackVerbs = [
  'diberitakan',
  'diberitakan oleh',
  'dikutip',
  'dikutip oleh',
  'dilaporkan',
  'dilaporkan oleh',
  'dimuat',
  'dimuat oleh',
  'disiarkan',
  'disiarkan oleh',
  'ditayangkan',
  'ditayangkan oleh',
] as const;

/** "Televisi pemerintah menyiarkan pernyataan X yang menyebut ...": the outlet carried X's
 * words. */
export const carryingVerbs = [
  'memuat',
  'menayangkan',
  'menerbitkan',
  'menyiarkan',
  'merilis',
] as const;

/** "laporan yang dirilis Xinhua", "dokumen yang dimuat kantor berita ...": verbs of
 * publishing in a relative clause inside a document's phrase name the outlet that published
 * it (core/rules/carriers.ts). Not relays of their own: "Artikel itu dimuat oleh surat kabar
 * X" only says where a piece appeared. */
export const publishingRelays = [
  'dimuat',
  'dimuat oleh',
  'dipublikasikan',
  'dipublikasikan oleh',
  'dirilis',
  'dirilis oleh',
  'diterbitkan',
  'diterbitkan oleh',
] as const;

/** "Kementerian merilis pernyataan yang menyebutkan ...", "Media pemerintah menyiarkan
 * pernyataan yang mengatakan ...": the subject issued or carried a statement whose relative
 * clause gives its words (Indonesian's "released a statement saying"). */
export const statementIssuingVerbs = [
  'membacakan',
  'mempublikasikan',
  'memuat',
  'menayangkan',
  'menerbitkan',
  'mengeluarkan',
  'mengunggah',
  'menyiarkan',
  'merilis',
] as const;

/** "Ditanya televisi pemerintah soal kesepakatan itu, menteri mengatakan ...". */
export const askedParticiples = ['ditanya', 'ditanyai'] as const;

/** "Menjawab pertanyaan televisi pemerintah, menteri mengatakan ...": the asker follows. */
export const questionAnswers = [
  'menanggapi pertanyaan',
  'menanggapi pertanyaan dari',
  'menjawab pertanyaan',
  'menjawab pertanyaan dari',
] as const;

/** Relays whose object can only be a publication ("Dikutip dari laman resminya"). */
export const publicationRelays = [
  'demikian',
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

/** "Yonhap mengutip seorang pejabat yang mengatakan ...": the subject relays, the object
 * speaks. */
export const quoteVerbs = ['mengutip'] as const;

/** An outlet's verbs of finding a thing out: none listed yet for Indonesian copy. */
export const outletLearning = [] as const;

/** The preposition before the source an outlet learned a thing from. */
export const outletLearningSources = ['dari'] as const;

/** What follows the quoted speaker. */
export const quoteComplements = [
  'menegaskan',
  'mengatakan',
  'mengungkapkan',
  'menyatakan',
  'menyebut',
  'menyebutkan',
  'yang menegaskan',
  'yang mengatakan',
  'yang mengungkapkan',
  'yang menyatakan',
  'yang menyebut',
  'yang menyebutkan',
] as const;

/** Indonesian quotes by the active voice or by the relay phrases above. */
export const quotedPassive = [] as const;

/** None, as above. */
export const quotedParticiples = [] as const;

export const agentMarkers = ['oleh'] as const;

/** "laporan oleh lembaga itu": who wrote a document. */
export const authorMarkers = ['oleh'] as const;

/** "berbicara melalui televisi pemerintah". */
export const relayPrepositions = ['di', 'lewat', 'melalui'] as const;

/** "Menteri X dalam keterangannya menegaskan", "Budi saat ditemui mengatakan", "Budi
 * kepada wartawan mengatakan" (the addressee between the speaker and the verb). */
/** Indonesian's interposers already open such asides ("Budi, saat dihubungi, mengatakan"). */
export const asideOpeners = [] as const;

export const interposers = [
  'dalam',
  // "Budi di hadapan/di depan Ketua Umum X menegaskan": before whom the speaker spoke.
  'depan',
  'dikutip',
  'hadapan',
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

/** A lone name is a person's by default in Indonesian copy: no audience needs to say so. */
export const pressAudiences = [] as const;

export const statementIssued = [] as const;

/** "Dalam pidato yang disiarkan televisi pemerintah, presiden mengatakan": an occasion and
 * the outlet that carried it ("dalam keterangannya" is handled by the verb rules). */
export const occasionPrepositions = ['dalam'] as const;

/** Pieces a speaker writes for an outlet, and the words linking one to it: "dalam artikel
 * untuk People's Daily", "dalam tulisannya di harian X" ("di" is a relay preposition too). */
export const publishedPieces = [
  'artikel',
  'artikelnya',
  'kolom',
  'kolomnya',
  'tajuk rencana',
  'tajuk rencananya',
  'tulisan',
  'tulisannya',
] as const;

export const pieceOutletLinks = ['untuk'] as const;

export const outletQuestions = [] as const;

export const questionOutletLinks = [] as const;

export const occasionNouns = [
  'acara',
  'artikel',
  'artikelnya',
  'diskusi',
  'jumpa pers',
  'keterangan',
  'keterangannya',
  'kolom',
  'kolomnya',
  'konferensi pers',
  'kunjungan',
  'kunjungan kerja',
  'laporan',
  // "BPK dalam laporannya menemukan ...": the body's own report, the occasion of its finding.
  'laporannya',
  'pernyataan',
  'pernyataannya',
  'pertemuan',
  'pidato',
  'pidatonya',
  'rapat',
  'rapat dengar pendapat',
  'rapat kerja',
  'rapat paripurna',
  'sambutan',
  'sambutannya',
  'seminar',
  'siaran',
  'sidang',
  'tajuk rencana',
  'tajuk rencananya',
  'tayangan',
  'tulisan',
  'tulisannya',
  'wawancara',
  'wawancaranya',
] as const;
