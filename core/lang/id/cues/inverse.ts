/** Indonesian reporting cues. Verbs that stand before their source ("kata Rina") and clitic
 * cues ("ujarnya"): where they may stand (split from speaking.ts). */

/** Nouns of words said that a pointing word turns into a cue: '"...," demikian penjelasan
 * Rina', "Begitu keterangan Kapolsek Budi" (thus Rina explained). */
const saidNouns = [
  'keterangan',
  'paparan',
  'penegasan',
  'pengakuan',
  'penjelasan',
  'penuturan',
  'pernyataan',
  'tanggapan',
  'ungkapan',
];
const pointedSaying = ['begitu', 'demikian'].flatMap((pointer) =>
  saidNouns.map((noun) => `${pointer} ${noun}`),
);

/** Verb-first cues: "kata Rina", "ujar dia", "ungkap Wulandari"; "demikian bunyi surat itu"
 * (thus the letter reads: "bunyi" alone is a sound, see inverseVerbsAfterQuoteMark), and
 * "demikian penjelasan Rina" (pointedSaying). */
export const inverseVerbs = [
  ...pointedSaying,
  'demikian bunyi',
  // '"...," demikian isi pernyataan itu' (thus the statement's content).
  'demikian isi',
  'kata',
  'papar',
  'pungkas',
  'tukas',
  'tulis',
  'tutur',
  'ucap',
  'ujar',
  'ungkap',
].sort();

/** Verb-first cues that are also ordinary words ("jelas" = clear): only right after a quote or comma. */
export const inverseVerbsAfterQuote = [
  'aku',
  'akui',
  'bantah',
  'beber',
  'bilang',
  'bisik',
  'canda',
  'celetuk',
  'cetus',
  'cuit',
  'dijelaskan',
  'dikatakan',
  'dikemukakan',
  'dipaparkan',
  'ditambahkan',
  'ditegaskan',
  'diterangkan',
  'dituturkan',
  'diungkapkan',
  'diutarakan',
  'duga',
  'gerutu',
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
  'sanggah',
  'saran',
  'sebut',
  'seloroh',
  'sergah',
  'seru',
  'sesal',
  'sindir',
  'tambah',
  'tampik',
  'tandas',
  'tegas',
  'tepis',
  'terang',
  'timpal',
  'tuding',
  'tutup',
  'ulas',
  'urai',
] as const;

/** Verb-first cues that are also common nouns ("cerita" = a story, "pesan" = a message,
 * "bunyi" = a sound): only right after a closing quotation mark ('"...," cerita Hendra',
 * '"...," bunyi surat itu' = the letter reads). */
/** '"...," bunyi surat itu' names its document already; no verb here needs one. */
export const documentInverseVerbs = [] as const;

export const inverseVerbsAfterQuoteMark = [
  'balas',
  'bunyi',
  'cerita',
  // '"...," dalih Binder' (Binder argued): "dalih" alone is an excuse.
  'dalih',
  'harap',
  'ingat',
  'janji',
  'kisah',
  'klaim',
  'kritik',
  'nilai',
  'pesan',
  'protes',
  'rinci',
] as const;

/** Passive verbs of saying that may also hand something over ("bantuan disampaikan Budi
 * kepada warga"): a cue only opening the sentence, its agent then a comma ("Disampaikan
 * Budi, ..."). */
export const inverseVerbsOpening = [
  // "Diakui Budi, ...": "diakui" alone is also recognised, "dibenarkan" justified.
  'diakui',
  'dibenarkan',
  'disampaikan',
] as const;

/** Cues with the source fused in as the clitic -nya, the passive ones too ("Hal itu
 * diungkapkannya" = he said so). */
export const cliticCues = [
  'akunya',
  'bebernya',
  'bisiknya',
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
  'duganya',
  'gerutunya',
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
  'sanggahnya',
  'sarannya',
  'sebutnya',
  'selorohnya',
  'sergahnya',
  'sindirnya',
  'tambahnya',
  'tampiknya',
  'tandasnya',
  'tegasnya',
  'tepisnya',
  'terangnya',
  'timpalnya',
  'tudingnya',
  'tukasnya',
  'tulisnya',
  'tutupnya',
  'tuturnya',
  'ucapnya',
  'ujarnya',
  'ulasnya',
  'ungkapnya',
  'urainya',
] as const;

/** Clitic cues that are nouns too ("ceritanya panjang" = his story is long, "pesannya" =
 * his message): only right after a closing quotation mark ('"...," ceritanya'). */
export const cliticCuesAfterQuoteMark = [
  'ajaknya',
  'balasnya',
  'bantahnya',
  'harapnya',
  'ingatnya',
  'janjinya',
  'kisahnya',
  'kritiknya',
  'nilainya',
  'pesannya',
  'pintanya',
  'protesnya',
  'rincinya',
  'sahutnya',
  'serunya',
  'sesalnya',
  'ceritanya',
].sort();
