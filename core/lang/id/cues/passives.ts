/** Indonesian reporting cues. Passive and participle cues, labels and the means of a statement. */

/** What points back to words said before the sentence: "Hal itu", "Pernyataan tersebut",
 * "Keterangan serupa" ("the same was said by ..."), "Hal yang sama". */
const saidBefore = [
  'hal',
  'informasi',
  'kabar',
  'kalimat',
  'keterangan',
  'komentar',
  'pandangan',
  'paparan',
  'pendapat',
  'penegasan',
  'pengakuan',
  'penjelasan',
  'penuturan',
  'pernyataan',
  'ucapan',
].flatMap((noun) =>
  ['ini', 'itu', 'senada', 'serupa', 'tersebut', 'yang sama'].map(
    (pointer) => `${noun} ${pointer}`,
  ),
);

/** "Hal itu ia sampaikan saat ...", "Pandangan ini Budi sampaikan ...": the object of saying
 * put first, then its agent (a pronoun or a name) and the bare verb. The object points back
 * to what was said in the sentence before. */
export const frontedObjects = saidBefore;

/** "Hal senada juga disampaikan X": "juga" may stand between the subject and the verb. */
export const saidByInserts = ['juga'] as const;

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

/** "Penangkapan itu dibenarkan Kapolsek ...", "Tudingan tersebut ditepis oleh X": passive
 * verbs of confirming and denying after a subject closed by a pointing word; the agent
 * confirms what the subject names. Alone they may mean "permitted" ("tidak dibenarkan") or
 * "when reached" ("saat dikonfirmasi"), so only after such a subject. */
export const pointedPassives = ['diakui', 'dibenarkan', 'dikonfirmasi', 'ditepis'] as const;

/** Passive verbs of saying whose agent follows ("... disampaikan Budi"), after a subject
 * pointing back (frontedObjects): "Hal senada disampaikan X". The pack compiler joins the
 * two into passive cues, not this module: English runs never build the thousands of phrases. */
export const saidByPassives = [
  'diakui',
  // "Hal itu diamini X": X agreed with what was said before.
  'diamini',
  'dibeberkan',
  'dibenarkan',
  // "Hal itu diberitakan/dilaporkan kantor berita X": an outlet's report, its agent after it.
  'diberitakan',
  'dijelaskan',
  'dikatakan',
  'dikemukakan',
  'dilaporkan',
  'dilontarkan',
  'dinyatakan',
  'dipaparkan',
  'disampaikan',
  'disebutkan',
  'ditegaskan',
  'ditekankan',
  'diterangkan',
  'dituturkan',
  'diucapkan',
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
  ...['sebagaimana', 'sebagaimana yang', 'seperti', 'seperti yang'].flatMap((as) =>
    [
      'diakui',
      'dijelaskan',
      'dikatakan',
      'dikemukakan',
      'dipaparkan',
      'disampaikan',
      'disebutkan',
      'diterangkan',
      'diungkapkan',
      'diutarakan',
    ].map((verb) => `${as} ${verb}`),
  ),
  'demikian dikatakan',
  'demikian disampaikan',
  'demikian diungkapkan',
  'dikatakan oleh',
  // "Tudingan itu dibantah (oleh) X": the denial of what its subject names, by the agent.
  'dibantah',
  'dibantah oleh',
  'dibenarkan oleh',
  'diklaim oleh',
  'diketahui dari',
  'dinyatakan oleh',
  'disampaikan oleh',
  'diumumkan oleh',
  'diungkapkan oleh',
  // "Informasi itu diperoleh dari seorang sumber di ...": what was learned, and from whom (a
  // noun for information only - "Dana itu diperoleh dari pinjaman" is money, no source).
  ...['informasi', 'kabar', 'keterangan'].flatMap((noun) =>
    ['', ' ini', ' itu', ' tersebut'].flatMap((pointer) =>
      ['didapat', 'didapatkan', 'dihimpun', 'diperoleh'].map(
        (verb) => `${noun}${pointer} ${verb} dari`,
      ),
    ),
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
  'diduga',
  'diklaim',
  'dinilai',
  'disebut',
  'dituding',
  'dituduh',
] as const;

/** Indonesian has no participle clause of saying. */
export const participleCues = [] as const;

export const withMarkers = [] as const;

/** Indonesian names a thing with "bernama"/"disebut", which are no cue words here. */
export const namingVerbs = [] as const;

/** "Laporan Bank Dunia bertajuk Prospek Ekonomi memproyeksikan ...": the marker of a title;
 * the work before it is what speaks. */
export const titleMarkers = ['berjudul', 'bertajuk'] as const;

/** "mengkritik pemerintah karena lambat", "mengecam aksi itu sebagai teror": verbs of
 * judging that say words only with a reason or a label after the object ("mengkritik
 * kebijakan itu" alone says none, nor "menggambarkan situasi" - it depicts - nor
 * "menyalahkan diri"). Other labels go with "menyebut ... sebagai", a speaker verb
 * of its own. */
export const labelVerbs = [
  'memuji',
  'mengecam',
  'menggambarkan',
  'mengkritik',
  'menyalahkan',
] as const;

export const bareLabelVerbs = [] as const;

/** The word opening a label after its object or agent ("disebut polisi sebagai ..."). */
export const labelMarkers = ['sebagai'] as const;

/** "mengkritik pemerintah daerah karena lambat menyalurkan bantuan": the reason for the
 * charge after the object; no likenesses are told apart yet. */
export const reasonLabelVerbs = ['mengecam', 'mengkritik', 'menyalahkan'] as const;
export const reasonMarkers = ['atas', 'karena'] as const;
export const likeningVerbs = [] as const;
export const likenessMarkers = [] as const;
/** Indonesian second verbs are not split (core/second-charge.ts): none. */
export const accusingVerbs = [] as const;
export const accusationMarkers = [] as const;
export const bareVerbModals = [] as const;

/** Indonesian marks a label ("sebagai"): no bare adjective label. */
export const labelAdjectiveEndings = [] as const;

/** Indonesian label verbs are not studied yet (labelVerbs is empty): no verb endings of a
 * reason either. */
export const reasonVerbEndings = [] as const;
/** Indonesian adverbs of manner carry no ending ("dengan keras" is a phrase): none. */
export const mannerAdverbEndings = [] as const;

export const citations = ['mengutip'] as const;

/** Indonesian copy has needed none so far ("dengan mengutip" still relays). */
export const meansMarkers = [] as const;

/** "mengutip X sebagai alasan" has not been seen in Indonesian copy: none. */
export const citedReasonMarkers = [] as const;

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
